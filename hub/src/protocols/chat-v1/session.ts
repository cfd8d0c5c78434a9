import type { WebSocket } from 'ws'
import { chatWireCode, type ChatErrorCode, type ServerFrame } from '@tether/protocol'
import { HubError, errorCatalogue, type ErrorCode } from '../../errors.js'

/** A server frame as a handler writes it; the session adds the `ref`. */
type Reply = ServerFrame extends infer F ? F extends ServerFrame ? Omit<F, 'ref'> : never : never
import type { Role } from '@tether/protocol'
import type { UserRef } from '../../rooms/types.js'
import { encodeFrame } from './codec.js'

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
  private held: Array<string | Buffer> | null = null

  constructor(readonly id: string, readonly ws: WebSocket, private readonly sendBufferBytes: number, private readonly onDrop: (s: ChatSession) => void) {}

  /** Sends a text frame (a Buffer must hold UTF-8) unless the client has fallen behind by more than the cap. */
  sendRaw(text: string | Buffer): void {
    if (this.closed) return
    if (this.ws.bufferedAmount + text.length > this.sendBufferBytes) {
      // [CHAT-2.3-3] never await a slow reader: drop it.
      this.closed = true
      this.onDrop(this)
      this.ws.terminate()
      return
    }
    this.ws.send(text, TEXT_FRAME)
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
  event(text: string | Buffer): void {
    if (this.held) this.held.push(text)
    else this.sendRaw(text)
  }

  hold(): void { this.held ??= [] }

  release(): void {
    const held = this.held
    this.held = null
    for (const text of held ?? []) this.sendRaw(text)
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
