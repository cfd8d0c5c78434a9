import { describe, it, expect } from '@jest/globals'
import { createOncePerWindow } from './once-per-window.js'

describe('once per window', () => {
  it('reports a key once per window', () => {
    let t = 0
    const once = createOncePerWindow(60_000, () => t)
    expect(once.shouldReport('d1')).toBe(true)
    t = 59_999
    expect(once.shouldReport('d1')).toBe(false)
    expect(once.shouldReport('d2')).toBe(true)
    t = 60_000
    expect(once.shouldReport('d1')).toBe(true)
  })

  it('keeps a bounded number of keys', () => {
    const once = createOncePerWindow(60_000, () => 0, 10)
    for (let i = 0; i < 100; i++) once.shouldReport(`k${i}`)
    expect(once.size()).toBeLessThanOrEqual(10)
  })
})
