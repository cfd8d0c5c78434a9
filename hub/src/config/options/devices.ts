import { int } from '../option.js'

/** Device presence and commands. */
export const deviceOptions = {
  presenceSilentFactor: int({ env: 'TETHER_PRESENCE_SILENT_FACTOR', unit: '× cadence', default: 3, min: 2, max: 100,
    doc: 'a connected device is `silent` after this many × its learned telemetry cadence' }),
  presenceSilentFloorMs: int({ env: 'TETHER_PRESENCE_SILENT_FLOOR_MS', unit: 'ms', default: 10_000, min: 100, max: 24 * 3600_000,
    doc: '…and never sooner than this after its last telemetry' }),
  presenceFlapReconnects: int({ env: 'TETHER_PRESENCE_FLAP_RECONNECTS', unit: 'reconnects', default: 3, min: 2, max: 1000,
    doc: 'reconnects within the flap window that make a device `flapping`' }),
  presenceFlapWindowMs: int({ env: 'TETHER_PRESENCE_FLAP_WINDOW_MS', unit: 'ms', default: 60_000, min: 1000, max: 24 * 3600_000,
    doc: 'flap window; also the calm time that ends `flapping`' }),
  presenceSweepMs: int({ env: 'TETHER_PRESENCE_SWEEP_MS', unit: 'ms', default: 1000, min: 10, max: 600_000,
    doc: 'how often silence and the end of flapping are evaluated' }),
  commandDefaultTtlMs: int({ env: 'TETHER_COMMAND_TTL_MS', unit: 'ms', default: 60_000, min: 1000, max: 7 * 24 * 3600_000,
    doc: 'command TTL when the issuer gives none' }),
  commandMaxTtlMs: int({ env: 'TETHER_COMMAND_MAX_TTL_MS', unit: 'ms', default: 24 * 3600_000, min: 1000, max: 7 * 24 * 3600_000,
    doc: 'largest TTL an issuer may ask for' }),
  commandResponseTimeoutMs: int({ env: 'TETHER_COMMAND_RESPONSE_TIMEOUT_MS', unit: 'ms', default: 30_000, min: 100, max: 24 * 3600_000,
    doc: 'a delivered command without a response is `timed_out` after this' }),
  commandSweepMs: int({ env: 'TETHER_COMMAND_SWEEP_MS', unit: 'ms', default: 250, min: 10, max: 600_000,
    doc: 'how often command expiry and response timeouts are evaluated' }),
  commandRetentionDays: int({ env: 'TETHER_COMMAND_RETENTION_DAYS', unit: 'days', default: 0, min: 0, max: 36_500,
    doc: 'finished commands created longer ago than this are deleted hourly, with their cards in the rooms; 0 keeps them all' }),
}
