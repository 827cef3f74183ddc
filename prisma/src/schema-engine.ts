// Load Prisma's schema engine compiled to WebAssembly, which needs no native binary, bound to one database.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, DriverAdapterError } from '@prisma/driver-adapter-utils'
import type * as SchemaEngineWasm from '@prisma/schema-engine-wasm'
import type { SchemaEngine } from '@prisma/schema-engine-wasm'

type Bindings = typeof SchemaEngineWasm
type WasmExports = Record<string, unknown>

// Node has WebAssembly, but this repo's type libraries (ES2023 + @types/node) do not declare it.
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: {
    instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }>
  }
}

let bindings: Promise<Bindings> | undefined

// The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 only runs behind
// --experimental-wasm-modules, so instantiate the module by hand with the same JS glue.
async function loadBindings(): Promise<Bindings> {
  const require = createRequire(import.meta.url)
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'))
  const glue = (await import(path.join(dir, 'schema_engine_bg.js'))) as Bindings & {
    __wbg_set_wasm(exports: WasmExports): void
  }
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'))
  const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  ;(instance.exports.__wbindgen_start as () => void)()
  return glue
}

/** A schema engine connected to `url`, with `schema` as its datamodel. Call `free()` when done. */
export async function openSchemaEngine(
  url: string,
  schema: { path: string; content: string },
): Promise<SchemaEngine> {
  bindings ??= loadBindings()
  const { SchemaEngine } = await bindings
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(url))
  return SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter)
}

// @prisma/adapter-pg runs a migration script by splitting it on every `;`, which breaks on a `;` inside a comment
// or a function body, and commits statement by statement. Send the script as one simple-protocol query instead,
// as the native engine does: PostgreSQL then runs it as a single implicit transaction.
function wholeScriptAdapter(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url, max: 2 })
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = await connect()
    const client = adapter.underlyingDriver()
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script)
      } catch (error) {
        throw new DriverAdapterError(convertError(error))
      }
    }
    return adapter
  }
  return factory
}

// The shape @prisma/driver-adapter-utils expects for a PostgreSQL error it cannot classify further.
function convertError(error: unknown): ConstructorParameters<typeof DriverAdapterError>[0] {
  const e = error as { code?: string; message?: string; severity?: string; detail?: string }
  return {
    kind: 'postgres',
    code: e.code ?? 'N/A',
    severity: e.severity ?? 'ERROR',
    message: e.message ?? String(error),
    detail: e.detail,
    column: undefined,
    hint: undefined,
  }
}
