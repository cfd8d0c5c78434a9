#!/usr/bin/env node
/**
 * The floor of our own stack: a bare aedes 1.x (in-memory, no auth, no ACL) behind `ws` with
 * `createWebSocketStream`, the way aedes' docs wire WebSockets. Prints `listening <port>`.
 *   node bench/servers/aedes-ws.mjs <port>
 */
import http from 'node:http'
import { Aedes } from 'aedes'
import { WebSocketServer, createWebSocketStream } from 'ws'

const port = Number(process.argv[2] ?? 0)
const broker = await Aedes.createBroker()
const server = http.createServer((_req, res) => { res.writeHead(404); res.end() })
const wss = new WebSocketServer({
  server, path: '/ws', perMessageDeflate: false,
  handleProtocols: offered => (offered.has('mqtt') ? 'mqtt' : false),
})
wss.on('connection', ws => {
  const stream = createWebSocketStream(ws)
  stream.on('error', () => {})
  broker.handle(stream)
})
broker.on('clientError', () => {})
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.address().port}`))
process.on('SIGTERM', () => { broker.close(() => process.exit(0)); setTimeout(() => process.exit(0), 1000).unref() })
