// Lay stories out as one newspaper page in HTML: masthead or running head, a lead banner, stacks of articles and
// photos in columns of several widths, rules between them, and a colophon, all drawn at random from a seed.
import type { Random } from '../pages/random.ts'
import type { Story, StoryBlock } from './epaper-stories.ts'

/** The page size in CSS pixels (a broadsheet's proportions) and its margin. */
export const PAGE_WIDTH = 1240
export const PAGE_HEIGHT = 1754
const MARGIN = 40
const GRID = 8
const GUTTER = 18

/** What the page shows, besides its HTML: the page's date and number. */
export interface PageSpec {
  date: string
  page: number
  html: string
  width: number
  height: number
}

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const SECTIONS = ['要闻', '国内', '国际', '经济', '政治', '社会', '文化', '评论', '理论', '综合']

function dateLine(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${y}年${m}月${d}日 ${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

interface Style {
  body: number
  leading: number
  serif: string
  sans: string
}

function title(story: Story, size: number, rng: Random, width: number, least: number): string {
  const chars = [...story.title].length
  const spaced = chars <= 7 && rng.chance(0.45)
  const spacing = spaced ? rng.pick([0.3, 0.5, 0.8, 1]) : 0
  const align = rng.pick(['left', 'center', 'center'])
  const family = rng.chance(0.6) ? 'sans' : 'serif'
  // A title with a space may be set on two lines, broken there; any title is sized to fit its box, as a
  // typesetter sizes it (a title wider than its columns would run into the next story).
  const broken = story.title.includes(' ') && rng.chance(0.5)
  const parts = broken ? story.title.split(/\s+/u) : [story.title]
  const longest = Math.max(...parts.map((p) => [...p].length))
  const fit = Math.floor((width * 0.92) / (longest * (1 + spacing)))
  const text = parts.map(escape).join('<br>')
  const letterSpacing = spaced ? `letter-spacing:${spacing}em;` : ''
  // Never smaller than its kicker and subtitle (`least`): a title too long for its box at that size wraps.
  return `<h1 class="title ${family}" style="font-size:${Math.max(least, Math.min(size, fit))}px;text-align:${align};${letterSpacing}">${text}</h1>`
}

function head(story: Story, size: number, rng: Random, width: number, body: number): string {
  const kickerSize = Math.round(body * 1.15) + rng.int(1, 4)
  const subtitleSize = Math.round(body * 1.15) + rng.int(1, 5)
  const kicker = story.kicker
    ? `<p class="kicker" style="font-size:${kickerSize}px">${escape(story.kicker)}</p>`
    : ''
  const subtitle = story.subtitle
    ? `<p class="subtitle" style="font-size:${subtitleSize}px">——${escape(story.subtitle)}</p>`
    : ''
  const least = Math.round(Math.max(kickerSize, subtitleSize, body * 1.3) * 1.25)
  return `<div class="head">${kicker}${title(story, size, rng, width, least)}${subtitle}</div>`
}

function blocks(list: readonly StoryBlock[]): string {
  return list
    .map((b) =>
      b.kind === 'heading'
        ? `<h4 class="heading">${escape(b.text)}</h4>`
        : `<p class="para">${escape(b.text)}</p>`,
    )
    .join('')
}

function article(
  story: Story,
  width: number,
  columns: number,
  rng: Random,
  big: boolean,
  boxed: boolean,
  body: number,
): string {
  const size = big ? rng.int(34, 46) : rng.int(22, 34)
  return (
    `<article class="item${boxed ? ' boxed' : ''}" data-kind="article" data-id="${story.id}">` +
    head(story, size, rng, width, body) +
    `<div class="body" style="column-count:${columns}">${blocks(story.blocks)}</div></article>`
  )
}

function photo(story: Story, width: number, rng: Random, image: number): string {
  const imageWidth = rng.chance(0.7) ? width : Math.round(width * 0.8)
  const height = Math.round(imageWidth * (0.45 + rng.next() * 0.3))
  const titleAbove = rng.chance(0.5)
  const heading = `<h2 class="phototitle" style="font-size:${rng.int(16, 22)}px">${escape(story.title)}</h2>`
  const inline = rng.chance(0.4)
  const caption = story.blocks
    .map((b, i) => {
      const credit =
        inline && i === story.blocks.length - 1 && story.credit
          ? ` <span class="credit">${escape(story.credit)}</span>`
          : ''
      return `<p class="para">${escape(b.text)}${credit}</p>`
    })
    .join('')
  const credit = !inline && story.credit ? `<p class="credit own">${escape(story.credit)}</p>` : ''
  return (
    `<figure class="item" data-kind="photo" data-id="${story.id}" style="width:${imageWidth}px">` +
    (titleAbove ? heading : '') +
    `<img src="${IMAGES[image % IMAGES.length]}" style="width:${imageWidth}px;height:${height}px">` +
    (titleAbove ? '' : heading) +
    `<figcaption>${caption}${credit}</figcaption></figure>`
  )
}

function rule(rng: Random): string {
  return rng.chance(0.65)
    ? `<hr class="rule" style="border-top-width:${rng.pick([1, 1, 2])}px">`
    : '<div class="space"></div>'
}

/** Draw `n` stories from `pool` (removing them), photos only when `photos` is true. */
function draw(pool: Story[], rng: Random, wantPhoto: boolean): Story | undefined {
  const candidates = pool.filter((s) => (s.kind === 'photo') === wantPhoto)
  if (candidates.length === 0) return undefined
  const story = rng.pick(candidates)
  pool.splice(pool.indexOf(story), 1)
  return story
}

const STACK_SPLITS = [[3, 5], [5, 3], [2, 3, 3], [4, 4], [2, 2, 4], [2, 6], [3, 3, 2], [8], [2, 4, 2]]

function masthead(date: string, page: number, rng: Random, front: boolean, ear: string): string {
  if (!front) {
    return (
      `<header class="running"><span>${dateLine(date)}</span><span class="section">${rng.pick(SECTIONS)}</span>` +
      `<span>第 ${page} 版</span></header><hr class="rule heavy">`
    )
  }
  const name = rng.chance(0.5)
    ? `<div class="nameplate">人民日報</div>`
    : `<img class="nameplate-image" src="${IMAGES[3]}">`
  return (
    `<header class="masthead">${name}<div class="ear">${ear}</div><div class="issue">` +
    `<p>${dateLine(date)}</p><p>今日 ${rng.int(12, 24)} 版</p><p>国内统一连续出版物号 CN 11-0065</p>` +
    `<p>邮发代号 1-1</p></div><p class="latin">RENMIN RIBAO</p></header><hr class="rule heavy">`
  )
}

/**
 * One page of `stories` (those it sets are removed from the array) as HTML, with each item marked for the gold
 * reader: `.item[data-kind]`, `.kicker`, `.title`, `.subtitle`, `.heading`, `.para`, `.credit`.
 */
export function layOutPage(stories: Story[], date: string, page: number, rng: Random): PageSpec {
  const style: Style = {
    body: rng.pick([12.5, 13, 13.5, 14]),
    leading: rng.pick([1.5, 1.6, 1.7]),
    serif: "'AR PL UMing CN', 'WenQuanYi Zen Hei'",
    sans: "'WenQuanYi Zen Hei', 'AR PL UMing CN'",
  }
  const front = page === 1
  const inner = PAGE_WIDTH - 2 * MARGIN
  const unit = (inner + GUTTER) / GRID
  const earStory = front ? draw(stories, rng, false) : undefined
  const ear = earStory
    ? article({ ...earStory, kicker: null, subtitle: null }, 300, 1, rng, false, false, style.body)
    : ''
  const top = masthead(date, page, rng, front, ear)
  const banner =
    (front || rng.chance(0.3)) && stories.length > 4
      ? (() => {
          const story = draw(stories, rng, false)!
          const columns = rng.pick([4, 6, 8])
          return `<section class="banner">${article(story, inner, columns, rng, true, false, style.body)}</section>${rule(rng)}`
        })()
      : ''
  const split = rng.pick(STACK_SPLITS)
  let x = 0
  const stacks = split.map((span, s) => {
    const width = Math.round(span * unit - GUTTER)
    const items: string[] = []
    for (let i = 0; i < 6 && stories.length > 0; i++) {
      const wantPhoto = rng.chance(0.3)
      const story = draw(stories, rng, wantPhoto) ?? draw(stories, rng, !wantPhoto)
      if (story === undefined) break
      if (story.kind === 'photo') items.push(photo(story, width, rng, s + i))
      else {
        const perColumn = span >= 4 ? rng.pick([1, 2]) : span === 3 ? rng.pick([1, 3]) : rng.pick([1, 2])
        const columns = Math.max(1, Math.round(span / perColumn))
        items.push(
          article(
            story,
            width,
            columns,
            rng,
            false,
            span >= 2 && columns === 2 && rng.chance(0.35),
            style.body,
          ),
        )
      }
      items.push(rule(rng))
    }
    const left = Math.round(x * unit)
    x += span
    const divider = s > 0 && rng.chance(0.4) ? ' divided' : ''
    return `<div class="stack${divider}" style="left:${left}px;width:${width}px">${items.join('')}</div>`
  })
  const staff = stories.find((s) => s.staff !== null)?.staff ?? '版式设计：蔡华伟'
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css(style)}</style></head><body>
<div class="page">${top}${banner}<div class="stacks">${stacks.join('')}</div>
<footer class="colophon"><hr class="rule"><p>本版责编：${escape(rng.pick(['王 明', '李 华', '张 丽']))}\u3000${escape(staff)}</p></footer></div></body></html>`
  return { date, page, html, width: PAGE_WIDTH, height: PAGE_HEIGHT }
}

/**
 * A small page for a committed fixture: two stacks of the given stories (articles and photos, in order, `split`
 * of them in the first stack), no masthead, so the PDF stays small.
 */
export function layOutSmallPage(
  stories: readonly Story[],
  split: number,
  date: string,
  rng: Random,
): PageSpec {
  const style: Style = {
    body: 13,
    leading: 1.6,
    serif: "'AR PL UMing CN', 'WenQuanYi Zen Hei'",
    sans: "'WenQuanYi Zen Hei', 'AR PL UMing CN'",
  }
  const width = 620
  const height = 760
  const stackWidth = (width - 2 * MARGIN - GUTTER) / 2
  const stack = (list: readonly Story[], s: number): string =>
    `<div class="stack" style="left:${s * (stackWidth + GUTTER)}px;width:${stackWidth}px">` +
    list
      .map((story, i) =>
        story.kind === 'photo'
          ? photo(story, stackWidth, rng, i)
          : article(story, stackWidth, i % 2 === 1 ? 2 : 1, rng, false, i % 2 === 1, style.body),
      )
      .join('<hr class="rule">') +
    '</div>'
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css(style, width, height)}</style></head><body>
<div class="page"><div class="stacks">${stack(stories.slice(0, split), 0)}${stack(stories.slice(split), 1)}</div></div></body></html>`
  return { date, page: 1, html, width, height }
}

function css(s: Style, width = PAGE_WIDTH, height = PAGE_HEIGHT): string {
  return `
@page { size: ${width}px ${height}px; margin: 0 }
* { box-sizing: border-box; font-synthesis: none }
body { margin: 0 }
.page { position: relative; width: ${width}px; height: ${height}px; padding: ${MARGIN}px; overflow: hidden;
  font-family: ${s.serif}; font-size: ${s.body}px; line-height: ${s.leading}; display: flex; flex-direction: column }
p, h1, h2, h4, figure { margin: 0 }
.para { text-indent: 2em; text-align: justify }
.title { font-weight: 400; line-height: 1.25; margin: 6px 0; overflow-wrap: anywhere }
.title.sans, .kicker, .heading, .phototitle, figcaption, .running, .issue { font-family: ${s.sans} }
.title.serif { font-family: ${s.serif} }
.kicker { margin-top: 4px }
.subtitle { margin-bottom: 6px; text-align: center }
.head { margin-bottom: 8px }
.body { column-gap: ${GUTTER}px; column-fill: balance }
.heading { font-weight: 400; text-align: center; margin: 6px 0; break-after: avoid }
.item { margin: 0 0 4px }
.boxed { border: 1px solid #000; padding: 8px 10px }
figure.item { margin: 0 auto 4px }
figure img { display: block; margin: 0 auto 6px }
.phototitle { font-weight: 400; margin: 4px 0 }
figcaption { font-size: ${s.body - 1}px }
.credit.own { text-align: right }
.rule { border: 0; border-top: 1px solid #000; margin: 8px 0; width: 100% }
.rule.heavy { border-top-width: 3px }
.space { height: 18px }
.running { display: flex; justify-content: space-between; font-size: 14px; padding-bottom: 4px }
.running .section { font-size: 22px; font-weight: 400 }
.masthead { position: relative; height: 170px }
.nameplate { position: absolute; left: 0; top: 0; font-size: 96px; font-weight: 400; letter-spacing: 0.1em; line-height: 1.2 }
.nameplate-image { position: absolute; left: 0; top: 10px; width: 380px; height: 110px }
.latin { position: absolute; left: 8px; top: 132px; font-size: 16px; letter-spacing: 0.3em; font-family: 'AR PL UMing CN' }
.ear { position: absolute; left: 470px; top: 0; width: 330px; height: 165px; overflow: hidden; border: 1px solid #000; padding: 6px 8px }
.issue { position: absolute; right: 0; top: 10px; font-size: 14px; line-height: 1.8; text-align: right }
.banner { flex: none }
.stacks { position: relative; flex: 1 }
.stack { position: absolute; top: 0; bottom: 0 }
.stack.divided { border-left: 1px solid #000; padding-left: 8px; margin-left: -9px }
.colophon { flex: none; font-size: 12px; font-family: ${s.sans} }
`
}

// Photos are flat images (PNG, a few shades): what matters to the reader is that an image is there and where.
const IMAGES = [0x9a, 0x70, 0xc0, 0x40].map(grayPng)

function grayPng(shade: number): string {
  // An 8×8 PNG of one shade of grey, built by hand (zlib stored block), so no image library is needed.
  const width = 8
  const raw: number[] = []
  for (let y = 0; y < width; y++) {
    raw.push(0)
    for (let x = 0; x < width; x++) raw.push((shade + x * 6 + y * 4) & 0xff)
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: number[]): number => {
    let c = 0xffffffff
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
  const chunk = (type: string, data: number[]): number[] => {
    const body = [...type].map((c) => c.charCodeAt(0)).concat(data)
    return [...u32(data.length), ...body, ...u32(crc(body))]
  }
  let a = 1
  let b = 0
  for (const byte of raw) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  const zlib = [
    0x78,
    0x01,
    1,
    raw.length & 255,
    raw.length >>> 8,
    ~raw.length & 255,
    (~raw.length >>> 8) & 255,
    ...raw,
    ...u32((b << 16) | a),
  ]
  const png = [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(width), 8, 0, 0, 0, 0]),
    ...chunk('IDAT', zlib),
    ...chunk('IEND', []),
  ]
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`
}
