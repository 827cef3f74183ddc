// Stop a node:http server without cutting off a request that its client has already sent.
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/** How long a connection with no request in progress keeps its chance to send one after the server stops. */
const IDLE_GRACE_MS = 500
/** After this long, connections still open are destroyed, answered or not. */
const HARD_STOP_MS = 10_000

/**
 * Track `server`'s connections and return a function that closes it: it stops listening, lets every request in
 * progress finish, ends each connection once its last response is out, and gives idle connections
 * {@link IDLE_GRACE_MS} before ending them. Node's own `server.close()` destroys idle connections at once,
 * and a connection accepted a moment earlier is idle until its request is read: its client, which sent the
 * request before the server stopped, got a reset (ECONNRESET) instead of an answer.
 *
 * @example
 * const close = closeGracefully(httpServer)
 * process.once('SIGTERM', () => void close().then(() => process.exit(0)))
 */
export function closeGracefully(server: Server): () => Promise<void> {
  const requests = new Map<Socket, number>()
  let closing = false
  // Prepended, so that they run before the handlers: a response must not have started when the header is set.
  server.prependListener('connection', (socket: Socket) => {
    requests.set(socket, 0)
    socket.once('close', () => requests.delete(socket))
  })
  server.prependListener('request', (req, res) => {
    const socket = req.socket
    requests.set(socket, (requests.get(socket) ?? 0) + 1)
    if (closing) res.setHeader('connection', 'close')
    res.once('close', () => {
      const left = (requests.get(socket) ?? 1) - 1
      requests.set(socket, left)
      if (closing && left === 0) socket.end()
    })
  })
  return async () => {
    closing = true
    // server.close() stops listening; its call to closeIdleConnections() is what this replaces.
    server.closeIdleConnections = () => {}
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    const endIdle = setTimeout(() => {
      for (const [socket, n] of requests) if (n === 0) socket.end()
    }, IDLE_GRACE_MS)
    const destroyAll = setTimeout(() => {
      for (const socket of requests.keys()) socket.destroy()
    }, HARD_STOP_MS)
    await closed
    clearTimeout(endIdle)
    clearTimeout(destroyAll)
  }
}
