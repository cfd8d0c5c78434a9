import { describe, it, expect, afterEach } from '@jest/globals'
import net from 'node:net'
import { postLines } from './http-write.js'
import { StoreWriteError } from '../store.js'

let server: net.Server | null = null
afterEach(async () => { await new Promise(r => server ? server.close(r) : r(undefined)); server = null })

/** A raw TCP server answering every request with `response` bytes (what a store might send). */
async function answer(response: string | Buffer): Promise<string> {
  server = net.createServer(sock => {
    sock.on('error', () => undefined)
    sock.once('data', () => { sock.end(response) })
  })
  await new Promise<void>(r => server!.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/write`
}

async function outcome(url: string): Promise<{ kind: string; message: string } | 'ok'> {
  try { await postLines(url, 'm f=1 1', {}, 2000); return 'ok' } catch (err) {
    expect(err).toBeInstanceOf(StoreWriteError)
    return { kind: (err as StoreWriteError).kind, message: (err as StoreWriteError).message }
  }
}

const http = (status: string, headers: string[] = [], body = '') =>
  `HTTP/1.1 ${status}\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`

describe('postLines', () => {
  it.each([
    ['204', http('204 No Content'), 'ok'],
    ['400 with a NUL echoed in X-Influxdb-Error', http('400 Bad Request', ['X-Influxdb-Error: unable to parse \'m f="a\u0000b"\''], '{"error":"unable to parse"}'), 'reject'],
    ['400 partial write', http('400 Bad Request', [], '{"error":"partial write: field type conflict dropped=1"}'), 'reject'],
    ['413 too large', http('413 Request Entity Too Large'), 'reject'],
    ['422 unprocessable', http('422 Unprocessable Entity'), 'reject'],
    ['a response no parser can read', 'HTTP/1.1 2x4 \u0000\r\n\r\n', 'reject'],
    ['500', http('500 Internal Server Error'), 'retry'],
    ['503', http('503 Service Unavailable'), 'retry'],
    ['429', http('429 Too Many Requests'), 'retry'],
    ['401 (credentials are configuration, not the points)', http('401 Unauthorized'), 'retry'],
    ['404 database not found', http('404 Not Found', [], '{"error":"database not found: \\"x\\""}'), 'retry'],
  ])('classifies %s', async (_name, response, expected) => {
    const result = await outcome(await answer(response))
    expect(result === 'ok' ? 'ok' : result.kind).toBe(expected)
    if (result !== 'ok') expect(result.message).not.toMatch(/[\u0000-\u001f]/)
  })

  it('retries a connection refused and a reset', async () => {
    const url = await answer('')
    await new Promise(r => server!.close(r)); server = null
    expect(await outcome(url)).toMatchObject({ kind: 'retry' })
    server = net.createServer(sock => { sock.on('error', () => undefined); sock.once('data', () => sock.resetAndDestroy()) })
    await new Promise<void>(r => server!.listen(0, '127.0.0.1', r))
    expect(await outcome(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}/write`)).toMatchObject({ kind: 'retry' })
  })
})
