import { expect, test } from 'vitest'
import { dateRange, readSearchState, searchHref } from './search-params.ts'

test('reads every filter from the query string and drops malformed values', () => {
  const state = readSearchState({
    q: ' 复工复产 ',
    kind: 'PHOTO',
    month: '2020-13',
    from: '2020-02-30',
    sort: 'date',
  })
  expect(state).toMatchObject({
    q: '复工复产',
    kind: 'PHOTO',
    month: null,
    from: null,
    sort: 'date',
    page: 1,
  })
  expect(readSearchState({ q: 'x', kind: 'NOVEL' }).kind).toBeNull()
})

test('paging keeps every filter, and changing a filter goes back to the first page', () => {
  const state = readSearchState({
    q: '疫情',
    kind: 'ARTICLE',
    month: '2020-02',
    entity: 'RW50aXR5OjE=',
    sort: 'date',
  })
  const next = new URL(searchHref(state, { after: 'YXJyYXljb25uZWN0aW9uOjE5', page: 2 }), 'http://x')
  expect(Object.fromEntries(next.searchParams)).toEqual({
    q: '疫情',
    kind: 'ARTICLE',
    month: '2020-02',
    entity: 'RW50aXR5OjE=',
    sort: 'date',
    after: 'YXJyYXljb25uZWN0aW9uOjE5',
    page: '2',
  })
  const paged = readSearchState(Object.fromEntries(next.searchParams))
  const refiltered = new URL(searchHref(paged, { kind: 'PHOTO' }), 'http://x')
  expect(refiltered.searchParams.get('after')).toBeNull()
  expect(refiltered.searchParams.get('page')).toBeNull()
  expect(refiltered.searchParams.get('month')).toBe('2020-02')
})

test('a month facet narrows the explicit date range', () => {
  const state = readSearchState({ q: '疫情', month: '2020-02', from: '2020-02-10' })
  expect(dateRange(state)).toEqual({ dateFrom: '2020-02-10', dateTo: '2020-02-29' })
})
