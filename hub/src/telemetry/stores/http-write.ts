import http from 'node:http'
import https from 'node:https'
import { classifyStatus, StoreWriteError } from '../store.js'

const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 4 }), https: new https.Agent({ keepAlive: true, maxSockets: 4 }) }

/**
 * POSTs line protocol and maps the outcome onto StoreWriteError (used by the 1.x and 2.x stores).
 * node:http rather than fetch: InfluxDB 1.x echoes a refused line in the `X-Influxdb-Error` header,
 * and a control character in it makes a strict HTTP parser throw (undici: HPE_INVALID_HEADER_TOKEN),
 * which would look like a network error and be retried forever. With the lenient parser the status
 * and body are read; a response that still cannot be parsed is a refusal of this batch, since the
 * server answered. The error text is kept short and printable (it names a line, never the batch).
 */
export function postLines(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  const u = new URL(url)
  const lib = u.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = lib.request(u, {
      method: 'POST',
      agent: u.protocol === 'https:' ? agents.https : agents.http,
      insecureHTTPParser: true,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers },
    }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => { if (chunks.length < 16) chunks.push(c) })
      res.on('error', onError)
      res.on('end', () => {
        const status = res.statusCode ?? 0
        if (status >= 200 && status < 300) return resolve()
        const text = printable(Buffer.concat(chunks).toString('utf8'))
        reject(new StoreWriteError(classifyStatus(status), `write answered ${status}: ${text}`, status))
      })
    })
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })))
    function onError(err: NodeJS.ErrnoException): void {
      if (typeof err.code === 'string' && err.code.startsWith('HPE_')) {
        reject(new StoreWriteError('reject', `write answered with an unparsable response (${err.code})`))
      } else {
        reject(new StoreWriteError('retry', `write failed: ${err.code ?? err.message}`))
      }
    }
    req.on('error', onError)
    req.end(body)
  })
}

/** At most 300 characters, control characters escaped (for logs and the rejected file). */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.slice(0, 300).replace(/[\u0000-\u001f\u007f]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function describeFetchError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError') return 'timed out'
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err)
}
