import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ComposeService {
  image?: string
  build?: { context: string; dockerfile?: string }
  command?: string[]
  environment?: Record<string, string | null>
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[]; interval?: string }
  ports?: Array<{ published: number | string; target: number }>
  volumes?: string[]
  profiles?: string[]
}
export interface ComposeConfig { services: Record<string, ComposeService>; volumes?: Record<string, unknown> }

export function dockerComposeAvailable(): boolean {
  return spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0
}

/**
 * Runs Debian's docker-compose (1.29) on the repository's compose files with a clean environment
 * and the given `.env` contents (default: none), so the committed defaults are what is checked,
 * not the developer's shell or their private `.env`. Async: each run costs a Python start-up.
 */
export function runCompose(args: string[], files = ['docker-compose.yml'], envFile = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-compose-'))
  const envPath = path.join(dir, 'env')
  writeFileSync(envPath, envFile)
  return run('docker-compose', [
    '--project-directory', repoRoot, '--env-file', envPath,
    ...files.flatMap(f => ['-f', path.join(repoRoot, f)]), ...args,
  ], '').finally(() => rmSync(dir, { recursive: true, force: true }))
}

/** `docker-compose config`, parsed with the YAML module docker-compose itself depends on (python3-yaml). */
export async function composeConfig(files?: string[], envFile?: string): Promise<ComposeConfig> {
  const res = await runCompose(['config'], files, envFile)
  if (res.status !== 0) throw new Error(`docker-compose config failed (${res.status}): ${res.stderr}`)
  const parsed = await run('python3', ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], res.stdout)
  if (parsed.status !== 0) throw new Error(`could not parse docker-compose config output: ${parsed.stderr}`)
  return JSON.parse(parsed.stdout) as ComposeConfig
}

function run(cmd: string, args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d })
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d })
    child.stdin.on('error', () => {})
    child.on('error', err => { clearTimeout(timer); reject(err) })
    child.on('close', status => { clearTimeout(timer); resolve({ status, stdout, stderr }) })
    child.stdin.end(input)
  })
}
