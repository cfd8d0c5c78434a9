import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import net from 'node:net'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { adminToken } from '../support/identity.js'
import { sweepMs } from '../../src/http/deadlines.js'

/**
 * Slow clients against the HTTP deadlines. Small deadlines keep the test fast; the documented
 * bound is deadline + the sweep interval (http/deadlines.ts), plus 1 s of scheduling slack.
 */
const deadlines = { httpHeadersTimeoutMs: 1000, httpRequestTimeoutMs: 2000, httpKeepAliveTimeoutMs: 1000 }
const sweep = sweepMs({ headersTimeoutMs: 1000, requestTimeoutMs: 2000, keepAliveTimeoutMs: 1000 })
let t: TestHub
beforeAll(async () => { t = await startTestHub({ ...deadlines, httpMaxConnectionsPerAddress: 4 }, { persistMqtt: false }) })
afterAll(async () => { await t.stop() })

interface Closed { elapsedMs: number; response: string }

/** Opens a raw socket, sends `head`, then one byte of `drip` per interval until the hub closes it. */
function slowClient(head: string, drip: string, intervalMs: number): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const socket = net.connect(t.port, '127.0.0.1')
    let response = ''
    let i = 0
    const timer = setInterval(() => { if (i < drip.length && socket.writable) socket.write(drip[i++]!) }, intervalMs)
    const guard = setTimeout(() => { socket.destroy(); reject(new Error('still open after 15 s')) }, 15_000)
    socket.on('data', d => { response += d.toString('latin1') })
    socket.on('error', () => {})
    socket.on('close', () => { clearInterval(timer); clearTimeout(guard); resolve({ elapsedMs: Date.now() - started, response }) })
    socket.write(head)
  })
}

const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)

describe('HTTP deadlines', () => {
  it('closes a client sending its headers one byte per second (slowloris) within headersTimeout + sweep', async () => {
    const closed = await slowClient('GET /healthz HTTP/1.1\r\nHost: hub\r\n', 'X-Slow: ' + 'a'.repeat(100), 1000)
    expect(statusOf(closed.response)).toBe(408)
    expect(closed.elapsedMs).toBeLessThan(deadlines.httpHeadersTimeoutMs + sweep + 1000)
  })

  it('closes a client sending a declared body one byte per second within requestTimeout + sweep', async () => {
    const body = JSON.stringify({ username: 'admin', password: 'x'.repeat(200) })
    const closed = await slowClient(`POST /api/auth/login HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body, 1000)
    expect(statusOf(closed.response)).toBe(408)
    expect(closed.elapsedMs).toBeLessThan(deadlines.httpRequestTimeoutMs + sweep + 1000)
  })

  it('answers 413 to a declared body over the limit before reading it, and closes', async () => {
    // Only the headers are sent: the answer must not wait for the 10 MB.
    const closed = await slowClient('POST /api/auth/login HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n', '', 1000)
    expect(statusOf(closed.response)).toBe(413)
    expect(closed.response).toMatch(/"code":"HUB_ERR_VALIDATION","message":"Request body too large\."/)
    expect(closed.elapsedMs).toBeLessThan(deadlines.httpRequestTimeoutMs)
  })

  it('closes an idle keep-alive connection after keepAliveTimeout', async () => {
    const closed = await slowClient('GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n', '', 1000)
    expect(statusOf(closed.response)).toBe(200)
    expect(closed.elapsedMs).toBeGreaterThanOrEqual(deadlines.httpKeepAliveTimeoutMs - 100)
    expect(closed.elapsedMs).toBeLessThan(deadlines.httpKeepAliveTimeoutMs + 2000)
  })

  it('caps unauthenticated connections per address (429 and close); an authenticated one stops counting', async () => {
    const open = async () => {
      const s = net.connect(t.port, '127.0.0.1')
      s.on('error', () => {})
      await new Promise<void>(r => s.once('connect', () => r()))
      return s
    }
    const firstData = (s: net.Socket) => new Promise<string>(r => s.once('data', d => r(d.toString('latin1'))))
    const held = [await open(), await open(), await open()]
    // The fourth authenticates on its connection: it leaves the count.
    const authed = await open()
    const token = await adminToken(t)
    const answer = firstData(authed)
    authed.write(`GET /api/auth/me HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${token}\r\n\r\n`)
    expect(statusOf(await answer)).toBe(200)
    const fifth = await open()
    const sixth = await open()
    const refused = await firstData(sixth)
    expect(statusOf(refused)).toBe(429)
    expect(refused).toMatch(/Retry-After: 1/)
    await new Promise<void>(r => sixth.once('close', () => r()))
    for (const s of [...held, authed, fifth]) s.destroy()
  })
})
