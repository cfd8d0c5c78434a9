import { describe, it, expect } from '@jest/globals'
import { bearerToken } from './auth-middleware.js'

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['BEARER abc.def.ghi', 'abc.def.ghi'],
    ['bEaReR   abc.def.ghi', 'abc.def.ghi'],
    ['Bearer abc.def.ghi  ', 'abc.def.ghi'],
    ['Bearer a-b_c~d+e/f==', 'a-b_c~d+e/f=='],
    ['Bearer', null],
    ['Bearer ', null],
    ['Bearerabc', null],
    ['Basic YWRtaW46eA==', null],
    ['Bearer a b', null],
    ['Bearer a=b', null],
    ['Bearer\tabc', null],
    [undefined, null],
  ])('%j → %j (scheme case-insensitive, RFC 9110 §11.1)', (header, token) => {
    expect(bearerToken(header)).toBe(token)
  })
})
