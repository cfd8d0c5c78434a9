import { ConfigError, readOptions, type ConfigWarning, type Env } from './load.js'
import { hubOptions, type HubConfig } from './options/index.js'
import { hostname } from 'node:os'
import { crossChecks, resolveNodeId, resolveTelemetryStore } from './rules.js'

export { ConfigError, type ConfigWarning, type Env } from './load.js'
export { hubOptions, type HubConfig } from './options/index.js'
export { isClustered } from './rules.js'

/** Every tunable of the hub at its built-in value (before the environment), with its unit in the name. */
export const defaultOptions: HubConfig = Object.fromEntries(
  Object.entries(hubOptions).map(([key, option]) => [key, option.default]),
) as HubConfig

/**
 * Reads the environment into the hub's configuration. `overrides` (tests, embedding) win over the
 * environment. A bad value throws a ConfigError naming the variable and the fix; deprecated
 * variable names still work and come back as `warnings` for the caller to log.
 */
export function readConfig(env: Env = process.env, overrides: Partial<HubConfig> = {}): { config: HubConfig; warnings: ConfigWarning[] } {
  const { values, warnings } = readOptions(hubOptions, env)
  const telemetry = resolveTelemetryStore(values)
  if (telemetry.problems.length) throw new ConfigError(telemetry.problems)
  const config: HubConfig = { ...values, telemetryStore: telemetry.store, nodeId: resolveNodeId(values.nodeId, hostname(), process.pid), ...overrides }
  const problems = crossChecks(config)
  if (problems.length) throw new ConfigError(problems)
  return { config, warnings }
}

/** `readConfig` without the warnings. */
export function loadConfig(env: Env = process.env, overrides: Partial<HubConfig> = {}): HubConfig {
  return readConfig(env, overrides).config
}
