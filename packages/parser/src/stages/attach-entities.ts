// Final stage: find entity mentions in every title and paragraph (captions included).
import { recognizeDocumentEntities } from '../entities/recognize-entities.ts'
import type { Item } from '../types.ts'

/**
 * The items with `titleEntities` and each paragraph's `entities` filled by the recognizer. Offsets are into the
 * field's own text. An item is one document: a name found in one of its fields is found where it recurs in the
 * others (`董事长褚时健` in one paragraph, `经查，褚时健…` in the next).
 *
 * @example attachEntities(items)[0]?.titleEntities
 */
export function attachEntities(items: readonly Item[]): Item[] {
  return items.map((item) => {
    const paragraphs = item.sections.flatMap((section) => section.paragraphs.map((p) => p.text))
    const [titleEntities = [], ...found] = recognizeDocumentEntities([item.title ?? '', ...paragraphs])
    let next = 0
    return {
      ...item,
      titleEntities,
      sections: item.sections.map((section) => ({
        ...section,
        paragraphs: section.paragraphs.map((p) => ({ ...p, entities: found[next++] ?? [] })),
      })),
    }
  })
}
