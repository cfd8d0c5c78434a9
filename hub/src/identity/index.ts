import type { SqliteDatabase } from '../storage/sqlite.js'
import type { HubEvents } from '../events.js'
import type { Logger } from '../logger.js'
import type { TokenService } from './token-service.js'
import { createSqliteAccountStore } from './stores/sqlite-account-store.js'
import { createSqliteDeviceStore } from './stores/sqlite-device-store.js'
import { createOperatorAccounts } from './operator-accounts.js'
import { createDeviceRegistry } from './device-registry.js'
import { createLoginLimiter, type LoginLimits } from './login-limiter.js'
import { bootstrapAdmin } from './bootstrap-admin.js'
import { createIdentityAccess } from './mqtt-access.js'
import type { ScryptCost } from './password.js'
import { Counter, type Registry } from 'prom-client'
import { createKdfPool, type KdfPoolLimits } from './kdf-pool.js'

export interface IdentityOptions {
  db: SqliteDatabase
  events: HubEvents
  tokens: TokenService
  now: () => number
  logger: Logger
  adminPassword: string
  loginLimits: LoginLimits
  /** scrypt cost for new hashes; only tests lower it (the default is password.ts DEFAULT_COST). */
  passwordCost?: ScryptCost
  /** Cap on concurrent password derivations (hash and verify); default 2 running, 64 queued. */
  kdfLimits?: KdfPoolLimits
  /** Where `tether_password_kdf_total` is registered; default none. */
  registry?: Registry
}

/** Identity and access: operator accounts, device registry, login limiter, MQTT auth/ACL. */
export async function createIdentity(opts: IdentityOptions) {
  const kdfRuns = new Counter({ name: 'tether_password_kdf_total', help: 'Password derivations started (scrypt), by operation', labelNames: ['op'], registers: opts.registry ? [opts.registry] : [] })
  const kdf = createKdfPool(opts.kdfLimits ?? { maxConcurrent: 2, maxQueued: 64 }, op => kdfRuns.inc({ op }))
  const operators = createOperatorAccounts({ store: createSqliteAccountStore(opts.db), events: opts.events, now: opts.now, passwordCost: opts.passwordCost, kdf })
  const devices = createDeviceRegistry({ store: createSqliteDeviceStore(opts.db), events: opts.events, now: opts.now })
  await bootstrapAdmin({ accounts: operators, configuredPassword: opts.adminPassword, logger: opts.logger })
  return {
    operators,
    kdf,
    devices,
    loginLimiter: createLoginLimiter(opts.loginLimits, opts.now),
    access: createIdentityAccess({ devices, operators, tokens: opts.tokens }),
  }
}

export type Identity = Awaited<ReturnType<typeof createIdentity>>
