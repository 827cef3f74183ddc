// Run operations against the real Apollo Server with executeOperation, as the HTTP server would.
import assert from 'node:assert/strict'
import type { PrismaClient } from '@broadsheet/db'
import { createContext } from '@broadsheet/schema'
import type { FormattedExecutionResult } from 'graphql'
import { createApolloServer } from '../../src/apollo.ts'

export const testToken = 'test-token-0123456789abcdef'

export interface TestApi {
  run<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null },
  ): Promise<FormattedExecutionResult<Data>>
  /** Runs and fails the test on any error. */
  data<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Data>
  stop(): Promise<void>
}

export async function createTestApi(
  prisma: PrismaClient,
  {
    production = false,
    introspection = !production,
    ingestToken = testToken,
  }: { production?: boolean; introspection?: boolean; ingestToken?: string | null } = {},
): Promise<TestApi> {
  const apollo = createApolloServer({ production, introspection })
  await apollo.start()
  const run = async <Data>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string | null } = {},
  ) => {
    const response = await apollo.executeOperation<Data>(
      { query, variables },
      { contextValue: createContext({ prisma, token: options.token ?? null, ingestToken }) },
    )
    assert(response.body.kind === 'single')
    return response.body.singleResult as FormattedExecutionResult<Data>
  }
  return {
    run,
    async data<Data>(query: string, variables?: Record<string, unknown>) {
      const result = await run<Data>(query, variables)
      assert.deepEqual(result.errors, undefined)
      return result.data as Data
    },
    stop: () => apollo.stop(),
  }
}
