// Public entry point of @broadsheet/parser.
export type * from './types.ts'
