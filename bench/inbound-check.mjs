#!/usr/bin/env node
/**
 * `npm run build -w hub && node bench/inbound-check.mjs`: the CPU cost of the inbound checks
 * every MQTT packet passes before aedes (packet framer + validator), next to the size guard alone
 * that they replaced. One core, no I/O: an upper bound on what the checks can cost the broker.
 */
import { InboundChecker } from '../hub/dist/protocols/mqtt/inbound-checker.js'
import { PacketSizeGuard } from '../hub/dist/protocols/mqtt/packet-size-guard.js'

const topic = Buffer.from('devices/sensor-0001/telemetry')
const payload = Buffer.from(JSON.stringify({ temp: 21.5, hum: 40, ok: true, ts: 1764633600000 }))
const body = Buffer.concat([Buffer.from([topic.length >> 8, topic.length & 0xff]), topic, Buffer.from([0, 1]), payload])
const publish = Buffer.concat([Buffer.from([0x32, body.length]), body])
const connect = Buffer.from('101000044d5154540402003c000474657374', 'hex')
const N = 1_000_000

for (const [name, make, feed] of [
  ['size guard only', () => new PacketSizeGuard(262144), (g, c) => g.feed(c)],
  ['framer + validator', () => new InboundChecker(262144), (g, c) => g.check(c)],
]) {
  for (const perMessage of [1, 20]) {
    const g = make()
    feed(g, connect)
    const chunk = Buffer.concat(Array(perMessage).fill(publish))
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < N / perMessage; i++) feed(g, chunk)
    const ms = Number(process.hrtime.bigint() - t0) / 1e6
    console.log(`${name}, ${perMessage} packet(s) per message: ${(N / ms / 1000).toFixed(2)} M packets/s (${publish.length}-byte QoS 1 PUBLISH)`)
  }
}
