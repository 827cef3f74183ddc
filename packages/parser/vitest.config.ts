import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['@broadsheet/shared-data/global-setup'],
    testTimeout: 60_000,
  },
})
