import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort, waitFor } from './free-port.js'

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'

/** True when PostgreSQL's initdb runs here. Under CI=true a test must fail rather than skip without it. */
export function postgresAvailable(): boolean {
  return spawnSync(path.join(PG_BIN, 'initdb'), ['--version'], { stdio: 'ignore' }).status === 0
}

export interface PostgresServer {
  /** postgresql://tether@127.0.0.1:port/tether (trust authentication on loopback). */
  url: string
  port: number
  /** A fresh database on this server; returns its URL. */
  createDatabase(name: string): Promise<string>
  /** The postmaster's PID (from postmaster.pid). */
  pid(): number | undefined
  /** Fast shutdown by PID (SIGINT, SIGKILL after 10 s) and removes the temporary directory. */
  destroy(): Promise<void>
}

/**
 * A real PostgreSQL (Debian package `postgresql`) in a temporary directory on a free loopback
 * port. initdb refuses to run as root, so as root the cluster belongs to the `postgres` user and
 * both programs run through `runuser`; the server is stopped by the PID in postmaster.pid.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const root = process.getuid?.() === 0
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-pg-'))
  const data = path.join(dir, 'data')
  if (root) {
    const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim())
    const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim())
    chownSync(dir, uid, gid)
  }
  const as = (bin: string, args: string[]): [string, string[]] =>
    root ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args]] : [path.join(PG_BIN, bin), args]
  const [initCmd, initArgs] = as('initdb', ['-D', data, '-U', 'tether', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C'])
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' })
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`)
  const port = await freePort()
  const [cmd, args] = as('postgres', ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', dir,
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=100'])
  const logs: string[] = []
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  child.on('error', err => logs.push(String(err)))
  child.stderr!.on('data', (d: Buffer) => { logs.push(d.toString()); if (logs.length > 200) logs.shift() })
  const url = `postgresql://tether@127.0.0.1:${port}/postgres`
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: url })
    client.on('error', () => {})
    await client.connect()
    try { await client.query(sql) } finally { await client.end() }
  }
  const postmasterPid = (): number | undefined => {
    const file = path.join(data, 'postmaster.pid')
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined
  }
  try {
    await waitFor(async () => { await query('SELECT 1'); return true }, 20_000, `postgres on port ${port}`)
    await query('CREATE DATABASE tether')
  } catch (err) {
    const pid = postmasterPid()
    if (pid) process.kill(pid, 'SIGKILL')
    throw new Error(`${(err as Error).message}\n${logs.join('').slice(-2000)}`)
  }
  return {
    url: `postgresql://tether@127.0.0.1:${port}/tether`,
    port,
    async createDatabase(name) {
      await query(`CREATE DATABASE ${name}`)
      return `postgresql://tether@127.0.0.1:${port}/${name}`
    },
    pid: postmasterPid,
    async destroy() {
      const pid = postmasterPid()
      if (pid && child.exitCode === null) {
        const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
        process.kill(pid, 'SIGINT') // fast shutdown
        const timer = setTimeout(() => { try { process.kill(pid, 'SIGKILL') } catch { /* gone */ } }, 10_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
