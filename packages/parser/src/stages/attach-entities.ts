// Final stage: find entity mentions in every title and paragraph (captions included).
import { recognizeEntities } from '../entities/recognize-entities.ts'
import type { Item } from '../types.ts'

/**
 * The items with `titleEntities` and each paragraph's `entities` filled by the recognizer. Offsets are into the
 * field's own text.
 *
 * @example attachEntities(items)[0]?.titleEntities
 */
export function attachEntities(items: readonly Item[]): Item[] {
  return items.map((item) => ({
    ...item,
    titleEntities: item.title === null ? [] : recognizeEntities(item.title),
    sections: item.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((p) => ({ ...p, entities: recognizeEntities(p.text) })),
    })),
  }))
}
