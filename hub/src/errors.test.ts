import { describe, it, expect } from '@jest/globals'
import { CHAT_ERROR_CODES, chatWireCode } from '@tether/protocol'
import { errorCatalogue } from './errors.js'

describe('error catalogue', () => {
  it('has exactly the chat.v1 error codes of @tether/protocol', () => {
    const chat = Object.keys(errorCatalogue).filter(code => code.startsWith('CHAT_ERR_')).map(chatWireCode).sort()
    expect(chat).toEqual([...CHAT_ERROR_CODES].sort())
  })

  it.each(Object.entries(errorCatalogue))('%s closes with a WebSocket code of the catalogue (1000 normal after a refusal CONNACK, 1001 going away, 1002, 1003, 1008, 1009, 1011)', (_code, entry) => {
    expect([1000, 1001, 1002, 1003, 1008, 1009, 1011]).toContain(entry.close)
  })
})
