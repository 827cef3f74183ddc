// Recognize what page furniture says about itself: mastheads, running heads, issue numbers and colophons
// (`2024年10月` / `16 日 星期三`, `国内统一连续出版物号 CN11-0001`, `本期值班副总编 / …`). These are evidence for the
// layout model, not verdicts: a story may quote a date.

// > | 2020年1月2日 星期四   > | 16 日 星期三   > | 农历庚子年正月初八
const DATE_LINE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*星期[一二三四五六日天])?|\d{1,2}\s*日\s*星期[一二三四五六日天]|星期[一二三四五六日天]|农历.{2,12})(?:\s.{0,24})?$/u
const SERIAL =
  /国内统一连续出版物号|CN\s*\d{2}\s*[-－—]\s*\d{4}|ISSN|邮发代号|总第\s*\d+\s*期|^第\s*\d+\s*期|今日\s*\d+\s*版|^第?\s*\d{1,2}\s*版$|^\d{1,3}$/u
const COLOPHON =
  /^(?:本期)?值班|责任编辑|^责编|^(?:本版)?编辑|^校对|^美编|^美术编辑|^版式设计|^社址|^邮编|^邮政编码|^电话|^传真|^印刷|^定价|^零售|^广告|^发行|^网址|^本报网址|^数字报|E-?mail|^邮箱/u
const URL = /www\.|https?:\/\/|\.com|\.cn\b/u
const PAPER_NAME = /^(?:\p{Script=Han}\s?){2,9}报$/u
const SLASH_NAME = /^[/／]\s*\p{Script=Han}{2,4}$/u
const GUIDE = /^(?:今日|本期)?导读$|^[▶►■●◆]|\d{1,2}\s*版$/u
const GUIDE_FIRST = new Set([...'▶►■●◆'])
// The first characters a colophon line can open with (`本期值班…`, `责编…`, `社址…`, `E-mail…`).
const COLOPHON_FIRST = new Set([...'本值责编校美版社邮电传印定零广发网数E'])

/** What a line's furniture patterns say, one bit each. */
export const FURNITURE_DATE = 1
export const FURNITURE_SERIAL = 2
export const FURNITURE_COLOPHON = 4
export const FURNITURE_URL = 8
export const FURNITURE_PAPER = 16
export const FURNITURE_NAME = 32
export const FURNITURE_GUIDE = 64

/**
 * The furniture patterns `line` matches, as bits (0 for none).
 *
 * @example furnitureSigns('16 日 星期三') === FURNITURE_DATE // true
 */
export function furnitureSigns(line: string): number {
  const length = line.length
  if (length > 60 || length === 0) return 0
  // Each pattern is tried only where a cheap look at the line allows it: most lines are running text.
  const first = line.charCodeAt(0)
  const lastChar = line[length - 1]!
  const digitFirst = first >= 0x30 && first <= 0x39
  let signs = 0
  if ((digitFirst || line.includes('星期') || line.startsWith('农历')) && DATE_LINE.test(line))
    signs |= FURNITURE_DATE
  if (
    (digitFirst ||
      line.includes('期') ||
      line.includes('版') ||
      line.includes('CN') ||
      line.includes('ISSN') ||
      line.includes('出版物') ||
      line.includes('邮发')) &&
    SERIAL.test(line)
  )
    signs |= FURNITURE_SERIAL
  if (COLOPHON_FIRST.has(line[0]!) || line.includes('编辑') || line.includes('mail')) {
    if (COLOPHON.test(line)) signs |= FURNITURE_COLOPHON
  }
  if ((line.includes('www') || line.includes('://') || line.includes('.c')) && URL.test(line))
    signs |= FURNITURE_URL
  if (lastChar === '报' && length <= 20 && PAPER_NAME.test(line)) signs |= FURNITURE_PAPER
  if ((first === 0x2f || first === 0xff0f) && SLASH_NAME.test(line)) signs |= FURNITURE_NAME
  if ((GUIDE_FIRST.has(line[0]!) || lastChar === '版' || line.includes('导读')) && GUIDE.test(line))
    signs |= FURNITURE_GUIDE
  return signs
}
