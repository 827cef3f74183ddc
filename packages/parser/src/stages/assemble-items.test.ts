// Specification of item assembly: title order, titles versus headings, kinds.
import { describe, expect, test } from 'vitest'
import { assembleItems, detectTitleOrder } from './assemble-items.ts'
import { classifyLines } from './classify-lines.ts'
import { groupBlocks } from './group-blocks.ts'
import { reflowParagraphs } from './reflow-paragraphs.ts'
import { splitLines } from './split-lines.ts'

const flow = (lines: string[]) => reflowParagraphs(groupBlocks(classifyLines(splitLines(lines.join('\n')))))

// The seed page's commentary: byline, text, dateline, then its title.
const commentaryWithTitleAfterBody = [
  '□新华社评论员',
  '',
  '做好群众工作。',
  '',
  '（新华社北京3月12日电）',
  '',
  '打赢人民战争必须依靠群众',
]

describe('assembleItems', () => {
  test("gives the page staff's credit to the story it ends, after its title, starting no item", () => {
    const items = assembleItems(
      flow([...commentaryWithTitleAfterBody, '', '　　版式设计：蔡华伟']),
      { date: '2020-03-13' },
      [],
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      kind: 'commentary',
      title: '打赢人民战争必须依靠群众',
      credit: '版式设计：蔡华伟',
      lines: [1, 9],
    })
  })

  test("keeps a story's text together when the staff credit follows its closing dateline", () => {
    const items = assembleItems(
      flow([
        '推动中缅关系迈入新时代',
        '',
        '　　双方还将签署新的协议。',
        '　　（本报内比都1月16日电）',
        '　　版式设计：蔡华伟',
      ]),
      { date: '2020-01-17' },
      [],
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ credit: '版式设计：蔡华伟', lines: [1, 5] })
    expect(items[0]?.dateline?.date).toBe('2020-01-16')
  })

  test('closes an item with the title printed after its body and dateline', () => {
    const items = assembleItems(flow(commentaryWithTitleAfterBody), { date: '2020-03-13' }, [])
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ kind: 'commentary', title: '打赢人民战争必须依靠群众', lines: [1, 7] })
    expect(items[0]?.dateline?.date).toBe('2020-03-12')
  })

  test('opens an item with a title printed first, reading kicker, title and subtitle', () => {
    const items = assembleItems(
      flow([
        '张又侠在会见军队新当选两院院士时强调',
        '不忘初心牢记使命 努力争当科技强军先锋',
        '——科技强军',
        '',
        '新华社北京1月3日电 （记者梅世雄）中共中央政治局委员。',
      ]),
      { date: '2020-01-04' },
      [],
    )
    expect(items[0]).toMatchObject({
      kicker: '张又侠在会见军队新当选两院院士时强调',
      title: '不忘初心牢记使命 努力争当科技强军先锋',
      subtitle: '科技强军',
      dateline: {
        text: '新华社北京1月3日电（记者梅世雄）',
        agency: '新华社',
        place: '北京',
        date: '2020-01-03',
      },
    })
  })

  test('makes a photo of a caption, its credit and a title set a few characters a line', () => {
    const items = assembleItems(
      flow(['3 月 12 日，在', '广西南宁市武鸣区。', '据新华社发', '', '保障', '“空中课堂”', '覆盖贫困']),
      {},
      [],
    )
    expect(items[0]).toMatchObject({ kind: 'photo', title: '保障“空中课堂”覆盖贫困', credit: '据新华社发' })
    expect(items[0]?.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['3月12日，在广西南宁市武鸣区。'])
  })

  test('warns about an item without a title and calls it a brief', () => {
    const warnings: string[] = []
    const items = assembleItems(flow(['只有一段话。']), {}, warnings)
    expect(items[0]?.kind).toBe('brief')
    expect(warnings).toEqual(['lines 1–1: no title found for this brief'])
  })
})

describe('detectTitleOrder', () => {
  test('reads a page ending on a title as titles after bodies', () => {
    expect(detectTitleOrder(flow(['□新华社评论员', '', '正文。', '', '标题在后']))).toBe('title-after-body')
  })

  test('reads a page opening on a title as titles first', () => {
    expect(detectTitleOrder(flow(['标题在前', '', '正文。']))).toBe('title-first')
  })
})
