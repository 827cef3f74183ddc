// Show a seed's progress: a redrawn bar on a terminal, a plain line every few seconds otherwise.
import type { SeedProgress } from './seed.ts'

/**
 * A progress callback writing to `stream`: on a TTY a bar with files, articles per second and ETA, redrawn at
 * most ten times a second; elsewhere (CI, a pipe) one log line every `intervalMs`.
 */
export function createProgressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  intervalMs = 5000,
): { update(progress: SeedProgress): void; done(): void } {
  const tty = stream.isTTY === true
  let last = 0
  let drawn = false
  return {
    update(progress) {
      const now = performance.now()
      const finished = progress.bytes >= progress.bytesTotal
      if (!finished && now - last < (tty ? 100 : intervalMs)) return
      last = now
      if (tty) {
        stream.write(`\r${bar(progress, 24)} ${describe(progress)}\u001b[K`)
        drawn = true
      } else stream.write(`${describe(progress)}\n`)
    },
    done() {
      if (drawn) stream.write('\n')
    },
  }
}

/** `1234/4460 files · 2,310 articles · 420 articles/s · ETA 0:21`. */
export function describe(progress: SeedProgress): string {
  const seconds = progress.elapsedMs / 1000
  const rate = seconds > 0 ? progress.articles / seconds : 0
  const share = progress.bytesTotal > 0 ? progress.bytes / progress.bytesTotal : 1
  const eta = share > 0 && share < 1 ? (seconds * (1 - share)) / share : 0
  const failed = progress.failures > 0 ? ` · ${progress.failures} failed` : ''
  return (
    `${progress.files}/${progress.filesTotal} files · ${progress.articles.toLocaleString('en')} articles · ` +
    `${Math.round(rate)} articles/s · ETA ${clock(eta)}${failed}`
  )
}

function bar(progress: SeedProgress, width: number): string {
  const share = progress.bytesTotal > 0 ? Math.min(1, progress.bytes / progress.bytesTotal) : 1
  const full = Math.round(share * width)
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(share * 100)).padStart(3)}%`
}

function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
