import { Router } from 'express'
import type { Logger } from '../logger.js'
import type { TokenService } from '../identity/token-service.js'
import type { OperatorAccounts } from '../identity/operator-accounts.js'
import type { DeviceRegistry } from '../identity/device-registry.js'
import type { LoginLimiter } from '../identity/login-limiter.js'
import { authRouter } from './auth-router.js'
import { accountsRouter } from './accounts-router.js'
import { devicesRouter, type DevicePresenceLookup } from './devices-router.js'

/** The identity part of /api: auth, accounts, devices (mounted at /api by server.ts). */
export function identityRouters(deps: { tokens: TokenService; operators: OperatorAccounts; devices: DeviceRegistry; limiter: LoginLimiter; logger: Logger; presence?: DevicePresenceLookup }): Router {
  const router = Router()
  router.use(authRouter(deps))
  router.use(accountsRouter(deps))
  router.use(devicesRouter(deps))
  return router
}
