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
 */
export class TurnCorker {
  private corked: Corked[] = []
  private scheduled = false

  /** Call after corking the socket of `c`, once per turn. */
  add(c: Corked): void {
    this.corked.push(c)
    if (!this.scheduled) {
      this.scheduled = true
      process.nextTick(this.uncorkAll)
    }
  }

  private readonly uncorkAll = (): void => {
    const corked = this.corked
    this.corked = []
    this.scheduled = false
    for (const c of corked) c.uncorkTurn()
  }
}
