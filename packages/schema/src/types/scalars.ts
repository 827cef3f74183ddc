// Shared scalars and enums: calendar dates, and the enums mirrored from the Prisma schema.
import { isDay } from '@broadsheet/db'
import { Kind } from 'graphql'
import { builder } from '../builder.ts'
import { badUserInput } from '../errors.ts'

/** `YYYY-MM-DD` → a UTC midnight Date, rejecting impossible days such as 2020-02-30 or 0000-01-01. */
export function parseDate(value: unknown): Date {
  if (typeof value === 'string' && isDay(value)) return new Date(`${value}T00:00:00Z`)
  throw badUserInput(
    `Expected a date from 0001-01-01 to 9999-12-31 as YYYY-MM-DD, got ${JSON.stringify(value)}`,
  )
}

/** A Date at UTC midnight → `YYYY-MM-DD`. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

builder.scalarType('Date', {
  description: 'A calendar day, `YYYY-MM-DD`.',
  serialize: (value) => formatDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
})

export const ArticleKind = builder.enumType('ArticleKind', {
  values: {
    ARTICLE: {},
    COMMENTARY: {},
    PHOTO: { description: 'A picture with its caption.' },
    BRIEF: { description: 'A short untitled item.' },
    ADVERTISEMENT: { description: 'A paid notice: `广告`.' },
    NOTICE: { description: 'An announcement in an office’s own voice: `启事`, `公告`, `讣告`.' },
    LISTING: { description: 'A table or list rather than prose: `名单`, a weather forecast.' },
  } as const,
})

export const PlacementRole = builder.enumType('PlacementRole', {
  values: {
    FIRST: { description: 'Where the story starts: its text, title and page are the article’s.' },
    REPRINT: { description: 'The same story printed again elsewhere in the issue.' },
    CONTINUATION: { description: 'A later part of the story, after a jump line (`（下转第四版）`).' },
  } as const,
})

export const EntityType = builder.enumType('EntityType', {
  values: ['PERSON', 'LOCATION', 'ORGANIZATION'] as const,
})

export const SourceFormat = builder.enumType('SourceFormat', {
  values: ['PAGE', 'EEDITION', 'PKU', 'PDF'] as const,
})

export const MentionField = builder.enumType('MentionField', {
  description: 'Where a mention sits inside its article.',
  values: ['TITLE', 'PARAGRAPH', 'BYLINE'] as const,
})
