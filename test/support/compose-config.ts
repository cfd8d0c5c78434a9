import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
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
 * not the developer's shell or their private `.env`.
 */
export function runCompose(args: string[], files = ['docker-compose.yml'], envFile = ''): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-compose-'))
  const envPath = path.join(dir, 'env')
  writeFileSync(envPath, envFile)
  const res = spawnSync('docker-compose', [
    '--project-directory', repoRoot, '--env-file', envPath,
    ...files.flatMap(f => ['-f', path.join(repoRoot, f)]), ...args,
  ], { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, timeout: 30_000 })
  return { status: res.status, stdout: res.stdout ?? '', stderr: res.stderr ?? '' }
}

/** `docker-compose config`, parsed with the YAML module docker-compose itself depends on (python3-yaml). */
export function composeConfig(files?: string[], envFile?: string): ComposeConfig {
  const res = runCompose(['config'], files, envFile)
  if (res.status !== 0) throw new Error(`docker-compose config failed (${res.status}): ${res.stderr}`)
  const parsed = spawnSync('python3', ['-c', 'import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'], {
    input: res.stdout, encoding: 'utf8', timeout: 10_000,
  })
  if (parsed.status !== 0) throw new Error(`could not parse docker-compose config output: ${parsed.stderr}`)
  return JSON.parse(parsed.stdout) as ComposeConfig
}
