import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { printSchemaFile, schemaFile } from '../src/print.ts'

test('the committed schema.graphql matches the schema (run `npm run print-schema -w @broadsheet/schema`)', async () => {
  expect(readFileSync(schemaFile, 'utf8')).toBe(await printSchemaFile())
})
