import { Duplex } from 'node:stream'
import type { WebSocket, RawData } from 'ws'
import { HubError, type ErrorCode } from '../../errors.js'
import { gateOpened, handOnHeld, InboundChecker } from './inbound-checker.js'
import { alwaysOpen, type InboundGate } from './inbound-gate.js'
import { SendBudget, type BudgetExceeded, type BudgetOwner } from './send-budget.js'

export interface BridgeLimits {
  maxPacketBytes: number
  preConnectBytes: number
  sendBufferLimitBytes: number
  /** Time the outgoing queue may stay above sendBufferLimitBytes before the peer is dropped, ms (send-budget.ts). */
  slowConsumerMs?: number
  /** Outgoing bytes queued above which the peer is dropped at once (send-budget.ts). */
  sendHardLimitBytes?: number
}

/**
 * A lean WebSocket ↔ stream bridge for aedes, in place of ws's createWebSocketStream:
 * - binary frames only: a text frame closes the connection 1003 [MQTT-6.0.0-1];
 * - packets are bounded by size (PacketSizeGuard) and the bytes before CONNECT by a budget;
 * - each whole packet is checked against the standard (packet-validator.ts) before aedes' parser:
 *   a violation closes the connection, an unsupported level or client id gets its CONNACK first;
 * - writes made in one event-loop turn leave as ONE WebSocket message, so a CONNACK is one frame,
 *   not four, and a subscriber's deliveries of one turn are one frame, not one each;
 * - backpressure both ways: ws is paused while the readable side is full; writes wait while
 *   the socket's send buffer is over its limit, and a peer that never drains is dropped;
 * - a shared InboundGate stops reading while the broker's delivery backlog is long, and a message
 *   of many packets reaches aedes a batch at a time (inbound-checker.ts).
 */
export class WebSocketBridge extends Duplex implements BudgetOwner {
  private readonly checker: InboundChecker
  private pending: Buffer[] = []
  private pendingBytes = 0
  private flushScheduled = false
  private blockedWrite: ((error?: Error | null) => void) | null = null
  /** A write on the direct path returned false (over the send buffer limit): 'drain' is owed. */
  private drainOwed = false
  private bytesBeforeConnect = 0
  private connected = false
  closedWith: ErrorCode | null = null
  /** Set when the peer was dropped for not reading (send-budget.ts). */
  slowConsumer: BudgetExceeded | null = null
  /** The peer's address, for the log line of a dropped slow consumer. */
  remoteAddress: string | undefined = undefined
  private readonly budget: SendBudget

  constructor(
    private readonly ws: WebSocket,
    private readonly limits: BridgeLimits,
    private readonly onMessageOut: () => void = noop,
    private readonly gate: InboundGate = alwaysOpen,
    /** Called once the WebSocket closed (after the bridge's own handling). */
    private readonly onClosed: (bridge: WebSocketBridge) => void = noop,
  ) {
    super({ allowHalfOpen: false, emitClose: true })
    this.checker = new InboundChecker(limits.maxPacketBytes)
    this.budget = new SendBudget(
      { budgetBytes: limits.sendBufferLimitBytes, overBudgetMs: limits.slowConsumerMs ?? 10_000, hardLimitBytes: limits.sendHardLimitBytes ?? 4 * limits.sendBufferLimitBytes },
      this)
    // Listeners shared by every connection (they find the bridge on the socket): an idle
    // connection holds no closure of its own for them.
    ;(ws as BridgedSocket)[kBridge] = this
    ws.on('message', onWsMessage)
    ws.on('close', onWsClose)
    ws.on('error', onWsError)
  }

  /** Called once the broker accepted CONNECT: the pre-CONNECT budget no longer applies. */
  markConnected(): void {
    this.connected = true
  }

  /** @internal a WebSocket message (onWsMessage) */
  onMessage(data: RawData, isBinary: boolean): void {
    if (!isBinary) return this.fail('MQTT_ERR_TEXT_FRAME')
    const chunk = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
    if (!this.connected) {
      this.bytesBeforeConnect += chunk.length
      if (this.bytesBeforeConnect > this.limits.preConnectBytes) return this.fail('MQTT_ERR_PRECONNECT_BUDGET')
    }
    const { accepted, stop } = this.checker.check(chunk)
    if (stop) {
      if (accepted) this.push(accepted)
      if (stop.connack) this.ws.send(stop.connack, { binary: true })
      return this.fail(stop.code, stop.clause)
    }
    if (!accepted) return // none, or they wait behind held packets (the socket is paused then)
    if (!this.push(accepted) || this.checker.holding) {
      this.ws.pause()
    } else if (!this.gate.open) {
      this.ws.pause()
      this.gate.wait(this.onGateOpen)
    }
  }

  // Made when the gate first holds this connection back (most never are).
  private gateWaiter: (() => void) | null = null
  private get onGateOpen(): () => void {
    return this.gateWaiter ??= () => gateOpened(this, this.checker, this.ws)
  }

  /** @internal the WebSocket closed (onWsClose) */
  onClose(): void {
    this.releaseBlockedWrite(new Error('websocket closed'))
    this.push(null)
    this.destroy()
    this.onClosed(this)
  }

  private fail(code: ErrorCode, clause?: string): void {
    if (this.closedWith) return
    this.closedWith = code
    const error = new HubError(code)
    this.ws.close(error.closeCode, clause ? `${code} [${clause}]` : code)
    // Don't wait for a misbehaving peer's close frame.
    setTimeout(() => this.ws.terminate(), 1000).unref()
    this.destroy()
  }

  /** @internal SendBudget: the bytes queued for the peer (this stream, its pending batch, the socket's buffer) */
  queuedBytes(): number {
    return this.ws.bufferedAmount + this.pendingBytes + this.writableLength
  }

  /** @internal SendBudget: the peer did not read */
  budgetExceeded(e: BudgetExceeded): void {
    this.slowConsumer = e
    // Not from inside _write: fail() destroys the stream. The peer does not read, so no close handshake.
    process.nextTick(() => { this.fail('MQTT_ERR_SLOW_CONSUMER'); this.ws.terminate() })
  }

  override _read(): void {
    if (handOnHeld(this, this.checker, this.gate, this.onGateOpen)) return
    if (!this.ws.isPaused) return
    // Paused because the readable side was full: resume now, or when the gate opens.
    if (this.gate.open) this.ws.resume()
    else this.gate.wait(this.onGateOpen)
  }

  /**
   * aedes writes a packet as several small writes (mqtt-packet: header, length, topic, packet id,
   * payload). One without a callback, on an open stream holding nothing back, goes straight to this
   * turn's batch, as `_write` would put it there, without Node's Writable bookkeeping per chunk
   * (about a tenth of the hub's allocations per delivered message). Anything else (a callback, a write held
   * back over the send buffer limit, chunks Node still holds, an ending stream) takes the Writable
   * path, so order and backpressure are kept: a direct write over the limit returns false and
   * 'drain' follows once the socket's buffer is back under it.
   */
  override write(chunk: unknown, encoding?: BufferEncoding | ((error: Error | null | undefined) => void), cb?: (error: Error | null | undefined) => void): boolean {
    if (cb === undefined && typeof encoding !== 'function' && this.blockedWrite === null && this.writableLength === 0 &&
        !this.writableEnded && !this.destroyed && (Buffer.isBuffer(chunk) || typeof chunk === 'string')) {
      this.enqueue(typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : chunk)
      if (!this.overSendLimit()) return true
      this.drainOwed = true
      return false
    }
    // Checked on every write, not only in _write: while a write is held back (over the send buffer
    // limit) the next ones queue in this stream without reaching _write, and the hard limit must see them.
    const ok = super.write(chunk, encoding as BufferEncoding, cb)
    this.budget.check()
    return ok
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.enqueue(chunk)
    this.afterEnqueue(callback)
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    for (const { chunk } of chunks) this.enqueue(chunk)
    this.afterEnqueue(callback)
  }

  private enqueue(chunk: Buffer): void {
    this.pending.push(chunk)
    this.pendingBytes += chunk.length
    if (!this.flushScheduled) {
      this.flushScheduled = true
      // Not nextTick: aedes delivers each message from its own setImmediate callback, and Node runs
      // the nextTick queue after every one of them, so a nextTick flush sent one WebSocket message
      // (one writev) per delivery. setImmediate gathers a whole loop turn's deliveries into one.
      setImmediate(flushBridge, this)
    }
    this.budget.check()
  }

  /** This turn's batch and the socket's buffer together are over the send buffer limit: writes wait. */
  private overSendLimit(): boolean {
    return this.ws.bufferedAmount + this.pendingBytes > this.limits.sendBufferLimitBytes
  }

  private afterEnqueue(callback: (error?: Error | null) => void): void {
    if (this.overSendLimit()) {
      this.blockedWrite = callback
    } else {
      callback()
    }
  }

  /** @internal sends what this turn wrote as one WebSocket message (flushBridge) */
  flush(): void {
    this.flushScheduled = false
    if (this.pending.length === 0) return
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes)
    this.pending = []
    this.pendingBytes = 0
    if (this.ws.readyState !== this.ws.OPEN) return this.releaseBlockedWrite(new Error('websocket closed'))
    this.onMessageOut()
    this.ws.send(data, { binary: true }, this.sent ??= (err?: Error) => this.onSent(err))
  }

  private sent: ((err?: Error) => void) | null = null
  private onSent(err?: Error): void {
    this.budget.check()
    if (err) return this.releaseBlockedWrite(err)
    if (this.ws.bufferedAmount <= this.limits.sendBufferLimitBytes) {
      this.releaseBlockedWrite()
      if (this.drainOwed && !this.destroyed) { this.drainOwed = false; this.emit('drain') }
    }
  }

  private releaseBlockedWrite(err?: Error): void {
    const cb = this.blockedWrite
    if (!cb) return
    this.blockedWrite = null
    cb(err ?? null)
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush()
    if (this.ws.readyState === this.ws.OPEN) this.ws.close(1000)
    callback()
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    // What the broker wrote before closing (a refused CONNACK) still goes out before the close frame.
    if (!this.closedWith) this.flush()
    this.ws.off('message', onWsMessage)
    this.budget.stop()
    if (this.gateWaiter) this.gate.cancel(this.gateWaiter)
    this.releaseBlockedWrite(err ?? new Error('stream destroyed'))
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) {
      if (!this.closedWith) this.ws.close(1000)
    }
    callback(err)
  }
}

// mqtt-packet corks a stream around each packet when it can, and uncorks it on the next tick: a
// nextTick and a buffered entry per chunk for every packet. The bridge gathers a turn's writes
// itself (one WebSocket message per turn), so it offers no cork and mqtt-packet writes straight on.
Object.defineProperty(WebSocketBridge.prototype, 'cork', { value: undefined })

function noop(): void {}

const kBridge = Symbol('tether.mqtt-bridge')
type BridgedSocket = WebSocket & { [kBridge]?: WebSocketBridge }
function onWsMessage(this: BridgedSocket, data: RawData, isBinary: boolean): void { this[kBridge]?.onMessage(data, isBinary) }
function onWsClose(this: BridgedSocket): void { this[kBridge]?.onClose() }
function onWsError(this: BridgedSocket, err: Error): void { this[kBridge]?.destroy(err) }
function flushBridge(bridge: WebSocketBridge): void { bridge.flush() }
