import WebSocket from 'ws'
import type { Role } from '../../src/identity/roles.js'
import type { TestHub } from './test-hub.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Frame = { type: string; [k: string]: any }

export interface ChatClient {
  ws: WebSocket
  /** Every frame received, in order. */
  log: Frame[]
  send(frame: Record<string, unknown> | string): void
  /** The first not-yet-taken frame matching `pred` (waits up to `timeoutMs`). */
  next(pred?: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>
  /** Sends a frame with an `id` and resolves with the reply carrying it as `ref`. */
  request(frame: Record<string, unknown>, timeoutMs?: number): Promise<Frame>
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>
  close(): Promise<void>
}

let seq = 0

/** Opens a chat.v1 WebSocket; frames are buffered from the first byte so none is missed. */
export function connectChat(wsUrl: string, opts: { origin?: string } = {}): Promise<ChatClient> {
  const ws = new WebSocket(wsUrl, 'chat.v1', { ...(opts.origin ? { origin: opts.origin } : {}) })
  const log: Frame[] = []
  const pending: Frame[] = []
  const waiters: Array<{ pred: (f: Frame) => boolean; resolve: (f: Frame) => void }> = []
  ws.on('error', () => { /* surfaced through `closed` */ })
  ws.on('message', (data, isBinary) => {
    if (isBinary) return
    const frame = JSON.parse(data.toString()) as Frame
    log.push(frame)
    const i = waiters.findIndex(w => w.pred(frame))
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(frame)
    else pending.push(frame)
  })
  const closed = new Promise<{ code: number; reason: string }>(resolve => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  const client: ChatClient = {
    ws, log, closed,
    send(frame) { ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)) },
    next(pred = () => true, timeoutMs = 5000) {
      const i = pending.findIndex(pred)
      if (i >= 0) return Promise.resolve(pending.splice(i, 1)[0]!)
      return new Promise((resolve, reject) => {
        const w = { pred, resolve: (f: Frame) => { clearTimeout(timer); resolve(f) } }
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1)
          reject(new Error(`no matching frame within ${timeoutMs} ms; received: ${JSON.stringify(log.slice(-5))}`))
        }, timeoutMs)
        waiters.push(w)
      })
    },
    request(frame, timeoutMs) {
      const id = (frame.id as string | undefined) ?? `q${++seq}`
      client.send({ ...frame, id })
      return client.next(f => f.ref === id, timeoutMs)
    },
    async close() {
      if (ws.readyState === WebSocket.CLOSED) return
      ws.close()
      await closed
    },
  }
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

/** Mints a token for a user on this hub. */
export async function tokenFor(th: TestHub, user: { id: string; username: string; role?: Role }): Promise<string> {
  return (await th.hub.services.tokens.issue({ role: 'operator', ...user })).token
}

/** Connects and says hello as `user`; resolves once `welcome` arrived. */
export async function chatAs(th: TestHub, user: { id: string; username: string; role?: Role }): Promise<ChatClient & { welcome: Frame }> {
  const client = await connectChat(th.wsUrl)
  const welcome = await client.request({ type: 'hello', token: await tokenFor(th, user), client: { name: 'test', version: '0' } })
  if (welcome.type !== 'welcome') throw new Error(`hello refused: ${JSON.stringify(welcome)}`)
  return Object.assign(client, { welcome })
}

/** Joins a room and resolves with the `joined` frame. */
export function joinRoom(client: ChatClient, room: string, since?: number): Promise<Frame> {
  return client.request({ type: 'join', room, ...(since === undefined ? {} : { since }) })
}
