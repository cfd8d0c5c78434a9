import { describe, it, expect } from '@jest/globals'
import { parseDevicePresence, parseDeviceStatus } from './presence.js'

describe('parseDevicePresence', () => {
  const lost = { state: 'lost', reason: 'will_fired', since: 1000, lastSeen: 900, detail: 'connection lost without DISCONNECT' }
  it.each([
    [JSON.stringify(lost), lost],
    [JSON.stringify({ ...lost, state: 'offline', reason: 'never_connected', lastSeen: null }), { ...lost, state: 'offline', reason: 'never_connected', lastSeen: null }],
    [JSON.stringify({ ...lost, detail: undefined }), { ...lost, detail: '' }],
    [JSON.stringify({ ...lost, state: 'rejected' }), null],
    [JSON.stringify({ ...lost, reason: 'gone' }), null],
    [JSON.stringify({ ...lost, since: '2026-01-01T00:00:00Z' }), null],
    [JSON.stringify({ ...lost, lastSeen: undefined }), null],
    ['online', null],
    ['', null],
    ['[]', null],
  ])('reads %s', (text, expected) => {
    expect(parseDevicePresence(text)).toEqual(expected)
  })
})

describe('parseDeviceStatus', () => {
  it.each([['online', 'online'], ['offline', 'offline'], ['lost', null], [' online', null], ['{"state":"online"}', null], ['', null]])(
    '%j → %j', (text, expected) => { expect(parseDeviceStatus(text)).toBe(expected) })
})
