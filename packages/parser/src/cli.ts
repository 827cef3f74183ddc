// The `broadsheet` command line: a table of subcommands and a dispatcher. Each command lives in src/cli/commands/.
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { UsageError, type CliIo, type Command } from './cli/command.ts'
import { entitiesCommand } from './cli/commands/entities.ts'
import { parseCommand } from './cli/commands/parse.ts'

/** The subcommands. Add one by writing `src/cli/commands/<name>.ts` and listing it here. */
export const commands: Record<string, Command> = {
  parse: parseCommand,
  entities: entitiesCommand,
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: () => process.stdin,
}

function help(): string {
  const lines = Object.entries(commands).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n    ${c.usage}`,
  )
  return `usage: broadsheet <command> [options]\n\ncommands:\n${lines.join('\n')}\n`
}

/**
 * Run the CLI with `argv` (the arguments after `broadsheet`) and resolve to the exit code. Problems with the
 * input print one line on stderr and give 1; a bad command line gives 2.
 *
 * @example process.exitCode = await main(['parse', 'page.txt', '--date', '2020-03-13'])
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(help())
    return name === undefined ? 2 : 0
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (command === undefined) {
    io.stderr(`broadsheet: unknown command “${name}” (try: ${Object.keys(commands).join(', ')})\n`)
    return 2
  }
  try {
    return await command.run(args, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`broadsheet: ${error.message}\n`)
      return 2
    }
    io.stderr(`broadsheet: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 70
  }
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main(process.argv.slice(2))
}
