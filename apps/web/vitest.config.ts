import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['@broadsheet/shared-data/global-setup'],
    fileParallelism: false,
    testTimeout: 120_000,
    // Starting the system builds the app (`next build`) and seeds a database.
    hookTimeout: 900_000,
  },
})
