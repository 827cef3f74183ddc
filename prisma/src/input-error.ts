// The error the db layer throws for an argument it cannot use: the API answers it as the client's mistake.

/**
 * Thrown before any SQL runs when an argument cannot be used as given: a malformed cursor, an impossible date, a
 * page size out of range. `argument` names it, so the message a person reads says what to change.
 *
 * @example throw new InputError('after', '"GPC:N:abc" is not a cursor of this list')
 */
export class InputError extends Error {
  override readonly name: string = 'InputError'
  /** The argument at fault, such as `after` or `filter.dateFrom`. */
  readonly argument: string

  constructor(argument: string, problem: string) {
    super(`${argument}: ${problem}`)
    this.argument = argument
  }
}
