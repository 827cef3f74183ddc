// Fail loudly on a case the types say cannot happen, so an exhaustive switch stays exhaustive.

/**
 * Throw for an impossible value (Apollo's `UnreachableCaseError`). Call it in a switch's `default`.
 *
 * @example default: return unreachable(kind)
 */
export function unreachable(value: never): never {
  throw new Error(`unreachable case: ${JSON.stringify(value)}`)
}
