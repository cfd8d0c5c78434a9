import { describe, it, expect } from '@jest/globals'
import { hasBody, isJsonType } from './json-content-type.js'

describe('isJsonType', () => {
  it.each<[string | undefined, boolean]>([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/merge-patch+json', true],
    ['text/plain', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isJsonType(type)).toBe(expected)
  })
})

describe('hasBody', () => {
  it.each<[Record<string, string>, boolean]>([
    [{}, false],
    [{ 'content-length': '0' }, false],
    [{ 'content-length': '12' }, true],
    [{ 'transfer-encoding': 'chunked' }, true],
  ])('%o → %s', (headers, expected) => {
    expect(hasBody(headers)).toBe(expected)
  })
})
