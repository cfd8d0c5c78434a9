#!/usr/bin/env node
import { readConfig, ConfigError, type ConfigWarning } from './config.js'
import { createHub } from './server.js'

/** `npm start`: the hub alone, configured from the environment. */
async function main(): Promise<void> {
  let config
  let warnings: ConfigWarning[]
  try {
    ;({ config, warnings } = readConfig())
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`tether: configuration error: ${err.message}`)
      process.exit(78) // EX_CONFIG
    }
    throw err
  }
  const hub = await createHub(config)
  for (const { variable, replacement, message } of warnings) hub.logger.warn({ variable, replacement }, message)
  let exiting = false
  const shutdown = (signal: string) => {
    if (exiting) return
    exiting = true
    hub.logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => {
      hub.logger.error('shutdown took too long; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs)
    force.unref()
    hub.stop().then(() => process.exit(0), err => {
      hub.logger.error({ err }, 'shutdown failed')
      process.exit(1)
    })
  }
  // Handlers go in before listening: a supervisor may signal as soon as the port answers.
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  await hub.start()
}

main().catch(err => {
  console.error('tether: failed to start:', err instanceof Error ? err.message : err)
  process.exit(1)
})
