import { Router } from 'express'
import { Counter } from 'prom-client'
import type { Feature } from '../feature.js'
import type { MqttAccess } from '../protocols/mqtt/access.js'
import { createSqliteAccountStore } from './stores/sqlite-account-store.js'
import { createSqliteDeviceStore } from './stores/sqlite-device-store.js'
import { createPgAccountStore } from './stores/pg-account-store.js'
import { createPgDeviceStore } from './stores/pg-device-store.js'
import { relayEvents } from '../cluster/event-relay.js'
import { createOperatorAccounts, type OperatorAccounts } from './operator-accounts.js'
import { createDeviceRegistry, type DeviceRegistry } from './device-registry.js'
import { createLoginLimiter } from './login-limiter.js'
import { createKdfPool } from './kdf-pool.js'
import { capOperatorSessions } from '../protocols/mqtt/operator-session-cap.js'
import { bootstrapAdmin } from './bootstrap-admin.js'
import { createIdentityAccess } from './mqtt-access.js'
import { startSessionGuard } from './session-guard.js'
import { authenticate } from './auth-middleware.js'
import { authRouter } from './auth-router.js'
import { accountsRouter } from './accounts-router.js'
import { devicesRouter, type DeviceView } from './devices-router.js'
import type { ScryptCost } from './password.js'
import type { RequestHandler } from 'express'

export interface Identity {
  operators: OperatorAccounts
  devices: DeviceRegistry
  /** Express middleware: requires an operator token, sets `req.operator`. */
  authenticate: RequestHandler
  /** Adds a feature's view of a device to what /api/devices returns (presence adds `presence`). */
  addDeviceView(view: DeviceView): void
}

export interface IdentityOptions {
  /** scrypt cost of new password hashes; only tests lower it. Default: identity/password.ts. */
  passwordCost?: ScryptCost
  /** Replaces the accounts' MQTT authentication and ACL (the allow-all policy of broker test suites). */
  access?: MqttAccess
}

/**
 * Operator accounts, the device registry, login and its limiter, MQTT authentication and the
 * topic ACL, and the guard that ends sessions whose credentials were revoked.
 */
export const identityFeature = (opts: IdentityOptions = {}): Feature<Identity> => ({
  name: 'identity',
  async start({ config, db, events, tokens, now, logger, hooks, broker, metrics, cluster }) {
    const log = logger.child({ mod: 'identity' })
    const kdfRuns = new Counter({ name: 'tether_password_kdf_total', help: 'Password derivations started (scrypt), by operation', labelNames: ['op'], registers: [metrics.registry] })
    // scrypt runs on libuv's pool: a cap keeps a login burst from starving the rest of the hub.
    const kdf = createKdfPool({ maxConcurrent: config.passwordMaxConcurrent, maxQueued: config.passwordMaxQueued }, op => kdfRuns.inc({ op }))
    const operators = createOperatorAccounts({ store: cluster ? createPgAccountStore(cluster.pg) : createSqliteAccountStore(db), events, now, passwordCost: opts.passwordCost, kdf })
    const devices = createDeviceRegistry({ store: cluster ? createPgDeviceStore(cluster.pg) : createSqliteDeviceStore(db), events, now })
    // Cluster: a device or operator changed on one hub is re-read, and its live sessions ended, on every hub.
    const stopRelay = cluster ? await relayEvents({
      events, bus: cluster.bus,
      names: ['device.created', 'device.updated', 'device.deleted', 'device.tokenRotated', 'operator.deleted', 'operator.roleChanged'],
      refresh(name, payload) { if (name.startsWith('device.')) devices.reload((payload as { deviceId: string }).deviceId) },
    }) : () => {}
    const offReconnect = cluster ? cluster.bus.onReconnect(() => devices.reloadAll()) : () => {}
    await bootstrapAdmin({ accounts: operators, configuredPassword: config.adminPassword, logger: log })
    const limiter = createLoginLimiter({
      maxFailuresPerAccount: config.loginMaxFailuresPerAccount,
      maxFailuresPerAddress: config.loginMaxFailuresPerAddress,
      windowMs: config.loginWindowMs,
      maxConcurrentPerAccount: config.loginMaxConcurrentPerAccount,
      maxConcurrentPerAddress: config.loginMaxConcurrentPerAddress,
    }, now)
    const sessionCap = capOperatorSessions(opts.access ?? createIdentityAccess({ devices, operators, tokens }), { max: config.mqttMaxSessionsPerOperator, now })
    hooks.useAccess(sessionCap.access)
    sessionCap.attach(broker)
    const guard = startSessionGuard({ broker, events, now, sweepMs: config.mqttSessionSweepMs, logger: logger.child({ mod: 'mqtt' }) })

    const views: DeviceView[] = []
    const api = Router()
    const apiLog = logger.child({ mod: 'api' })
    api.use(authRouter({ tokens, operators, limiter, logger: apiLog }))
    api.use(accountsRouter({ tokens, operators, logger: apiLog }))
    api.use(devicesRouter({ tokens, operators, devices, logger: apiLog, views }))

    return {
      service: { operators, devices, authenticate: authenticate(tokens, operators), addDeviceView: view => { views.push(view) } },
      routers: [{ path: '/api', router: api }],
      quiesce: () => { stopRelay(); offReconnect(); guard.stop() },
    }
  },
})
