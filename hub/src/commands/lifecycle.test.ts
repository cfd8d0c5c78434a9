import { describe, expect, it } from '@jest/globals'
import { applyCommand, type CommandInput, type CommandRecord, type CommandStatus } from './lifecycle.js'

const T0 = 1_764_000_000_000
const base: CommandRecord = {
  id: 'cmd_1', deviceId: 'boiler-3', name: 'identify', params: {}, issuedBy: { id: 'u1', username: 'alice' }, clientId: 'c1',
  status: 'accepted', createdAt: T0, expiresAt: T0 + 60_000, sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null, updatedAt: T0,
}
const at = (status: CommandStatus, extra: Partial<CommandRecord> = {}): CommandRecord => ({
  ...base, status,
  sentAt: status === 'accepted' ? null : T0 + 1,
  deliveredAt: ['delivered', 'succeeded', 'failed', 'timed_out'].includes(status) ? T0 + 2 : null,
  ...extra,
})
const tick: CommandInput = { kind: 'tick', responseTimeoutMs: 30_000 }

describe('command lifecycle', () => {
  it.each<[string, CommandRecord, CommandInput, number, CommandStatus | null, string | undefined]>([
    ['accepted → sent when handed to the broker', at('accepted'), { kind: 'sent' }, T0 + 1, 'sent', undefined],
    ['sent → delivered on the device PUBACK', at('sent'), { kind: 'delivered' }, T0 + 2, 'delivered', undefined],
    ['delivered → succeeded on an ok response', at('delivered'), { kind: 'response', ok: true, result: { v: 1 } }, T0 + 3, 'succeeded', undefined],
    ['delivered → failed on a not-ok response', at('delivered'), { kind: 'response', ok: false, error: 'busy' }, T0 + 3, 'failed', undefined],
    ['sent → succeeded when the response overtakes the PUBACK', at('sent'), { kind: 'response', ok: true }, T0 + 3, 'succeeded', undefined],
    ['sent → expired at expiresAt', at('sent'), tick, T0 + 60_000, 'expired', undefined],
    ['accepted → expired at expiresAt', at('accepted'), tick, T0 + 60_000, 'expired', undefined],
    ['sent stays sent before expiresAt', at('sent'), tick, T0 + 59_999, null, undefined],
    ['delivered → timed_out after the response timeout', at('delivered'), tick, T0 + 2 + 30_000, 'timed_out', undefined],
    ['delivered stays delivered within the response timeout', at('delivered'), tick, T0 + 2 + 29_999, null, undefined],
    ['delivered is not expired by expiresAt (it reached the device)', at('delivered', { expiresAt: T0 + 10 }), tick, T0 + 20, null, undefined],
    ['ignores a second PUBACK', at('delivered'), { kind: 'delivered' }, T0 + 5, null, 'duplicate'],
    ['ignores a PUBACK after expiry', at('expired'), { kind: 'delivered' }, T0 + 5, null, 'late'],
    ['ignores a response after expiry', at('expired'), { kind: 'response', ok: true }, T0 + 70_000, null, 'late'],
    ['ignores a response after the timeout', at('timed_out'), { kind: 'response', ok: true }, T0 + 70_000, null, 'late'],
    ['ignores a second response', at('succeeded'), { kind: 'response', ok: false }, T0 + 5, null, 'duplicate'],
    ['accepted → succeeded when the response overtakes the broker callback', at('accepted'), { kind: 'response', ok: true }, T0 + 5, 'succeeded', undefined],
    ['ignores the broker callback after the PUBACK', at('delivered'), { kind: 'sent' }, T0 + 5, null, undefined],
    ['never leaves a terminal state on tick', at('failed'), tick, T0 + 1_000_000, null, undefined],
  ])('%s', (_name, record, input, t, status, ignored) => {
    const out = applyCommand(record, input, t)
    if (status === null) {
      expect(out.changed).toBe(false)
      expect(out.changed === false && out.ignored).toBe(ignored ?? undefined)
    } else {
      expect(out.changed && out.record.status).toBe(status)
      expect(out.changed && out.record.updatedAt).toBe(t)
    }
  })

  it('keeps the result of a success and the reason of a failure', () => {
    const ok = applyCommand(at('delivered'), { kind: 'response', ok: true, result: { setpoint: 21 } }, T0 + 3)
    expect(ok.changed && ok.record).toMatchObject({ result: { setpoint: 21 }, error: null, completedAt: T0 + 3 })
    const bad = applyCommand(at('delivered'), { kind: 'response', ok: false, error: 'value out of range' }, T0 + 3)
    expect(bad.changed && bad.record).toMatchObject({ result: null, error: 'value out of range' })
  })
})
