import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './support/compose-config.js'
import { clusterEnv, startClusterEngines, type ClusterEngines } from '../hub/test/support/cluster.js'
import { freePort, waitFor } from '../hub/test/support/free-port.js'

/** One request on a fresh connection, so Node's cluster module may hand it to any worker. */
function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, res => {
      let body = ''
      res.setEncoding('utf8').on('data', d => { body += d }).on('end', () => resolve(body))
    }).on('error', reject)
  })
}

/** `npm run cluster -- --nodes 2` (scripts/cluster.js): two hub workers on one port form one cluster. */
describe('scripts/cluster.js', () => {
  const haveHubBuild = existsSync(path.join(repoRoot, 'hub/dist/main.js'))
  const maybe = haveHubBuild || process.env.CI === 'true' ? it : it.skip
  let engines: ClusterEngines | undefined
  let child: ChildProcess | undefined
  let port = 0
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-cluster-script-'))
  const logs: string[] = []

  beforeAll(async () => {
    if (!haveHubBuild && process.env.CI !== 'true') return
    engines = await startClusterEngines()
    port = await freePort()
    child = spawn(process.execPath, [path.join(repoRoot, 'scripts/cluster.js'), '--nodes', '2'], {
      env: {
        PATH: process.env.PATH ?? '', ...clusterEnv(engines, 'local'), TETHER_PORT: String(port), TETHER_HOST: '127.0.0.1',
        TETHER_DATA_DIR: dataDir, TETHER_DASHBOARD_DIR: '', TETHER_ADMIN_PASSWORD: 'cluster-script-admin',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout!.on('data', (d: Buffer) => logs.push(d.toString()))
    child.stderr!.on('data', (d: Buffer) => logs.push(d.toString()))
  }, 60_000)

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise<number | null>(resolve => child!.once('exit', code => resolve(code)))
      process.kill(child.pid!, 'SIGTERM')
      expect(await exited).toBe(0)
    }
    await engines?.destroy()
    rmSync(dataDir, { recursive: true, force: true })
  }, 30_000)

  maybe('serves one port from two workers that each count two live nodes', async () => {
    const seen = new Set<string>()
    await waitFor(async () => {
      const metrics = await get(`http://127.0.0.1:${port}/metrics`)
      const m = /tether_cluster_nodes\{node="(local-\d)"\} 2/.exec(metrics)
      if (m) seen.add(m[1]!)
      return seen.size === 2
    }, 30_000, `both workers answering on port ${port}; logs: ${logs.join('').slice(-1500)}`)
    expect([...seen].sort()).toEqual(['local-1', 'local-2'])
  }, 45_000)
})
