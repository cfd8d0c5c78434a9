import { describe, it, expect } from '@jest/globals'
import {
  COMMAND_NAME_PATTERN, COMMAND_STATES, isCommandExpired, isCommandStatus, isTerminalCommandStatus,
  parseCommandMessage, parseCommandResponse, type CommandStatus,
} from './commands.js'

describe('command states', () => {
  it.each<[CommandStatus, boolean]>([
    ['accepted', false], ['sent', false], ['delivered', false],
    ['succeeded', true], ['failed', true], ['timed_out', true], ['expired', true],
  ])('%s is terminal: %s', (status, terminal) => {
    expect(isTerminalCommandStatus(status)).toBe(terminal)
  })

  it('has exactly the seven states of chat.v1 §16.2, and no `rejected`', () => {
    expect(COMMAND_STATES).toEqual(['accepted', 'sent', 'delivered', 'succeeded', 'failed', 'timed_out', 'expired'])
    expect(isCommandStatus('rejected')).toBe(false)
    expect(isCommandStatus('sent')).toBe(true)
  })

  // [CHAT-16.1-1] name is 1–64 of A-Za-z0-9_.-
  it.each([['set_setpoint', true], ['a.b-c', true], ['', false], ['x'.repeat(65), false], ['two words', false], ['ünï', false]])(
    'command name %j is valid: %s', (name, valid) => { expect(COMMAND_NAME_PATTERN.test(name)).toBe(valid) })
})

describe('parseCommandMessage', () => {
  it.each([
    ['{"id":"cmd_1","name":"stop","params":{"a":1},"issuedBy":"alice","expiresAt":1000}',
      { id: 'cmd_1', name: 'stop', params: { a: 1 }, issuedBy: 'alice', expiresAt: 1000 }],
    ['{"id":"cmd_2","name":"stop"}', { id: 'cmd_2', name: 'stop', params: {}, issuedBy: null, expiresAt: null }],
    ['{"id":"cmd_3","name":"x","expiresAt":"1970-01-01T00:00:02Z"}', { id: 'cmd_3', name: 'x', params: {}, issuedBy: null, expiresAt: 2000 }],
    ['{"id":"cmd_4","name":"x","expiresAt":"soon","params":[1]}', { id: 'cmd_4', name: 'x', params: {}, issuedBy: null, expiresAt: null }],
    ['{"name":"stop"}', null],
    ['{"id":7}', null],
    ['[]', null],
    ['not json', null],
  ])('reads %s', (text, expected) => {
    expect(parseCommandMessage(text)).toEqual(expected)
  })

  it.each([[null, 5, false], [5, 4, false], [5, 5, true], [5, 6, true]])('expiresAt %j at %d is expired: %s', (expiresAt, now, expired) => {
    expect(isCommandExpired({ expiresAt }, now)).toBe(expired)
  })
})

describe('parseCommandResponse', () => {
  it.each([
    ['{"id":"c","ok":true,"result":{"v":1}}', { id: 'c', ok: true, result: { v: 1 } }],
    ['{"id":"c","ok":true}', { id: 'c', ok: true }],
    ['{"id":"c","ok":false,"error":"jammed"}', { id: 'c', ok: false, error: 'jammed' }],
    ['{"id":"c","ok":false}', { id: 'c', ok: false, error: 'failed without a reason' }],
    [`{"id":"c","ok":false,"error":"${'e'.repeat(600)}"}`, { id: 'c', ok: false, error: 'e'.repeat(500) }],
    ['{"id":"c","ok":"yes"}', null],
    ['{"id":"c","ok":false,"error":3}', null],
    ['{"ok":true}', null],
    ['nope', null],
  ])('reads %s', (text, expected) => {
    expect(parseCommandResponse(text)).toEqual(expected)
  })
})
