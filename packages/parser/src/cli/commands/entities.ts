// `broadsheet entities`: read documents from stdin, one per line (or, with --documents, one per run of lines), and
// print each line's entity mentions as a JSON line.
import { parseArgs } from 'node:util'
import {
  recognizeDocumentEntities,
  recognizeEntities,
  type RecognizeOptions,
} from '../../entities/recognize-entities.ts'
import { UsageError, type CliIo, type Command } from '../command.ts'

/**
 * Read lines from `stdin` and write one JSON array of `{ text, type, start, end, canonical }` per input line,
 * offsets into that line (JavaScript string indices, a trailing `\r` removed), recognized with `options` (see
 * {@link RecognizeOptions}: `convention`, `threshold`). Each line is a document, or with `documents` each run of
 * lines up to a blank line is one, its lines its fields (a title and paragraphs, as `parsePage` reads an article).
 * Resolves to the exit code.
 *
 * @example await runEntities(process.stdin, (text) => process.stdout.write(text)) // 0
 */
export async function runEntities(
  stdin: AsyncIterable<string | Buffer>,
  stdout: (text: string) => void,
  options: Pick<RecognizeOptions, 'convention' | 'threshold'> & { documents?: boolean } = {},
): Promise<number> {
  const { documents = false, ...recognize } = options
  const decoder = new TextDecoder()
  let pending = ''
  let fields: string[] = []
  const print = (found: readonly unknown[]) => stdout(`${JSON.stringify(found)}\n`)
  const flush = () => {
    if (fields.length > 0) recognizeDocumentEntities(fields, recognize).forEach(print)
    fields = []
  }
  const emit = (raw: string) => {
    const line = raw.replace(/\r$/, '')
    if (!documents) print(recognizeEntities(line, recognize))
    else if (line.trim().length > 0) fields.push(line)
    else {
      flush()
      print([])
    }
  }
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
  flush()
  return 0
}

/** `broadsheet entities`: stdin documents, one per line, to JSON lines of entity mentions. */
export const entitiesCommand: Command = {
  summary: 'find people, places and organizations in each line of stdin; print one JSON array per line',
  usage: 'broadsheet entities [--convention full|pku] [--threshold P] [--documents] < documents.txt',
  run: async (args: string[], io: CliIo) => {
    // `--convention pku` tags as the PKU corpus does (no abbreviations, `美国政府` one organization);
    // `--threshold` is the probability a mention needs (default 0.4; higher, fewer and surer); `--documents`
    // reads the lines up to a blank line as one document, as parsePage reads an article.
    let values: { convention?: string; threshold?: string; documents?: boolean }
    try {
      values = parseArgs({
        args,
        options: {
          convention: { type: 'string' },
          threshold: { type: 'string' },
          documents: { type: 'boolean' },
        },
        strict: true,
        allowPositionals: false,
      }).values
    } catch {
      throw new UsageError(
        `entities: takes only --convention, --threshold and --documents and reads stdin (got ${args.join(' ')})`,
      )
    }
    const convention = values.convention ?? 'full'
    if (convention !== 'full' && convention !== 'pku') {
      throw new UsageError(`entities: --convention ${convention}: expected full or pku`)
    }
    const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
    if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
      throw new UsageError(
        `entities: --threshold ${values.threshold}: expected a probability above 0 and below 1`,
      )
    }
    return runEntities(io.stdin(), io.stdout, { convention, threshold, documents: values.documents ?? false })
  },
}
