import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface InfluxUsers {
  database: string
  adminUser: string
  adminPassword: string
  user: string
  userPassword: string
}

export interface AuthInfluxd {
  url: string
  pid: number
  /** InfluxQL as the given user; returns the parsed JSON body. */
  query(q: string, as: { user: string; password: string }): Promise<{ results: Array<{ series?: Array<{ columns: string[]; values: unknown[][] }>; error?: string }> }>
  stop(): Promise<void>
}

export function influxdAvailable(): boolean {
  return spawnSync('influxd', ['version'], { stdio: 'ignore' }).status === 0
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

/**
 * A real influxd 1.x on free loopback ports with authentication on, provisioned the way the
 * `influxdb:1.x` image's first-start init does from INFLUXDB_DB / _ADMIN_USER / _USER: an admin,
 * the database, and a user with ALL on that database only.
 */
export async function startInfluxdWithUsers(users: InfluxUsers): Promise<AuthInfluxd> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-influxd-'))
  const [httpPort, rpcPort] = [await freePort(), await freePort()]
  const conf = path.join(dir, 'influxdb.conf')
  writeFileSync(conf, [
    `reporting-disabled = true`,
    `bind-address = "127.0.0.1:${rpcPort}"`,
    `[meta]`, `  dir = "${dir}/meta"`,
    `[data]`, `  dir = "${dir}/data"`, `  wal-dir = "${dir}/wal"`, `  query-log-enabled = false`,
    `[http]`, `  bind-address = "127.0.0.1:${httpPort}"`, `  auth-enabled = true`, `  log-enabled = false`,
    `[monitor]`, `  store-enabled = false`,
  ].join('\n'))
  const child: ChildProcess = spawn('influxd', ['run', '-config', conf], { stdio: ['ignore', 'ignore', 'pipe'] })
  const logs: string[] = []
  child.stderr!.on('data', (b: Buffer) => { if (logs.length < 200) logs.push(b.toString()) })
  child.on('error', err => logs.push(String(err)))
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${httpPort}`

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }

  async function query(q: string, as?: { user: string; password: string }) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    if (as) headers.authorization = 'Basic ' + Buffer.from(`${as.user}:${as.password}`).toString('base64')
    const res = await fetch(`${url}/query?epoch=ms`, { method: 'POST', headers, body: new URLSearchParams({ q }) })
    const body = await res.json() as Awaited<ReturnType<AuthInfluxd['query']>> & { error?: string }
    if (!res.ok || body.error || body.results?.some(r => r.error)) {
      throw new Error(`influxd ${res.status} for ${q.split(' ').slice(0, 3).join(' ')}…: ${JSON.stringify(body)}`)
    }
    return body
  }

  try {
    const deadline = Date.now() + 15_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`influxd exited:\n${logs.join('')}`)
      const ok = await fetch(`${url}/ping`).then(r => r.status === 204, () => false)
      if (ok) break
      if (Date.now() > deadline) throw new Error(`influxd did not answer /ping:\n${logs.join('')}`)
      await new Promise(r => setTimeout(r, 100))
    }
    const q = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
    const id = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
    // With auth on and no users yet, only creating the first admin is allowed.
    await query(`CREATE USER ${id(users.adminUser)} WITH PASSWORD '${q(users.adminPassword)}' WITH ALL PRIVILEGES`)
    const admin = { user: users.adminUser, password: users.adminPassword }
    await query(`CREATE DATABASE ${id(users.database)}`, admin)
    await query(`CREATE USER ${id(users.user)} WITH PASSWORD '${q(users.userPassword)}'`, admin)
    await query(`GRANT ALL ON ${id(users.database)} TO ${id(users.user)}`, admin)
  } catch (err) {
    await stop()
    throw err
  }
  return { url, pid: child.pid!, query, stop }
}
