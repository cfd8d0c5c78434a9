import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const hubMain = path.join(repoRoot, 'hub/dist/main.js')

export interface HubProcess {
  child: ChildProcess
  port: number
  logs: string[]
  /** Sends a signal and resolves with the exit code. */
  kill(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * Runs the built hub (`node hub/dist/main.js`, what `npm start` runs) as a child process and
 * waits for its "hub listening" log line. Every stdout/stderr line is kept for assertions.
 */
export function spawnHub(env: Record<string, string>, timeoutMs = 15_000): Promise<HubProcess> {
  const child = spawn(process.execPath, [hubMain], {
    env: { PATH: process.env.PATH ?? '', TETHER_PORT: '0', TETHER_HOST: '127.0.0.1', TETHER_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: string[] = []
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  createInterface({ input: child.stderr! }).on('line', line => logs.push(line))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`hub did not start:\n${logs.join('\n')}`)) }, timeoutMs)
    const onEarlyExit = (code: number | null) => { clearTimeout(timer); reject(new Error(`hub exited with ${code}:\n${logs.join('\n')}`)) }
    child.once('exit', onEarlyExit)
    createInterface({ input: child.stdout! }).on('line', line => {
      logs.push(line)
      if (!line.includes('"hub listening"')) return
      clearTimeout(timer)
      child.off('exit', onEarlyExit)
      const port = JSON.parse(line).port as number
      resolve({
        child, port, logs,
        kill(signal = 'SIGTERM') {
          if (child.exitCode !== null) return Promise.resolve(child.exitCode)
          child.kill(signal)
          return exited
        },
      })
    })
  })
}
