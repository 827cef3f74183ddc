// Final stage: find entity mentions in every title and paragraph (captions included), an item at a time.
import { recognizeDocumentEntities } from '../entities/recognize-entities.ts'
import type { Item } from '../types.ts'

/**
 * The items with `titleEntities` and each paragraph's `entities` filled by the recognizer. Each item (its title
 * and every paragraph of its sections) is one document: a name found in one field is found where it recurs in
 * the others, if the tagger supports it across the item (`recognizeDocumentEntities`). Offsets are into the
 * field's own text.
 *
 * @example attachEntities(items)[0]?.titleEntities
 */
export function attachEntities(items: readonly Item[]): Item[] {
  return items.map((item) => {
    const fields = [item.title ?? '', ...item.sections.flatMap((s) => s.paragraphs.map((p) => p.text))]
    const found = recognizeDocumentEntities(fields)
    let next = 1
    return {
      ...item,
      titleEntities: item.title === null ? [] : (found[0] ?? []),
      sections: item.sections.map((section) => ({
        ...section,
        paragraphs: section.paragraphs.map((p) => ({ ...p, entities: found[next++] ?? [] })),
      })),
    }
  })
}
