import { Duplex } from 'node:stream'
import type { Socket } from 'node:net'
import { InboundChecker } from './inbound-checker.js'
import type { ErrorCode } from '../../errors.js'

/**
 * The optional plain-TCP listener's stream for aedes: the same inbound checks as the WebSocket
 * bridge (size bound, packet validator), so a device or a broker test suite on TCP meets the
 * same broker as one on `/ws`. Writes go straight to the socket.
 */
export class TcpBridge extends Duplex {
  private readonly checker: InboundChecker
  closedWith: ErrorCode | null = null

  constructor(private readonly socket: Socket, maxPacketBytes: number) {
    super({ allowHalfOpen: false, emitClose: true })
    this.checker = new InboundChecker(maxPacketBytes)
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onClose)
    socket.on('error', this.onError)
  }

  private readonly onData = (chunk: Buffer): void => {
    const { accepted, stop } = this.checker.check(chunk)
    if (accepted && !this.push(accepted)) this.socket.pause()
    if (!stop) return
    this.closedWith = stop.code
    this.socket.off('data', this.onData)
    if (stop.connack) this.socket.end(stop.connack)
    else this.socket.destroy()
    this.destroy()
  }

  private readonly onEnd = (): void => { this.push(null) }
  private readonly onClose = (): void => { this.destroy() }
  private readonly onError = (err: Error): void => { this.destroy(err) }

  override _read(): void {
    if (this.socket.isPaused()) this.socket.resume()
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.socket.destroyed || this.socket.writableEnded) return callback(new Error('socket closed'))
    if (this.socket.write(chunk)) callback()
    else this.socket.once('drain', () => callback())
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end()
    callback()
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.off('data', this.onData)
    // A refused CONNECT's CONNACK is on its way out through end(); anything else ends now.
    if (!this.closedWith) this.socket.destroy()
    callback(err)
  }
}
