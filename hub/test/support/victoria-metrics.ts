import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, waitFor } from './free-port.js'

export interface VictoriaMetrics {
  url: string
  /** Exported samples (JSON lines of /api/v1/export) for a series selector. */
  exportSeries(match: string): Promise<Array<{ metric: Record<string, string>; values: number[]; timestamps: number[] }>>
  destroy(): Promise<void>
}

export const VICTORIA = process.env.VICTORIA_METRICS_BIN ?? 'victoria-metrics'

export function victoriaAvailable(): boolean {
  const r = spawnSync(VICTORIA, ['-version'], { stdio: 'ignore' })
  return r.error === undefined
}

/**
 * A real VictoriaMetrics (Debian package `victoria-metrics`) on a free loopback port with a temp
 * data dir. It accepts InfluxDB line protocol on /api/v2/write (metric name `{measurement}_{field}`,
 * tags as labels) and serves what it stored on /api/v1/export.
 */
export async function startVictoriaMetrics(): Promise<VictoriaMetrics> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-vm-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const logs: string[] = []
  const child: ChildProcess = spawn(VICTORIA, [
    `-storageDataPath=${dir}`, `-httpListenAddr=127.0.0.1:${port}`, '-retentionPeriod=100y',
    '-loggerLevel=ERROR', '-search.latencyOffset=0s', '-search.disableCache',
  ], { stdio: ['ignore', 'ignore', 'pipe'] })
  child.on('error', err => logs.push(String(err)))
  child.stderr!.on('data', (d: Buffer) => { logs.push(d.toString()); if (logs.length > 200) logs.shift() })
  try {
    await waitFor(async () => (await fetch(`${url}/health`)).status === 200, 20_000, `victoria-metrics on ${url}`)
  } catch (err) {
    child.kill('SIGKILL')
    throw new Error(`${(err as Error).message}\n${logs.join('').slice(-2000)}`)
  }
  return {
    url,
    async exportSeries(match) {
      await fetch(`${url}/internal/force_flush`).catch(() => undefined)
      const res = await fetch(`${url}/api/v1/export?match[]=${encodeURIComponent(match)}`)
      const text = await res.text()
      return text.split('\n').filter(Boolean).map(l => JSON.parse(l))
    },
    async destroy() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>(r => child.once('exit', () => r()))
        process.kill(child.pid!, 'SIGTERM')
        const t = setTimeout(() => { if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL') }, 5000)
        await exited
        clearTimeout(t)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
