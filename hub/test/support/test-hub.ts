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

/** A real hub listening on a free loopback port with its own temporary data directory. */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  deps: HubDeps = {},
  env: Record<string, string | undefined> = {},
): Promise<TestHub> {
  const dataDir = overrides.dataDir ?? mkdtempSync(path.join(tmpdir(), 'tether-test-'))
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env }, { port: 0, host: '127.0.0.1', dataDir, ...overrides })
  const hub = await createHub(config, { logger: createLogger(config.logLevel), ...deps })
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
