// The shape every `broadsheet` subcommand has, so the dispatcher in src/cli.ts can list and run them.

/** Where a command reads and writes. Tests pass their own; the real CLI passes the process's streams. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stdin: () => AsyncIterable<string | Buffer>
}

/** One subcommand: `broadsheet <name> …`. */
export interface Command {
  /** One line for `broadsheet --help`. */
  summary: string
  /** The usage line, e.g. `broadsheet parse FILE… [--date YYYY-MM-DD]`. */
  usage: string
  /** Run with the arguments after the command name; resolve to the exit code. */
  run: (args: string[], io: CliIo) => Promise<number>
}

/** A problem with the input that the user can fix: printed as one line, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError'
}
