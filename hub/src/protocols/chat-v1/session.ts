import type { WebSocket } from 'ws'
import { chatWireCode, type ChatErrorCode, type ServerFrame } from '@tether/protocol'
import { HubError, errorCatalogue, type ErrorCode } from '../../errors.js'

/** A server frame as a handler writes it; the session adds the `ref`. */
type Reply = ServerFrame extends infer F ? F extends ServerFrame ? Omit<F, 'ref'> : never : never
import type { Role } from '@tether/protocol'
import type { UserRef } from '../../rooms/types.js'
import { encodeFrame } from './codec.js'
import type { WireFrame } from './wire-frame.js'
import { directSocket, type RawSocket, type TurnCorker } from './turn-corker.js'

/** A Buffer sent as a text frame: fan-out encodes UTF-8 once for all sessions. */
const TEXT_FRAME = { binary: false } as const

export interface SessionUser extends UserRef { role: Role; expiresAt: number }

/**
 * One chat.v1 connection: who it is, which rooms it follows, and a send path that drops a slow
 * client instead of waiting for it [CHAT-2.3-3].
 */
export class ChatSession {
  user: SessionUser | null = null
  readonly joined = new Set<string>()
  strikes = 0
  closed = false
  /** Frames are handled one after another, so an async hello can't be overtaken. */
  queue: Promise<void> = Promise.resolve()
  private held: WireFrame[] | null = null
  private heldReplies: Array<string | Buffer> | null = null
  /** Whether a frame is being handled, and how many handled frames' replies still wait for a sync. */
  private handling = false
  private unsynced = 0
  /** Settles once the replies of every frame handled so far have gone out. */
  private flushed: Promise<void> = Promise.resolve()
  /** The socket while it is corked for this turn (turn-corker.ts), and the bytes written since. */
  private corkedSocket: RawSocket | null = null
  private corkedBytes = 0

  constructor(
    readonly id: string,
    readonly ws: WebSocket,
    private readonly sendBufferBytes: number,
    private readonly onDrop: (s: ChatSession) => void,
    /** Fan-out frames go straight to the socket, corked for the turn; without it, through ws.send. */
    private readonly corker?: TurnCorker,
  ) {}

  /** False, and the session dropped, when the client has fallen behind by more than the cap. */
  private hasRoomFor(bytes: number): boolean {
    if (this.closed) return false
    // Bytes written this turn are still corked, not unread: they don't count as falling behind.
    if (this.ws.bufferedAmount - this.corkedBytes + bytes > this.sendBufferBytes) {
      // [CHAT-2.3-3] never await a slow reader: drop it.
      this.closed = true
      this.onDrop(this)
      this.ws.terminate()
      return false
    }
    return true
  }

  /** Sends a text frame (a Buffer must hold UTF-8) unless the client has fallen behind by more than the cap. */
  sendRaw(text: string | Buffer): void {
    if (!this.hasRoomFor(text.length)) return
    if (!this.corkedSocket) return this.ws.send(text, TEXT_FRAME)
    const before = this.ws.bufferedAmount
    this.ws.send(text, TEXT_FRAME)
    this.corkedBytes += this.ws.bufferedAmount - before
  }

  /** Sends a frame framed once for a fan-out (the same bytes for every session). */
  private sendWire(frame: WireFrame): void {
    if (!this.hasRoomFor(frame.wire.length)) return
    const socket = this.corker ? directSocket(this.ws) : null
    if (!socket) return this.sendRaw(frame.payload)
    if (!this.corkedSocket) {
      socket.cork()
      this.corkedSocket = socket
      this.corker!.add(this)
    }
    socket.write(frame.wire)
    this.corkedBytes += frame.wire.length
  }

  /** End of the turn: what was corked goes out in one write. */
  uncorkTurn(): void {
    const socket = this.corkedSocket
    this.corkedSocket = null
    this.corkedBytes = 0
    socket?.uncork()
  }

  send(frame: ServerFrame): void {
    this.sendReply(encodeFrame(frame))
  }

  /** A reply waits with the frame's held replies, if any. */
  private sendReply(text: string): void {
    if (this.heldReplies) this.heldReplies.push(text)
    else this.sendRaw(text)
  }

  /** A reply to a client frame: carries its id back as `ref` [CHAT-1.2-5]. */
  reply(ref: string | undefined, frame: Reply): void {
    const { type, ...rest } = frame
    this.send((ref === undefined ? frame : { type, ref, ...rest }) as ServerFrame)
  }

  /** Room/DM events; held while a frame is being handled so its reply goes first [CHAT-6.1-1]. */
  event(frame: WireFrame): void {
    if (this.held) this.held.push(frame)
    else this.sendWire(frame)
  }

  /** While a frame is handled, its replies and the room/DM events behind them are held. */
  hold(): void {
    this.handling = true
    this.held ??= []
    this.heldReplies ??= []
  }

  /** Sends everything held, replies first. */
  release(): void {
    const replies = this.heldReplies
    const held = this.held
    this.heldReplies = null
    this.held = null
    if (replies) for (const text of replies) this.sendRaw(text)
    if (held) for (const frame of held) this.sendWire(frame)
  }

  /**
   * End of a frame. Its replies promise that what it wrote is on disk, so they wait for `synced`
   * (null: nothing to wait for), behind the replies of earlier frames still waiting. The next frame
   * is handled meanwhile: a session's frames share one sync instead of waiting one sync each.
   * Should the sync fail, the replies become an `internal` error for `ref`.
   */
  releaseWhen(synced: Promise<void> | null, ref: string | undefined): void {
    this.handling = false
    if (synced === null && this.unsynced === 0) return this.release()
    const replies = this.heldReplies ?? []
    const events = this.held ?? []
    this.heldReplies = []
    this.held = []
    this.unsynced++
    // Settled now, so a failure is handled even while an earlier frame is still waiting.
    const outcome = synced ? synced.then(() => true, () => false) : Promise.resolve(true)
    this.flushed = this.flushed.then(() => outcome).then(ok => {
      for (const text of ok ? replies : [this.errorText('CHAT_ERR_INTERNAL', undefined, ref)]) this.sendRaw(text)
      for (const frame of events) this.sendWire(frame)
      if (--this.unsynced === 0 && !this.handling) this.release()
    })
  }

  /** Forgets the replies held so far: what they acknowledge did not happen. */
  dropHeldReplies(): void {
    if (this.heldReplies) this.heldReplies.length = 0
  }

  private errorText(code: ErrorCode, message?: string, ref?: string, extra?: Record<string, unknown>): string {
    return encodeFrame({ type: 'error', code: chatWireCode(code) as ChatErrorCode, message: message ?? errorCatalogue[code].message, ...(ref ? { ref } : {}), ...extra })
  }

  error(code: ErrorCode, message?: string, ref?: string, extra?: Record<string, unknown>): void {
    this.sendReply(this.errorText(code, message, ref, extra))
  }

  /** Error frame, then close with the catalogue's close code. */
  end(code: ErrorCode, message?: string, ref?: string): void {
    if (this.closed) return
    // Replies still waiting for a sync are not sent: the client resends what it did not see acknowledged.
    if (this.unsynced === 0) this.release()
    this.error(code, message, ref)
    this.closed = true
    this.ws.close(errorCatalogue[code].close, chatWireCode(code))
  }

  failWith(err: HubError, ref: string | undefined): void {
    this.error(err.code, err.message, ref, err.details)
  }
}
