/** Starts a throwaway influxd 1.x on 127.0.0.1 with a temp directory; stops it by PID. */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pinned } from './util.mjs'

export async function startInfluxd({ port, cpus }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'influxd-bench-'))
  const conf = path.join(dir, 'influxdb.conf')
  writeFileSync(conf, `reporting-disabled = true
bind-address = "127.0.0.1:${port + 1}"
[meta]
  dir = "${dir}/meta"
[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:${port}"
  log-enabled = false
[monitor]
  store-enabled = false
[continuous_queries]
  enabled = false
`)
  const [cmd, args] = pinned(cpus, 'influxd', ['-config', conf])
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let logs = ''
  child.stderr.on('data', d => { if (logs.length < 20000) logs += d })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`influxd exited ${child.exitCode}: ${logs.slice(-500)}`)
    try { if ((await fetch(`${url}/ping`)).status === 204) break } catch {}
    if (Date.now() > deadline) throw new Error('influxd did not answer /ping in 20 s')
    await new Promise(r => setTimeout(r, 100))
  }
  const version = (await fetch(`${url}/ping`)).headers.get('x-influxdb-version') ?? 'unknown'
  return {
    pid: child.pid, url, version,
    async query(q) {
      const res = await fetch(`${url}/query?q=${encodeURIComponent(q)}`, { method: 'POST' })
      if (!res.ok) throw new Error(`influx query failed: ${res.status} ${await res.text()}`)
      return res.json()
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r))
        child.kill('SIGTERM')
        const t = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(t)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
