// The error ingest throws for input it refuses: every problem found, each naming the source and the place.

/** Thrown before anything is written when a parsed page cannot be stored as given. */
export class IngestError extends Error {
  override readonly name = 'IngestError'
  /** The source file the input came from. */
  readonly file: string
  /** Each problem, e.g. `items[2].sections[0].paragraphs[3].entities[1]: text "泸州" does not match "四川"`. */
  readonly problems: string[]

  constructor(file: string, problems: string[]) {
    const shown = problems.slice(0, 10)
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : ''
    super(`Cannot ingest ${file}:\n  ${shown.join('\n  ')}${more}`)
    this.file = file
    this.problems = problems
  }
}
