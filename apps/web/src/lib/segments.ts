// Cut a paragraph into plain runs and entity mentions, so the page can link each mention.

/** A mention as the API gives it: character offsets into the paragraph's text. */
export interface MentionSpan {
  start: number
  end: number
  entity: { id: string; name: string; type: string }
}

export type Segment = { text: string; entity?: undefined } | { text: string; entity: MentionSpan['entity'] }

/**
 * Split `text` at its mentions. Mentions out of range or overlapping an earlier one are dropped, so a bad offset
 * never loses text.
 *
 * @example
 * segmentText('习近平指出', [{ start: 0, end: 3, entity }])
 * // → [{ text: '习近平', entity }, { text: '指出' }]
 */
export function segmentText(text: string, mentions: readonly MentionSpan[]): Segment[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  let at = 0
  for (const mention of sorted) {
    if (mention.start < at || mention.end <= mention.start || mention.end > text.length) continue
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start) })
    segments.push({ text: text.slice(mention.start, mention.end), entity: mention.entity })
    at = mention.end
  }
  if (at < text.length) segments.push({ text: text.slice(at) })
  return segments
}
