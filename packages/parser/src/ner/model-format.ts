// Encode and decode the tagger's model file: a JSON header, then hashed feature keys with sparse Int16 weights.
import { buildLexiconTrie } from './lexicon-trie.ts'
import { TAG_COUNT, typeIndexOfTag, WORD } from './tags.ts'
import type { NerModel } from './ner-model.ts'

// The version names the feature keys as well as the layout: a model trained on other keys would load and find
// nothing, so it is refused. 003: keys from one mix for all templates (features.ts).
const MAGIC = 'BSNER003'

/** What training produces: dense float weights per feature key, before quantization. */
export interface TrainedModel {
  featureKeys: Uint32Array
  /** `featureKeys.length * TAG_COUNT` weights, feature-major. */
  weights: Float32Array
  transitions: Float32Array
  /** Lexicon words by type index (PERSON, LOCATION, ORGANIZATION), used for dictionary-match features. */
  lexicon: string[][]
  /** Surname → strength 1–4. */
  surnames: Record<string, number>
  /** The characters of each character cluster, cluster 1 first. */
  clusters?: string[]
}

interface Header {
  magic: string
  rows: number
  values: number
  scale: number
  lexicon: string[]
  surnames: Record<string, number>
  clusters?: string[]
}

function align4(n: number): number {
  return (n + 3) & ~3
}

/**
 * Quantize weights to Int16 (one scale for the model), drop weights below `minWeight` quantized units (1 keeps
 * every non-zero weight; larger values prune the model, making it smaller and faster), and write it as bytes.
 * `minWordWeight` is the same floor for the tags of words outside entities, whose weights matter less to the
 * entities found. Each kept feature stores a 16-bit mask of its non-zero tags and only those weights.
 *
 * @example writeFileSync('model/ner.bin', encodeModel(trained, 600, 1200))
 */
export function encodeModel(model: TrainedModel, minWeight = 1, minWordWeight = minWeight): Uint8Array {
  const T = TAG_COUNT
  let maxAbs = 0
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w))
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1
  const keys: number[] = []
  const masks: number[] = []
  const values: number[] = []
  for (let r = 0; r < model.featureKeys.length; r++) {
    let mask = 0
    const row: number[] = []
    for (let t = 0; t < T; t++) {
      const q = Math.round((model.weights[r * T + t] ?? 0) * scale)
      if (Math.abs(q) >= (typeIndexOfTag(t) === WORD ? minWordWeight : minWeight)) {
        mask |= 1 << t
        row.push(q)
      }
    }
    if (mask === 0) continue
    keys.push(model.featureKeys[r] ?? 0)
    masks.push(mask)
    values.push(...row)
  }
  const header: Header = {
    magic: MAGIC,
    rows: keys.length,
    values: values.length,
    scale,
    lexicon: model.lexicon.map((words) => words.join('\n')),
    surnames: model.surnames,
    clusters: model.clusters ?? [],
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const keysAt = align4(4 + headerBytes.length)
  const masksAt = keysAt + keys.length * 4
  const valuesAt = align4(masksAt + masks.length * 2)
  const transitionsAt = align4(valuesAt + values.length * 2)
  const bytes = new Uint8Array(transitionsAt + T * T * 4)
  new DataView(bytes.buffer).setUint32(0, headerBytes.length, true)
  bytes.set(headerBytes, 4)
  new Uint32Array(bytes.buffer, keysAt, keys.length).set(keys)
  new Uint16Array(bytes.buffer, masksAt, masks.length).set(masks)
  new Int16Array(bytes.buffer, valuesAt, values.length).set(values)
  new Float32Array(bytes.buffer, transitionsAt, T * T).set(model.transitions)
  return bytes
}

/**
 * Read model bytes into a ready tagger model: an open-addressing table from feature key to a sparse row of
 * quantized weights, plus the lexicon trie and surname table.
 *
 * @example decodeModel(readFileSync('model/ner.bin'))
 */
export function decodeModel(input: Uint8Array): NerModel {
  const T = TAG_COUNT
  const bytes = input.slice()
  const header = readHeader(bytes)
  const headerLength = new DataView(bytes.buffer).getUint32(0, true)
  if (header.magic !== MAGIC) {
    throw new Error(
      header.magic?.startsWith('BSNER')
        ? `NER model format ${header.magic} is not this parser's ${MAGIC}: retrain it (npm run train:ner)`
        : `not a Broadsheet NER model (expected ${MAGIC})`,
    )
  }
  const keysAt = align4(4 + headerLength)
  const masksAt = keysAt + header.rows * 4
  const valuesAt = align4(masksAt + header.rows * 2)
  const transitionsAt = align4(valuesAt + header.values * 2)
  const keys = new Uint32Array(bytes.buffer, keysAt, header.rows)
  const masks = new Uint16Array(bytes.buffer, masksAt, header.rows)
  const values = new Int16Array(bytes.buffer, valuesAt, header.values)
  // Two Int32 per slot: the key, then where its row starts in `rows`. A table under two-thirds full keeps probes
  // short.
  let size = 1024
  while (size * 2 < header.rows * 3) size *= 2
  const slots = new Int32Array(size * 2)
  const present = new Uint32Array(1 << 16)
  // Every row whole, zeros included, at a fixed stride: scoring adds 16 weights without decoding a mask, which
  // costs less than the memory it saves (5 MB at most for 170,000 rows).
  const rows = new Int16Array(header.rows * T)
  let v = 0
  for (let r = 0; r < header.rows; r++) {
    const k = (keys[r] as number) | 0
    let s = k & (size - 1)
    while (slots[s * 2] !== 0) s = (s + 1) & (size - 1)
    slots[s * 2] = k
    const bit = k >>> 11
    present[bit >>> 5] = (present[bit >>> 5] as number) | (1 << (bit & 31))
    slots[s * 2 + 1] = r * T
    const mask = masks[r] as number
    for (let t = 0; t < T; t++) if (mask & (1 << t)) rows[r * T + t] = values[v++] as number
  }
  // Emissions stay in quantized units, so the transitions are scaled up to match.
  const transitions = new Float32Array(bytes.buffer.slice(transitionsAt, transitionsAt + T * T * 4))
  for (let i = 0; i < transitions.length; i++) transitions[i] = (transitions[i] as number) * header.scale
  const surnames = new Uint8Array(0x10000)
  for (const [name, strength] of Object.entries(header.surnames)) surnames[name.charCodeAt(0)] = strength
  const clusters = new Uint8Array(0x10000)
  header.clusters?.forEach((chars, j) => {
    for (let i = 0; i < chars.length; i++) clusters[chars.charCodeAt(i)] = j + 1
  })
  const lexicon = header.lexicon.map((words) => (words ? words.split('\n') : []))
  return {
    slots,
    rows,
    mask: size - 1,
    present,
    transitions,
    unit: 1 / header.scale,
    resources: { trie: buildLexiconTrie(lexicon), surnames, clusters },
    lexicon,
  }
}

function readHeader(bytes: Uint8Array): Header {
  const length = bytes.length >= 4 ? new DataView(bytes.buffer).getUint32(0, true) : Infinity
  try {
    if (length > bytes.length - 4) throw new Error('short')
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Partial<Header>
    if (typeof header.magic === 'string') return header as Header
  } catch {
    // Not JSON where the header belongs: reported below.
  }
  throw new Error(`not a Broadsheet NER model (expected ${MAGIC})`)
}
