import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    globalSetup: ['@broadsheet/shared-data/global-setup'],
  },
})
