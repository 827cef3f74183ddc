// Mutation.ingestPage: parse a page of text and store its articles. Requires the API token.
import { ingestPageText, readArticles } from '@broadsheet/db'
import { builder } from '../builder.ts'
import { tokenMatches } from '../context.ts'
import { nodeQuery } from '../connection.ts'
import { badUserInput, forbidden } from '../errors.ts'
import { Article } from './article.ts'
import { formatDate } from './scalars.ts'

const IngestPageInput = builder.inputType('IngestPageInput', {
  fields: (t) => ({
    text: t.string({ required: true, description: 'The page text, in the page layout or e-edition format.' }),
    date: t.field({ type: 'Date', required: true, description: 'The issue date.' }),
    page: t.int({ required: false, description: 'The page number (版次).' }),
    publication: t.string({ required: false, description: 'The publication, such as 人民日报.' }),
  }),
})

const IngestPagePayload = builder
  .objectRef<{ articles: { id: number; publicId: string }[]; warnings: string[] }>('IngestPagePayload')
  .implement({
    fields: (t) => ({
      articles: t.field({
        type: [Article],
        description: 'The stored articles, in reading order.',
        resolve: (p) => p.articles,
      }),
      warnings: t.exposeStringList('warnings', { description: "The parser's warnings about the page." }),
    }),
  })

/** Maximum page text accepted, in characters; a newspaper page runs to about 10,000. */
const maxPageLength = 200_000

builder.mutationType({
  fields: (t) => ({
    ingestPage: t.field({
      type: IngestPagePayload,
      description:
        'Parses a page and stores its articles. Needs `Authorization: Bearer <BROADSHEET_API_TOKEN>`.',
      args: { input: t.arg({ type: IngestPageInput, required: true }) },
      resolve: async (_root, { input }, ctx, info) => {
        if (!ctx.ingestToken) throw forbidden('Ingest is turned off on this server.')
        if (!tokenMatches(ctx.token, ctx.ingestToken))
          throw forbidden('Ingest needs a valid `Authorization: Bearer` token.')
        if (!input.text.trim()) throw badUserInput('text must not be empty')
        if (input.text.length > maxPageLength)
          throw badUserInput(`text is longer than ${maxPageLength} characters`)
        // The parser and the recognizer run on the planner's worker threads, not on the server's event loop.
        const { articleIds, warnings } = await ingestPageText(
          ctx.prisma,
          {
            text: input.text,
            date: formatDate(input.date),
            page: input.page ?? null,
            publication: input.publication ?? null,
          },
          ctx.planner ?? undefined,
        )
        const articles = await readArticles<{ id: number; publicId: string }>(
          ctx.prisma,
          articleIds,
          nodeQuery(ctx, info, ['articles']),
        )
        return { articles, warnings }
      },
    }),
  }),
})
