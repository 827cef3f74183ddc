// The export's writer: what goes in comes out byte for byte, through a few buffers reused for the whole response.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import { ResponseWriter } from '../src/export/response-writer.ts'

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** Serve one response written by `write`, fetch it, and return its text. */
async function roundTrip(write: (out: ResponseWriter) => Promise<void>): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
    void write(new ResponseWriter(res))
  })
  await new Promise<void>((resolve) => server!.listen(0, resolve))
  const { port } = server.address() as AddressInfo
  return (await fetch(`http://localhost:${port}/`)).text()
}

test('sends every piece in order, long ones whole, astral characters uncut', async () => {
  // A paragraph of the seed page, and a long one of every kind of character the writer slices.
  const paragraph = '新华社北京3月12日电 疫情防控关乎生命，复工复产关乎生计，一个都不能少！'
  const long = `${'疫情防控'.repeat(20_000)}𠀀${'Ａ'.repeat(30_000)}${'😀'.repeat(10_000)}`
  const pieces = [paragraph, long, '', '"', paragraph]
  const text = await roundTrip(async (out) => {
    for (const piece of pieces) out.put(piece)
    await out.end()
  })
  expect(text).toBe(pieces.join(''))
})

test('reuses its buffers: 20 MB written in batches takes as many buffers as one batch', async () => {
  const row = `${'复工复产关乎生计，'.repeat(100)}\r\n` // about 2.7 KB in UTF-8
  const batch = 50
  const batches = 150
  let allocated = 0
  const text = await roundTrip(async (out) => {
    for (let i = 0; i < batches; i++) {
      for (let j = 0; j < batch; j++) out.put(row)
      if (!(await out.flush())) return
    }
    allocated = out.allocated
    await out.end()
  })
  expect(text.length).toBe(row.length * batch * batches)
  const batchBytes = Buffer.byteLength(row) * batch
  expect(allocated).toBeGreaterThan(0)
  expect(allocated).toBeLessThanOrEqual(Math.ceil(batchBytes / (64 * 1024)) + 1)
})
