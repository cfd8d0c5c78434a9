import { describe, it, expect } from '@jest/globals'
import { cacheControlFor, pickEncoding, type Encoding } from './static-assets.js'

describe('pickEncoding', () => {
  const both: Encoding[] = ['br', 'gzip']
  it.each<[string | undefined, Encoding[], Encoding | null]>([
    [undefined, both, null],
    ['', both, null],
    ['gzip, deflate, br, zstd', both, 'br'],
    ['gzip, deflate', both, 'gzip'],
    ['br;q=0, gzip', both, 'gzip'],
    ['br', ['gzip'], null],
    ['*', both, 'br'],
    ['*, br;q=0', both, 'gzip'],
    ['identity', both, null],
    ['BR', both, 'br'],
  ])('%j with %j → %s', (accept, available, expected) => {
    expect(pickEncoding(accept, available)).toBe(expected)
  })
})

describe('cacheControlFor', () => {
  it.each([
    ['/assets/index-BXOtHUDB.js', 'public, max-age=31536000, immutable'],
    ['/assets/mqtt.esm-QzmTTts4.js', 'public, max-age=31536000, immutable'],
    ['/assets/index-BRSrjc7h.css', 'public, max-age=31536000, immutable'],
    ['/index.html', 'no-cache'],
    ['/favicon.svg', 'no-cache'],
    ['/assets/logo.svg', 'no-cache'],
  ])('%s → %s', (p, expected) => {
    expect(cacheControlFor(p)).toBe(expected)
  })
})
