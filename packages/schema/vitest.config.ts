import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

// graphql 16 ships CJS (`main`) and ESM (`module`); Node loads Pothos against the CJS build, so the tests
// must too, or graphql sees two copies of its classes ("Cannot use GraphQLObjectType from another realm").
const graphql = createRequire(import.meta.url).resolve('graphql')

export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'], alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    globalSetup: ['@broadsheet/shared-data/global-setup'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
