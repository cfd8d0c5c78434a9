import net from 'node:net'
import { randomBytes } from 'node:crypto'

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
}

/**
 * Sends a hand-written upgrade request over a plain TCP socket and returns what came back
 * before the socket closed (or the 101 head). No WebSocket library involved.
 */
export function rawUpgrade(port: number, opts: { path?: string; protocol?: string | string[]; origin?: string; extraHeaders?: string[] } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const lines = [
      `GET ${opts.path ?? '/ws'} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
    ]
    const protocols = opts.protocol === undefined ? [] : Array.isArray(opts.protocol) ? opts.protocol : [opts.protocol]
    for (const p of protocols) lines.push(`Sec-WebSocket-Protocol: ${p}`)
    if (opts.origin) lines.push(`Origin: ${opts.origin}`)
    lines.push(...(opts.extraHeaders ?? []))
    socket.write(lines.join('\r\n') + '\r\n\r\n')
    let buf = ''
    const finish = () => {
      const [head = '', ...rest] = buf.split('\r\n\r\n')
      const [statusLine = '', ...headerLines] = head.split('\r\n')
      const headers: Record<string, string> = {}
      for (const h of headerLines) {
        const i = h.indexOf(':')
        if (i > 0) headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim()
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') })
    }
    socket.on('data', chunk => {
      buf += chunk.toString('latin1')
      if (buf.startsWith('HTTP/1.1 101') && buf.includes('\r\n\r\n')) { socket.destroy(); finish() }
    })
    socket.on('end', finish)
    socket.on('close', () => { if (!buf) reject(new Error('closed without a response')) })
    socket.on('error', reject)
    setTimeout(() => { socket.destroy(); finish() }, 3000).unref()
  })
}
