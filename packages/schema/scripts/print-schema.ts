// Print the schema's SDL to schema.graphql, the file clients type their documents from.
import { writeFileSync } from 'node:fs'
import { printSchemaFile, schemaFile } from '../src/print.ts'

writeFileSync(schemaFile, await printSchemaFile())
console.log(`wrote ${schemaFile}`)
