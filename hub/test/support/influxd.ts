import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, waitFor } from './free-port.js'

export interface Influxd {
  url: string
  port: number
  dir: string
  pid(): number | undefined
  /** Stops the process (SIGTERM by PID, SIGKILL after 5 s); data stays for start(). */
  stop(): Promise<void>
  /** Starts it again on the same ports and data. */
  start(): Promise<void>
  /** Stops and removes the temporary directory. */
  destroy(): Promise<void>
  /** Runs InfluxQL against a database; returns the raw JSON. */
  query(db: string, q: string): Promise<any>
}

export const INFLUXD = process.env.INFLUXD_BIN ?? 'influxd'

/** True when the binary runs here. Under CI=true a test must fail rather than skip without it. */
export function influxdAvailable(): boolean {
  return spawnSync(INFLUXD, ['version'], { stdio: 'ignore' }).status === 0
}

/**
 * A real InfluxDB 1.x (Debian package `influxdb`) in a temporary directory, with a generated
 * config on free loopback ports (http, rpc bind address, no UDP/graphite), started with
 * `influxd -config` and ready once /ping answers 204. Reusable by any test (compose, bench).
 * `authEnabled`: HTTP authentication on, as in the compose demo (the first query must create an admin).
 */
export async function startInfluxd(opts: { authEnabled?: boolean } = {}): Promise<Influxd> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-influxd-'))
  const port = await freePort()
  const rpcPort = await freePort()
  const config = `
reporting-disabled = true
bind-address = "127.0.0.1:${rpcPort}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
  cache-snapshot-write-cold-duration = "10s"
[coordinator]
[retention]
  enabled = false
[shard-precreation]
  enabled = false
[monitor]
  store-enabled = false
[http]
  enabled = true
  bind-address = "127.0.0.1:${port}"
  auth-enabled = ${opts.authEnabled === true}
  log-enabled = false
  write-tracing = false
  flux-enabled = false
[logging]
  level = "warn"
[subscriber]
  enabled = false
[[graphite]]
  enabled = false
[[collectd]]
  enabled = false
[[opentsdb]]
  enabled = false
[[udp]]
  enabled = false
[continuous_queries]
  enabled = false
`
  const configFile = path.join(dir, 'influxdb.conf')
  writeFileSync(configFile, config)
  const url = `http://127.0.0.1:${port}`
  let child: ChildProcess | null = null
  const logs: string[] = []

  async function start(): Promise<void> {
    const proc = spawn(INFLUXD, ['-config', configFile], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INFLUXDB_DATA_QUERY_LOG_ENABLED: 'false' } })
    proc.on('error', err => logs.push(String(err)))
    proc.stderr!.on('data', (d: Buffer) => { logs.push(d.toString()); if (logs.length > 200) logs.shift() })
    child = proc
    try {
      await waitFor(async () => (await fetch(`${url}/ping`)).status === 204, 20_000, `influxd /ping on ${url}`)
    } catch (err) {
      proc.kill('SIGKILL')
      throw new Error(`${(err as Error).message}\n${logs.join('').slice(-2000)}`)
    }
  }

  async function stop(): Promise<void> {
    const proc = child
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
    const exited = new Promise<void>(resolve => proc.once('exit', () => resolve()))
    process.kill(proc.pid!, 'SIGTERM')
    const timer = setTimeout(() => { if (proc.exitCode === null) process.kill(proc.pid!, 'SIGKILL') }, 5000)
    await exited
    clearTimeout(timer)
    child = null
  }

  await start()
  return {
    url, port, dir,
    pid: () => child?.pid,
    stop, start,
    async destroy() { await stop(); rmSync(dir, { recursive: true, force: true }) },
    async query(db, q) {
      const res = await fetch(`${url}/query?db=${encodeURIComponent(db)}&epoch=ms&q=${encodeURIComponent(q)}`)
      return res.json()
    },
  }
}
