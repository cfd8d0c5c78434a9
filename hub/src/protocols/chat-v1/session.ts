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
    this.sendRaw(encodeFrame(frame))
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

  hold(): void { this.held ??= [] }

  release(): void {
    const held = this.held
    this.held = null
    if (held) for (const frame of held) this.sendWire(frame)
  }

  error(code: ErrorCode, message?: string, ref?: string, extra?: Record<string, unknown>): void {
    this.send({ type: 'error', code: chatWireCode(code) as ChatErrorCode, message: message ?? errorCatalogue[code].message, ...(ref ? { ref } : {}), ...extra })
  }

  /** Error frame, then close with the catalogue's close code. */
  end(code: ErrorCode, message?: string, ref?: string): void {
    if (this.closed) return
    this.error(code, message, ref)
    this.closed = true
    this.ws.close(errorCatalogue[code].close, chatWireCode(code))
  }

  failWith(err: HubError, ref: string | undefined): void {
    this.error(err.code, err.message, ref, err.details)
  }
}
