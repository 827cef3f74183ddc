// Specification of reading the names a byline signs with, as the e-edition and the 1998 corpus print them.
import { describe, expect, test } from 'vitest'
import { readNames } from './read-names.ts'

const anchored = { anchored: true }
const alone = { anchored: false }

describe('readNames', () => {
  test('joins a two-character name padded to three: 付 文 is 付文, not 付 who wrote', () => {
    expect(readNames('付 文', anchored)).toEqual(['付文'])
    expect(readNames('韩  鑫', alone)).toEqual(['韩鑫'])
    expect(readNames('富子梅 靳 博', anchored)).toEqual(['富子梅', '靳博'])
  })

  test('drops what the signers did after their names: 方 圆文 is 方圆, who wrote', () => {
    expect(readNames('方  圆文', anchored)).toEqual(['方圆'])
    expect(readNames('王云娜整理', anchored)).toEqual(['王云娜'])
    expect(readNames('富子梅 扎 西整理', anchored)).toEqual(['富子梅', '扎西'])
    expect(readNames('雷引杰、余冰玥参与采写', alone)).toEqual(['雷引杰', '余冰玥'])
    expect(readNames('曹  一图  吕  岩文', anchored)).toEqual(['曹一', '吕岩'])
  })

  test('keeps a three-character name that ends in 文 whole', () => {
    expect(readNames('李建文', anchored)).toEqual(['李建文'])
  })

  test('splits names run together where their surnames start', () => {
    expect(readNames('李泓冰徐锦庚整理', anchored)).toEqual(['李泓冰', '徐锦庚'])
    expect(readNames('张宇鸿梁魁元', alone)).toEqual(['张宇鸿', '梁魁元'])
  })

  test('never reads a single character as a name', () => {
    expect(readNames('完', alone)).toBeNull()
    expect(readNames('付', anchored)).toBeNull()
  })

  test('takes names standing alone only when they start with a common surname', () => {
    expect(readNames('祝谦', alone)).toEqual(['祝谦'])
    expect(readNames('张京、陈辉', alone)).toEqual(['张京', '陈辉'])
    expect(readNames('国际观察', alone)).toBeNull()
    expect(readNames('本系列评论到此结束', alone)).toBeNull()
    expect(readNames('相关报道见第二版', alone)).toBeNull()
    expect(readNames('人民视觉', alone)).toBeNull()
  })
})
