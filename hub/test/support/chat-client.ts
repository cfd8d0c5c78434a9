import WebSocket from 'ws'
import type { Role } from '@tether/protocol'
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
  const waiters: Array<{ pred: (f: Frame) => boolean; resolve: (f: Frame) => void; fail: (e: Error) => void }> = []
  ws.on('error', () => { /* surfaced through `closed` */ })
  ws.on('message', (data, isBinary) => {
    if (isBinary) return
    const frame = JSON.parse(data.toString()) as Frame
    log.push(frame)
    const i = waiters.findIndex(w => w.pred(frame))
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(frame)
    else pending.push(frame)
  })
  const closed = new Promise<{ code: number; reason: string }>(resolve => ws.once('close', (code, reason) => {
    // Nothing more can arrive: fail pending waits now instead of leaving their timers running.
    for (const w of waiters.splice(0)) w.fail(new Error(`connection closed (${code}) while waiting; received: ${JSON.stringify(log.slice(-5))}`))
    resolve({ code, reason: reason.toString() })
  }))
  const client: ChatClient = {
    ws, log, closed,
    send(frame) { ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)) },
    next(pred = () => true, timeoutMs = 5000) {
      const i = pending.findIndex(pred)
      if (i >= 0) return Promise.resolve(pending.splice(i, 1)[0]!)
      if (ws.readyState === WebSocket.CLOSED) return Promise.reject(new Error(`connection closed; received: ${JSON.stringify(log.slice(-5))}`))
      return new Promise((resolve, reject) => {
        const w = { pred, resolve: (f: Frame) => { clearTimeout(timer); resolve(f) }, fail: (e: Error) => { clearTimeout(timer); reject(e) } }
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

export interface ChatUser { username: string; role?: Role }

/** The operator account `username`, created with `role` on first use (cheap scrypt cost in test hubs). */
export function operatorAccount(th: TestHub, user: ChatUser) {
  // Cached per hub, so concurrent first uses of one name create it once.
  const cache = creating.get(th.hub) ?? new Map<string, ReturnType<typeof th.hub.services.operators.create>>()
  creating.set(th.hub, cache)
  const existing = th.hub.services.operators.getByUsername(user.username)
  if (existing) return Promise.resolve(existing)
  if (!cache.has(user.username)) {
    cache.set(user.username, th.hub.services.operators.create({ username: user.username, password: `${user.username}-password`, role: user.role ?? 'operator' }))
  }
  return cache.get(user.username)!
}
const creating = new WeakMap<object, Map<string, Promise<Awaited<ReturnType<TestHub['hub']['services']['operators']['create']>>>>>()

/** A token of the operator account `username` (created on first use). */
export async function tokenFor(th: TestHub, user: ChatUser): Promise<string> {
  return (await th.hub.services.tokens.issue(await operatorAccount(th, user))).token
}

/** Connects and says hello as `user`; resolves once `welcome` arrived. */
export async function chatAs(th: TestHub, user: ChatUser): Promise<ChatClient & { welcome: Frame }> {
  const client = await connectChat(th.wsUrl)
  const welcome = await client.request({ type: 'hello', token: await tokenFor(th, user), client: { name: 'test', version: '0' } })
  if (welcome.type !== 'welcome') throw new Error(`hello refused: ${JSON.stringify(welcome)}`)
  return Object.assign(client, { welcome })
}

/** The account id of `username` on this hub. */
export function idOf(th: TestHub, username: string): string {
  const account = th.hub.services.operators.getByUsername(username)
  if (!account) throw new Error(`no account ${username}`)
  return account.id
}

/** Joins a room and resolves with the `joined` frame. */
export function joinRoom(client: ChatClient, room: string, since?: number): Promise<Frame> {
  return client.request({ type: 'join', room, ...(since === undefined ? {} : { since }) })
}
