// Publications, their issues and pages: the paper as printed, newest issue first.
import {
  countIssues,
  findIssue,
  findIssues,
  findPublications,
  pageWindow,
  relationQueries,
  rowId,
} from '@broadsheet/db'
import { builder } from '../builder.ts'
import { formatDate } from './scalars.ts'

builder.prismaNode('Publication', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  findUnique: (id) => ({ id: rowId(id, 'id') }),
  fields: (t) => ({
    name: t.exposeString('name'),
    issues: t.prismaConnection(
      {
        type: 'Issue',
        cursor: 'id',
        description: "The publication's issues, newest first.",
        resolve: (query, publication, args, ctx) => {
          pageWindow(args)
          return findIssues(ctx.prisma, query, { publicationId: publication.id })
        },
        totalCount: (publication, _args, ctx) => countIssues(ctx.prisma, { publicationId: publication.id }),
      },
      { name: 'PublicationIssueConnection' },
      { name: 'PublicationIssueEdge' },
    ),
  }),
})

builder.prismaNode('Issue', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  findUnique: (id) => ({ id: rowId(id, 'id') }),
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    publication: t.relation('publication'),
    pages: t.relation('pages', { query: relationQueries['Issue.pages'] }),
    pageCount: t.relationCount('pages'),
  }),
})

builder.prismaNode('Page', {
  id: { field: 'id' },
  select: { id: true },
  nullable: true,
  findUnique: (id) => ({ id: rowId(id, 'id') }),
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The page number (版次); 0 when the source does not say.' }),
    name: t.exposeString('name', { nullable: true, description: 'The page name, such as 要闻, when known.' }),
    issue: t.relation('issue'),
    articles: t.relation('articles', {
      description: 'The articles in reading order.',
      query: relationQueries['Page.articles'],
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
      resolve: (query, _root, args, ctx) => {
        pageWindow(args)
        return findIssues(ctx.prisma, query, { publication: args.publication })
      },
      totalCount: (_root, args, ctx) => countIssues(ctx.prisma, { publication: args.publication }),
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
      findIssue(ctx.prisma, query, { date: formatDate(args.date), publication: args.publication }),
  }),
  publications: t.prismaField({
    type: ['Publication'],
    description: 'Every publication in the archive, by name.',
    resolve: (query, _root, _args, ctx) => findPublications(ctx.prisma, query),
  }),
}))
