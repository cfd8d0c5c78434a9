import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino'

export type Logger = PinoLogger

/**
 * Structured logs, one JSON line per event. Secrets are redacted by path so that a careless
 * `log.info({ req })` can never print a password or a token.
 */
export const REDACT_PATHS = [
  'password', '*.password', 'token', '*.token', 'authorization', '*.authorization',
  'req.headers.authorization', 'headers.authorization', 'headers.cookie',
]

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: { svc: 'tether-hub' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination)
}
