/** Minimal leveled logger for the simulator: one line per event, never tokens or payloads. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug'
export type Log = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => void

const ORDER: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 }

export function isLogLevel(v: string): v is LogLevel {
  return Object.hasOwn(ORDER, v)
}

export function createLog(level: LogLevel, write: (line: string) => void = line => process.stderr.write(line + '\n')): Log {
  return (lvl, msg, fields) => {
    if (ORDER[lvl] > ORDER[level]) return
    const extra = fields ? ' ' + Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ') : ''
    write(`${new Date().toISOString()} ${lvl.padEnd(5)} ${msg}${extra}`)
  }
}

export const silentLog: Log = () => {}
