// Describe an entity for the Entity table through the parser's describer, checked against the key it describes.
import {
  canonicalId as parserCanonicalId,
  describeEntity as parserDescribeEntity,
  type EntityDescription,
  type EntityType,
} from '@broadsheet/parser'

export type { EntityDescription } from '@broadsheet/parser'

const ENTITY_TYPES: readonly string[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/**
 * The description of the entity with key `canonical`: name, aliases and the parent place from the parser
 * (`describeEntity`), with the type and key taken from the key itself and aliases that repeat the name dropped.
 *
 * @example describeEntity('LOCATION:泸州市') // { canonical: 'LOCATION:泸州市', type: 'LOCATION', name: '泸州市', aliases: […], parent: 'LOCATION:四川省' }
 */
export function describeEntity(canonical: string): EntityDescription {
  const own = describeKey(canonical)
  const described = parserDescribeEntity(canonical)
  const name = described.name || own.name
  return {
    canonical,
    type: own.type,
    name,
    aliases: [...new Set(described.aliases.filter((alias) => alias !== name))],
    parent: described.parent && described.parent !== canonical ? described.parent : null,
  }
}

/**
 * The key of the entity a mention of `text` names (`世卫组织` → `ORGANIZATION:世界卫生组织`), for gold spans and
 * byline names, which come without one.
 */
export function canonicalId(type: EntityType, text: string): string {
  return parserCanonicalId(type, text)
}

/** Split `TYPE:name`, throwing on a key that is not one. */
export function describeKey(canonical: string): EntityDescription {
  const colon = canonical.indexOf(':')
  const type = canonical.slice(0, colon)
  const name = canonical.slice(colon + 1)
  if (colon < 0 || !ENTITY_TYPES.includes(type) || name.trim() === '') {
    throw new Error(
      `"${canonical}" is not an entity key of the form TYPE:name (PERSON, LOCATION, ORGANIZATION)`,
    )
  }
  return { canonical, type: type as EntityType, name, aliases: [], parent: null }
}
