// What ingest needs to know about where a parsed page came from.
import type { MentionSource, SourceFormat } from '../../generated/prisma/enums.ts'

/** Where a parsed page came from, and how its articles are placed and attributed. */
export interface IngestSource {
  /**
   * The source's identity, stable across runs: a path relative to the data root such as
   * `corpus/epaper/2020-01/20200101/20200101-01-01.txt`, or any name the caller chooses.
   */
  file: string
  /** The text that was parsed; items' `lines` count from its first line. */
  text: string
  /** The line of `file` on which `text` starts (default 1), when `text` is a slice of a larger file (PKU). */
  firstLine?: number
  /** The stored format (default: the parsed page's format). */
  format?: SourceFormat
  /**
   * The position on the page of the first item (default 0): e-edition file `…-01-03.txt` holds item 2. The source
   * is then numbered: its items' public ids are the file's (`rmrb-20200101-01-03`, then `…-03-2` for a second item).
   */
  position?: number
  /** The position on the page of each item, when the source numbers them (the PKU corpus's article numbers − 1). */
  positions?: number[]
  /** Who found the entity mentions (default RECOGNIZER; GOLD for annotated corpora such as PKU). */
  mentionSource?: MentionSource
  /** The page's name, such as 要闻, when known. */
  pageName?: string | null
  /** The PDF the page was read from, kept whole (content-addressed) in the same transaction as its articles. */
  pdf?: SourcePdfBytes
}

/** A page PDF and the SHA-256 of its bytes (hex), which names it. */
export interface SourcePdfBytes {
  sha256: string
  bytes: Uint8Array
}

/** A publication name for pages whose paper is not known (`publication: null`). */
export const UNKNOWN_PUBLICATION = '未知'
