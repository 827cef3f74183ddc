// Load the committed tagger model once, lazily: the only I/O of entity recognition.
import { readFileSync } from 'node:fs'
import { decodeModel } from './model-format.ts'
import type { NerModel } from './ner-model.ts'

/** Where the trained model lives, relative to this module (`src/ner/` in the repo, `dist/ner/` when built). */
export const MODEL_URL = new URL('../../model/ner.bin', import.meta.url)

let cached: NerModel | null = null

/**
 * The trained model, read from `model/ner.bin` on first use and kept for the life of the process.
 *
 * @example const model = loadNerModel()
 */
export function loadNerModel(): NerModel {
  cached ??= decodeModel(readFileSync(MODEL_URL))
  return cached
}
