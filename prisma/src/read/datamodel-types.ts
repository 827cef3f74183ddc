// The shape of generated/datamodel.ts: the schema's tables, columns, keys and relations, as Prisma reads them.

/** A scalar or enum field: its column, Prisma type (`Int`, `DateTime`, an enum's name…) and native type (`Date`). */
export interface ColumnField {
  kind: 'scalar' | 'enum'
  column: string
  type: string
  isList: boolean
  nativeType: string | null
}

/**
 * A relation field. The side that holds the foreign key names its columns in `from` and the target's in `to`; the
 * other side has both empty and is found through `relationName`.
 */
export interface RelationField {
  kind: 'relation'
  model: string
  isList: boolean
  relationName: string
  from: string[]
  to: string[]
}

export interface ModelInfo {
  table: string
  primaryKey: string[]
  fields: Record<string, ColumnField | RelationField>
}

export interface Datamodel {
  models: Record<string, ModelInfo>
}
