import type { TestHub } from '../support/test-hub.js'
import type { ChatClient, Frame } from '../support/chat-client.js'
import type { TestDevice } from '../support/test-device.js'

/** Resolves once `check` holds (bounded: fails after `timeoutMs`). */
export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 10))
  }
}

/**
 * Telemetry that has been evaluated when the promise resolves: the hub's point listeners run in
 * order, and the alarms feature's runs before this one (it registered first).
 */
export function evaluatedTelemetry(th: TestHub) {
  const seen = new Map<string, number>()
  const sent = new Map<string, number>()
  th.hub.services.telemetry.onPoint(deviceId => { seen.set(deviceId, (seen.get(deviceId) ?? 0) + 1) })
  return async function send(dev: TestDevice, id: string, fields: Record<string, unknown>): Promise<void> {
    const target = (sent.get(id) ?? 0) + 1
    sent.set(id, target)
    await dev.telemetry(fields)
    await waitFor(() => (seen.get(id) ?? 0) >= target)
  }
}

/** The alarm card revisions a client saw for one device, in order. */
export const alarmCardsOf = (c: ChatClient, deviceId: string): Frame[] =>
  c.log.filter(f => f.type === 'event' && f.entry.kind === 'alarm' && f.entry.card.deviceId === deviceId).map(f => f.entry)

/** The next alarm card revision of a device in `state` (and matching `also`) not yet taken from this client. */
export const nextAlarmCard = (c: ChatClient, deviceId: string, state: string, also: (card: Frame) => boolean = () => true) =>
  c.next(f => f.type === 'event' && f.entry.kind === 'alarm' && f.entry.card.deviceId === deviceId && f.entry.card.state === state && also(f.entry.card))
    .then(f => f.entry as Frame)
