// The committed layout model (layout.model.json, made by scripts/train-layout.ts), decoded once on first use.
import file from './layout.model.json' with { type: 'json' }
import { decodeLayoutModel, type LayoutModel, type LayoutModelFile } from './layout-model.ts'

let cached: LayoutModel | null = null

/** The trained layout model. */
export function defaultLayoutModel(): LayoutModel {
  cached ??= decodeLayoutModel(file as unknown as LayoutModelFile)
  return cached
}
