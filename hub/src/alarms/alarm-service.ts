import { randomBytes } from 'node:crypto'
import { HubError } from '../errors.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { UserRef } from '../rooms/types.js'
import type { FieldValue } from '../telemetry/point.js'
import type { Timers } from '../timers.js'
import type { AlarmQuery, AlarmStore } from './alarm-store.js'
import { onPresence, onSample, onTick, type Transition } from './evaluator.js'
import { acknowledged, cleared, reRaised } from './lifecycle.js'
import { evaluationKey, RuleIndex, type Evaluation } from './rule-index.js'
import { DEFAULT_TEMPLATE, renderTemplate } from './template.js'
import { isOpen, type AlarmRecord, type AlarmRule } from './types.js'

export const newAlarmId = () => `al_${randomBytes(9).toString('base64url')}`
export const newRuleId = () => `ar_${randomBytes(9).toString('base64url')}`

export interface AlarmServiceOptions {
  store: AlarmStore
  devices: DeviceDirectory
  /** The room an alarm's card goes to (the device's room, else `general`). */
  roomOf: (deviceId: string) => string | null
  now: () => number
  timers: Timers
  /** How often hold times, no-data and presence durations are checked, ms. */
  sweepMs: number
}

export type RuleInput = Omit<AlarmRule, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>

/**
 * Alarm rules and alarms: evaluates each accepted telemetry point and presence change against the
 * device's rules, raises, de-duplicates, clears and acknowledges alarms, and tells listeners about
 * every change (the feature turns that into cards and `alarm.changed`).
 */
export function createAlarmService(opts: AlarmServiceOptions) {
  const { store, now } = opts
  const listeners = new Set<(a: AlarmRecord) => void>()
  const ruleListeners = new Set<(ruleId: string) => void>()
  const ruleChanged = (id: string) => { for (const l of ruleListeners) l(id) }
  /** The open alarm of each (rule, device) pair: at most one [de-duplication]. */
  const openByKey = new Map<string, AlarmRecord>()
  for (const a of store.openAlarms()) openByKey.set(evaluationKey(a.ruleId, a.deviceId), a)
  const index = new RuleIndex(opts.devices, (ruleId, deviceId) => {
    const a = openByKey.get(evaluationKey(ruleId, deviceId))
    return a !== undefined && (a.state === 'active' || a.state === 'acknowledged')
  })
  index.setRules(store.listRules())

  function changed(a: AlarmRecord): void {
    if (isOpen(a)) openByKey.set(evaluationKey(a.ruleId, a.deviceId), a)
    else openByKey.delete(evaluationKey(a.ruleId, a.deviceId))
    for (const l of listeners) l(a)
  }

  function textOf(rule: AlarmRule, deviceId: string, value: FieldValue | null): string {
    const field = 'field' in rule.condition ? rule.condition.field : null
    return renderTemplate(rule.message || DEFAULT_TEMPLATE, { device: deviceId, rule: rule.name, severity: rule.severity, field, value, unit: rule.unit })
  }

  function apply(ev: Evaluation, tr: Transition): void {
    if (tr === null) return
    const t = now()
    const value = ev.state.lastValue
    const prior = openByKey.get(ev.key)
    if (tr === 'clear') {
      if (!prior) return
      const next = cleared(prior, value, t)
      if (next === prior) return
      store.updateAlarm(next)
      changed(next)
      return
    }
    const { rule } = ev
    if (prior) {
      const next = reRaised(prior, value, textOf(rule, ev.deviceId, value), t)
      store.updateAlarm(next)
      changed(next)
      return
    }
    const alarm: AlarmRecord = {
      id: newAlarmId(), ruleId: rule.id, ruleName: rule.name, deviceId: ev.deviceId, room: opts.roomOf(ev.deviceId),
      severity: rule.severity, state: 'active', message: textOf(rule, ev.deviceId, value),
      field: 'field' in rule.condition ? rule.condition.field : null, value, unit: rule.unit, count: 1,
      raisedAt: t, lastRaisedAt: t, clearedAt: null, acknowledgedAt: null, acknowledgedBy: null, note: null, updatedAt: t,
    }
    store.insertAlarm(alarm)
    changed(alarm)
  }

  /** Ends the open alarms of a rule that was deleted, disabled or changed: nothing would clear them. */
  function clearRule(ruleId: string): void {
    for (const a of [...openByKey.values()]) {
      if (a.ruleId !== ruleId) continue
      const next = cleared(a, null, now())
      if (next === a) continue
      store.updateAlarm(next)
      changed(next)
    }
  }

  let timer: unknown = null
  let stopped = false
  function sweep(): void {
    const t = now()
    for (const ev of index.built()) apply(ev, onTick(ev.rule.condition, ev.state, t))
  }
  function schedule(): void {
    if (stopped) return
    timer = opts.timers.setTimeout(() => { sweep(); schedule() }, opts.sweepMs)
  }
  schedule()

  return {
    /** An accepted telemetry publish (parsed once by the telemetry feature). */
    evaluate(deviceId: string, fields: Record<string, FieldValue>): void {
      const list = index.forDevice(deviceId)
      if (list.length === 0) return
      const t = now()
      for (const ev of list) apply(ev, onSample(ev.rule.condition, ev.state, fields, t))
    },
    /** A published presence change of a device. */
    presence(deviceId: string, state: string): void {
      const t = now()
      for (const ev of index.forDevice(deviceId)) apply(ev, onPresence(ev.rule.condition, ev.state, state, t))
    },
    sweep,
    /** The device's room or model changed (rules re-resolved) or it was deleted. */
    deviceChanged(deviceId: string, deleted = false): void {
      index.forgetDevice(deviceId, deleted)
      // An alarm whose rule no longer applies to the device would never clear: clear it now.
      const applying = new Set(deleted ? [] : index.forDevice(deviceId).map(ev => ev.rule.id))
      for (const a of [...openByKey.values()]) {
        if (a.deviceId !== deviceId || applying.has(a.ruleId)) continue
        const next = cleared(a, null, now())
        if (next === a) continue
        store.updateAlarm(next)
        changed(next)
      }
    },

    listRules: () => store.listRules(),
    getRule: (id: string) => store.getRule(id),
    createRule(input: RuleInput, by: UserRef): AlarmRule {
      const t = now()
      const rule: AlarmRule = { ...input, id: newRuleId(), createdBy: by, createdAt: t, updatedAt: t }
      store.insertRule(rule)
      index.putRule(rule.id, rule)
      ruleChanged(rule.id)
      return rule
    },
    updateRule(id: string, input: RuleInput): AlarmRule {
      const prior = store.getRule(id)
      if (!prior) throw new HubError('ALARM_ERR_NO_SUCH_RULE')
      const rule: AlarmRule = { ...prior, ...input, id, updatedAt: now() }
      store.updateRule(rule)
      clearRule(id)
      index.putRule(id, rule)
      ruleChanged(id)
      return rule
    },
    deleteRule(id: string): void {
      if (!store.deleteRule(id)) throw new HubError('ALARM_ERR_NO_SUCH_RULE')
      clearRule(id)
      index.putRule(id, null)
      ruleChanged(id)
    },

    get: (id: string) => store.getAlarm(id),
    list: (q: AlarmQuery) => store.listAlarms(q),
    /** Open alarms of a device, or of every device (fleet views). */
    open: (deviceId?: string) => [...openByKey.values()].filter(a => deviceId === undefined || a.deviceId === deviceId),
    acknowledge(id: string, by: UserRef, note: string | null): AlarmRecord {
      const prior = store.getAlarm(id)
      if (!prior) throw new HubError('ALARM_ERR_NO_SUCH_ALARM')
      const r = acknowledged(prior, by, note, now())
      if (!r.ok) throw new HubError('ALARM_ERR_ALREADY_ACKNOWLEDGED', undefined, { state: prior.state })
      store.updateAlarm(r.alarm)
      changed(r.alarm)
      return r.alarm
    },
    onChange(listener: (a: AlarmRecord) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** A rule was created, changed or deleted here (the cluster tells the other hubs). */
    onRuleChange(listener: (ruleId: string) => void): () => void {
      ruleListeners.add(listener)
      return () => ruleListeners.delete(listener)
    },

    // Cluster: another hub changed a rule or an alarm in the shared store. The hub that made the
    // change posted its card and notified; here only the state follows, silently.
    /** Reads a rule again after another hub changed it (its open alarms were cleared there). */
    reloadRule(id: string): void { index.putRule(id, store.getRule(id) ?? null) },
    /** Takes over another hub's alarm change, so de-duplication and clearing see it. */
    adopt(a: AlarmRecord): void {
      const key = evaluationKey(a.ruleId, a.deviceId)
      const held = openByKey.get(key)
      if (held && held.id === a.id && held.updatedAt > a.updatedAt) return // an older announcement
      if (isOpen(a)) openByKey.set(key, a)
      else if (!held || held.id === a.id) openByKey.delete(key)
    },
    /** The device now publishes to another hub: its evaluation there starts fresh, and this hub
     *  must not sweep the state it left behind (a "no data" for a device that merely moved). */
    handedOff(deviceId: string): void { index.forgetDevice(deviceId, true) },
    /** Reads every rule and open alarm again (after the cluster bus was down: announcements were missed). */
    reload(): void {
      index.setRules(store.listRules())
      openByKey.clear()
      for (const a of store.openAlarms()) openByKey.set(evaluationKey(a.ruleId, a.deviceId), a)
    },
    stop(): void {
      stopped = true
      opts.timers.clearTimeout(timer)
    },
  }
}

export type AlarmService = ReturnType<typeof createAlarmService>
