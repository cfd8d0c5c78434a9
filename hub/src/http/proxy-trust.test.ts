import { describe, it, expect } from '@jest/globals'
import { checkTrustProxy, clientAddress, compileTrust } from './proxy-trust.js'

describe('proxy trust', () => {
  it.each([
    // setting, socket peer, X-Forwarded-For, client address
    ['', '127.0.0.1', '6.6.6.6', '127.0.0.1'],
    ['', '203.0.113.9', undefined, '203.0.113.9'],
    ['off', '::ffff:127.0.0.1', '6.6.6.6', '127.0.0.1'],
    ['loopback', '127.0.0.1', '198.51.100.7', '198.51.100.7'],
    ['loopback', '::1', '198.51.100.7', '198.51.100.7'],
    ['loopback', '::ffff:127.0.0.1', '198.51.100.7', '198.51.100.7'],
    // nginx $proxy_add_x_forwarded_for appends the peer: a forged left part is skipped.
    ['loopback', '127.0.0.1', '6.6.6.6, 198.51.100.7', '198.51.100.7'],
    ['loopback', '203.0.113.9', '6.6.6.6', '203.0.113.9'],
    ['10.0.0.0/24', '10.0.0.5', '198.51.100.7', '198.51.100.7'],
    ['10.0.0.0/24', '10.0.1.5', '198.51.100.7', '10.0.1.5'],
    ['10.0.0.5, 10.0.0.6', '10.0.0.6', '10.0.0.5, 198.51.100.7', '198.51.100.7'],
    ['uniquelocal', '192.168.1.2', '10.1.1.1, 172.16.0.1', '10.1.1.1'],
    ['1', '203.0.113.9', '6.6.6.6, 198.51.100.7', '198.51.100.7'],
    ['2', '203.0.113.9', '6.6.6.6, 198.51.100.7', '6.6.6.6'],
    ['3', '203.0.113.9', '198.51.100.7', '198.51.100.7'],
    ['1', '203.0.113.9', undefined, '203.0.113.9'],
    ['loopback', '127.0.0.1', 'not-an-ip', 'not-an-ip'],
    ['loopback', '127.0.0.1', ['6.6.6.6', '198.51.100.7'], '198.51.100.7'],
  ])('trust %j, peer %s, X-Forwarded-For %j → %s', (setting, peer, xff, expected) => {
    expect(clientAddress(peer, xff, compileTrust(setting))).toBe(expected)
  })

  it.each([
    ['true', /trusting every hop/],
    ['10.0.0.300', /not an address/],
    ['10.0.0.0/33', /bad prefix/],
    ['proxy.example.com', /not an address/],
  ])('refuses %j with a sentence naming the fix', (setting, message) => {
    expect(checkTrustProxy(setting)).toMatch(message)
  })

  it.each(['', 'off', '1', 'loopback', '10.0.0.0/8, ::1, fd00::/8'])('accepts %j', setting => {
    expect(checkTrustProxy(setting)).toBeNull()
  })
})
