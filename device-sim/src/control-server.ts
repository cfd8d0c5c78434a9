import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Log } from './log.js'
import { parseFault } from './runtime/faults.js'
import { UnknownDeviceError, type Fleet } from './runtime/fleet.js'

/**
 * The control interface the demo (or a person with curl) drives: HTTP + JSON on 127.0.0.1 only.
 *   GET    /devices                    → {devices: [snapshot]}
 *   POST   /faults {device?, mode, durationMs?, delayMs?, rate?} → 202 {devices: [id], fault}
 *   DELETE /faults[?device=id]         → {devices: [id]}
 * Errors: {error: {code, message}} with 400 / 404 / 405 / 413.
 */
const MAX_BODY = 16 * 1024

export interface ControlServer { port: number; close(): Promise<void> }

export async function startControlServer(fleet: Fleet, port: number, log: Log): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    handle(fleet, req, res).catch(err => {
      log('error', 'control request failed', { err: (err as Error).message })
      send(res, 500, { error: { code: 'SIM_ERR_INTERNAL', message: 'internal error' } })
    })
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: this interface has no authentication.
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve() })
  })
  server.on('error', err => log('error', 'control server error', { err: err.message }))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise(resolve => { server.close(() => resolve()); server.closeAllConnections() }),
  }
}

async function handle(fleet: Fleet, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/devices') {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET')
    return send(res, 200, { devices: fleet.list() })
  }
  if (url.pathname !== '/faults') return send(res, 404, { error: { code: 'SIM_ERR_NOT_FOUND', message: 'routes: GET /devices, POST /faults, DELETE /faults' } })
  if (req.method === 'DELETE') {
    return withDevice(res, () => send(res, 200, { devices: fleet.clearFaults(url.searchParams.get('device') ?? undefined) }))
  }
  if (req.method !== 'POST') return methodNotAllowed(res, 'POST, DELETE')
  const body = await readJson(req)
  if ('error' in body) return send(res, body.status, { error: { code: body.status === 413 ? 'SIM_ERR_TOO_LARGE' : 'SIM_ERR_VALIDATION', message: body.error } })
  const input = body.value as Record<string, unknown> | null
  const device = input && typeof input === 'object' ? input.device : undefined
  if (device !== undefined && typeof device !== 'string') return send(res, 400, { error: { code: 'SIM_ERR_VALIDATION', message: 'device must be a device id string (omit it for the whole fleet)' } })
  const { device: _omit, ...rest } = (input ?? {}) as Record<string, unknown>
  const parsed = parseFault(Array.isArray(input) ? input : rest)
  if (!parsed.ok) return send(res, 400, { error: { code: 'SIM_ERR_VALIDATION', message: parsed.error } })
  return withDevice(res, () => send(res, 202, { devices: fleet.injectFault(parsed.spec, device), fault: parsed.spec }))
}

function withDevice(res: http.ServerResponse, fn: () => void): void {
  try { fn() } catch (err) {
    if (err instanceof UnknownDeviceError) return send(res, 404, { error: { code: 'SIM_ERR_UNKNOWN_DEVICE', message: err.message } })
    throw err
  }
}

function methodNotAllowed(res: http.ServerResponse, allow: string): void {
  res.setHeader('allow', allow)
  send(res, 405, { error: { code: 'SIM_ERR_METHOD', message: `use ${allow}` } })
}

function readJson(req: http.IncomingMessage): Promise<{ value: unknown } | { error: string; status: number }> {
  return new Promise(resolve => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY) chunks.push(c)
      // Read (and drop) a modest overrun so the client gets its 413; cut off anything absurd.
      else if (size > 64 * MAX_BODY) req.destroy()
    })
    req.on('error', () => resolve({ error: 'request aborted', status: 400 }))
    req.on('end', () => {
      if (size > MAX_BODY) return resolve({ error: `body over ${MAX_BODY} bytes`, status: 413 })
      try { resolve({ value: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }) } catch { resolve({ error: 'body is not valid JSON', status: 400 }) }
    })
  })
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
