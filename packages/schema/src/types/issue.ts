// Publications, their issues and pages: the paper as printed, newest issue first.
import { adjacentIssues } from '@broadsheet/db'
import { builder } from '../builder.ts'
import type { Context } from '../context.ts'

builder.prismaNode('Publication', {
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    issues: t.relatedConnection(
      'issues',
      {
        cursor: 'id',
        totalCount: true,
        query: { orderBy: [{ date: 'desc' }, { id: 'desc' }] },
      },
      { name: 'PublicationIssueConnection' },
      { name: 'PublicationIssueEdge' },
    ),
  }),
})

/** The issue of the same publication printed just before or after `issue`, with the selection asked for. */
async function adjacentIssue(
  ctx: Context,
  query: object,
  issue: { publicationId: number; date: Date },
  which: 'previous' | 'next',
) {
  const date = (await adjacentIssues(ctx.prisma, issue.publicationId, issue.date))[which]
  if (!date) return null
  return ctx.prisma.issue.findUnique({
    ...query,
    where: {
      publicationId_date: { publicationId: issue.publicationId, date: new Date(`${date}T00:00:00Z`) },
    },
  })
}

builder.prismaNode('Issue', {
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    previous: t.prismaField({
      type: 'Issue',
      nullable: true,
      description: 'The issue of the same publication printed before this one (null for the first).',
      select: { publicationId: true, date: true },
      resolve: (query, issue, _args, ctx) => adjacentIssue(ctx, query, issue, 'previous'),
    }),
    next: t.prismaField({
      type: 'Issue',
      nullable: true,
      description: 'The issue of the same publication printed after this one (null for the last).',
      select: { publicationId: true, date: true },
      resolve: (query, issue, _args, ctx) => adjacentIssue(ctx, query, issue, 'next'),
    }),
    publication: t.relation('publication'),
    pages: t.relation('pages', { query: { orderBy: { number: 'asc' } } }),
    pageCount: t.relationCount('pages'),
  }),
})

builder.prismaNode('Page', {
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The page number (版次); 0 when the source does not say.' }),
    name: t.exposeString('name', { nullable: true, description: 'The page name, such as 要闻, when known.' }),
    issue: t.relation('issue'),
    articles: t.relation('articles', {
      description: 'The articles in reading order.',
      query: { orderBy: { position: 'asc' } },
    }),
    articleCount: t.relationCount('articles'),
  }),
})

builder.queryFields((t) => ({
  issues: t.prismaConnection(
    {
      type: 'Issue',
      cursor: 'id',
      description: 'Every issue, newest first.',
      args: { publication: t.arg.string({ required: false }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.issue.findMany({
          ...query,
          where: args.publication ? { publication: { name: args.publication } } : undefined,
          orderBy: [{ date: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, args, ctx) =>
        ctx.prisma.issue.count({
          where: args.publication ? { publication: { name: args.publication } } : undefined,
        }),
    },
    { name: 'IssueConnection' },
    { name: 'IssueEdge' },
  ),
  issue: t.prismaField({
    type: 'Issue',
    nullable: true,
    description: 'The issue of a day; with no publication named, the first one printed that day.',
    args: {
      date: t.arg({ type: 'Date', required: true }),
      publication: t.arg.string({ required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.issue.findFirst({
        ...query,
        where: { date: args.date, ...(args.publication ? { publication: { name: args.publication } } : {}) },
        orderBy: { id: 'asc' },
      }),
  }),
  publications: t.prismaField({
    type: ['Publication'],
    description: 'Every publication in the archive, by name.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.publication.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}))
