#!/usr/bin/env node
/**
 * The telemetry baseline: batched line-protocol writes straight into influxd, as fast as it takes
 * them, with `writers` requests in flight. Same point shape as device telemetry (100 devices,
 * three float fields). Prints one JSON line.
 *   node bench/lib/influx-writer.mjs <url> <db> <seconds> <batch> <writers> <warmupSeconds>
 */
import http from 'node:http'

const [url, db, seconds, batch, writers, warmup] = process.argv.slice(2)
const batchSize = Number(batch)
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(writers) })
const target = new URL(`${url}/write?db=${db}&precision=ns`)
const start = Date.now()
const end = start + Number(seconds) * 1000
const windowStart = start + Number(warmup) * 1000
let ts = BigInt(Date.now()) * 1_000_000n
let points = 0, pointsInWindow = 0, errors = 0, requests = 0
const cpu0 = process.cpuUsage()

function body() {
  const lines = new Array(batchSize)
  for (let i = 0; i < batchSize; i++) {
    ts += 1000n
    lines[i] = `telemetry,device=dev-${i % 100} temperature=${(20 + (i % 7) * 0.3).toFixed(1)},humidity=${40 + (i % 11)},power=${100 + (i % 13)} ${ts}`
  }
  return lines.join('\n')
}

function post(data) {
  return new Promise(resolve => {
    const req = http.request(target, { method: 'POST', agent, headers: { 'content-type': 'text/plain' } }, res => {
      res.resume()
      res.on('end', () => resolve(res.statusCode === 204))
    })
    req.on('error', () => resolve(false))
    req.end(data)
  })
}

async function writer() {
  while (Date.now() < end) {
    const ok = await post(body())
    requests += 1
    if (!ok) { errors += 1; continue }
    points += batchSize
    if (Date.now() >= windowStart) pointsInWindow += batchSize
  }
}
await Promise.all(Array.from({ length: Number(writers) }, writer))
const cpu = process.cpuUsage(cpu0)
const wallMs = Date.now() - start
process.stdout.write(JSON.stringify({
  points, pointsInWindow, windowSeconds: (end - windowStart) / 1000, pointsPerSecond: pointsInWindow / ((end - windowStart) / 1000),
  requests, errors, writerCpuPercent: (100 * (cpu.user + cpu.system)) / (wallMs * 1000),
}) + '\n')
agent.destroy()
