import os from 'node:os'
import { int, secret } from '../option.js'

/** Operator accounts, tokens and the login rate limit. */
export const identityOptions = {
  adminPassword: secret({ env: 'TETHER_ADMIN_PASSWORD', default: '', minLength: 8, maxLength: 256,
    defaultDoc: '_(generated)_', unsetMeans: 'to have one generated',
    doc: 'password of the `admin` account created on first start (8–256 chars); unset → generated and printed once on stdout (`TETHER ADMIN PASSWORD (shown once, …): …`)' }),
  jwtSecret: secret({ env: 'TETHER_JWT_SECRET', default: '', defaultDoc: '_(generated)_',
    doc: 'operator JWT signing secret; unset → generated once into `$TETHER_DATA_DIR/jwt-secret`' }),
  tokenTtlSeconds: int({ env: 'TETHER_TOKEN_TTL_S', unit: 's', default: 3600, min: 10, max: 7 * 24 * 3600,
    doc: 'operator token lifetime' }),
  loginMaxFailuresPerAccount: int({ env: 'TETHER_LOGIN_MAX_FAILURES_PER_ACCOUNT', unit: 'attempts', default: 5, min: 1, max: 1000,
    doc: 'failed logins per account within the login window before it is locked (429)' }),
  loginMaxFailuresPerAddress: int({ env: 'TETHER_LOGIN_MAX_FAILURES_PER_ADDRESS', unit: 'attempts', default: 20, min: 1, max: 100_000,
    doc: 'failed logins per client address within the login window' }),
  loginWindowMs: int({ env: 'TETHER_LOGIN_WINDOW_MS', unit: 'ms', default: 15 * 60_000, min: 1000, max: 24 * 3600_000,
    doc: 'login rate-limit sliding window' }),
  loginMaxConcurrentPerAccount: int({ env: 'TETHER_LOGIN_MAX_CONCURRENT_PER_ACCOUNT', unit: 'verifications', default: 2, min: 1, max: 1000,
    doc: 'password verifications in flight per account; more are refused at once (429 + `Retry-After`)' }),
  loginMaxConcurrentPerAddress: int({ env: 'TETHER_LOGIN_MAX_CONCURRENT_PER_ADDRESS', unit: 'verifications', default: 4, min: 1, max: 1000,
    doc: 'password verifications in flight per client address; more are refused at once (429)' }),
  // Each scrypt takes a libuv thread (the pool has 4) and a core for ~100 ms: leave the event loop a core.
  passwordMaxConcurrent: int({ env: 'TETHER_PASSWORD_MAX_CONCURRENT', unit: 'derivations', default: Math.max(1, Math.min(2, os.availableParallelism() - 1)), min: 1, max: 64,
    defaultDoc: '2 (1 on ≤ 2 cores)', doc: 'scrypt derivations running at once, hub-wide' }),
  passwordMaxQueued: int({ env: 'TETHER_PASSWORD_MAX_QUEUED', unit: 'derivations', default: 64, min: 0, max: 100_000,
    doc: 'scrypt derivations waiting for a slot; more are refused (429)' }),
}
