// Read a PDF's pages with pdf.js: glyph runs from the text layer, images and rules from the operator list.
import { createRequire } from 'node:module'
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import { RADICAL_EQUIVALENTS } from '../lexicon/radical-equivalents.ts'
import type { Box, PageGeometry, Rule, RunDirection, TextRun } from './geometry.ts'
import { PdfError } from './pdf-error.ts'

type PdfJs = typeof PdfJsModule
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>

/** What a PDF may weigh before it is refused unread. */
export const DEFAULT_MAX_PDF_BYTES = 100 * 1024 * 1024

// The legacy build runs on Node 20; the default build needs DOMMatrix, which Node 20 lacks.
// The legacy build also bundles core-js, which replaces Array.prototype.push for the whole process with a slower
// one (it checks a length edge case V8 handles its own way). pdf.js does not need it: the native push is put back,
// or every push in the process (pdf.js's own included) pays for it.
// Its worker module (loaded on the first document) bundles core-js again.
const nativePush = Array.prototype.push
function restoreNativePush(): void {
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush
}

let pdfjsPromise: Promise<PdfJs> | undefined
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    restoreNativePush()
    return pdfjs
  })
  return pdfjsPromise
}

/** Where pdf.js keeps its CMaps (for CJK fonts without embedded encodings) and its standard fonts. */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = createRequire(import.meta.url)
    .resolve('pdfjs-dist/package.json')
    .replace(/package\.json$/u, '')
  return { cMapUrl: `${root}cmaps/`, standardFontDataUrl: `${root}standard_fonts/` }
}

/** Why the bytes cannot be a PDF, or null when they may be one. */
function refuseBytes(bytes: Uint8Array, maxBytes: number): PdfError | null {
  if (bytes.length === 0) return new PdfError('empty', 'the file is empty (0 bytes)')
  if (bytes.length > maxBytes) {
    const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`
    return new PdfError('too-large', `the file is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit`)
  }
  // `%PDF-` may follow some junk bytes (PDF readers look in the first KB); anything else is not a PDF.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (!head.includes('%PDF-')) return new PdfError('not-pdf', 'not a PDF (no %PDF- header)')
  return null
}

function classify(error: unknown): PdfError {
  const name = (error as { name?: string } | null)?.name
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'PasswordException') return new PdfError('encrypted', 'the PDF is encrypted with a password')
  return new PdfError('damaged', `the PDF is damaged and cannot be read (${message})`)
}

/**
 * Open `bytes` as a PDF and call `visit` with each page's geometry, one page at a time, so a long PDF never sits in
 * memory whole. Throws a `PdfError` when the bytes are empty, too large, not a PDF, encrypted or damaged.
 *
 * @example await readPdfPages(bytes, (page) => console.log(page.runs.length))
 */
export async function readPdfPages(
  bytes: Uint8Array,
  visit: (page: PageGeometry) => void,
  options: { maxBytes?: number } = {},
): Promise<number> {
  const refusal = refuseBytes(bytes, options.maxBytes ?? DEFAULT_MAX_PDF_BYTES)
  if (refusal !== null) throw refusal
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, so the caller's bytes stay usable.
    data: new Uint8Array(bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  let doc: PdfDocument
  try {
    doc = await task.promise
    restoreNativePush()
  } catch (error) {
    await task.destroy()
    throw classify(error)
  }
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PdfPage
      try {
        page = await doc.getPage(n)
      } catch (error) {
        throw classify(error)
      }
      try {
        visit(await readPage(pdfjs, page, n))
      } finally {
        page.cleanup()
      }
    }
    return doc.numPages
  } finally {
    await doc.destroy()
  }
}

// > | 新冠肺炎疫情发⽣
//                   ^ U+2F63 KANGXI RADICAL LIFE: an embedded CJK font that maps the glyph of 生 to the radical
// NFKC folds these (Kangxi radicals, CJK radicals, compatibility ideographs) to the characters they show. Only these:
// NFKC on the whole text would also turn fullwidth punctuation (`，`, `：`) into ASCII.
// The CJK Radicals Supplement has no NFKC folding; a table after Unicode's equivalents maps it. `⸺` is `——`.
const COMPAT_GLYPHS = /[\u2e3a\u2e3b\u2e80-\u2fdf\uf900-\ufaff]/gu

/** Text with glyphs mapped to radicals or compatibility ideographs folded to the characters they show. */
export function foldGlyphs(text: string): string {
  return text.replace(COMPAT_GLYPHS, (c) => RADICAL_EQUIVALENTS[c] ?? c.normalize('NFKC'))
}

interface TextItem {
  str: string
  dir: string
  transform: number[]
  width: number
  height: number
  fontName: string
}

async function readPage(pdfjs: PdfJs, page: PdfPage, pageNumber: number): Promise<PageGeometry> {
  const viewport = page.getViewport({ scale: 1 })
  // The operator list first: it loads the page's fonts into commonObjs, where their real names are.
  const ops = await page.getOperatorList()
  const graphics = readGraphics(pdfjs, ops, viewport.transform)
  const content = await page.getTextContent({ disableNormalization: false })
  const fonts = new Map<string, { font: string; bold: boolean }>()
  const runs: TextRun[] = []
  for (const raw of content.items) {
    if (!('str' in raw)) continue
    const item = raw as TextItem
    const text = foldGlyphs(item.str)
    if (text.trim().length === 0) continue
    let font = fonts.get(item.fontName)
    if (font === undefined) {
      font = fontOf(page, item.fontName)
      fonts.set(item.fontName, font)
    }
    runs.push(toRun(item, text, font, viewport.transform))
  }
  return {
    pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs,
    images: graphics.images,
    rules: graphics.rules,
  }
}

function fontOf(page: PdfPage, loadedName: string): { font: string; bold: boolean } {
  const objs = page.commonObjs as { has: (id: string) => boolean; get: (id: string) => unknown }
  const data = objs.has(loadedName)
    ? (objs.get(loadedName) as { name?: string; bold?: boolean; black?: boolean } | null)
    : null
  const name = (data?.name ?? loadedName).replace(/^[A-Z]{6}\+/u, '')
  const bold = data?.bold === true || data?.black === true || /bold|black|heavy|hei|黑/iu.test(name)
  return { font: name, bold }
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: readonly number[], n: readonly number[]): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ]
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!]
}

/** The box that holds the rectangle (x0, y0)–(x1, y1) once mapped by `m`. */
function mapBox(m: readonly number[], x0: number, y0: number, x1: number, y1: number): Box {
  const points = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)]
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

function toRun(
  item: TextItem,
  text: string,
  font: { font: string; bold: boolean },
  viewport: readonly number[],
): TextRun {
  const [a, b, c, d, e, f] = item.transform as Matrix
  const vertical = item.dir === 'ttb' || (Math.abs(b) > Math.abs(a) && Math.abs(c) > Math.abs(d))
  const size = vertical ? Math.hypot(a, b) : Math.hypot(c, d)
  // The glyphs' box in PDF space: from the baseline, a little below it for descenders, up to the em height.
  const box = vertical
    ? mapBox(viewport, e - size / 2, f - item.height, e + size / 2, f)
    : mapBox(viewport, e, f - size * 0.12, e + item.width, f + size * 0.88)
  const direction: RunDirection = vertical ? 'ttb' : item.dir === 'rtl' ? 'rtl' : 'ltr'
  return { ...box, text, size, font: font.font, bold: font.bold, direction }
}

/** A stroke thinner than this (points) is a rule; a thicker filled shape is an area, not a line. */
const RULE_THICKNESS = 3
/** A rule shorter than this is a tick, a dash or a bullet, not a separator. */
const MIN_RULE_LENGTH = 12

function readGraphics(
  pdfjs: PdfJs,
  ops: { fnArray: number[]; argsArray: unknown[] },
  viewport: readonly number[],
): { images: Box[]; rules: Rule[] } {
  const { OPS } = pdfjs
  const images: Box[] = []
  const rules: Rule[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke])
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke])
  const addRule = (box: Box): void => {
    const w = box.x1 - box.x0
    const h = box.y1 - box.y0
    if (Math.max(w, h) < MIN_RULE_LENGTH || Math.min(w, h) > RULE_THICKNESS) return
    rules.push({ ...box, orientation: w >= h ? 'horizontal' : 'vertical' })
  }
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!
    const args = ops.argsArray[i] as unknown[] | null
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform && args !== null) ctm = multiply(ctm, args as number[])
    else if (
      fn === OPS.paintImageXObject ||
      fn === OPS.paintInlineImageXObject ||
      fn === OPS.paintImageMaskXObject ||
      fn === OPS.paintImageXObjectRepeat
    ) {
      images.push(mapBox(multiply(viewport, ctm), 0, 0, 1, 1))
    } else if (fn === OPS.constructPath && args !== null) {
      const paint = args[0] as number
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      const m = multiply(viewport, ctm)
      if (strokes.has(paint) && data !== undefined) {
        for (const [x0, y0, x1, y1] of segments(data)) addRule(mapBox(m, x0, y0, x1, y1))
      } else if (fills.has(paint)) {
        const minMax = args[2] as ArrayLike<number> | undefined
        if (minMax !== undefined && minMax.length === 4)
          addRule(mapBox(m, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!))
      }
    }
  }
  return { images: images.filter((b) => b.x1 - b.x0 > 2 && b.y1 - b.y0 > 2), rules }
}

/** The straight, axis-aligned segments of a pdf.js path (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadratic, 4 close). */
function segments(data: ArrayLike<number>): [number, number, number, number][] {
  const out: [number, number, number, number][] = []
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  const line = (nx: number, ny: number): void => {
    if (Math.abs(nx - x) < 0.5 || Math.abs(ny - y) < 0.5)
      out.push([Math.min(x, nx), Math.min(y, ny), Math.max(x, nx), Math.max(y, ny)])
    x = nx
    y = ny
  }
  for (let i = 0; i < data.length;) {
    const op = data[i++]
    if (op === 0) {
      x = startX = data[i++]!
      y = startY = data[i++]!
    } else if (op === 1) line(data[i++]!, data[i++]!)
    else if (op === 2) {
      x = data[i + 4]!
      y = data[i + 5]!
      i += 6
    } else if (op === 3) {
      x = data[i + 2]!
      y = data[i + 3]!
      i += 4
    } else if (op === 4) line(startX, startY)
    else break
  }
  return out
}
