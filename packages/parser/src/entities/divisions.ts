// Look up China's administrative divisions by full or short name (泸州市, 泸州) and walk up to their parents.
import data from '../lexicon/divisions.json' with { type: 'json' }

/** One administrative division from the gazetteer. */
export interface Division {
  code: string
  /** Full name as the gazetteer writes it: `泸州市`, `四川省`, `广西壮族自治区`. */
  name: string
  /** The name papers usually print: `泸州`, `四川`, `广西`; null when it would be a single character. */
  shortName: string | null
  parentCode: string | null
  /** 1 province, 2 prefecture, 3 county. */
  level: number
}

// `延边朝鲜族自治州` → `延边`, `广西壮族自治区` → `广西`: the ethnic part goes with the 自治 suffix.
const ETHNIC =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族/g
const SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|盟|旗)$/

/**
 * The short form of a division name, or null if stripping would leave one character.
 *
 * @example shortDivisionName('四川省') // '四川'
 */
export function shortDivisionName(name: string): string | null {
  const bare = name.replace(SUFFIX, '')
  const short = /自治/.test(name) ? bare.replace(ETHNIC, '').replace(/维吾尔$/, '') : bare
  return short.length >= 2 && short !== name ? short : null
}

const rows = (data as unknown as { rows: [string, string, string | null][] }).rows

/** Every division in the gazetteer, provinces first. */
export const DIVISIONS: readonly Division[] = rows.map(([code, name, parentCode]) => ({
  code,
  name,
  shortName: shortDivisionName(name),
  parentCode,
  level: code.length / 2,
}))

const byCode = new Map(DIVISIONS.map((d) => [d.code, d]))
const byName = new Map<string, Division[]>()
for (const d of DIVISIONS) {
  for (const key of [d.name, d.shortName]) {
    if (!key) continue
    const list = byName.get(key) ?? []
    list.push(d)
    byName.set(key, list)
  }
}

/**
 * Divisions a name may refer to, highest level first (`吉林` is the province before the city).
 *
 * @example findDivisions('泸州')[0]?.name // '泸州市'
 */
export function findDivisions(name: string): readonly Division[] {
  return byName.get(name) ?? []
}

/**
 * The division that contains `division`, or null for a province.
 *
 * @example parentDivision(findDivisions('泸州市')[0]!)?.name // '四川省'
 */
export function parentDivision(division: Division): Division | null {
  return division.parentCode ? (byCode.get(division.parentCode) ?? null) : null
}
