// Read rows with a Prisma selection (relations within relations, as Pothos plans from a GraphQL selection) in one SQL
// statement: PostgreSQL builds each row, its relations nested, as JSON. Prisma would send a statement per relation
// and join their rows in JavaScript, which costs the API far more CPU than the database spends on the statement.
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts'
import { datamodel } from '../../generated/datamodel.ts'
import { preparedQuery } from '../prepared-query.ts'
import type { ColumnField, ModelInfo, RelationField } from './datamodel-types.ts'

/** A model of the schema, by its Prisma name (`Article`). */
export type ModelName = Prisma.ModelName

/** What a nested read takes: a Prisma `findMany`'s arguments. */
export interface NestedReadArgs {
  select?: Record<string, unknown> | null
  include?: Record<string, unknown> | null
  where?: Record<string, unknown>
  orderBy?: Order | Order[]
  take?: number
  skip?: number
  distinct?: string | string[]
  cursor?: unknown
}
type Order = Record<string, unknown>

/**
 * The rows of `model` that `args` asks for (a Prisma `findMany`'s arguments), each with what its `select` or
 * `include` names, relations nested, read in one statement. The rows are what Prisma would return, Dates and all;
 * lists whose order `orderBy` leaves open come in primary-key order. What the statement builder does not know
 * (a cursor, text filters, relation ordering…) is left to Prisma, which answers the same.
 *
 * @example
 * await readNested(prisma, 'Article', {
 *   where: { id: { in: [1, 2] } },
 *   select: { title: true, sections: { orderBy: { position: 'asc' }, select: { heading: true } } },
 * })
 */
export async function readNested<Row>(
  prisma: PrismaClient,
  model: ModelName,
  args: NestedReadArgs,
): Promise<Row[]> {
  const statement = nestedStatement(model, args)
  if (!statement) {
    const delegate = (prisma as unknown as Record<string, { findMany(args: object): Promise<Row[]> }>)[
      model.charAt(0).toLowerCase() + model.slice(1)
    ]!
    return delegate.findMany(args)
  }
  const rows = await preparedQuery<{ row: unknown }>(prisma, statement.sql)
  return rows.map((row) => statement.revive(row.row) as Row)
}

/**
 * The statement that reads `args` on `model`, one JSON value per row in the column `row`, and what turns those
 * values into Prisma's rows; null when the arguments use something it does not build.
 */
export function nestedStatement(
  model: ModelName,
  args: NestedReadArgs,
): { sql: Prisma.Sql; revive: (row: unknown) => unknown } | null {
  try {
    const builder = new StatementBuilder()
    const info = modelInfo(model)
    const self = builder.alias()
    if (args.cursor !== undefined || args.distinct !== undefined) throw new Unsupported('cursor or distinct')
    const object = builder.object(model, self, args)
    const sql = Prisma.sql`SELECT ${object.sql} AS row FROM ${table(info)} ${raw(self)}
      WHERE ${builder.where(model, self, args.where)}
      ORDER BY ${builder.order(info, self, args.orderBy)}${builder.window(args)}`
    return { sql, revive: (row) => (object.revive ? object.revive(row) : row) }
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}

/**
 * The JSON object of the `model` row at `alias` in a statement of the caller's own, with what `query` selects, and
 * what turns it into Prisma's row; null when the selection uses something the builder leaves to Prisma. Its own
 * aliases are `t0`, `t1`…, so the caller's must differ.
 *
 * @example const row = nestedRow('Article', 'a', { select: { title: true } }) // SELECT ${row.sql} FROM "Article" a
 */
export function nestedRow(
  model: ModelName,
  alias: string,
  query: Pick<NestedReadArgs, 'select' | 'include'>,
): { sql: Prisma.Sql; revive: (row: unknown) => unknown } | null {
  if (/^t\d+$/.test(alias) || !/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`unusable alias ${alias}`)
  try {
    const object = new StatementBuilder().object(model, alias, query)
    return { sql: object.sql, revive: (row) => (object.revive ? object.revive(row) : row) }
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}

/** Something the builder leaves to Prisma. */
class Unsupported extends Error {}

/** Turns a JSON value back into what Prisma returns (Dates), in place; null when nothing needs it. */
type Reviver = ((value: unknown) => unknown) | null

/** Types whose JSON is what Prisma returns (DateTime is revived into Dates). */
const plainTypes = new Set(['Int', 'Float', 'String', 'Boolean', 'Json'])

function modelInfo(name: string): ModelInfo {
  const info = datamodel.models[name]
  if (!info) throw new Unsupported(`model ${name}`)
  return info
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const raw = (sql: string) => Prisma.raw(sql)
const table = (info: ModelInfo) => raw(quote(info.table))
const column = (alias: string, field: ColumnField) => raw(`${alias}.${quote(field.column)}`)

function columnField(info: ModelInfo, name: string): ColumnField {
  const field = info.fields[name]
  if (!field || field.kind === 'relation') throw new Unsupported(`field ${name}`)
  return field
}

/** A DateTime as JSON gives it (`2020-03-13`, `2020-03-13T08:00:00.123`, or with an offset) as Prisma's Date. */
function reviveDate(value: unknown): unknown {
  if (typeof value !== 'string') return value
  if (value.length === 10) return new Date(`${value}T00:00:00Z`)
  return new Date(/(Z|[+-]\d\d(:?\d\d)?)$/.test(value) ? value : `${value}Z`)
}

/** PostgreSQL writes non-finite floats as strings in JSON; Prisma returns them as numbers. */
function reviveFloat(value: unknown): unknown {
  return typeof value === 'string' ? Number(value) : value
}

class StatementBuilder {
  private aliases = 0

  alias(): string {
    return `t${this.aliases++}`
  }

  /** The JSON object of one row of `model` at `alias`, with what `args.select` or `args.include` names. */
  object(model: string, alias: string, args: NestedReadArgs): { sql: Prisma.Sql; revive: Reviver } {
    const info = modelInfo(model)
    const entries: [string, Prisma.Sql][] = []
    const revivers: [string, (value: unknown) => unknown][] = []
    const addColumn = (name: string, field: ColumnField) => {
      if (field.kind === 'scalar' && !plainTypes.has(field.type) && field.type !== 'DateTime')
        throw new Unsupported(`type ${field.type}`)
      entries.push([name, column(alias, field)])
      const revive = field.type === 'DateTime' ? reviveDate : field.type === 'Float' ? reviveFloat : null
      if (revive)
        revivers.push([
          name,
          field.isList ? (list) => (Array.isArray(list) ? list.map(revive) : list) : revive,
        ])
    }
    const addRelation = (name: string, value: unknown) => {
      if (name === '_count') {
        entries.push([name, this.counts(model, alias, value)])
        return
      }
      const field = info.fields[name]
      if (!field || field.kind !== 'relation') throw new Unsupported(`relation ${name}`)
      const nested = this.relation(model, alias, field, value === true ? {} : (value as NestedReadArgs))
      entries.push([name, nested.sql])
      const revive = nested.revive
      if (revive)
        revivers.push([
          name,
          field.isList
            ? (list) => (Array.isArray(list) ? list.map(revive) : list)
            : (row) => (row === null ? row : revive(row)),
        ])
    }
    if (args.select && args.include) throw new Unsupported('select with include')
    if (args.select) {
      for (const [name, value] of Object.entries(args.select)) {
        if (!value) continue
        const field = info.fields[name]
        if (field && field.kind !== 'relation') addColumn(name, field)
        else addRelation(name, value)
      }
    } else {
      for (const [name, field] of Object.entries(info.fields))
        if (field.kind !== 'relation') addColumn(name, field)
      for (const [name, value] of Object.entries(args.include ?? {})) if (value) addRelation(name, value)
    }
    const reviver: Reviver =
      revivers.length === 0
        ? null
        : (value) => {
            const row = value as Record<string, unknown>
            for (const [name, revive] of revivers) if (name in row) row[name] = revive(row[name])
            return row
          }
    return { sql: jsonObject(entries), revive: reviver }
  }

  /** A relation of the row at `alias`: an object (or null) for a to-one relation, a JSON array for a list. */
  relation(
    model: string,
    alias: string,
    field: RelationField,
    args: NestedReadArgs,
  ): { sql: Prisma.Sql; revive: Reviver } {
    if (args.cursor !== undefined) throw new Unsupported('cursor')
    const target = modelInfo(field.model)
    const inner = this.alias()
    const link = this.link(model, alias, field, inner)
    if (!field.isList) {
      const object = this.object(field.model, inner, args)
      return {
        sql: Prisma.sql`(SELECT ${object.sql} FROM ${table(target)} ${raw(inner)} WHERE ${link} LIMIT 1)`,
        revive: object.revive,
      }
    }
    const where = this.where(field.model, inner, args.where)
    const order = this.order(target, inner, args.orderBy)
    // One row per distinct value, the first in the list's order, as Prisma's `distinct` keeps.
    let from = Prisma.sql`${table(target)} ${raw(inner)} WHERE ${link} AND ${where}`
    if (args.distinct !== undefined) {
      const columns = [args.distinct].flat().map((name) => column(inner, columnField(target, name)))
      from = Prisma.sql`(SELECT ${raw(inner)}.*, row_number() OVER (PARTITION BY ${Prisma.join(columns)}
          ORDER BY ${order}) AS bs_first
        FROM ${from}) ${raw(inner)} WHERE ${raw(inner)}.bs_first = 1`
    }
    const object = this.object(field.model, inner, args)
    const window = this.window(args)
    if (window === Prisma.empty) {
      return {
        sql: Prisma.sql`(SELECT coalesce(json_agg(${object.sql} ORDER BY ${order}), '[]'::json) FROM ${from})`,
        revive: object.revive,
      }
    }
    const rows = this.alias()
    return {
      sql: Prisma.sql`(SELECT coalesce(json_agg(${raw(rows)}.j ORDER BY ${raw(rows)}.n), '[]'::json) FROM (
        SELECT ${object.sql} AS j, row_number() OVER (ORDER BY ${order}) AS n FROM ${from}
        ORDER BY ${order}${window}) ${raw(rows)})`,
      revive: object.revive,
    }
  }

  /** `_count: { select: { relation: true | { where } } }`, or `_count: true` for every list relation. */
  counts(model: string, alias: string, value: unknown): Prisma.Sql {
    const info = modelInfo(model)
    const wanted =
      value === true
        ? Object.fromEntries(
            Object.entries(info.fields).flatMap(([name, field]) =>
              field.kind === 'relation' && field.isList ? [[name, true]] : [],
            ),
          )
        : ((value as { select?: Record<string, unknown> }).select ?? {})
    const entries: [string, Prisma.Sql][] = []
    for (const [name, count] of Object.entries(wanted)) {
      if (!count) continue
      const field = info.fields[name]
      if (!field || field.kind !== 'relation' || !field.isList) throw new Unsupported(`count ${name}`)
      const inner = this.alias()
      const where = this.where(
        field.model,
        inner,
        count === true ? undefined : (count as NestedReadArgs).where,
      )
      entries.push([
        name,
        Prisma.sql`(SELECT count(*)::int FROM ${table(modelInfo(field.model))} ${raw(inner)}
          WHERE ${this.link(model, alias, field, inner)} AND ${where})`,
      ])
    }
    return jsonObject(entries)
  }

  /** The condition joining the row at `alias` (of `model`) to the rows of `field`'s model at `inner`. */
  link(model: string, alias: string, field: RelationField, inner: string): Prisma.Sql {
    const info = modelInfo(model)
    const target = modelInfo(field.model)
    let pairs: [ColumnField, ColumnField][]
    if (field.from.length > 0) {
      pairs = field.from.map((from, i) => [columnField(info, from), columnField(target, field.to[i]!)])
    } else {
      // The other side of the relation holds the key.
      const other = Object.values(target.fields).find(
        (candidate): candidate is RelationField =>
          candidate.kind === 'relation' &&
          candidate.relationName === field.relationName &&
          candidate.from.length > 0,
      )
      if (!other) throw new Unsupported(`relation ${field.relationName}`)
      pairs = other.from.map((from, i) => [columnField(info, other.to[i]!), columnField(target, from)])
    }
    return Prisma.join(
      pairs.map(([mine, theirs]) => Prisma.sql`${column(inner, theirs)} = ${column(alias, mine)}`),
      ' AND ',
    )
  }

  /** A Prisma `where` on the row of `model` at `alias`: equality and comparisons, lists, relation filters. */
  where(model: string, alias: string, where: Record<string, unknown> | undefined): Prisma.Sql {
    const info = modelInfo(model)
    const and: Prisma.Sql[] = []
    for (const [name, value] of Object.entries(where ?? {})) {
      if (value === undefined) continue
      if (name === 'AND' || name === 'OR' || name === 'NOT') {
        const parts = [value].flat().map((part) => this.where(model, alias, part as Record<string, unknown>))
        if (name === 'OR')
          and.push(parts.length ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`)
        else if (name === 'NOT') and.push(Prisma.sql`NOT (${Prisma.join(parts, ' AND ')})`)
        else and.push(...parts)
        continue
      }
      const field = info.fields[name]
      if (!field) throw new Unsupported(`where ${name}`)
      if (field.kind === 'relation') and.push(this.relationFilter(model, alias, field, value))
      else and.push(scalarFilter(column(alias, field), field, value))
    }
    return and.length ? Prisma.join(and, ' AND ') : Prisma.sql`TRUE`
  }

  relationFilter(model: string, alias: string, field: RelationField, value: unknown): Prisma.Sql {
    if (value === null || typeof value !== 'object') throw new Unsupported('relation filter')
    const inner = this.alias()
    const exists = (where: unknown) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ${table(modelInfo(field.model))} ${raw(inner)}
        WHERE ${this.link(model, alias, field, inner)}
        AND ${this.where(field.model, inner, where as Record<string, unknown>)})`
    const filter = value as Record<string, unknown>
    const keys = Object.keys(filter).filter((key) => filter[key] !== undefined)
    if (field.isList) {
      if (keys.length !== 1) throw new Unsupported('list relation filter')
      if (keys[0] === 'some') return exists(filter.some)
      if (keys[0] === 'none') return Prisma.sql`NOT ${exists(filter.none)}`
      throw new Unsupported(`list relation filter ${keys[0]}`)
    }
    if (keys.length === 1 && keys[0] === 'is') {
      if (filter.is === null) throw new Unsupported('is null')
      return exists(filter.is)
    }
    if (keys.includes('is') || keys.includes('isNot')) throw new Unsupported('relation filter')
    return exists(filter)
  }

  /** ORDER BY for a list of `info`'s rows: `orderBy`'s columns, then the primary key, so the order is total. */
  order(info: ModelInfo, alias: string, orderBy: Order | Order[] | undefined): Prisma.Sql {
    const terms: Prisma.Sql[] = []
    const named = new Set<string>()
    for (const item of [orderBy ?? []].flat()) {
      for (const [name, direction] of Object.entries(item)) {
        if (direction !== 'asc' && direction !== 'desc') throw new Unsupported(`order by ${name}`)
        terms.push(Prisma.sql`${column(alias, columnField(info, name))} ${raw(direction.toUpperCase())}`)
        named.add(name)
      }
    }
    for (const name of info.primaryKey)
      if (!named.has(name)) terms.push(Prisma.sql`${column(alias, columnField(info, name))} ASC`)
    if (terms.length === 0) throw new Unsupported('a model without a primary key')
    return Prisma.join(terms)
  }

  /** LIMIT and OFFSET for `take` and `skip` (a negative take pages backward from a cursor: left to Prisma). */
  window(args: NestedReadArgs): Prisma.Sql {
    const take = args.take
    const skip = args.skip
    if (take !== undefined && !(Number.isInteger(take) && take >= 0)) throw new Unsupported('take')
    if (skip !== undefined && !(Number.isInteger(skip) && skip >= 0)) throw new Unsupported('skip')
    if (take === undefined && !skip) return Prisma.empty
    return Prisma.sql`${take !== undefined ? Prisma.sql` LIMIT ${take}::int` : Prisma.empty}${
      skip ? Prisma.sql` OFFSET ${skip}::int` : Prisma.empty
    }`
  }
}

/** A JSON object of `entries`. json_build_object takes at most 100 arguments, so longer ones are joined. */
function jsonObject(entries: [string, Prisma.Sql][]): Prisma.Sql {
  const pairs = (part: [string, Prisma.Sql][]) =>
    Prisma.join(part.map(([key, value]) => Prisma.sql`${raw(`'${key.replace(/'/g, "''")}'`)}, ${value}`))
  if (entries.length === 0) return Prisma.sql`json_build_object()`
  if (entries.length <= 50) return Prisma.sql`json_build_object(${pairs(entries)})`
  const parts: Prisma.Sql[] = []
  for (let i = 0; i < entries.length; i += 50)
    parts.push(Prisma.sql`jsonb_build_object(${pairs(entries.slice(i, i + 50))})`)
  return Prisma.sql`(${Prisma.join(parts, ' || ')})::json`
}

/** A Prisma filter on one column: a value, or `{ equals, in, notIn, lt, lte, gt, gte, not, has }`. */
function scalarFilter(target: Prisma.Sql, field: ColumnField, value: unknown): Prisma.Sql {
  const param = (v: unknown) => parameter(field, v)
  if (value === null) return Prisma.sql`${target} IS NULL`
  if (typeof value !== 'object' || value instanceof Date) {
    if (field.isList) throw new Unsupported('list equality')
    return Prisma.sql`${target} = ${param(value)}`
  }
  const filter = value as Record<string, unknown>
  const and: Prisma.Sql[] = []
  for (const [op, operand] of Object.entries(filter)) {
    if (operand === undefined) continue
    if (field.isList) {
      if (op !== 'has' || operand === null) throw new Unsupported(`list filter ${op}`)
      and.push(Prisma.sql`${param(operand)} = ANY(${target})`)
      continue
    }
    switch (op) {
      case 'equals':
        and.push(operand === null ? Prisma.sql`${target} IS NULL` : Prisma.sql`${target} = ${param(operand)}`)
        break
      case 'not':
        if (operand === null) and.push(Prisma.sql`${target} IS NOT NULL`)
        else if (typeof operand === 'object' && !(operand instanceof Date))
          and.push(Prisma.sql`NOT (${scalarFilter(target, field, operand)})`)
        else and.push(Prisma.sql`(${target} <> ${param(operand)} OR ${target} IS NULL)`)
        break
      case 'in':
      case 'notIn': {
        if (!Array.isArray(operand)) throw new Unsupported(op)
        const list = Prisma.sql`${target} = ANY(${operand.map((item) => param(item))})`
        and.push(op === 'in' ? list : Prisma.sql`NOT (${list})`)
        break
      }
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte': {
        const sign = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[op]
        and.push(Prisma.sql`${target} ${raw(sign)} ${param(operand)}`)
        break
      }
      default:
        throw new Unsupported(`filter ${op}`)
    }
  }
  return and.length ? Prisma.join(and, ' AND ') : Prisma.sql`TRUE`
}

/** A filter's value as a parameter: Dates as the day of a DATE column (others are left to Prisma). */
function parameter(field: ColumnField, value: unknown): unknown {
  if (value instanceof Date) {
    if (field.nativeType !== 'Date' || Number.isNaN(value.getTime())) throw new Unsupported('a date filter')
    return value.toISOString().slice(0, 10)
  }
  if (value === null || (typeof value === 'object' && !Array.isArray(value))) throw new Unsupported('a value')
  if (field.type === 'DateTime') throw new Unsupported('a date given as text')
  return value
}
