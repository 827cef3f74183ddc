// Lower the CPU priority of the PostgreSQL backends that run expensive statements, when PostgreSQL runs on this
// machine: on a few shared cores a flood of searches and aggregates then cannot slow the cheap reads' backends.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import type pg from 'pg'

const loopback = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/**
 * Whether `url` reaches a PostgreSQL on this machine, whose backends are processes here (Linux only: the backend's
 * pid is checked against /proc before anything is reniced).
 */
export function isLocalDatabase(url: string): boolean {
  if (process.platform !== 'linux') return false
  const { hostname, searchParams } = new URL(url)
  const host = searchParams.get('host') ?? hostname
  return loopback.has(host) || host.startsWith('/')
}

/**
 * Give the backend behind `client` the niceness `nice` (0-19), as PostgreSQL's own pg_prioritize extension does with
 * setpriority(2). Only a process named `postgres` is touched; a backend the OS will not renice (another user's,
 * another machine's) is left as it is, for this is an optimisation and never a condition of serving.
 *
 * @example pool.on('connect', (client) => void lowerBackendPriority(client, 10))
 */
export async function lowerBackendPriority(client: pg.ClientBase, nice: number): Promise<void> {
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
    const pid = rows[0]?.pid
    if (pid === undefined || readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return
    // Only ever lowered: a backend already nicer than asked (a server started under nice) stays as it is.
    if (os.getPriority(pid) < nice) os.setPriority(pid, nice)
  } catch {
    // Not ours to renice (no such process here, or not permitted): the statements run at normal priority.
  }
}
