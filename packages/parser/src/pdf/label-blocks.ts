// Layout step 3: say what each block is from its type against the page's body type, its pattern and its place.
import { parseBylineLine } from '../patterns/parse-byline.ts'
import { isCreditLine, isStaffCreditLine } from '../patterns/parse-credit.ts'
import { matchStandaloneDateline } from '../patterns/parse-dateline.ts'
import type { Byline } from '../types.ts'
import type { DatelineMatch } from '../patterns/parse-dateline.ts'
import type { LineBlock } from './group-lines.ts'
import type { PageGeometry } from './geometry.ts'

/**
 * What a block is. `title` is set well above the body size; `display` somewhat above it or bold in another face
 * (kickers, subtitles, 小标题, photo titles); `aside` is body-sized text in another face (captions, commentary set
 * in 楷体); `furniture` is the masthead, running heads, issue lines and colophon, which belong to no article.
 */
export type BlockRole =
  'title' | 'display' | 'body' | 'aside' | 'byline' | 'dateline' | 'credit' | 'staff' | 'furniture'

export interface LabeledBlock extends LineBlock {
  role: BlockRole
  text: string
  bylines: Byline[] | null
  dateline: DatelineMatch | null
}

/** The page's body type: the size and face most of its characters are set in. */
export interface BodyType {
  size: number
  font: string
}

/** Titles are set at least this many times the body size; display lines at least `DISPLAY`. */
const TITLE = 1.45
const DISPLAY = 1.1

// > | 国内统一连续出版物号 CN 11-0065      > | 2024年10月 / 16 日 星期三      > | 本期值班副总编 / 责任编辑
//     ^ the furniture of a page: issue lines, dates, page numbers, staff and printer notices, the paper's address
const FURNITURE =
  /(?:连续出版物号|统一刊号|国际标准|邮发代号|CN\s*\d{2}\s*[-－]\s*\d{4}|ISSN|^第\s*\d+\s*[版期]$|^今日\s*\d+\s*版$|星期[一二三四五六日天]$|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*星期.)?$|^\d{1,2}\s*日\s*星期.$|农历|值班|责任编辑|责编|校对|美编|照排|印刷|发行|定价|广告|社址|地址|电话|邮编|网址|本报.*热线|^[A-Z][A-Z .,'&-]{5,}$)/u

/** The body type: the size (to a quarter point) and face that the most characters are set in. */
export function bodyTypeOf(blocks: readonly LineBlock[]): BodyType {
  const sizes = new Map<number, number>()
  for (const b of blocks)
    for (const l of b.lines) {
      const key = Math.round(l.size * 4) / 4
      sizes.set(key, (sizes.get(key) ?? 0) + l.text.length)
    }
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
  const fonts = new Map<string, number>()
  for (const b of blocks)
    for (const l of b.lines)
      if (Math.abs(l.size - size) <= size * 0.06) fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length)
  const font = [...fonts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
  return { size, font }
}

function textOf(block: LineBlock): string {
  return block.lines.map((l) => l.text).join('')
}

/**
 * Each block with its role. Furniture is found by pattern anywhere, and by place: what sits above the first rule
 * that crosses most of the page near its top (the masthead band) or below the last one near its bottom.
 *
 * @example labelBlocks(groupLines(lines, page.rules), page, bodyTypeOf(blocks))
 */
export function labelBlocks(
  blocks: readonly LineBlock[],
  page: PageGeometry,
  body: BodyType,
): LabeledBlock[] {
  const wide = page.rules.filter((r) => r.orientation === 'horizontal' && r.x1 - r.x0 > page.width * 0.6)
  const topRule = wide.filter((r) => r.y1 < page.height * 0.22).sort((a, b) => b.y0 - a.y0)[0]
  const bottomRule = wide.filter((r) => r.y0 > page.height * 0.88).sort((a, b) => a.y0 - b.y0)[0]
  const topBand = blocks.filter((b) => topRule !== undefined && b.y1 <= topRule.y0 + 1)
  // A band above the top rule is the masthead only if something in it reads as furniture.
  const mastheadBand = topBand.some((b) => FURNITURE.test(textOf(b).trim()))
  return blocks.map((block) => {
    const text = textOf(block)
    const trimmed = text.trim()
    const base = { ...block, text, bylines: null, dateline: null }
    const inTop = mastheadBand && topRule !== undefined && block.y1 <= topRule.y0 + 1
    const inBottom = bottomRule !== undefined && block.y0 >= bottomRule.y1 - 1
    const short = block.lines.length <= 2
    if (inTop || inBottom) return { ...base, role: 'furniture' }
    if (short && isStaffCreditLine(trimmed)) return { ...base, role: 'staff' }
    if (short && FURNITURE.test(trimmed)) return { ...base, role: 'furniture' }
    // The paper's name: a few characters set far larger than anything else near the top of the page.
    if (block.y1 < page.height * 0.2 && block.size >= body.size * 4 && trimmed.length <= 8)
      return { ...base, role: 'furniture' }
    if (short && isCreditLine(trimmed)) return { ...base, role: 'credit' }
    // > | （2019年12月31日）   under a speech's title, set large, is no dateline: datelines are set in body type
    if (short && /^[（(]/u.test(trimmed) && block.size <= body.size * 1.05) {
      const dateline = matchStandaloneDateline(trimmed)
      if (dateline !== null) return { ...base, role: 'dateline', dateline }
    }
    if (short && block.size < body.size * TITLE) {
      const bylines = parseBylineLine(trimmed)
      if (bylines !== null) return { ...base, role: 'byline', bylines }
    }
    if (block.size >= body.size * TITLE) return { ...base, role: 'title' }
    // > | ——以习近平同志为核心的党中央二〇一九年治国理政评述     a subtitle, whatever its size
    if (short && /^[—－]{1,2}\S/u.test(trimmed) && block.size > body.size * 1.04)
      return { ...base, role: 'display' }
    if (block.size >= body.size * DISPLAY) return { ...base, role: 'display' }
    // > | 减税降费效果显著，企业居民获得感满满     a 小标题: body-sized or larger, in another face (黑体), one or two lines
    if (block.lines.length <= 2 && block.font !== body.font && block.size >= body.size * 0.98)
      return { ...base, role: 'display' }
    if (Math.abs(block.size - body.size) <= body.size * 0.04 && block.font === body.font)
      return { ...base, role: 'body' }
    return { ...base, role: 'aside' }
  })
}
