import os from 'node:os'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { repoRoot } from './util.mjs'

/** What a reader needs to judge the numbers: CPU, cores, memory, kernel, runtimes, load. */
export function machineFacts() {
  const cpus = os.cpus()
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout.trim()
  let mosquitto = 'absent'
  try { mosquitto = /mosquitto version (\S+)/.exec(spawnSync('mosquitto', ['-h'], { encoding: 'utf8' }).stdout)?.[1] ?? 'unknown' } catch {}
  let influxd = 'absent'
  try { influxd = spawnSync('influxd', ['version'], { encoding: 'utf8' }).stdout.trim() } catch {}
  let fdLimit = ''
  try { fdLimit = /Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? '' } catch {}
  return {
    cpuModel: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGiB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    kernel: `${os.type()} ${os.release()}`, node: process.version, mosquitto, influxd, gitCommit: git,
    loadAverage: os.loadavg().map(v => Math.round(v * 100) / 100), openFilesLimit: Number(fdLimit) || null,
  }
}
