import { describe, it, expect } from '@jest/globals'
import { isOriginAllowed } from './origin.js'

describe('isOriginAllowed', () => {
  const allow = ['http://localhost:5173']
  it.each([
    [undefined, 'hub:8080', true],
    ['http://hub:8080', 'hub:8080', true],
    ['https://hub:8080', 'hub:8080', true],
    ['http://HUB:8080', 'hub:8080', true],
    ['http://localhost:5173', 'hub:8080', true],
    ['http://evil.example', 'hub:8080', false],
    ['http://hub:8081', 'hub:8080', false],
    ['null', 'hub:8080', false],
  ])('origin %s at host %s → %s', (origin, host, expected) => {
    expect(isOriginAllowed(origin, host, allow)).toBe(expected)
  })

  it('allows any origin with *', () => {
    expect(isOriginAllowed('http://evil.example', 'hub', ['*'])).toBe(true)
  })
})
