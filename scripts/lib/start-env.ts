// Read and check the environment variables `npm start` understands; nothing else in scripts/start.ts reads them.

/** What the first start loads: everything in ../shared and the demo sample, or the demo sample alone. */
export type StartCorpus = 'full' | 'demo'

export interface StartEnv {
  apiPort: number
  webPort: number
  corpus: StartCorpus
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim() || String(fallback)
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < 1 || value > 65535)
    throw new Error(`${name} must be a port number (1-65535), got "${text}"`)
  return value
}

/**
 * Parse the environment once, failing with a message that names the variable and the problem.
 *
 * @example readStartEnv({ PORT_API: '4100', BROADSHEET_CORPUS: 'demo' }) // { apiPort: 4100, webPort: 3000, corpus: 'demo' }
 */
export function readStartEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const corpus = env.BROADSHEET_CORPUS?.trim() || 'full'
  if (corpus !== 'full' && corpus !== 'demo')
    throw new Error(`BROADSHEET_CORPUS must be "full" or "demo", got "${corpus}"`)
  const apiPort = port(env, 'PORT_API', 4000)
  const webPort = port(env, 'PORT_WEB', 3000)
  if (apiPort === webPort) throw new Error(`PORT_API and PORT_WEB must differ, both are ${apiPort}`)
  return { apiPort, webPort, corpus }
}
