// Stopping the HTTP server: requests already sent are answered, idle connections do not hold the stop up.
import { once } from 'node:events'
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect, type Socket } from 'node:net'
import { expect, test } from 'vitest'
import { closeGracefully } from '../src/close-gracefully.ts'

async function serve(handler: RequestListener) {
  const server = createServer(handler)
  const close = closeGracefully(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  /** A client connection that the server has accepted. */
  const open = async (): Promise<Socket> => {
    const accepted = once(server, 'connection')
    const socket = connect(port, '127.0.0.1')
    await Promise.all([once(socket, 'connect'), accepted])
    return socket
  }
  return { close, open, port }
}

const get = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'

/** Everything the server sends until it ends the connection. */
async function readToEnd(socket: Socket): Promise<string> {
  let text = ''
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => (text += chunk))
  await once(socket, 'end')
  return text
}

test('answers a request that reaches a connection the server accepted before it began to close', async () => {
  const { close, open } = await serve((_req, res) => res.end('ok'))
  const socket = await open()
  // Node's server.close() would destroy this connection now, before reading the request: a reset for the client.
  const closing = close()
  socket.write(get)
  const reply = await readToEnd(socket)
  expect(reply).toMatch(/^HTTP\/1.1 200 OK/)
  expect(reply.toLowerCase()).toContain('connection: close')
  expect(reply).toMatch(/\r\n\r\nok$/)
  await closing
})

test('answers requests on connections the server had not yet taken when it began to close', async () => {
  const { close, port } = await serve((_req, res) => res.end('ok'))
  // Connected by the kernel, in the listener's queue: Node's server.close() would reset every one of them.
  const sockets = Array.from({ length: 5 }, () => connect(port, '127.0.0.1'))
  const closing = close()
  const replies = sockets.map((socket) => {
    socket.once('connect', () => socket.write(get))
    return readToEnd(socket)
  })
  for (const reply of await Promise.all(replies)) expect(reply).toMatch(/^HTTP\/1.1 200 OK[\s\S]*\r\n\r\nok$/)
  await closing
})

test('lets a request in progress finish, then closes', async () => {
  let started!: () => void
  const inProgress = new Promise<void>((resolve) => (started = resolve))
  const { close, open } = await serve((_req, res) => {
    started()
    setTimeout(() => res.end('done'), 200)
  })
  const socket = await open()
  const reply = readToEnd(socket)
  socket.write(get)
  await inProgress
  await close()
  expect(await reply).toMatch(/^HTTP\/1.1 200 OK[\s\S]*\r\n\r\ndone$/)
})

test('ends a kept-alive connection that sends nothing more, so closing does not wait on its client', async () => {
  const { close, open } = await serve((_req, res) => res.end('ok'))
  const socket = await open()
  const reply = readToEnd(socket)
  socket.write(get)
  // The response arrives on a connection kept alive; the client then sends nothing more.
  await once(socket, 'data')
  await close()
  expect(await reply).toMatch(/^HTTP\/1.1 200 OK/)
})
