import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort, waitFor } from './free-port.js'

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'

/** True when redis-server runs here. Under CI=true a test must fail rather than skip without it. */
export function redisAvailable(): boolean {
  return spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status === 0
}

export interface RedisServer {
  url: string
  port: number
  /** Its data directory (with `appendonly`, what a restart on it reads back). */
  dir: string
  pid(): number | undefined
  /** Stops by PID and keeps the directory (an outage; start again with `{ port, dir }`). */
  stop(): Promise<void>
  /** Stops by PID (SIGTERM, SIGKILL after 5 s) and removes the temporary directory. */
  destroy(): Promise<void>
}

/**
 * A real redis-server on a free loopback port (or `port`), in a temporary directory (or `dir`);
 * no persistence unless `appendonly` (then a restart on the same dir has the data back).
 */
export async function startRedis(opts: { port?: number; dir?: string; appendonly?: boolean } = {}): Promise<RedisServer> {
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'tether-redis-'))
  const port = opts.port ?? await freePort()
  const logs: string[] = []
  const child: ChildProcess = spawn(REDIS_SERVER, [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', opts.appendonly ? 'yes' : 'no',
    '--protected-mode', 'no', '--loglevel', 'warning',
  ], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.on('error', err => logs.push(String(err)))
  child.stdout!.on('data', (d: Buffer) => logs.push(d.toString()))
  child.stderr!.on('data', (d: Buffer) => logs.push(d.toString()))
  try {
    await waitFor(() => ping(port), 10_000, `redis-server on port ${port}`)
  } catch (err) {
    child.kill('SIGKILL')
    throw new Error(`${(err as Error).message}\n${logs.join('').slice(-2000)}`)
  }
  async function stop(): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
    process.kill(child.pid!, 'SIGTERM')
    const timer = setTimeout(() => { if (child.exitCode === null) process.kill(child.pid!, 'SIGKILL') }, 5000)
    await exited
    clearTimeout(timer)
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    pid: () => child.pid,
    stop,
    async destroy() {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1')
    socket.on('error', () => resolve(false))
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', d => { socket.destroy(); resolve(d.toString().startsWith('+PONG')) })
  })
}
