// Write a long text response through a few fixed buffers, each reused once the socket has sent it.
import type { ServerResponse } from 'node:http'

/** Bytes in one buffer: a few TCP packets' worth. */
const BUFFER_BYTES = 64 * 1024
// The longest piece of a string that always fits in an empty buffer: UTF-8 takes at most 3 bytes per UTF-16 unit.
const SLICE_UNITS = Math.floor(BUFFER_BYTES / 3)

/**
 * Text goes in with {@link put}, encoded straight into a buffer; a full buffer goes to the socket and returns to the
 * free list when the socket has sent it. {@link flush} waits until the client has taken what was put, so a caller
 * that flushes after each batch of rows streams with backpressure. The buffers are allocated once, as many as one
 * batch needs, and reused for the whole response: no row leaves a buffer or a joined string behind, so the memory an
 * export takes does not grow with its rows.
 *
 * @example
 * const out = new ResponseWriter(res)
 * for (const row of batch) out.put(format(row))
 * if (!(await out.flush())) return // the client has gone
 * await out.end()
 */
export class ResponseWriter {
  private readonly res: ServerResponse
  private readonly free: Buffer[] = []
  private current: Buffer | null = null
  private used = 0
  private sending = 0
  private sent: (() => void) | null = null
  /** Buffers allocated over the response's life (for tests and benches). */
  allocated = 0

  constructor(res: ServerResponse) {
    this.res = res
    // A client that goes away leaves writes unsent: whoever waits for them stops waiting.
    res.once('close', () => this.wake())
  }

  /** Encode `text` into the current buffer, sending each buffer it fills. */
  put(text: string): void {
    if (text.length === 0) return
    if (text.length > SLICE_UNITS) {
      // A long field goes in slices that each fit a buffer; a slice of a V8 string is a view, not a copy.
      for (let at = 0; at < text.length;) {
        let end = Math.min(text.length, at + SLICE_UNITS)
        // Never cut a surrogate pair in two.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
        this.put(text.slice(at, end))
        at = end
      }
      return
    }
    let buffer = this.current ?? this.take()
    if (BUFFER_BYTES - this.used < text.length * 3 && BUFFER_BYTES - this.used < Buffer.byteLength(text)) {
      this.send()
      buffer = this.take()
    }
    this.used += buffer.write(text, this.used)
  }

  /**
   * Send what has been put and wait until the socket has taken all of it. False when the client has gone, and
   * nothing more should be put.
   */
  async flush(): Promise<boolean> {
    if (this.res.destroyed) return false
    if (this.used > 0) this.send()
    while (this.sending > 0 && !this.res.destroyed)
      await new Promise<void>((resolve) => (this.sent = resolve))
    return !this.res.destroyed
  }

  /** Send the rest and end the response. */
  async end(): Promise<void> {
    if (await this.flush()) this.res.end()
  }

  private take(): Buffer {
    const buffer = this.free.pop()
    if (buffer) {
      this.current = buffer
    } else {
      this.current = Buffer.allocUnsafe(BUFFER_BYTES)
      this.allocated++
    }
    this.used = 0
    return this.current
  }

  // The buffer goes back to the free list only when the socket has written it: until then it is still being read.
  private send(): void {
    const buffer = this.current
    if (!buffer) return
    const used = this.used
    this.current = null
    this.used = 0
    this.sending++
    this.res.write(buffer.subarray(0, used), () => {
      this.sending--
      this.free.push(buffer)
      if (this.sending === 0) this.wake()
    })
  }

  private wake(): void {
    const sent = this.sent
    this.sent = null
    sent?.()
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
