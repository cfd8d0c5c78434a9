import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Wraps a command in `taskset -c <cpus>` when pinning is on and taskset exists. */
export function pinned(cpus, cmd, args) {
  if (!cpus || !existsSync('/usr/bin/taskset')) return [cmd, args]
  return ['/usr/bin/taskset', ['-c', cpus, cmd, ...args]]
}
