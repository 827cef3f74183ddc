// `broadsheet entities`: read documents from stdin, one per line, and print each one's entity mentions as a JSON line.
import { recognizeEntities, type RecognizeOptions } from '../../entities/recognize-entities.ts'
import { UsageError, type CliIo, type Command } from '../command.ts'

/**
 * Read lines from `stdin` and write one JSON array of `{ text, type, start, end, canonical }` per input line,
 * offsets into that line (JavaScript string indices, a trailing `\r` removed), in `convention` (see
 * {@link RecognizeOptions}). Resolves to the exit code.
 *
 * @example await runEntities(process.stdin, (text) => process.stdout.write(text)) // 0
 */
export async function runEntities(
  stdin: AsyncIterable<string | Buffer>,
  stdout: (text: string) => void,
  convention: RecognizeOptions['convention'] = 'full',
): Promise<number> {
  const decoder = new TextDecoder()
  let pending = ''
  const emit = (line: string) =>
    stdout(`${JSON.stringify(recognizeEntities(line.replace(/\r$/, ''), { convention }))}\n`)
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
  usage: 'broadsheet entities [--convention full|pku] < documents.txt',
  run: async (args: string[], io: CliIo) => {
    // `--convention pku` tags as the PKU corpus does (no abbreviations, `美国政府` one organization).
    const [flag, value, ...rest] = args
    const convention = flag === '--convention' ? value : flag === undefined ? 'full' : undefined
    if (rest.length > 0 || (convention !== 'full' && convention !== 'pku')) {
      throw new UsageError(
        `entities: takes only --convention full|pku and reads stdin (got ${args.join(' ')})`,
      )
    }
    return runEntities(io.stdin(), io.stdout, convention)
  },
}
