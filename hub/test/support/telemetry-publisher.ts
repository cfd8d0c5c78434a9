import type { IClientOptions, MqttClient } from 'mqtt'
import { connectMqtt, endMqtt } from './mqtt-client.js'

/**
 * Simulated devices publishing `{seq, ts}` at a steady rate over MQTT-over-WebSocket with QoS 1.
 * Only PUBACKed publishes count as sent: those the hub took responsibility for.
 */
export class SteadyPublishers {
  readonly sent = new Map<string, Array<{ seq: number; ts: number }>>()
  private clients: MqttClient[] = []
  private timer: NodeJS.Timeout | null = null
  private inflight = new Set<Promise<unknown>>()
  private lastTs = 0
  private seq = 0

  constructor(readonly ids: string[], readonly intervalMs: number) {
    for (const id of ids) this.sent.set(id, [])
  }

  /** `credentials(id)`: the device's MQTT options (identity: client id = username = id, password = token). */
  async connect(wsUrl: string, credentials: (id: string) => IClientOptions): Promise<void> {
    this.clients = await Promise.all(this.ids.map(id => connectMqtt(wsUrl, { protocolVersion: 4, ...credentials(id) })))
    for (const c of this.clients) c.on('error', () => {})
  }

  start(): void {
    this.timer = setInterval(() => {
      this.clients.forEach((c, i) => {
        const id = this.ids[i]!
        const ts = this.lastTs = Math.max(Date.now(), this.lastTs + 1)
        const seq = ++this.seq
        const p = c.publishAsync(`devices/${id}/telemetry`, JSON.stringify({ seq, ts }), { qos: 1 })
          .then(() => { this.sent.get(id)!.push({ seq, ts }) }, () => undefined)
        this.inflight.add(p)
        void p.finally(() => this.inflight.delete(p))
      })
    }, this.intervalMs)
  }

  /** Stops publishing and waits for outstanding PUBACKs. */
  async pause(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await Promise.all([...this.inflight])
  }

  async disconnect(): Promise<void> {
    await this.pause()
    await Promise.all(this.clients.map(c => endMqtt(c, true).catch(() => undefined)))
    this.clients = []
  }

  get total(): number { return [...this.sent.values()].reduce((n, a) => n + a.length, 0) }
}
