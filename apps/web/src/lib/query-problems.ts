// What to tell a reader whose search query cannot run, by the problem the API names (extensions.problem).
import { ApiError } from './api.ts'

const messages: Record<string, string> = {
  EMPTY: '检索式为空：请输入要查找的词语。',
  TOO_LONG: '检索式太长：最多 200 个字符。',
  CONTROL_CHARACTER: '检索式不能包含换行或控制字符。',
  UNCLOSED_QUOTE: '引号没有闭合：短语要用一对引号括起来，例如 "新冠肺炎"。',
  EMPTY_PHRASE: '引号里没有内容。',
  DANGLING_OR: 'OR 两边都要有词语，例如 疫情 OR 肺炎。',
  EMPTY_EXCLUSION: '减号后面要紧跟要排除的词语，例如 疫情 -武汉。',
  ONLY_EXCLUSIONS: '检索式只有排除的词语：请再加一个要查找的词语。',
  TOO_MANY_TERMS: '检索式的词语太多：最多 8 个。',
}

/** A message for the page when `error` is a query the API could not run, else null. */
export function queryProblem(error: unknown): { message: string; detail: string } | null {
  if (!(error instanceof ApiError) || !error.problem) return null
  return { message: messages[error.problem] ?? '无法理解这个检索式。', detail: error.message }
}

/** How to write a query, in one line, for the search page. */
export const queryHelp =
  '空格分隔的词语须同时出现；"短语" 按原样查找；OR 表示任一；-词语 表示排除。全角半角、繁体简体均可。'
