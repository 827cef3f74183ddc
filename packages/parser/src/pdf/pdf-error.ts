// The one error parsePdf throws: what is wrong with the input, by code, with a message that names it.

/** Why a PDF cannot be read at all. A page without a text layer is not one: it is a warning on that page. */
export type PdfErrorCode = 'empty' | 'too-large' | 'not-pdf' | 'encrypted' | 'damaged'

/**
 * A PDF that cannot be read. `code` says why, so callers decide by code, never by message text.
 *
 * @example
 * try { await parsePdf(bytes) } catch (e) { if (e instanceof PdfError && e.code === 'encrypted') … }
 */
export class PdfError extends Error {
  override name = 'PdfError'
  readonly code: PdfErrorCode

  constructor(code: PdfErrorCode, message: string) {
    super(message)
    this.code = code
  }
}
