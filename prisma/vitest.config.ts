import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    globalSetup: ['@broadsheet/shared-data/global-setup'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Each test file starts its own PostgreSQL; two at a time is what this machine's two cores can carry.
    maxWorkers: 2,
  },
})
