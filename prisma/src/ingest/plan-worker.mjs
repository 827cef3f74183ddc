// A piscina worker that parses and plans pages (ingest-page-text.ts). Worker threads do not inherit tsx's loader,
// so this plain module registers it before importing the TypeScript.
import { register } from 'tsx/esm/api'

register()
const { planPageTextForWorker } = await import('./ingest-page-text.ts')

export default planPageTextForWorker
