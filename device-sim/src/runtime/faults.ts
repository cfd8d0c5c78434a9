/**
 * Fault injection state of one device (pure: every question takes `now`). The runtime asks it
 * before publishing telemetry or answering a command; the CLI and control server add faults.
 */
const faultModes = ['drop', 'silent', 'delay-responses', 'withhold-responses', 'burst'] as const
export type FaultMode = typeof faultModes[number]

export interface FaultSpec {
  mode: FaultMode
  /** How long the fault lasts, ms. For `drop`: how long the link stays down before reconnecting. */
  durationMs: number
  /** `delay-responses`: extra delay per response, ms. */
  delayMs?: number
  /** `burst`: telemetry messages per second. */
  rate?: number
}

export interface ActiveFault extends Required<Pick<FaultSpec, 'mode'>> {
  until: number
  delayMs: number
  rate: number
}

const faultDefaults = { durationMs: 30_000, delayMs: 10_000, rate: 20 }
const faultLimits = { durationMs: 3_600_000, delayMs: 600_000, rate: 200 }

function isFaultMode(v: unknown): v is FaultMode {
  return typeof v === 'string' && (faultModes as readonly string[]).includes(v)
}

/**
 * Checks a fault request from the CLI or the control server; returns the reason it is refused,
 * or the normalised spec.
 */
export function parseFault(input: unknown): { ok: true; spec: FaultSpec } | { ok: false; error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, error: 'a fault must be a JSON object' }
  const o = input as Record<string, unknown>
  if (!isFaultMode(o.mode)) return { ok: false, error: `mode must be one of ${faultModes.join(', ')}` }
  const num = (name: 'durationMs' | 'delayMs' | 'rate', min: number): number | string | undefined => {
    const v = o[name]
    if (v === undefined) return undefined
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > faultLimits[name]) return `${name} must be an integer between ${min} and ${faultLimits[name]}`
    return v
  }
  const durationMs = num('durationMs', 1)
  const delayMs = num('delayMs', 0)
  const rate = num('rate', 1)
  for (const v of [durationMs, delayMs, rate]) if (typeof v === 'string') return { ok: false, error: v }
  return {
    ok: true,
    spec: {
      mode: o.mode,
      durationMs: (durationMs as number | undefined) ?? faultDefaults.durationMs,
      ...(delayMs !== undefined ? { delayMs: delayMs as number } : {}),
      ...(rate !== undefined ? { rate: rate as number } : {}),
    },
  }
}

export class FaultSet {
  #active = new Map<FaultMode, ActiveFault>()

  add(spec: FaultSpec, now: number): ActiveFault {
    const fault = {
      mode: spec.mode,
      until: now + spec.durationMs,
      delayMs: spec.delayMs ?? faultDefaults.delayMs,
      rate: spec.rate ?? faultDefaults.rate,
    }
    this.#active.set(spec.mode, fault)
    return fault
  }

  get(mode: FaultMode, now: number): ActiveFault | undefined {
    const f = this.#active.get(mode)
    if (f && f.until <= now) { this.#active.delete(mode); return undefined }
    return f
  }

  has(mode: FaultMode, now: number): boolean {
    return this.get(mode, now) !== undefined
  }

  clear(mode?: FaultMode): void {
    if (mode) this.#active.delete(mode)
    else this.#active.clear()
  }

  list(now: number): ActiveFault[] {
    return faultModes.map(m => this.get(m, now)).filter((f): f is ActiveFault => f !== undefined)
  }
}
