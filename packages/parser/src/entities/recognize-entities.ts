// Find PERSON, LOCATION and ORGANIZATION mentions in one text field.
// TODO(#3): replace this placeholder with the trained recognizer; until then it finds nothing.
import type { EntitySpan } from '../types.ts'

/**
 * Entity mentions in `text`, in order, never overlapping, with offsets into `text`.
 *
 * @example recognizeEntities('世界卫生组织总干事谭德塞') // [{ text: '世界卫生组织', type: 'ORGANIZATION', … }, …]
 */
export function recognizeEntities(_text: string): EntitySpan[] {
  return []
}
