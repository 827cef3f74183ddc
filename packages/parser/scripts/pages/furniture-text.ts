// Page furniture for the simulator: mastheads, ears, page headers and colophons as other papers print them and as
// pdftotext gives them (`2024年10月` / `16 日 星期三`, `国内统一连续出版物号…`, `本期值班副总编 / …`). The issue that
// asked for them (#22) quotes these pieces; the papers named here are real, and the page the parser is judged on
// (中国海洋石油报) is deliberately not among them.
import type { Random } from './random.ts'

const PAPERS: readonly (readonly [string, string])[] = [
  ['人民日报', "PEOPLE'S DAILY"],
  ['经济日报', 'ECONOMIC DAILY'],
  ['光明日报', 'GUANGMING DAILY'],
  ['中国青年报', 'CHINA YOUTH DAILY'],
  ['工人日报', "WORKERS' DAILY"],
  ['农民日报', "FARMERS' DAILY"],
  ['科技日报', 'SCIENCE AND TECHNOLOGY DAILY'],
  ['法治日报', 'LEGAL DAILY'],
  ['中国石油报', 'CHINA PETROLEUM DAILY'],
  ['中国石化报', 'CHINA PETROCHEMICAL NEWS'],
  ['中国电力报', 'CHINA ELECTRIC POWER NEWS'],
  ['中国交通报', 'CHINA TRANSPORTATION NEWS'],
  ['中国纪检监察报', 'CHINA DISCIPLINE INSPECTION AND SUPERVISION NEWS'],
  ['中国妇女报', "CHINA WOMEN'S NEWS"],
  ['中国航天报', 'CHINA SPACE NEWS'],
  ['中国冶金报', 'CHINA METALLURGICAL NEWS'],
]

const SECTIONS = [
  '要闻',
  '综合新闻',
  '国内新闻',
  '国际',
  '经济',
  '评论',
  '文化',
  '社会',
  '专版',
  '视点',
  '产经',
  '副刊',
]
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const DIGITS = '〇一二三四五六七八九'

/** A page number in Chinese numerals, as jump lines print it: 2 is 二, 12 is 十二, 20 is 二十. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
}

function spaced(text: string): string {
  return [...text].join(' ')
}

function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!
}

function dateParts(date: string): [string, string, string] {
  const [y, m, d] = date.split('-')
  return [y!, String(Number(m)), String(Number(d))]
}

/** The paper a simulated page belongs to: its name and English name. */
export function pickPaper(random: Random): readonly [string, string] {
  return random.pick(PAPERS)
}

/** The masthead and ear of a front page, line by line (an empty string is a blank line). */
export function masthead(random: Random, paper: readonly [string, string], date: string): string[] {
  const [name, english] = paper
  const [y, m, d] = dateParts(date)
  const lines: string[] = []
  lines.push(random.chance(0.3) ? spaced(name) : name)
  if (random.chance(0.7)) lines.push(english)
  if (random.chance(0.5)) lines.push(`${y}年${m}月`, `${d} 日 ${weekday(date)}`)
  else lines.push(`${y}年${m}月${d}日 ${weekday(date)}`)
  const serial = random.int(1000, 29999)
  const extras = [
    `国内统一连续出版物号 CN${random.int(11, 65)}-${String(random.int(1, 999)).padStart(4, '0')}`,
    `邮发代号${random.int(1, 89)}-${random.int(1, 99)}`,
    `第${serial}期`,
    `今日${random.pick([4, 8, 12, 16, 20, 24])}版`,
    `（总第${serial}期）`,
  ]
  for (const extra of extras) if (random.chance(0.55)) lines.push(extra)
  if (random.chance(0.3))
    lines.push(
      `${random.pick(['网址', '本报网址', '数字报'])}：www.${english.split(' ')[0]!.toLowerCase().replace(/'/gu, '')}.com.cn`,
    )
  return lines
}

/** An ear beside the masthead: a reading guide to other pages' stories. */
export function ear(random: Random, titles: readonly string[]): string[] {
  const lines = [random.pick(['今日导读', '导读', '本期导读'])]
  const count = Math.min(titles.length, random.int(1, 3))
  for (let i = 0; i < count; i++)
    lines.push(`${random.pick(['▶', '■', ''])}${titles[i]!} ${random.int(2, 8)}版`)
  return lines
}

/** The running header of an inside page. */
export function pageHeader(
  random: Random,
  paper: readonly [string, string],
  date: string,
  page: number,
): string[] {
  const [y, m, d] = dateParts(date)
  const lines = [`${y}年${m}月${d}日 ${weekday(date)}`]
  if (random.chance(0.6)) lines.push(random.pick(SECTIONS))
  if (random.chance(0.5)) lines.push(random.chance(0.5) ? String(page) : `第${page}版`)
  if (random.chance(0.4)) lines.push(paper[0])
  return random.chance(0.5) ? lines : [lines.join(' ')]
}

/** The colophon at the foot of a page: who edited it, and sometimes the paper's address. */
export function colophon(random: Random, names: readonly string[]): string[] {
  const roles = ['本期值班副总编', '责任编辑', '版式设计', '校对', '美术编辑', '本版编辑']
  const count = random.int(1, 3)
  const lines: string[] = []
  const slash = random.chance(0.5)
  for (let i = 0; i < count; i++) {
    const role = roles[i === 0 ? (random.chance(0.6) ? 0 : 1) : random.int(1, roles.length - 1)]!
    const name = random.pick(names)
    if (slash) lines.push(role, `/ ${name}`)
    else lines.push(`${role} ${name}`)
  }
  if (slash && random.chance(0.5)) {
    // > | 本期值班副总编 / 张三 责任编辑 / 李四   pdftotext often runs a colophon's cells into one line
    const joined: string[] = []
    for (let i = 0; i < lines.length; i += 2) joined.push(`${lines[i]} ${lines[i + 1]}`)
    return [joined.join(' ')]
  }
  if (random.chance(0.3))
    lines.push(
      `社址：${random.pick(['北京市', '天津市', '上海市', '广州市'])}${random.pick(['东城区', '朝阳区', '西城区', '海淀区'])}${random.int(1, 99)}号`,
      `邮编：${random.int(100000, 300000)} 电话：（010）${random.int(60000000, 89999999)}`,
    )
  return lines
}
