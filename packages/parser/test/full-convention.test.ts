import { describe, expect, test } from 'vitest'
import { toFullConvention } from '../scripts/corpus.ts'
import { parsePkuLine } from '../src/formats/pku.ts'

// The training script retags PKU in the full convention; these lines are shaped like the corpus's own.
function retag(line: string, people: string[] = []): { entities: string[]; words: string[] } {
  const paragraph = parsePkuLine(`19980101-01-001-001/m  ${line}`)
  if (!paragraph) throw new Error('the line has an id')
  const { text, entities, words = [] } = toFullConvention(paragraph, new Set(people))
  return {
    entities: entities.map((e) => `${e.type[0]}:${e.text}`),
    words: words.map((w) => text.slice(w.start, w.end)),
  }
}

describe('PKU retagged in the full convention', () => {
  test('makes one-character place abbreviations places, but not those that name no place', () => {
    expect(retag('中/j  美/j  关系/n  和/c  农/j  企/j').entities).toEqual(['L:中', 'L:美'])
  })

  test('cuts a place out of a word that holds it abbreviated, leaving the rest a word', () => {
    expect(retag('克林顿/nr  访华/v')).toEqual({ entities: ['P:克林顿', 'L:华'], words: ['访'] })
    expect(retag('中华民族/n').entities).toEqual(['L:中华'])
  })

  test('tags abbreviated organizations, joining them back to back', () => {
    expect(retag('欧盟/j  和/c  中共/j  十五大/j').entities).toEqual(['O:欧盟', 'O:中共十五大'])
  })

  test('makes the country before 政府 a place and 政府 a word', () => {
    expect(retag('[美国/ns  政府/n]nt  宣布/v')).toEqual({ entities: ['L:美国'], words: ['政府', '宣布'] })
  })

  test('finds people the corpus knows inside a word of doctrine', () => {
    const people = ['邓小平', '马克思', '列宁']
    expect(retag('邓小平理论/n  马克思列宁主义/n', people)).toEqual({
      entities: ['P:邓小平', 'P:马克思', 'P:列宁'],
      words: ['理论', '主义'],
    })
  })
})
