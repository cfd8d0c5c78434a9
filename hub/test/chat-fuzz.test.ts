import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { chatAs, connectChat, joinRoom, tokenFor, type ChatClient } from './support/chat-client.js'

/** mulberry32: a small seeded PRNG so every run sends the same frames. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SEED = 0xc4a7
const FRAMES_PER_CLIENT = 1500
const TYPES = ['hello', 'rooms', 'join', 'leave', 'say', 'dm', 'dm.history', 'typing', 'presence', 'history', 'search', 'stats', 'command', '', 'SAY', '__proto__', 'constructor']

function fuzzFrames(rand: () => number, token: string): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const str = (max: number) => Array.from({ length: Math.floor(rand() * max) }, () => String.fromCharCode(Math.floor(rand() * (rand() < 0.9 ? 128 : 0xffff)))).join('')
  const value = (depth: number): unknown => {
    const r = rand()
    if (depth > 3 || r < 0.2) return pick([null, true, false, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, '', 'general', 'alice'])
    if (r < 0.5) return str(40)
    if (r < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1))
    return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [pick(['type', 'id', 'room', 'text', 'to', 'since', 'state', 'q', 'limit', 'before', str(8)]), value(depth + 1)]))
  }
  const valid = (): Record<string, unknown> => pick([
    { type: 'join', id: 'j', room: 'general', since: Math.floor(rand() * 50) },
    { type: 'say', id: `s${Math.floor(rand() * 30)}`, room: 'general', text: str(30) || 'x' },
    { type: 'typing', room: 'general', state: 'start' },
    { type: 'history', room: 'general', limit: 5 },
    { type: 'search', room: 'general', q: 'a' },
    { type: 'dm', id: 'd', to: 'bob', text: 'hi' },
    { type: 'hello', token },
    { type: 'presence', state: pick(['online', 'away']) },
  ])
  const mutate = (text: string): string => {
    const chars = [...text]
    const n = 1 + Math.floor(rand() * 4)
    for (let i = 0; i < n; i++) {
      const at = Math.floor(rand() * (chars.length + 1))
      const op = rand()
      if (op < 0.33) chars.splice(at, 1)
      else if (op < 0.66) chars.splice(at, 0, pick(['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'é', '\ud800']))
      else chars[at] = String.fromCharCode(Math.floor(rand() * 256))
    }
    return chars.join('')
  }
  const frames: string[] = []
  for (let i = 0; i < FRAMES_PER_CLIENT; i++) {
    const r = rand()
    if (r < 0.25) frames.push(mutate(JSON.stringify(valid())))
    else if (r < 0.5) frames.push(JSON.stringify({ type: pick(TYPES), ...(value(0) as object) }))
    else if (r < 0.6) frames.push(JSON.stringify({ ...valid(), [pick(['id', 'room', 'text', 'since', 'state', 'extra'])]: value(1) }))
    else if (r < 0.7) frames.push(str(200))
    else if (r < 0.75) frames.push('['.repeat(1 + Math.floor(rand() * 40)) + ']'.repeat(Math.floor(rand() * 40)))
    else if (r < 0.78) frames.push(JSON.stringify({ type: 'say', id: 'big', room: 'general', text: 'x'.repeat(Math.floor(rand() * 40_000)) }))
    else frames.push(JSON.stringify(valid()))
  }
  return frames
}

describe('chat.v1 fuzzing on a live hub', () => {
  let th: TestHub
  beforeAll(async () => { th = await startTestHub({ chatRateBurst: 100_000, chatRatePerSecond: 100_000 }) })
  afterAll(() => th.stop())

  it(`survives ${FRAMES_PER_CLIENT * 4} seeded random and mutated frames and still serves a well-behaved client`, async () => {
    const rand = prng(SEED)
    const bob = await chatAs(th, { username: 'bob' })
    const token = await tokenFor(th, { username: 'fuzz' })
    const clients: ChatClient[] = []
    for (let k = 0; k < 4; k++) {
      const c = await connectChat(th.wsUrl)
      if (k % 2 === 0) await c.request({ type: 'hello', token }) // half authenticated, half anonymous
      clients.push(c)
    }
    const allowedCloses = new Set([1003, 1007, 1008, 1009])
    await Promise.all(clients.map(async c => {
      for (const text of fuzzFrames(rand, token)) {
        if (c.ws.readyState !== c.ws.OPEN) break
        c.send(text)
      }
      const end = await Promise.race([c.request({ type: 'rooms', id: 'end' }, 20_000).catch(() => c.closed), c.closed])
      if ('code' in end && typeof end.code === 'number') expect(allowedCloses.has(end.code)).toBe(true)
      // Every frame the hub sent is well-formed: a known type, errors with a code and a message.
      for (const f of c.log) {
        expect(typeof f.type).toBe('string')
        if (f.type === 'error') expect(typeof f.code === 'string' && typeof f.message === 'string').toBe(true)
      }
    }))
    expect(clients.flatMap(c => c.log).filter(f => f.code === 'internal')).toEqual([])
    // The corpus reaches every codec refusal and the handlers' own checks.
    const codes = new Set(clients.flatMap(c => c.log).filter(f => f.type === 'error').map(f => f.code))
    for (const code of ['too_large', 'too_deep', 'bad_json', 'unknown_type', 'invalid_frame', 'not_authenticated', 'already_authenticated', 'not_joined']) expect(codes).toContain(code)

    // A well-behaved client is served normally afterwards.
    const alice = await chatAs(th, { username: 'alice' })
    const joined = await joinRoom(alice, 'general')
    expect(joined).toMatchObject({ type: 'joined', mode: 'snapshot' })
    const ack = await alice.request({ type: 'say', id: 'after-fuzz', room: 'general', text: 'still here' })
    expect(ack).toMatchObject({ type: 'ack', seq: joined.seq + 1, duplicate: false })
    expect(await bob.request({ type: 'rooms' })).toMatchObject({ type: 'rooms' })
    // The timeline stayed gap-free through it all [CHAT-5.1-1].
    const seqs = th.hub.services.rooms.store.eventsAfter('general', 0, 100_000).map(e => e.seq)
    expect(seqs).toEqual(seqs.map((_, i) => i + 1))
    await Promise.all([...clients, alice, bob].map(c => c.close()))
  })
})
