// The issue calendar: years, months and days that have an issue, with how many articles.
import {
  type CalendarDay,
  type CalendarMonth,
  type CalendarYear,
  issueMonths,
  issueYears,
} from '@broadsheet/db'
import { builder } from '../builder.ts'

const CalendarYearRef = builder.objectRef<CalendarYear>('CalendarYear').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    issueCount: t.exposeInt('issueCount'),
    articleCount: t.exposeInt('articleCount'),
  }),
})

const CalendarDayRef = builder.objectRef<CalendarDay>('CalendarDay').implement({
  description: 'A day with an issue.',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => new Date(`${d.date}T00:00:00Z`) }),
    articleCount: t.exposeInt('articleCount'),
    pageCount: t.exposeInt('pageCount'),
  }),
})

const CalendarMonthRef = builder.objectRef<CalendarMonth>('CalendarMonth').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: '`YYYY-MM`.' }),
    issueCount: t.exposeInt('issueCount'),
    articleCount: t.exposeInt('articleCount'),
    days: t.field({ type: [CalendarDayRef], resolve: (m) => m.days }),
  }),
})

const IssueCalendar = builder.objectRef<{ publication: string | null }>('IssueCalendar').implement({
  description: 'Which days have an issue, by year and month, with counts.',
  fields: (t) => ({
    years: t.field({
      type: [CalendarYearRef],
      description: 'Every year with an issue, oldest first.',
      resolve: (c, _args, ctx) => issueYears(ctx.prisma, c.publication),
    }),
    months: t.field({
      type: [CalendarMonthRef],
      description: 'The months of `year` with an issue, oldest first, each with its days.',
      args: { year: t.arg.int({ required: true }) },
      resolve: (c, args, ctx) => issueMonths(ctx.prisma, args.year, c.publication),
    }),
  }),
})

builder.queryFields((t) => ({
  issueCalendar: t.field({
    type: IssueCalendar,
    args: { publication: t.arg.string({ required: false, description: 'One publication; all by default.' }) },
    resolve: (_root, args) => ({ publication: args.publication ?? null }),
  }),
}))
