// Fold characters for the tagger's features and sort them into coarse classes.

/** Class codes; 0 is reserved for positions outside the text. */
export const CHAR_CLASS = {
  outside: 0,
  digit: 1,
  latin: 2,
  han: 3,
  hanNumeral: 4,
  joiner: 5,
  space: 6,
  punctuation: 7,
  other: 8,
} as const

const HAN_NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两'].map((c) => c.codePointAt(0) ?? 0))
// `玛丽亚·范凯尔克霍弗`, `穆罕默德-班迪`: the marks that join the parts of a transliterated name.
const JOINERS = new Set([...'·•‧・∙-－‐'].map((c) => c.codePointAt(0) ?? 0))

/**
 * Fold a UTF-16 code unit so that variants share features: full-width ASCII becomes ASCII (the PKU corpus
 * writes `１９９８年`), upper case becomes lower case, and every digit becomes `0`.
 *
 * @example foldCode(0xff11) // 0x30 ('０' → '1' → '0')
 */
export function foldCode(code: number): number {
  let c = code
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0
  else if (c === 0x3000) c = 0x20
  if (c >= 0x30 && c <= 0x39) return 0x30
  if (c >= 0x41 && c <= 0x5a) return c + 0x20
  return c
}

/**
 * The class of a folded code unit.
 *
 * @example classifyCode(foldCode('泸'.charCodeAt(0))) // CHAR_CLASS.han
 */
export function classifyCode(c: number): number {
  if (c === 0x30) return CHAR_CLASS.digit
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return CHAR_CLASS.latin
  if (JOINERS.has(c)) return CHAR_CLASS.joiner
  if (HAN_NUMERALS.has(c)) return CHAR_CLASS.hanNumeral
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff)) {
    return CHAR_CLASS.han
  }
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return CHAR_CLASS.space
  if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x2000 && c <= 0x206f)) {
    return CHAR_CLASS.punctuation
  }
  if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return CHAR_CLASS.punctuation
  return CHAR_CLASS.other
}
