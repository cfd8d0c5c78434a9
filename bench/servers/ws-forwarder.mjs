#!/usr/bin/env node
/**
 * The upper bound for one Node process: `ws` receiving MQTT packets and forwarding each
 * PUBLISH message unchanged to every subscriber, with just enough MQTT to satisfy a client
 * (CONNACK, SUBACK, PUBACK, PINGRESP). No topic matching, no sessions, no broker.
 * Assumes one MQTT packet per WebSocket message, which the load generator guarantees.
 *   node bench/servers/ws-forwarder.mjs <port>
 */
import http from 'node:http'
import { WebSocketServer } from 'ws'

const port = Number(process.argv[2] ?? 0)
const server = http.createServer((_req, res) => { res.writeHead(404); res.end() })
const wss = new WebSocketServer({
  server, path: '/ws', perMessageDeflate: false,
  handleProtocols: offered => (offered.has('mqtt') ? 'mqtt' : false),
})
const subscribers = new Set()
const CONNACK = Buffer.from([0x20, 0x02, 0x00, 0x00])
const PINGRESP = Buffer.from([0xd0, 0x00])

wss.on('connection', ws => {
  ws.on('error', () => {})
  ws.on('close', () => subscribers.delete(ws))
  ws.on('message', function onMessage(data) {
    const type = data[0] >> 4
    if (type === 3) {
      for (const s of subscribers) s.send(data, { binary: true })
      if (data[0] & 0x06) {
        // QoS 1: PUBACK with the packet id after the topic.
        let i = 1
        while (data[i] & 0x80) i++
        const topicLen = data.readUInt16BE(i + 1)
        const id = data.readUInt16BE(i + 3 + topicLen)
        ws.send(Buffer.from([0x40, 0x02, id >> 8, id & 0xff]), { binary: true })
      }
    } else if (type === 1) {
      ws.send(CONNACK, { binary: true })
    } else if (type === 8) {
      let i = 1
      while (data[i] & 0x80) i++
      const id = data.readUInt16BE(i + 1)
      subscribers.add(ws)
      ws.send(Buffer.from([0x90, 0x03, id >> 8, id & 0xff, data[data.length - 1] & 0x01]), { binary: true })
    } else if (type === 12) {
      ws.send(PINGRESP, { binary: true })
    } else if (type === 14) {
      ws.close()
    }
  })
})
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.address().port}`))
process.on('SIGTERM', () => process.exit(0))
