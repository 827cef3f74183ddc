// The order and conditions of the relations the API exposes (a paragraph's mentions, an article's title mentions…),
// as Prisma query fragments that Pothos's `t.relation(name, { query })` merges into its selection.
import type { Prisma } from '../../generated/prisma/client.ts'
import type { EntityType } from '../../generated/prisma/enums.ts'

/** Each relation's order (and condition), by `Model.relation`. */
export const relationQueries = {
  'Article.bylines': { orderBy: { position: 'asc' } },
  'Article.sections': { orderBy: { position: 'asc' } },
  /** Mentions in the title, in reading order. */
  'Article.titleMentions': { where: { field: 'TITLE' }, orderBy: { position: 'asc' } },
  'Section.paragraphs': { orderBy: { position: 'asc' } },
  'Paragraph.mentions': { orderBy: [{ start: 'asc' }, { position: 'asc' }] },
  'Entity.children': { orderBy: { mentionCount: 'desc' } },
  'Issue.pages': { orderBy: { number: 'asc' } },
  /** The page's articles in reading order. */
  'Page.articles': { orderBy: { position: 'asc' } },
} as const satisfies Record<string, { orderBy: object | object[]; where?: object }>

/**
 * The selection of an article's distinct entities in order of first mention, optionally of one type, each entity
 * with `entitySelection`; read back with {@link mentionedEntities}.
 */
export function mentionedEntitiesSelection(type: EntityType | null | undefined, entitySelection: object) {
  return {
    mentions: {
      where: type ? { entity: { type } } : undefined,
      distinct: ['entityId'],
      orderBy: { position: 'asc' },
      select: { entity: entitySelection },
    },
  } satisfies Prisma.ArticleSelect
}

/** The entities an article row read with {@link mentionedEntitiesSelection} mentions. */
export function mentionedEntities<Entity>(article: { mentions: { entity: Entity }[] }): Entity[] {
  return article.mentions.map((mention) => mention.entity)
}
