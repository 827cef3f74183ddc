// Describe an entity for the Entity table, through the parser's describer when it has one.
import * as parser from '@broadsheet/parser'
import type { EntityType } from '@broadsheet/parser'

/** What the Entity table stores about an entity (the parser's `EntityDescription`). */
export interface EntityDescription {
  /** `${type}:${name}`: the Entity key. */
  canonical: string
  type: EntityType
  name: string
  aliases: string[]
  /** The canonical id of the containing place (`LOCATION:四川省`), or null. */
  parent: string | null
}

type Describe = (canonical: string) => EntityDescription
type CanonicalId = (type: EntityType, text: string) => string

// The parser's entity describer (#3) may not be exported yet; until it is, a key describes itself.
const exported = parser as unknown as { describeEntity?: Describe; canonicalId?: CanonicalId }

const ENTITY_TYPES: readonly string[] = ['PERSON', 'LOCATION', 'ORGANIZATION']

/**
 * The description of the entity with key `canonical`: name, aliases and parent from the parser when it exports
 * `describeEntity`, otherwise just the name in the key.
 *
 * @example describeEntity('LOCATION:泸州市') // { canonical: 'LOCATION:泸州市', type: 'LOCATION', name: '泸州市', aliases: […], parent: 'LOCATION:四川省' }
 */
export function describeEntity(canonical: string): EntityDescription {
  const own = describeKey(canonical)
  const described = exported.describeEntity?.(canonical)
  if (!described || described.canonical !== canonical) return own
  return {
    canonical,
    type: own.type,
    name: described.name || own.name,
    aliases: [...new Set(described.aliases.filter((alias) => alias !== described.name))],
    parent: described.parent && described.parent !== canonical ? described.parent : null,
  }
}

/**
 * The key of the entity a mention of `text` names: the parser's canonicalization when exported (`世卫组织` →
 * `ORGANIZATION:世界卫生组织`), otherwise `${type}:${text}`. Used for gold spans and byline names.
 */
export function canonicalId(type: EntityType, text: string): string {
  return exported.canonicalId?.(type, text) ?? `${type}:${text}`
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
