// The article body as one HTML string: sections, headings and paragraphs, each entity mention a link.
//
// A long article holds hundreds of mention links. Rendered as React elements, every one of them travels twice (in
// the HTML and in the RSC payload) and is hydrated on the phone that opens the page; as one string, React hydrates
// a single element and leaves its content alone. Every text and attribute is escaped here, so the string carries
// no markup but the one written below.
import { entityLinkAttributes } from './entity-link-attributes.ts'
import type { Segment } from './segments.ts'

export interface BodySection {
  heading: string | null
  paragraphs: Segment[][]
}

/**
 * @example
 * articleBodyHtml([{ heading: '一', paragraphs: [[{ text: '<习近平>' }]] }])
 * // → '<section aria-label="一"><h2 class="section-heading">一</h2><p>&lt;习近平&gt;</p></section>'
 */
export function articleBodyHtml(sections: readonly BodySection[]): string {
  let html = ''
  for (const section of sections) {
    const heading = section.heading
    html += heading ? `<section aria-label="${escapeHtml(heading)}">` : '<section>'
    if (heading) html += `<h2 class="section-heading">${escapeHtml(heading)}</h2>`
    for (const segments of section.paragraphs) html += `<p>${segmentsHtml(segments)}</p>`
    html += '</section>'
  }
  return html
}

function segmentsHtml(segments: readonly Segment[]): string {
  // The dateline that opens a paragraph, set apart from the text that follows it.
  const lead = segments.filter((s) => s.lead)
  const rest = segments.filter((s) => !s.lead)
  if (lead.length > 0) return `<span class="lead-dateline">${runsHtml(lead)}</span> ${runsHtml(rest)}`
  return runsHtml(segments)
}

function runsHtml(segments: readonly Segment[]): string {
  let html = ''
  for (const segment of segments) {
    if (!segment.entity) {
      html += escapeHtml(segment.text)
      continue
    }
    const { className, ...rest } = entityLinkAttributes(segment.entity, 'mention')
    const attributes = Object.entries({ ...rest, class: className })
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('')
    html += `<a${attributes}>${escapeHtml(segment.text)}</a>`
  }
  return html
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
