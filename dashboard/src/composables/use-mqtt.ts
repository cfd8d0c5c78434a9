/**
 * useMqtt(): owns the browser's one MQTT client (MQTT.js browser build over the same `/ws`,
 * subprotocol `mqtt`; username = account name, password = JWT, docs/topics.md). It subscribes to every
 * device's telemetry, status, meta and presence and applies arrivals once per animation
 * frame: live series, latest values, presence and meta.
 */
import { ref, shallowReactive, shallowRef } from 'vue'
import type { MqttClient } from 'mqtt'
import { onSessionEnd, useSession } from '../session/session'
import { parseDeviceTopic, type DeviceJson } from '@tether/protocol'
import { OPERATOR_SUBSCRIPTIONS, parseTelemetry, type TelemetrySample } from '../devices/topics'
import { appendSamples, createLiveSeries, prependHistory, type LiveSeries } from '../devices/live-series'
import { api } from '../api/client'
import { fleetReducer, type FleetPresence } from '../devices/presence'
import { parseMeta, type MetaView } from '../devices/meta'
import { clientId, wsUrl } from '../util/ids'
import { createFrameQueue } from './frame-queue'

export type MqttStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'refused'

/** Live window per device: 10 min or 600 samples, whichever is smaller. */
const LIVE = { windowMs: 10 * 60_000, maxPoints: 600 }
/** Bucket width of the backfilled history. */
const BACKFILL_BUCKET_MS = 10_000

const status = ref<MqttStatus>('idle')
const error = ref<string | null>(null)
const fleet = shallowRef<FleetPresence>({})
const latest = shallowReactive<Record<string, TelemetrySample>>({})
const meta = shallowReactive<Record<string, MetaView | null>>({})
/** Series are mutated in place for speed; `versions[id]` changes once per frame that touched it. */
const series = new Map<string, LiveSeries>()
const versions = shallowReactive<Record<string, number>>({})
/** `{device}/{field}` already seeded from stored history on this page load. */
const backfilled = new Set<string>()

/**
 * Seeds a device's live window with the stored history of `fields` (10 s buckets over the live
 * window), so sparklines and the live chart do not start empty on every page load. Once per
 * device and field per page load; live samples already received stay as they are.
 */
async function backfill(id: string, wanted: string[]): Promise<void> {
  const fields = wanted.filter(f => !backfilled.has(`${id}/${f}`))
  if (fields.length === 0) return
  for (const f of fields) backfilled.add(`${id}/${f}`)
  const to = Date.now()
  const from = to - LIVE.windowMs
  try {
    const pages = await Promise.all(fields.map(field => api.telemetry(id, { field, from, to, every: `${BACKFILL_BUCKET_MS / 1000}s`, agg: 'mean' })))
    const columns: Record<string, Array<{ t: number; v: number | null }>> = {}
    fields.forEach((field, i) => {
      columns[field] = pages[i]!.points.flatMap(p => (typeof p.v === 'number' ? [{ t: p.t, v: p.v }] : []))
    })
    let s = series.get(id)
    if (!s) series.set(id, s = createLiveSeries())
    prependHistory(s, columns, { ...LIVE, bucketMs: BACKFILL_BUCKET_MS, marginMs: 2_000 })
    versions[id] = (versions[id] ?? 0) + 1
  } catch {
    for (const f of fields) backfilled.delete(`${id}/${f}`) // no history store, or offline: live values only
  }
}

let client: MqttClient | null = null

interface Arrival { topic: string; payload: string; at: number }

const queue = createFrameQueue<Arrival>(batch => {
  const samples = new Map<string, TelemetrySample[]>()
  let f = fleet.value
  for (const { topic, payload, at } of batch) {
    const t = parseDeviceTopic(topic)
    if (!t) continue
    const id = t.deviceId
    if (t.kind === 'telemetry') {
      const s = parseTelemetry(payload, at)
      if (!s) continue
      let list = samples.get(id)
      if (!list) samples.set(id, list = [])
      list.push(s)
      f = fleetReducer(f, { type: 'seen', id, at })
    } else if (t.kind === 'presence') {
      f = fleetReducer(f, { type: 'presence', id, payload })
    } else if (t.kind === 'status') {
      f = fleetReducer(f, { type: 'status', id, payload, now: at })
    } else if (t.kind === 'meta') {
      // An empty retained payload clears the meta.
      meta[id] = payload ? parseMeta(payload) : null
    }
  }
  for (const [id, list] of samples) {
    let s = series.get(id)
    if (!s) series.set(id, s = createLiveSeries())
    appendSamples(s, list, LIVE)
    const last = list[list.length - 1]!
    latest[id] = { t: last.t, fields: { ...latest[id]?.fields, ...last.fields } }
    versions[id] = (versions[id] ?? 0) + 1
  }
  if (f !== fleet.value) fleet.value = f
})

function onMessage(topic: string, payload: Uint8Array): void {
  queue.push({ topic, payload: new TextDecoder().decode(payload), at: Date.now() })
}

let starting = false

async function start(): Promise<void> {
  const { token, user } = useSession()
  if (client || starting || !token.value || !user.value) return
  starting = true
  status.value = 'connecting'
  // MQTT.js is the biggest dependency: loaded on demand so the login screen stays light.
  const { default: mqtt } = await import('mqtt').finally(() => { starting = false })
  if (client || !useSession().token.value) return
  const c = mqtt.connect(wsUrl(), {
    protocolVersion: 4,
    // Identity requires operator client ids to start with `{username}:` (never a device's id).
    clientId: `${user.value.username}:${clientId('dash')}`,
    username: user.value.username,
    password: token.value,
    clean: true,
    keepalive: 30,
    // MQTT.js's default worker timers run from a blob: URL, which the hub's CSP (script-src 'self') blocks.
    timerVariant: 'native',
    reconnectPeriod: 2000,
    connectTimeout: 10_000,
  })
  client = c
  c.on('connect', () => {
    status.value = 'online'
    error.value = null
    c.subscribe(OPERATOR_SUBSCRIPTIONS, { qos: 0 }, err => { if (err) error.value = `Subscription refused: ${err.message}` })
  })
  c.on('message', onMessage)
  c.on('reconnect', () => {
    // Reconnect with the current token (a refreshed login replaces it).
    c.options.password = useSession().token.value ?? ''
    status.value = 'reconnecting'
  })
  c.on('close', () => { if (client === c && status.value === 'online') status.value = 'reconnecting' })
  c.on('error', err => {
    error.value = err.message
    // CONNACK 2/4/5: our token is refused; retrying with it is pointless.
    const code = (err as { code?: number }).code
    if (code === 2 || code === 4 || code === 5) { status.value = 'refused'; c.end(true) }
  })
}

function stop(): void {
  client?.end(true)
  client = null
  status.value = 'idle'
  fleet.value = {}
  series.clear()
  backfilled.clear()
  for (const k of Object.keys(latest)) delete latest[k]
  for (const k of Object.keys(meta)) delete meta[k]
}

let wired = false

export function useMqtt() {
  if (!wired) { wired = true; onSessionEnd(stop) }
  return {
    status, error, fleet, latest, meta, versions,
    series: (id: string): LiveSeries | undefined => series.get(id),
    start, stop, backfill,
    /** Seeds presence from the REST device list. */
    seed(devices: DeviceJson[]): void { fleet.value = fleetReducer(fleet.value, { type: 'devices', devices }) },
  }
}
