import { Duplex } from 'node:stream'
import type { Socket } from 'node:net'
import { InboundChecker } from './inbound-checker.js'
import { SendBudget, type BudgetExceeded } from './send-budget.js'
import type { ErrorCode } from '../../errors.js'

export interface TcpBridgeLimits {
  maxPacketBytes: number
  /** Outgoing bytes queued for the peer above which the slow-consumer clock runs (send-budget.ts). */
  sendBufferLimitBytes: number
  /** Time the queue may stay above sendBufferLimitBytes before the peer is dropped, ms. */
  slowConsumerMs: number
  /** Outgoing bytes queued above which the peer is dropped at once. */
  sendHardLimitBytes: number
}

/**
 * The optional plain-TCP listener's stream for aedes: the same inbound checks as the WebSocket
 * bridge (size bound, packet validator) and the same outgoing budget (a subscriber that stops
 * reading is dropped, not buffered without bound), so a device or a broker test suite on TCP
 * meets the same broker as one on `/ws`. Writes go straight to the socket.
 */
export class TcpBridge extends Duplex {
  private readonly checker: InboundChecker
  private readonly budget: SendBudget
  closedWith: ErrorCode | null = null
  /** Set when the peer was dropped for not reading. */
  slowConsumer: BudgetExceeded | null = null

  constructor(private readonly socket: Socket, limits: TcpBridgeLimits, private readonly onSlowConsumer: (e: BudgetExceeded) => void = () => {}) {
    super({ allowHalfOpen: false, emitClose: true })
    this.checker = new InboundChecker(limits.maxPacketBytes)
    this.budget = new SendBudget(
      { budgetBytes: limits.sendBufferLimitBytes, overBudgetMs: limits.slowConsumerMs, hardLimitBytes: limits.sendHardLimitBytes },
      { queuedBytes: () => this.socket.writableLength + this.writableLength, budgetExceeded: this.onExceeded })
    socket.on('data', this.onData)
    socket.on('end', this.onEnd)
    socket.on('close', this.onClose)
    socket.on('error', this.onError)
    socket.on('drain', this.onDrain)
  }

  private readonly onDrain = (): void => { this.budget.check() }

  private readonly onExceeded = (e: BudgetExceeded): void => {
    this.slowConsumer = e
    this.closedWith = 'MQTT_ERR_SLOW_CONSUMER'
    this.onSlowConsumer(e)
    // Not from inside _write; the peer does not read, so no graceful close either.
    process.nextTick(() => { this.socket.destroy(); this.destroy() })
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

  // Checked on every write, not only in _write: while one write waits for 'drain', the next ones
  // queue in this stream without reaching _write, and the hard limit must still see them.
  override write(chunk: unknown, encoding?: BufferEncoding | ((error: Error | null | undefined) => void), cb?: (error: Error | null | undefined) => void): boolean {
    const ok = super.write(chunk, encoding as BufferEncoding, cb)
    this.budget.check()
    return ok
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.socket.destroyed || this.socket.writableEnded) return callback(new Error('socket closed'))
    const flushed = this.socket.write(chunk)
    this.budget.check()
    if (flushed) callback()
    else this.socket.once('drain', () => callback())
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end()
    callback()
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.off('data', this.onData)
    this.budget.stop()
    // A refused CONNECT's CONNACK is on its way out through end(); anything else ends now.
    if (!this.closedWith) this.socket.destroy()
    callback(err)
  }
}
