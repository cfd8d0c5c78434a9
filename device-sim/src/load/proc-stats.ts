/**
 * CPU time and memory of processes, read from /proc (Linux). Used to report the server's
 * CPU-µs per delivered message and the generator's own CPU headroom.
 */
import { readFileSync } from 'node:fs'

/** USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (100 on Linux x86/arm). */
const CLOCK_TICKS_PER_SECOND = 100

export interface ProcSample {
  pid: number
  /** utime + stime, µs. */
  cpuMicros: number
  rssBytes: number
  /** The part of rssBytes no file backs (heaps, stacks): what the process itself holds, without the
   *  pages of its executable and libraries that every process of the same runtime maps. */
  rssAnonBytes: number
  /** Wall clock at the sample, ms. */
  at: number
}

/** Fields 14/15 (utime, stime) of /proc/<pid>/stat; the comm field may contain spaces, so split after ')'. */
export function parseStatCpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state); utime is field 14 → index 11, stime index 12.
  return Number(fields[11]) + Number(fields[12])
}

/** One `kB` line of /proc/<pid>/status, in bytes; 0 where the kernel does not report it. */
export function parseStatusBytes(status: string, field: 'VmRSS' | 'RssAnon' | 'RssFile'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)
  return m ? Number(m[1]) * 1024 : 0
}

export function sampleProc(pid: number, now: () => number = Date.now): ProcSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return { pid, cpuMicros: parseStatCpuTicks(stat) * (1e6 / CLOCK_TICKS_PER_SECOND), rssBytes: parseStatusBytes(status, 'VmRSS'), rssAnonBytes: parseStatusBytes(status, 'RssAnon'), at: now() }
  } catch {
    return null
  }
}

/** This process's own CPU time, µs (finer than /proc ticks). */
export function selfCpuMicros(): number {
  const u = process.cpuUsage()
  return u.user + u.system
}
