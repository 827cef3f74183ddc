// Which real newspaper files the browser tests load: the seed page (2020-03) and a few e-edition days from each of
// January and February 2020, so timelines span three months.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { sharedDir } from './paths.ts'

export const seedPage = path.join(sharedDir, 'pages/000_c2a65b4d6f57a7a3.txt')

const testDays = ['20200101', '20200102', '20200103', '20200201', '20200202', '20200203']

/** The e-edition article files of `days` (all days when omitted), sorted. */
export function eEditionFiles(days?: readonly string[]): string[] {
  const root = path.join(sharedDir, 'corpus/epaper')
  const files: string[] = []
  for (const month of readdirSync(root).sort()) {
    for (const day of readdirSync(path.join(root, month)).sort()) {
      if (days && !days.includes(day)) continue
      for (const file of readdirSync(path.join(root, month, day)).sort()) {
        if (file.endsWith('.txt')) files.push(path.join(root, month, day, file))
      }
    }
  }
  return files
}

/** The files the end-to-end test loads. */
export function testCorpus(): string[] {
  return [seedPage, ...eEditionFiles(testDays)]
}
