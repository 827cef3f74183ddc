// `broadsheet entities`: read documents from stdin, one per line, and print each one's entity mentions as a JSON line.
import { recognizeEntities } from '../../entities/recognize-entities.ts'
import { UsageError, type CliIo, type Command } from '../command.ts'

/**
 * Read lines from `stdin` and write one JSON array of `{ text, type, start, end, canonical }` per input line,
 * offsets into that line (JavaScript string indices, a trailing `\r` removed). Resolves to the exit code.
 *
 * @example await runEntities(process.stdin, (text) => process.stdout.write(text)) // 0
 */
export async function runEntities(
  stdin: AsyncIterable<string | Buffer>,
  stdout: (text: string) => void,
): Promise<number> {
  const decoder = new TextDecoder()
  let pending = ''
  const emit = (line: string) => stdout(`${JSON.stringify(recognizeEntities(line.replace(/\r$/, '')))}\n`)
  for await (const chunk of stdin) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let newline = pending.indexOf('\n')
    while (newline !== -1) {
      emit(pending.slice(0, newline))
      pending = pending.slice(newline + 1)
      newline = pending.indexOf('\n')
    }
  }
  pending += decoder.decode()
  if (pending.length > 0) emit(pending)
  return 0
}

/** `broadsheet entities`: stdin documents, one per line, to JSON lines of entity mentions. */
export const entitiesCommand: Command = {
  summary: 'find people, places and organizations in each line of stdin; print one JSON array per line',
  usage: 'broadsheet entities < documents.txt',
  run: async (args: string[], io: CliIo) => {
    if (args.length > 0) throw new UsageError(`entities: takes no arguments, reads stdin (got ${args[0]})`)
    return runEntities(io.stdin(), io.stdout)
  },
}
