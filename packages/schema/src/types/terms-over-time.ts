// Terms over time: how many articles match each of up to five queries or entities, per month or day, beside
// every article of that period (impresso's n-gram viewer, Media Cloud's attention chart, for Chinese).
import { findEntity, MAX_SERIES, type SeriesInput, type TermsOverTime, termsOverTime } from '@broadsheet/db'
import { builder } from '../builder.ts'
import { badUserInput } from '../errors.ts'
import { ArticleFilter, dbArticleFilter, decodeEntityId } from './article.ts'
import { Entity } from './entity.ts'

const Granularity = builder.enumType('TermsGranularity', { values: ['DAY', 'MONTH'] as const })

const TermSeriesInput = builder.inputType('TermSeriesInput', {
  description: 'One line of the chart: a search query (the search language) or an entity. Give exactly one.',
  fields: (t) => ({
    query: t.string({ required: false }),
    entity: t.id({ required: false, description: 'An Entity id: counts the articles that mention it.' }),
  }),
})

const PeriodTotal = builder.objectRef<TermsOverTime['periods'][number]>('PeriodTotal').implement({
  description: 'A period with articles (under the filter) and how many.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '`YYYY-MM` or `YYYY-MM-DD`.' }),
    articleCount: t.int({ resolve: (p) => p.articles }),
  }),
})

const TermPoint = builder
  .objectRef<TermsOverTime['series'][number]['points'][number]>('TermPoint')
  .implement({
    fields: (t) => ({
      period: t.exposeString('period'),
      count: t.exposeInt('count', { description: 'Articles of the period that match.' }),
      perThousand: t.exposeFloat('perThousand', {
        description: 'Of every 1,000 articles of the period (under the same filter), how many match.',
      }),
    }),
  })

type SeriesShape = TermsOverTime['series'][number]

const TermSeries = builder.objectRef<SeriesShape>('TermSeries').implement({
  description: 'One query or entity over time: a point for every period, zeros included.',
  fields: (t) => ({
    query: t.string({ nullable: true, resolve: (s) => ('query' in s.input ? s.input.query : null) }),
    entity: t.prismaField({
      type: Entity,
      nullable: true,
      resolve: (query, s, _args, ctx) =>
        'entityId' in s.input ? findEntity(ctx.prisma, s.input.entityId, query) : null,
    }),
    total: t.exposeInt('total', { description: 'Matching articles over all periods.' }),
    points: t.field({ type: [TermPoint], resolve: (s) => s.points }),
  }),
})

const TermsOverTimeRef = builder.objectRef<TermsOverTime>('TermsOverTime').implement({
  fields: (t) => ({
    periods: t.field({ type: [PeriodTotal], resolve: (r) => r.periods }),
    series: t.field({ type: [TermSeries], resolve: (r) => r.series }),
  }),
})

builder.queryFields((t) => ({
  termsOverTime: t.field({
    type: TermsOverTimeRef,
    description: `Up to ${MAX_SERIES} queries or entities compared month by month or day by day: matching articles per period and per 1,000 articles of that period. A query's count equals what search finds in the period.`,
    args: {
      series: t.arg({ type: [TermSeriesInput], required: true }),
      granularity: t.arg({ type: Granularity, required: false, defaultValue: 'MONTH' }),
      filter: t.arg({ type: ArticleFilter, required: false }),
    },
    resolve: (_root, args, ctx) => {
      const series: SeriesInput[] = args.series.map((input, i) => {
        if ((input.query != null) === (input.entity != null))
          throw badUserInput(`series[${i}]: give either a query or an entity, not both or neither`)
        return input.query != null
          ? { query: input.query }
          : { entityId: decodeEntityId(String(input.entity)) }
      })
      return termsOverTime(ctx.prisma, {
        series,
        granularity: args.granularity === 'DAY' ? 'day' : 'month',
        filter: dbArticleFilter(args.filter),
      })
    },
  }),
}))
