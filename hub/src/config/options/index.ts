import type { ValuesOf } from '../option.js'
import { alarmOptions } from './alarms.js'
import { chatOptions } from './chat.js'
import { clusterOptions } from './cluster.js'
import { coreOptions } from './core.js'
import { deviceOptions } from './devices.js'
import { httpOptions } from './http.js'
import { identityOptions } from './identity.js'
import { mqttOptions } from './mqtt.js'
import { telemetryOptions } from './telemetry.js'

/** Every option of the hub, in the order the README table lists them. */
export const hubOptions = {
  ...coreOptions,
  ...httpOptions,
  ...mqttOptions,
  ...chatOptions,
  ...identityOptions,
  ...telemetryOptions,
  ...deviceOptions,
  ...alarmOptions,
  ...clusterOptions,
}

export type HubConfig = ValuesOf<typeof hubOptions>
