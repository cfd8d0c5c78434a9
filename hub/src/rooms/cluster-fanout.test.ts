import { describe, expect, it } from '@jest/globals'
import type { ClusterBus } from '../cluster/bus.js'
import { createLogger } from '../logger.js'
import { createMemoryRoomStore } from './memory-store.js'
import { createRoomFanout } from './cluster-fanout.js'
import type { RoomEvent } from './room-service.js'
import type { TimelineEntry } from './types.js'
import { createManualClock } from '../../test/support/manual-clock.js'

/** A bus that records what this hub publishes and lets the test play what other hubs publish. */
function fakeBus() {
  const published: RoomEvent[] = []
  let remote: ((e: RoomEvent) => void) | null = null
  const bus = {
    publish: (_topic: string, e: RoomEvent) => { published.push(e) },
    onRemote: async (_topic: string, fn: (e: RoomEvent) => void) => { remote = fn; return () => { remote = null } },
  } as unknown as ClusterBus
  return { bus, published, fromOtherHub: (e: RoomEvent) => remote!(e) }
}

async function setup() {
  const store = createMemoryRoomStore()
  store.createRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer', createdAt: 1 })
  const clock = createManualClock(0)
  const { bus, published, fromOtherHub } = fakeBus()
  const fanout = createRoomFanout({ bus, store, logger: createLogger('silent'), typingTtlMs: 1000, timers: clock })
  await fanout.start()
  const seen: RoomEvent[] = []
  const emit = fanout.wrap(e => seen.push(e))
  /** An entry appended "on another hub": in the shared store, its announcement not yet here. */
  const appendElsewhere = (text: string): TimelineEntry =>
    store.append('ops', { body: { kind: 'message', author: { id: 'u', username: 'u' }, text, system: false }, ts: 0 })
  const seqs = () => seen.flatMap(e => (e.type === 'entry' ? [e.entry.seq] : []))
  return { store, clock, published, fromOtherHub, emit, seen, appendElsewhere, seqs }
}

describe('room events across the hubs of a cluster', () => {
  it('publishes local events and delivers them here', async () => {
    const t = await setup()
    const e = t.appendElsewhere('one')
    t.emit({ type: 'entry', room: 'ops', entry: e })
    expect(t.published).toEqual([{ type: 'entry', room: 'ops', entry: e }])
    expect(t.seqs()).toEqual([1])
  })

  // [CHAT-5.1-2]
  it.each([
    ['in order', [1, 2, 3], [1, 2, 3]],
    ['crossed: 3 announced before 2', [1, 3, 2], [1, 2, 3]],
    ['only the last announced', [3], [1, 2, 3]],
    ['repeated', [1, 1, 2, 2], [1, 2]],
  ])('hands sessions each entry once in seq order when announcements arrive %s', async (_name, order, expected) => {
    const t = await setup()
    const entries = [t.appendElsewhere('a'), t.appendElsewhere('b'), t.appendElsewhere('c')]
    for (const seq of order) t.fromOtherHub({ type: 'entry', room: 'ops', entry: entries[seq - 1]! })
    expect(t.seqs()).toEqual(expected)
  })

  it('orders a local entry after a remote one it overtook', async () => {
    const t = await setup()
    const remote = t.appendElsewhere('remote')
    const local = t.appendElsewhere('local')
    t.emit({ type: 'entry', room: 'ops', entry: local })
    t.fromOtherHub({ type: 'entry', room: 'ops', entry: remote })
    expect(t.seqs()).toEqual([1, 2])
  })

  // [CHAT-8.1-3]
  it('ends a remote typing indicator after the TTL when its hub never says stop, and delivers no late stop', async () => {
    const t = await setup()
    const user = { id: 'u2', username: 'bob' }
    t.fromOtherHub({ type: 'typing', room: 'ops', user, state: 'start' })
    t.clock.advance(2000)
    t.fromOtherHub({ type: 'typing', room: 'ops', user, state: 'stop' })
    expect(t.seen.filter(e => e.type === 'typing').map(e => e.type === 'typing' && e.state)).toEqual(['start', 'stop'])
  })

  it('passes a remote stop that comes in time', async () => {
    const t = await setup()
    const user = { id: 'u2', username: 'bob' }
    t.fromOtherHub({ type: 'typing', room: 'ops', user, state: 'start' })
    t.fromOtherHub({ type: 'typing', room: 'ops', user, state: 'stop' })
    t.clock.advance(5000)
    expect(t.seen.filter(e => e.type === 'typing').map(e => e.type === 'typing' && e.state)).toEqual(['start', 'stop'])
  })
})
