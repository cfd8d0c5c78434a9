import { describe, it, expect } from '@jest/globals'
import { generateDeviceToken, hashDeviceToken, deviceTokenMatches } from './device-token.js'

describe('device tokens', () => {
  it('are 32 random bytes in base64url', () => {
    const a = generateDeviceToken()
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(generateDeviceToken()).not.toBe(a)
  })

  it('match their stored SHA-256 only', () => {
    const token = generateDeviceToken()
    const stored = hashDeviceToken(token)
    expect(stored).not.toContain(token)
    expect(deviceTokenMatches(token, stored)).toBe(true)
    expect(deviceTokenMatches(generateDeviceToken(), stored)).toBe(false)
    expect(deviceTokenMatches(token, 'short')).toBe(false)
  })
})
