// Recognize credit lines: photo credits (`据新华社发`, `新华社记者 肖艺九摄`, `陈  勇摄（人民视觉）`) and the page
// staff's (`版式设计：蔡华伟`, `本版制图：张芳曼`).
import { AGENCIES } from '../lexicon/agencies.ts'
import { BYLINE_ROLES } from '../lexicon/roles.ts'

const AG = AGENCIES.join('|')
const ROLE = BYLINE_ROLES.join('|')
const NAMES = String.raw`\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,8})*(?:[\s、]+\p{Script=Han}{1,4}(?:[·•]\p{Script=Han}{1,8})*)*`
const SOURCE = String.raw`(?:[（(][^（）()]{1,16}[）)])?`
const CREDIT = new RegExp(
  String.raw`^(?:[（(]?据?(?:${AG})(?:供图|发|传真)[）)]?` +
    String.raw`|(?:据?(?:${AG})?(?:${ROLE})?[\s]*${NAMES}(?:摄|摄影|制图|绘|供图))${SOURCE}` +
    String.raw`|(?:${AG})(?:${ROLE})?[\s]*${NAMES}摄(?:[\s]*[（(][^（）()]{1,16}[）)])?)$`,
  'u',
)

// The cheapest first look: the last character a credit can end with.
const CREDIT_ENDINGS = new Set([...'摄影图绘发真）)'])
const MAY_END_CREDIT = /[摄影图绘发真）)]\s*$/u
// A cheap second look: every credit ends in what it credits, perhaps followed by a bracketed source.
const MAY_CREDIT = /(?:摄|摄影|制图|绘|供图|发|传真)[）)]?(?:[\s]*[（(][^（）()]{1,16}[）)])?$/u

/**
 * True when `line` is a photo credit. A line that only happens to end in `摄` (`他举起相机拍摄`) is not: what comes
 * before `摄` must read as names.
 *
 * @example isCreditLine('新华社记者 肖艺九摄') // true
 */
export function isCreditLine(line: string): boolean {
  // Most lines are body text ending in none of a credit's last characters: reject them before copying the line.
  if (!MAY_END_CREDIT.test(line)) return false
  const text = line.trim()
  if (text.length === 0 || text.length > 40 || !CREDIT_ENDINGS.has(text.at(-1)!) || !MAY_CREDIT.test(text))
    return false
  return CREDIT.test(text)
}

// A page staff credit: the job, a colon or space, and one or more names run together or spaced.
const STAFF =
  /^(?:本版)?(?:版式设计|制图|责编|责任编辑|美术编辑|美编)\s*[：:\s]\s*\p{Script=Han}{2,4}(?:[\s、]*\p{Script=Han}{2,4}){0,3}$/u

/**
 * True when `line` credits the page's staff, as the e-edition ends many articles: `版式设计：蔡华伟`,
 * `版式设计  张丹峰沈亦伶`, `本版制图：张芳曼`. A sentence about drawing (`现在学会了用电脑制图…`) is not one.
 *
 * @example isStaffCreditLine('版式设计：蔡华伟') // true
 */
export function isStaffCreditLine(line: string): boolean {
  const text = line.trim()
  return text.length <= 24 && STAFF.test(text)
}
