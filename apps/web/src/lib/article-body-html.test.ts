import { describe, expect, test } from 'vitest'
import { articleBodyHtml } from './article-body-html.ts'
import { markLead, segmentText } from './segments.ts'

const xi = { id: 'RW50aXR5OjE=', name: '习近平', type: 'PERSON' }

// From the seed page, ../shared/pages/000_c2a65b4d6f57a7a3.txt (抗疫情抓生产 筑堡垒当先锋).
const heading = '发挥党的组织优势 吹响复工复产集结号'
const paragraph = '习近平总书记连续就统筹推进疫情防控和经济社会发展'

describe('articleBodyHtml', () => {
  test('writes each section with its heading, and each mention as a link to its entity', () => {
    const html = articleBodyHtml([
      { heading, paragraphs: [segmentText(paragraph, [{ start: 0, end: 3, entity: xi }])] },
    ])
    expect(html).toBe(
      `<section aria-label="${heading}"><h2 class="section-heading">${heading}</h2>` +
        '<p><a href="/entities/RW50aXR5OjE%3D" title="人物 Person: 习近平" data-entity-type="PERSON" ' +
        'class="entity entity--person mention">习近平</a>总书记连续就统筹推进疫情防控和经济社会发展</p></section>',
    )
  })

  test('leaves out the heading of a section that has none', () => {
    expect(articleBodyHtml([{ heading: null, paragraphs: [[{ text: paragraph }]] }])).toBe(
      `<section><p>${paragraph}</p></section>`,
    )
  })

  test('escapes text and attributes, so no markup but its own gets through', () => {
    const hostile = { id: '"><script>', name: '" onmouseover="x', type: 'PERSON' }
    const html = articleBodyHtml([
      {
        heading: '</h2><img src=x onerror=alert(1)>',
        paragraphs: [[{ text: "<script>alert('x')</script> & " }, { text: '谭德塞', entity: hostile }]],
      },
    ])
    expect(html).not.toMatch(/<(script|img)/)
    expect(html).not.toContain('" onmouseover')
    expect(html).toContain('&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; ')
  })
})

describe('a dateline opening a paragraph', () => {
  // 2020-02-28, page 1: the dateline runs straight into the date that opens the first sentence.
  const text = '新华社北京2月27日电2月27日，中共中央政治局常委、国务院总理李克强主持召开国务院常务会议。'
  const dateline = '新华社北京2月27日电'

  test('is set apart from the text, not glued to it', () => {
    const html = articleBodyHtml([{ heading: null, paragraphs: [markLead([{ text }], dateline.length)] }])
    expect(html).toBe(
      `<section><p><span class="lead-dateline">${dateline}</span> 2月27日，中共中央政治局常委、国务院总理李克强主持召开国务院常务会议。</p></section>`,
    )
  })

  test('keeps a mention inside the dateline linked', () => {
    const beijing = { id: 'RW50aXR5OjI=', name: '北京市', type: 'LOCATION' }
    const segments = markLead(segmentText(text, [{ start: 3, end: 5, entity: beijing }]), dateline.length)
    expect(segments.filter((s) => s.lead).map((s) => s.text)).toEqual(['新华社', '北京', '2月27日电'])
    expect(articleBodyHtml([{ heading: null, paragraphs: [segments] }])).toMatch(
      /^<section><p><span class="lead-dateline">新华社<a [^>]+>北京<\/a>2月27日电<\/span> 2月27日，/,
    )
  })
})
