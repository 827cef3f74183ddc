// Corpus-wide figures for the home page: how much the archive holds and over which dates.
import { builder } from '../builder.ts'

interface CorpusShape {
  articleCount: number
  issueCount: number
  entityCount: number
  publicationCount: number
  firstDate: Date | null
  lastDate: Date | null
}

const Corpus = builder.objectRef<CorpusShape>('Corpus').implement({
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
  corpus: t.field({
    type: Corpus,
    resolve: async (_root, _args, ctx) => {
      const [articleCount, issueCount, entityCount, publicationCount, dates] = await Promise.all([
        ctx.prisma.article.count(),
        ctx.prisma.issue.count(),
        ctx.prisma.entity.count(),
        ctx.prisma.publication.count(),
        ctx.prisma.issue.aggregate({ _min: { date: true }, _max: { date: true } }),
      ])
      return {
        articleCount,
        issueCount,
        entityCount,
        publicationCount,
        firstDate: dates._min.date,
        lastDate: dates._max.date,
      }
    },
  }),
}))
