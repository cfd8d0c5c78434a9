import type { DeviceDirectory } from '../identity/types.js'
import { initialState, type RuleState } from './evaluator.js'
import { inScope } from './scope.js'
import type { AlarmRule } from './types.js'

/** One rule applied to one device, with what it remembers. */
export interface Evaluation { rule: AlarmRule; deviceId: string; key: string; state: RuleState }

export const evaluationKey = (ruleId: string, deviceId: string) => `${ruleId}\u0000${deviceId}`

/**
 * The rules that apply to each device, built the first time the device is seen and reused for
 * every point after (a lookup, no filtering per point). Rule states outlive a rebuild, so editing
 * one rule or moving a device forgets nothing else.
 */
export class RuleIndex {
  private readonly rules = new Map<string, AlarmRule>()
  private readonly byDevice = new Map<string, Evaluation[]>()
  private readonly states = new Map<string, RuleState>()
  /** Rules changed since the last full build: the sweep rebuilds before walking. */
  private dirty = true

  constructor(
    private readonly devices: DeviceDirectory,
    /** Whether an open, still-present alarm exists for the pair (state after a restart). */
    private readonly raisedAtStart: (ruleId: string, deviceId: string) => boolean,
  ) {}

  setRules(rules: Iterable<AlarmRule>): void {
    this.rules.clear()
    for (const r of rules) this.rules.set(r.id, r)
    this.byDevice.clear()
    this.dirty = true
  }

  /** A rule was created, changed (its memory is reset) or deleted (null). */
  putRule(id: string, rule: AlarmRule | null): void {
    if (rule) this.rules.set(id, rule)
    else this.rules.delete(id)
    const prefix = `${id}\u0000`
    for (const key of this.states.keys()) if (key.startsWith(prefix)) this.states.delete(key)
    this.byDevice.clear()
    this.dirty = true
  }

  /** The device's registry record changed (room, model) or it was deleted. */
  forgetDevice(deviceId: string, deleted = false): void {
    this.byDevice.delete(deviceId)
    if (!deleted) { this.forDevice(deviceId); return }
    const suffix = `\u0000${deviceId}`
    for (const key of this.states.keys()) if (key.endsWith(suffix)) this.states.delete(key)
  }

  forDevice(deviceId: string): Evaluation[] {
    let list = this.byDevice.get(deviceId)
    if (list) return list
    list = []
    const device = this.devices.get(deviceId)
    if (device) {
      for (const rule of this.rules.values()) {
        if (!rule.enabled || !inScope(rule.scope, device)) continue
        const key = evaluationKey(rule.id, deviceId)
        let state = this.states.get(key)
        if (!state) { state = initialState(this.raisedAtStart(rule.id, deviceId)); this.states.set(key, state) }
        list.push({ rule, deviceId, key, state })
      }
    }
    this.byDevice.set(deviceId, list)
    return list
  }

  /** Every evaluation built so far (the sweep walks these). */
  *built(): Iterable<Evaluation> {
    if (this.dirty) this.buildAll()
    for (const list of this.byDevice.values()) yield* list
  }

  /** Builds the evaluations of every registered device (at start, so silence is watched from the first sweep). */
  buildAll(): void {
    for (const d of this.devices.list()) this.forDevice(d.id)
    this.dirty = false
  }

  rule(id: string): AlarmRule | undefined { return this.rules.get(id) }
  allRules(): AlarmRule[] { return [...this.rules.values()] }
}
