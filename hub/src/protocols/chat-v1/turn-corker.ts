import type { WebSocket } from 'ws'

/** The socket under a ws connection, as far as a pre-framed write needs it. */
export interface RawSocket { cork(): void; uncork(): void; write(b: Buffer): boolean; destroyed?: boolean }

/** The parts of ws's internals (ws 8) a pre-framed write relies on. */
interface WsInternals {
  _socket?: RawSocket
  _sender?: { _queue?: unknown[]; _state?: number }
  extensions: string
}

const OPEN = 1

/**
 * The TCP socket of `ws` when a frame framed by wire-frame.ts may be written to it directly, else
 * null (then the caller uses ws.send). A direct write keeps the frame order only while ws's own
 * sender holds nothing back: true when no extension was negotiated (no permessage-deflate) and no
 * Blob is being read, checked on every write.
 */
export function directSocket(ws: WebSocket): RawSocket | null {
  const internals = ws as unknown as WsInternals
  const socket = internals._socket
  const sender = internals._sender
  if (ws.readyState !== OPEN || !socket || socket.destroyed || internals.extensions !== '') return null
  if (!sender || (sender._queue?.length ?? 0) > 0 || (sender._state ?? 0) !== 0) return null
  return socket
}

/** Something whose socket was corked for the current turn. */
export interface Corked { uncorkTurn(): void }

/**
 * Uncorks, once the current turn's callbacks and microtasks are done, every socket corked during
 * it, so a session's frames of one fan-out turn (a reply, the events it held, several room events)
 * leave in one write instead of one each.
 *
 * Paced under load: a flush waits, after the previous one ended, for twice as long as that one
 * took (at most `maxWaitMs`). Flushing a large room's fan-out is mostly one write per session, so
 * while events stream in, each session then gets one write carrying several of them; a flush of a
 * few sockets takes microseconds, so small rooms and an idle hub still write at once.
 */
export class TurnCorker {
  private corked: Corked[] = []
  private scheduled = false
  private lastEnd = -Infinity
  private lastTook = 0

  constructor(private readonly maxWaitMs = 0, private readonly now: () => number = performance.now.bind(performance)) {}

  /** Call after corking the socket of `c`, once per turn. */
  add(c: Corked): void {
    this.corked.push(c)
    if (this.scheduled) return
    this.scheduled = true
    const wait = Math.min(this.maxWaitMs, 2 * this.lastTook) - (this.now() - this.lastEnd)
    if (wait < 1) process.nextTick(this.uncorkAll)
    else setTimeout(this.uncorkAll, wait)
  }

  private readonly uncorkAll = (): void => {
    const corked = this.corked
    this.corked = []
    this.scheduled = false
    const start = this.now()
    for (const c of corked) c.uncorkTurn()
    this.lastEnd = this.now()
    this.lastTook = this.lastEnd - start
  }
}
