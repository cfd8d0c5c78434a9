import { describe, it, expect } from '@jest/globals'
import { decodeFrame, nestingDepth } from './codec.js'
import { coreSchemas } from './schemas.js'

const schemas = coreSchemas({ maxTextChars: 10, historyPageMax: 100 }) as Record<string, import('zod').ZodType>
const schemaOf = (t: string) => (Object.hasOwn(schemas, t) ? schemas[t] : undefined)
const limits = { maxFrameBytes: 200, maxDepth: 4 }
const decode = (s: string) => decodeFrame(Buffer.from(s), limits, schemaOf)

describe('chat.v1 codec', () => {
  // [CHAT-1.2-4] each check in order, each with its code; [CHAT-1.2-5] ref when the frame had an id
  it.each([
    ['x'.repeat(201), 'CHAT_ERR_TOO_LARGE', 'Frame is 201 bytes; the limit is 200.', undefined],
    ['[[[[[1]]]]]', 'CHAT_ERR_TOO_DEEP', 'Frame nests deeper than 4 levels.', undefined],
    ['{"type":"say"', 'CHAT_ERR_BAD_JSON', 'Frame is not valid JSON.', undefined],
    ['[1]', 'CHAT_ERR_BAD_JSON', 'Frame must be a JSON object.', undefined],
    ['null', 'CHAT_ERR_BAD_JSON', 'Frame must be a JSON object.', undefined],
    ['{"id":"a"}', 'CHAT_ERR_UNKNOWN_TYPE', 'Frame has no string "type".', 'a'],
    ['{"type":"shout","id":"b"}', 'CHAT_ERR_UNKNOWN_TYPE', 'Unknown frame type "shout".', 'b'],
    ['{"type":"toString"}', 'CHAT_ERR_UNKNOWN_TYPE', 'Unknown frame type "toString".', undefined],
    ['{"type":"say","room":"ops","text":"hi"}', 'CHAT_ERR_INVALID_FRAME', 'Field "id": Invalid input: expected string, received undefined.', undefined],
    ['{"type":"say","id":"c","room":"ops","text":"01234567890"}', 'CHAT_ERR_INVALID_FRAME', 'Field "text": Too big: expected string to have <=10 characters.', 'c'],
    ['{"type":"say","id":"c","room":"ops","text":"   "}', 'CHAT_ERR_INVALID_FRAME', 'Field "text": must not be only whitespace.', 'c'],
    ['{"type":"join","id":"d","room":"Ops"}', 'CHAT_ERR_INVALID_FRAME', 'Field "room": must be a room id (a-z, 0-9, _ and -, up to 64).', 'd'],
    ['{"type":"join","id":"e","room":"ops","extra":1}', 'CHAT_ERR_INVALID_FRAME', 'Unknown field "extra".', 'e'],
    ['{"type":"join","id":"","room":"ops"}', 'CHAT_ERR_INVALID_FRAME', 'Field "id": Too small: expected string to have >=1 characters.', undefined],
    ['{"type":"join","room":"ops","since":-1}', 'CHAT_ERR_INVALID_FRAME', 'Field "since": Too small: expected number to be >=0.', undefined],
  ])('refuses %s with %s', (input, code, message, ref) => {
    expect(decode(input)).toEqual({ ok: false, code, message, ...(ref ? { ref } : {}) })
  })

  it('counts the size in UTF-8 bytes before parsing', () => {
    expect(decode(`{"type":"rooms","id":"${'é'.repeat(90)}"}`)).toMatchObject({ ok: false, code: 'CHAT_ERR_TOO_LARGE' })
  })

  it('decodes a valid frame to its typed object', () => {
    expect(decode('{"type":"say","id":"m1","room":"ops","text":"hello"}')).toEqual({ ok: true, frame: { type: 'say', id: 'm1', room: 'ops', text: 'hello' } })
  })

  it.each([
    ['{}', 1], ['{"a":[{"b":1}]}', 3], ['"[[[["', 0], ['{"a":"\\"[["}', 1], ['[]', 1],
  ])('measures nesting of %s as %d, ignoring brackets in strings', (text, depth) => {
    expect(nestingDepth(text, 10)).toBe(depth)
  })
})
