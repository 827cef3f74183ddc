// Corpus-wide figures for the home page: how much the archive holds and over which dates.
import { corpusCounts, type CorpusCounts } from '@broadsheet/db'
import { builder } from '../builder.ts'

const Corpus = builder.objectRef<CorpusCounts>('Corpus').implement({
  description: 'What the archive holds.',
  fields: (t) => ({
    articleCount: t.exposeInt('articleCount'),
    issueCount: t.exposeInt('issueCount'),
    entityCount: t.exposeInt('entityCount'),
    publicationCount: t.exposeInt('publicationCount'),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true, description: 'The oldest issue.' }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true, description: 'The newest issue.' }),
  }),
})

builder.queryFields((t) => ({
  corpus: t.field({ type: Corpus, resolve: (_root, _args, ctx) => corpusCounts(ctx.prisma) }),
}))
