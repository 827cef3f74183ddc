// Start the servers a test needs as child processes, wait until they answer, and stop exactly those processes.
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

export interface Child {
  process: ChildProcess
  /** Everything the process printed so far, for error messages. */
  output(): string
  stop(): Promise<void>
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/**
 * Spawn `command` in its own process group, so `stop()` ends it and its children (next start forks a worker) and
 * nothing else.
 */
export function startChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: 'pipe' })
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    process: child,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }, 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Run a command to completion, failing with its output when it exits non-zero. */
export async function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const child = startChild(command, args, options)
  const code = await new Promise<number | null>((resolve) => child.process.once('exit', resolve))
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${child.output()}`)
  return child.output()
}

/** Poll `url` until it answers (any HTTP status counts), or fail with the child's output. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null)
      throw new Error(`process exited before ${url} answered:\n${child.output()}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child.output()}`)
}
