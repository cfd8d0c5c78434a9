import { Duplex } from 'node:stream'
import type { Socket } from 'node:net'
import { gateOpened, handOnHeld, InboundChecker } from './inbound-checker.js'
import { alwaysOpen, type InboundGate } from './inbound-gate.js'
import { SendBudget, type BudgetExceeded } from './send-budget.js'
import type { ErrorCode } from '../../errors.js'

export interface TcpBridgeLimits {
  maxPacketBytes: number
  /** Bytes a client may send before the broker accepted its CONNECT. */
  preConnectBytes: number
  /** Outgoing bytes queued for the peer above which the slow-consumer clock runs (send-budget.ts). */
  sendBufferLimitBytes: number
  /** Time the queue may stay above sendBufferLimitBytes before the peer is dropped, ms. */
  slowConsumerMs: number
  /** Outgoing bytes queued above which the peer is dropped at once. */
  sendHardLimitBytes: number
}

/**
 * The optional plain-TCP listener's stream for aedes: the same inbound checks as the WebSocket
 * bridge (size bound, packet validator, the bytes allowed before CONNECT is accepted), the same
 * shared gate on the broker's delivery backlog (a publisher flood on TCP stops reading like one on
 * `/ws`) and the same outgoing budget (a subscriber that stops reading is dropped, not buffered
 * without bound), so a device or a broker test suite on TCP meets the same broker as one on `/ws`.
 * The writes of one event-loop turn leave in one system call (the socket is corked until the turn
 * ends), as the WebSocket bridge sends them as one message.
 */
export class TcpBridge extends Duplex {
  private readonly checker: InboundChecker
  private readonly budget: SendBudget
  private corked = false
  private bytesBeforeConnect = 0
  private connected = false
  closedWith: ErrorCode | null = null
  /** Set when the peer was dropped for not reading. */
  slowConsumer: BudgetExceeded | null = null

  constructor(
    private readonly socket: Socket,
    private readonly limits: TcpBridgeLimits,
    private readonly onSlowConsumer: (e: BudgetExceeded) => void = () => {},
    private readonly gate: InboundGate = alwaysOpen,
  ) {
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

  /** Called once the broker accepted CONNECT: the pre-CONNECT budget no longer applies. */
  markConnected(): void {
    this.connected = true
  }

  private readonly onData = (chunk: Buffer): void => {
    if (!this.connected) {
      this.bytesBeforeConnect += chunk.length
      if (this.bytesBeforeConnect > this.limits.preConnectBytes) return this.refuse('MQTT_ERR_PRECONNECT_BUDGET')
    }
    const { accepted, stop } = this.checker.check(chunk)
    if (accepted) {
      if (!this.push(accepted) || this.checker.holding) {
        this.socket.pause()
      } else if (!stop && !this.gate.open) {
        this.socket.pause()
        this.gate.wait(this.onGateOpen)
      }
    }
    if (stop) this.refuse(stop.code, stop.connack)
  }

  private refuse(code: ErrorCode, connack?: Buffer): void {
    this.closedWith = code
    this.socket.off('data', this.onData)
    if (connack) this.socket.end(connack)
    else this.socket.destroy()
    this.destroy()
  }

  // Made when the gate first holds this connection back (most never are).
  private gateWaiter: (() => void) | null = null
  private get onGateOpen(): () => void {
    return this.gateWaiter ??= () => gateOpened(this, this.checker, this.socket)
  }

  private readonly onEnd = (): void => { this.push(null) }
  private readonly onClose = (): void => { this.destroy() }
  private readonly onError = (err: Error): void => { this.destroy(err) }

  override _read(): void {
    if (handOnHeld(this, this.checker, this.gate, this.onGateOpen)) return
    if (!this.socket.isPaused()) return
    // Paused because the readable side was full: resume now, or when the gate opens.
    if (this.gate.open) this.socket.resume()
    else this.gate.wait(this.onGateOpen)
  }

  // Checked on every write, not only in _write: while one write waits for 'drain', the next ones
  // queue in this stream without reaching _write, and the hard limit must still see them.
  override write(chunk: unknown, encoding?: BufferEncoding | ((error: Error | null | undefined) => void), cb?: (error: Error | null | undefined) => void): boolean {
    const ok = super.write(chunk, encoding as BufferEncoding, cb)
    this.budget.check()
    return ok
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.send([chunk], callback)
  }

  // mqtt-packet writes a packet as several chunks (header, length, topic, packet id, payload) inside
  // cork(): they arrive here together.
  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    this.send(chunks.map(c => c.chunk), callback)
  }

  private send(chunks: Buffer[], callback: (error?: Error | null) => void): void {
    if (this.socket.destroyed || this.socket.writableEnded) return callback(new Error('socket closed'))
    if (!this.corked) {
      // Until this turn's callbacks are done: a subscriber's deliveries and acknowledgements of one
      // turn leave in one writev, not one write per chunk.
      this.corked = true
      this.socket.cork()
      setImmediate(endTurn, this)
    }
    let flushed = true
    for (const chunk of chunks) flushed = this.socket.write(chunk)
    this.budget.check()
    if (flushed) callback()
    else this.socket.once('drain', () => callback())
  }

  /** @internal this turn's writes leave (endTurn) */
  flushTurn(): void {
    this.corked = false
    if (!this.socket.destroyed) this.socket.uncork()
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end()
    callback()
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.off('data', this.onData)
    this.budget.stop()
    if (this.gateWaiter) this.gate.cancel(this.gateWaiter)
    // A refused CONNECT's CONNACK is on its way out through end(); anything else ends now.
    if (!this.closedWith) this.socket.destroy()
    callback(err)
  }
}

function endTurn(bridge: TcpBridge): void { bridge.flushTurn() }
