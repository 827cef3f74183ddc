// Stop a node:http server without cutting off a request that its client has already sent.
import type { Server } from 'node:http'
import type { Socket } from 'node:net'

/** How long a stopping server goes on taking connections and requests, each answered with `Connection: close`. */
const GRACE_MS = 500
/** After this long, connections still open are destroyed, answered or not. */
const HARD_STOP_MS = 10_000

/**
 * Track `server`'s connections and return a function that closes it gracefully. For {@link GRACE_MS} the server
 * still takes connections and requests, and answers each with `Connection: close`; then it stops listening, ends
 * every connection with no request in progress, and ends the others once their last response is out.
 *
 * Node's own `server.close()` stops listening and destroys idle connections at once. A client that had sent its
 * request a moment before got a reset (ECONNRESET): a connection the kernel had accepted but the server had not
 * yet taken is reset when the listener closes, and one the server had taken is idle until its request is read.
 *
 * @example
 * const close = closeGracefully(httpServer)
 * process.once('SIGTERM', () => void close().then(() => process.exit(0)))
 */
export function closeGracefully(server: Server): () => Promise<void> {
  const requests = new Map<Socket, number>()
  let closing = false
  let listening = true
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
      if (!listening && left === 0) socket.end()
    })
  })
  return async () => {
    closing = true
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS))
    listening = false
    // server.close() would also destroy the idle connections; they are ended below instead, politely.
    server.closeIdleConnections = () => {}
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    for (const [socket, n] of requests) if (n === 0) socket.end()
    const destroyAll = setTimeout(() => {
      for (const socket of requests.keys()) socket.destroy()
    }, HARD_STOP_MS)
    await closed
    clearTimeout(destroyAll)
  }
}
