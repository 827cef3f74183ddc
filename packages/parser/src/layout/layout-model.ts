// The layout model: one weight per feature and tag, and transition weights between tags (apart for lines with and
// without a blank line between them). It is trained by scripts/train-layout.ts and committed as layout.model.json.
import { FEATURE_COUNT, FEATURE_SIGNATURE, PAIR_BUCKETS } from './line-features.ts'
import { LINE_TAGS, TAG_COUNT } from './line-tags.ts'

export interface LayoutModel {
  /** `FEATURE_COUNT × TAG_COUNT`, feature-major. */
  weights: Float64Array
  /** `2 × TAG_COUNT × TAG_COUNT`: [no blank line between, a blank line between] × previous tag × tag. */
  transitions: Float64Array
  /** The weight of each tag for a page's first line. */
  starts: Float64Array
  /** How often each pair of characters stands side by side in running text, 0–5 by bucket (`pairBucket`). */
  pairs: Uint8Array
  /** The non-zero weights row by row, which parsing adds up (a trained model's rows are mostly zeros). */
  rows?: SparseRows
}

/** Weights by feature row: row f's tags are `tags[start[f]]` up to `tags[start[f + 1]]`, beside their `values`. */
export interface SparseRows {
  start: Int32Array
  tags: Uint8Array
  values: Float64Array
}

/** The non-zero weights of `weights` (`rows × TAG_COUNT`, row-major) by row. */
export function sparseRows(weights: Float64Array): SparseRows {
  const rows = weights.length / TAG_COUNT
  const start = new Int32Array(rows + 1)
  let n = 0
  for (const w of weights) if (w !== 0) n++
  const tags = new Uint8Array(n)
  const values = new Float64Array(n)
  let j = 0
  for (let r = 0; r < rows; r++) {
    start[r] = j
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = weights[r * TAG_COUNT + t]!
      if (w === 0) continue
      tags[j] = t
      values[j++] = w
    }
  }
  start[rows] = j
  return { start, tags, values }
}

/**
 * Weights smaller than this share of the largest are dropped when the model is written: they change no tag, and
 * the rest are few enough to add up quickly.
 */
export const PRUNE_BELOW = 0.004

/** How the committed model was made, so that its test can make it again. */
export interface TrainingRecipe {
  months: string[]
  seed: number
  variants: number
  paperShare: number
  epochs: number
  learner: 'perceptron' | 'crf'
  /** The CRF's first step size and L2 strength. */
  rate?: number
  l2?: number
}

/** The model as stored: weights quantized to 16 bits, base64. */
export interface LayoutModelFile {
  format: 'broadsheet-layout-model/1'
  signature: string
  tags: string[]
  recipe: TrainingRecipe
  scale: number
  weights: string
  transitions: number[]
  starts: number[]
  pairs: string
}

function toBase64(values: Int16Array | Uint8Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64')
}

function fromBase64(text: string): Int16Array {
  const bytes = Buffer.from(text, 'base64')
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return new Int16Array(copy.buffer)
}

const round = (x: number): number => Math.round(x * 1000) / 1000

/**
 * The model as a file. Feature weights are quantized to 16 bits with one scale; transitions are kept to three
 * decimals.
 *
 * @example writeFileSync(path, JSON.stringify(encodeLayoutModel(model, recipe)))
 */
export function encodeLayoutModel(model: LayoutModel, recipe: TrainingRecipe): LayoutModelFile {
  let max = 0
  for (const w of model.weights) max = Math.max(max, Math.abs(w))
  const scale = max > 0 ? 32767 / max : 1
  const floor = PRUNE_BELOW * 32767
  const quantized = Int16Array.from(model.weights, (w) => {
    const q = Math.round(w * scale)
    return Math.abs(q) < floor ? 0 : q
  })
  return {
    format: 'broadsheet-layout-model/1',
    signature: FEATURE_SIGNATURE,
    tags: [...LINE_TAGS],
    recipe,
    scale,
    weights: toBase64(quantized),
    transitions: Array.from(model.transitions, round),
    starts: Array.from(model.starts, round),
    pairs: toBase64(model.pairs),
  }
}

/**
 * The model from its file. A file made for other features or tags is refused: its weights would mean nothing.
 *
 * @example decodeLayoutModel(JSON.parse(readFileSync(path, 'utf8')))
 */
export function decodeLayoutModel(file: LayoutModelFile): LayoutModel {
  if (file.format !== 'broadsheet-layout-model/1')
    throw new Error(`layout model: unknown format ${file.format}`)
  if (file.signature !== FEATURE_SIGNATURE || file.tags.join() !== LINE_TAGS.join())
    throw new Error(
      'layout model: trained on other features or tags; run npm run train:layout -w @broadsheet/parser',
    )
  const quantized = fromBase64(file.weights)
  if (quantized.length !== FEATURE_COUNT * TAG_COUNT)
    throw new Error('layout model: weights of the wrong size')
  const weights = Float64Array.from(quantized, (q) => q / file.scale)
  const pairs = new Uint8Array(Buffer.from(file.pairs, 'base64'))
  if (pairs.length !== PAIR_BUCKETS) throw new Error('layout model: pair table of the wrong size')
  return {
    weights,
    transitions: Float64Array.from(file.transitions),
    starts: Float64Array.from(file.starts),
    pairs,
    rows: sparseRows(weights),
  }
}
