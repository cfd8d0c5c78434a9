import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { chatAs, joinRoom, type ChatClient, type Frame } from '../support/chat-client.js'
import { createManualClock } from '../support/manual-clock.js'
import { api, provisionDevice } from '../support/identity.js'
import { startTestDevice, type TestDevice } from '../support/test-device.js'

const alice = { username: 'alice', role: 'operator' as const }
const bob = { username: 'bob', role: 'operator' as const }
const vic = { username: 'vic', role: 'viewer' as const }

/** Resolves with the card revisions of one command seen by a client, until `status` arrives. */
async function cardsUntil(client: ChatClient, commandId: string, status: string): Promise<Frame[]> {
  const seen: Frame[] = []
  while (seen.at(-1)?.card.status !== status) {
    const f = await client.next(x => x.type === 'event' && x.entry.kind === 'command' && x.entry.card.commandId === commandId)
    seen.push(f.entry)
  }
  return seen
}

async function ignoredCount(th: TestHub, reason: string): Promise<number> {
  const metric = await th.hub.metrics.registry.getSingleMetric('tether_command_responses_ignored_total')!.get()
  return metric.values.find(v => v.labels.reason === reason)?.value ?? 0
}

describe('commands from chat.v1 to a real MQTT device and back to the room', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let a: ChatClient, b: ChatClient, dev: TestDevice
  let n = 0

  beforeAll(async () => {
    th = await startTestHub({ commandResponseTimeoutMs: 30_000, commandDefaultTtlMs: 60_000, chatRateBurst: 10_000 }, { now: clock.now, timers: clock })
    th.hub.services.rooms.createRoom({ id: 'plant', name: 'Plant', topic: '', minRole: 'viewer' })
    dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'boiler-3', { room: 'plant' }))
    ;[a, b] = await Promise.all([chatAs(th, alice), chatAs(th, bob)])
    await Promise.all([joinRoom(a, 'plant'), joinRoom(b, 'plant')])
  })
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), dev.disconnect()])
    await th.stop()
  })

  // [CHAT-16.1-1] [CHAT-16.2-1] [CHAT-5.2-1]
  it('delivers a chat command to the device and shows both operators one card going from accepted through delivered to succeeded', async () => {
    const incoming = dev.nextCommand()
    const ack = await a.request({ type: 'command', id: `c${++n}`, device: 'boiler-3', name: 'set_setpoint', params: { value: 21.5 } })
    expect(ack).toMatchObject({ type: 'command.ack', room: 'plant', duplicate: false, card: { deviceId: 'boiler-3', name: 'set_setpoint', issuedBy: { username: 'alice' } } })
    const id = ack.card.commandId as string
    const cmd = await incoming
    expect(cmd).toMatchObject({ id, name: 'set_setpoint', params: { value: 21.5 }, issuedBy: 'alice' })
    expect(cmd.expiresAt).toBe(ack.card.expiresAt)
    // The device's PUBACK is seen by everyone before it answers.
    const [aSoFar, bSoFar] = await Promise.all([cardsUntil(a, id, 'delivered'), cardsUntil(b, id, 'delivered')])
    await dev.respond(id, { ok: true, result: { setpoint: 21.5 } })
    const [aRest, bRest] = await Promise.all([cardsUntil(a, id, 'succeeded'), cardsUntil(b, id, 'succeeded')])
    for (const revisions of [[...aSoFar, ...aRest], [...bSoFar, ...bRest]]) {
      // `sent` may have joined `delivered` in one revision (held until the next change); the order never goes back.
      const statuses = revisions.map(e => e.card.status)
      expect(statuses[0]).toBe('accepted')
      expect(statuses.slice(-2)).toEqual(['delivered', 'succeeded'])
      expect(['accepted', 'sent', 'delivered', 'succeeded'].filter(s => statuses.includes(s))).toEqual(statuses)
      expect(new Set(revisions.map(e => e.id)).size).toBe(1) // one card, updated in place
      expect(revisions.map(e => e.rev)).toEqual(revisions.map((_, i) => i + 1))
      const delivered = revisions.at(-2)!.card
      expect(delivered.sentAt).toEqual(expect.any(Number))
      expect(delivered.deliveredAt).toBeGreaterThanOrEqual(delivered.sentAt)
      expect(revisions.at(-1)!.card).toMatchObject({ result: { setpoint: 21.5 }, error: null, issuedBy: { username: 'alice' } })
    }
    expect(aSoFar.map(e => e.rev)).toEqual(bSoFar.map(e => e.rev))
    // The snapshot holds only the newest revision of the card [CHAT-5.2-1].
    const snap = await joinRoom(b, 'plant')
    expect(snap.entries.filter((e: Frame) => e.kind === 'command' && e.card.commandId === id).map((e: Frame) => e.card.status)).toEqual(['succeeded'])
  })

  it('shows a failed result with the device\'s reason', async () => {
    const incoming = dev.nextCommand()
    const ack = await a.request({ type: 'command', id: `c${++n}`, device: 'boiler-3', name: 'identify' })
    await incoming
    await cardsUntil(b, ack.card.commandId, 'delivered')
    await dev.respond(ack.card.commandId, { ok: false, error: 'LED broken' })
    const cards = await cardsUntil(b, ack.card.commandId, 'failed')
    expect(cards.at(-1)!.card).toMatchObject({ status: 'failed', error: 'LED broken', result: null })
  })

  it('times a delivered command out when the device never answers, and ignores its late answer', async () => {
    const incoming = dev.nextCommand()
    const ack = await a.request({ type: 'command', id: `c${++n}`, device: 'boiler-3', name: 'identify' })
    const id = ack.card.commandId as string
    await incoming
    await cardsUntil(b, id, 'delivered')
    clock.advance(29_999)
    th.hub.services.commands.sweep()
    expect(th.hub.services.commands.get(id)!.status).toBe('delivered')
    clock.advance(1)
    th.hub.services.commands.sweep()
    const cards = await cardsUntil(b, id, 'timed_out')
    expect(cards.at(-1)!.card.error).toBe('no response within 30 s of delivery')
    const late = await ignoredCount(th, 'late')
    await dev.respond(id, { ok: true })
    await waitUntil(async () => (await ignoredCount(th, 'late')) === late + 1)
    expect(th.hub.services.commands.get(id)!.status).toBe('timed_out')
  })

  // [CHAT-16.1-3]
  it('accepts the same client command id once and acknowledges the retry as a duplicate', async () => {
    const incoming = dev.nextCommand()
    const first = await a.request({ type: 'command', id: 'once-1', device: 'boiler-3', name: 'identify' })
    await incoming
    const again = await a.request({ type: 'command', id: 'once-1', device: 'boiler-3', name: 'identify' })
    expect(again).toMatchObject({ type: 'command.ack', duplicate: true, card: { commandId: first.card.commandId } })
    expect(th.hub.services.commands.list({ deviceId: 'boiler-3', limit: 1000 }).filter(c => c.clientId === 'once-1')).toHaveLength(1)
    await dev.respond(first.card.commandId, { ok: true })
  })

  // [CHAT-16.1-1] [CHAT-16.1-2]
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['refuses a viewer', { device: 'boiler-3', name: 'identify' }, 'forbidden', {}],
    ['refuses a param out of range, naming it', { device: 'boiler-3', name: 'set_setpoint', params: { value: 99 } }, 'bad_params', { param: 'value', message: 'value: must be at most 30.' }],
    ['refuses a missing param, naming it', { device: 'boiler-3', name: 'set_setpoint', params: {} }, 'bad_params', { param: 'value' }],
    ['refuses an unknown param, naming it', { device: 'boiler-3', name: 'identify', params: { x: 1 } }, 'bad_params', { param: 'x' }],
    ['refuses an unknown command', { device: 'boiler-3', name: 'reboot' }, 'unknown_command', {}],
    ['refuses an unknown device', { device: 'nope', name: 'identify' }, 'no_such_device', {}],
    ['refuses a TTL under a second', { device: 'boiler-3', name: 'identify', ttlMs: 10 }, 'invalid_frame', {}],
  ])('%s with nothing published', async (_name, frame, code, extra) => {
    const who = code === 'forbidden' ? await chatAs(th, vic) : a
    const before = th.hub.services.commands.list({ limit: 10_000 }).length
    const fence = dev.nextCommand()
    const err = await who.request({ type: 'command', id: `bad${++n}`, ...frame })
    expect(err).toMatchObject({ type: 'error', code, ...extra })
    expect(th.hub.services.commands.list({ limit: 10_000 })).toHaveLength(before)
    // The next thing the device receives is the fence, not the refused command.
    const ok = await a.request({ type: 'command', id: `fence${n}`, device: 'boiler-3', name: 'identify' })
    expect((await fence).id).toBe(ok.card.commandId)
    await dev.respond(ok.card.commandId, { ok: true })
    if (who !== a) await who.close()
  })

  it('counts and ignores a response with an unknown id or from the wrong device', async () => {
    const other = await startTestDevice(th.wsUrl, provisionDevice(th, 'pump-1', { room: 'plant' }))
    const incoming = dev.nextCommand()
    const ack = await a.request({ type: 'command', id: `c${++n}`, device: 'boiler-3', name: 'identify' })
    await incoming
    await cardsUntil(b, ack.card.commandId, 'delivered')
    const [unknown, wrong] = [await ignoredCount(th, 'unknown_id'), await ignoredCount(th, 'wrong_device')]
    await other.respond(ack.card.commandId, { ok: true })
    await dev.respond('cmd_never_issued', { ok: true })
    await waitUntil(async () => (await ignoredCount(th, 'wrong_device')) === wrong + 1 && (await ignoredCount(th, 'unknown_id')) === unknown + 1)
    expect(th.hub.services.commands.get(ack.card.commandId)!.status).toBe('delivered')
    await dev.respond(ack.card.commandId, { ok: true })
    await cardsUntil(b, ack.card.commandId, 'succeeded')
    await other.disconnect()
  })
})

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 10))
  }
}
