import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CHAT_ERROR_CODES, CHAT_FATAL_AUTH_CODES, chatWireCode, isChatErrorCode } from './chat-v1-errors.js'
import { CLIENT_FRAME_TYPES, parseServerFrame, SERVER_FRAME_TYPES } from './chat-v1-frames.js'

const spec = readFileSync(new URL('../../docs/protocols/chat-v1.md', import.meta.url), 'utf8')

/** The `code` column of the §11 table. */
function specErrorCodes(): string[] {
  const section = spec.slice(spec.indexOf('## 11. Errors'), spec.indexOf('## 12.'))
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map(m => m[1]!)
}

describe('chat.v1 error codes', () => {
  it('are exactly the codes of the spec §11 table, in its order', () => {
    expect(CHAT_ERROR_CODES).toEqual(specErrorCodes())
  })

  it.each([
    ['CHAT_ERR_RATE_LIMITED', 'rate_limited'],
    ['CHAT_ERR_NO_SUCH_DEVICE', 'no_such_device'],
    ['HUB_ERR_INTERNAL', 'hub_err_internal'],
  ])('%s is sent as %s', (catalogue, wire) => {
    expect(chatWireCode(catalogue)).toBe(wire)
  })

  it.each([['bad_token', true], ['session_revoked', true], ['rate_limited', false], ['hello_timeout', false]])(
    '%s ends the session for good: %s', (code, fatal) => {
      expect(isChatErrorCode(code)).toBe(true)
      expect(CHAT_FATAL_AUTH_CODES.has(code as never)).toBe(fatal)
    })
})

describe('chat.v1 frames', () => {
  it('lists every client frame type the spec shows being sent', () => {
    const sent = new Set([...spec.matchAll(/→ \{"type":"([a-z.]+)"/g)].map(m => m[1]!))
    for (const t of sent) expect(CLIENT_FRAME_TYPES).toContain(t)
  })

  it('lists every server frame type the spec shows being received', () => {
    const received = new Set([...spec.matchAll(/← \{"type":"([a-z.]+)"/g)].map(m => m[1]!))
    for (const t of received) expect(SERVER_FRAME_TYPES).toContain(t)
  })

  it.each([
    ['{"type":"left","ref":"l1","room":"ops"}', { type: 'left', ref: 'l1', room: 'ops' }],
    ['{"type":"command.ack","ref":"k","room":null,"duplicate":false,"card":{}}', { type: 'command.ack', ref: 'k', room: null, duplicate: false, card: {} }],
    ['{"type":"hello","token":"t"}', null],
    ['{"type":"toString"}', null],
    ['{"ref":"x"}', null],
    ['["event"]', null],
    ['{', null],
  ])('reads %s', (text, expected) => {
    expect(parseServerFrame(text)).toEqual(expected)
  })
})
