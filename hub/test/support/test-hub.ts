import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadConfig, type HubConfig } from '../../src/config.js'
import { createHub, type Hub, type HubDeps } from '../../src/server.js'
import { createLogger } from '../../src/logger.js'

export interface TestHub {
  hub: Hub
  port: number
  httpUrl: string
  wsUrl: string
  dataDir: string
  stop(opts?: { keepData?: boolean }): Promise<void>
}

/** The `admin` password every test hub starts with (see support/identity.ts → adminToken). */
export const TEST_ADMIN_PASSWORD = 'test-admin-password'
/** A cheap scrypt cost so tests creating accounts stay fast (password.test.ts checks the real default). */
export const TEST_PASSWORD_COST = { N: 1024, r: 8, p: 1 }

/**
 * A real hub listening on a free loopback port with its own temporary data directory.
 * Its `admin` account has TEST_ADMIN_PASSWORD unless `env.TETHER_ADMIN_PASSWORD` says otherwise.
 */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  deps: HubDeps = {},
  env: Record<string, string | undefined> = {},
): Promise<TestHub> {
  const dataDir = overrides.dataDir ?? mkdtempSync(path.join(tmpdir(), 'tether-test-'))
  const config = loadConfig({ TETHER_LOG_LEVEL: 'silent', TETHER_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, ...env }, { port: 0, host: '127.0.0.1', dataDir, ...overrides })
  const hub = await createHub(config, { logger: createLogger(config.logLevel), passwordCost: TEST_PASSWORD_COST, ...deps })
  const { port } = await hub.start()
  return {
    hub, port, dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    async stop(opts = {}) {
      await hub.stop()
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
