import os from 'node:os'
import { expect, test } from 'vitest'
import { readEnv } from '../src/env.ts'

test('defaults to port 4000, production, introspection on, ingest off and the embedded database', () => {
  expect(readEnv({})).toEqual({
    port: 4000,
    apiToken: null,
    introspection: true,
    production: true,
    databaseUrl: null,
    dbPoolSize: 2 * os.availableParallelism(),
    dbHeavyPoolSize: Math.max(1, Math.floor(os.availableParallelism() / 2)),
    ingestThreads: 1,
  })
})

test('development is asked for by name; introspection stays on unless BROADSHEET_INTROSPECTION=0', () => {
  expect(readEnv({ NODE_ENV: 'development' }).production).toBe(false)
  expect(readEnv({ NODE_ENV: 'test' }).production).toBe(true)
  expect(readEnv({ NODE_ENV: 'production' }).introspection).toBe(true)
  expect(readEnv({ BROADSHEET_INTROSPECTION: '0' }).introspection).toBe(false)
})

test('reads the token, port, database URL and pool size', () => {
  const env = readEnv({
    PORT: '4100',
    BROADSHEET_API_TOKEN: 'a-long-enough-secret',
    DATABASE_URL: 'postgresql://u:p@db:5432/broadsheet',
    BROADSHEET_DB_POOL_SIZE: '32',
  })
  expect(env).toMatchObject({
    port: 4100,
    apiToken: 'a-long-enough-secret',
    databaseUrl: 'postgresql://u:p@db:5432/broadsheet',
    dbPoolSize: 32,
  })
})

test('rejects every bad value at once, naming each', () => {
  expect(() =>
    readEnv({
      PORT: 'eighty',
      BROADSHEET_API_TOKEN: 'short',
      NODE_ENV: 'prod',
      DATABASE_URL: 'mysql://x',
      BROADSHEET_DB_POOL_SIZE: '0',
    }),
  ).toThrow(/PORT[\s\S]*BROADSHEET_API_TOKEN[\s\S]*NODE_ENV[\s\S]*DATABASE_URL[\s\S]*BROADSHEET_DB_POOL_SIZE/)
})
