import { afterAll, describe, expect, it } from '@jest/globals'
import { Writable } from 'node:stream'
import { createLogger } from '../../src/logger.js'
import { startClusterEngines, startClusterHub, stopCluster, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import type { TestHub } from '../support/test-hub.js'

const DAY = 86_400_000

/** A debug-level logger whose lines the test can read. */
function recordingLogger() {
  const lines: Array<{ msg: string; what?: string; deleted?: number }> = []
  const stream = new Writable({ write(chunk, _enc, done) { for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l)); done() } })
  return { logger: createLogger('debug', stream), lines }
}

describe('retention in a cluster', () => {
  let engines: ClusterEngines | undefined
  let a: TestHub | undefined
  let b: TestHub | undefined
  afterAll(() => stopCluster(engines, a, b), 30_000)

  it('runs each pass on one hub: the other leaves it to the hub that claimed it', async () => {
    engines = await startClusterEngines()
    const logs = [recordingLogger(), recordingLogger()]
    a = await startClusterHub(engines, 'hub-a', { chatRetentionDays: 1 }, { logger: logs[0]!.logger })
    b = await startClusterHub(engines, 'hub-b', { chatRetentionDays: 1 }, { logger: logs[1]!.logger })
    // Old messages in the shared store, before either hub's first pass (5 s after its start).
    const author = { id: 'u_1', username: 'olga' }
    for (let i = 0; i < 5; i++) a.hub.services.rooms.store.append('general', { body: { kind: 'message', author, text: `old ${i}`, system: false }, ts: Date.now() - 3 * DAY })
    a.hub.services.rooms.postSystemMessage('general', 'the newest event stays')

    const skipped = (i: number) => logs[i]!.lines.some(l => l.msg.startsWith('retention pass left to') && l.what === 'room events and direct messages')
    const pruned = async (hub: TestHub) => (await hub.hub.metrics.registry.getSingleMetric('tether_chat_pruned_total')!.get()).values[0]?.value ?? 0
    await waitFor(async () => skipped(0) || skipped(1), 20_000, 'one hub to leave the pass to the other')
    await waitFor(async () => (await pruned(a!)) + (await pruned(b!)) === 5, 20_000, 'the claiming hub to delete the old messages')
    const runner = skipped(0) ? b : a
    expect(await pruned(runner)).toBe(5)
    expect(skipped(0) && skipped(1)).toBe(false)
    expect(a.hub.services.rooms.store.eventsAfter('general', 0, 100).filter(e => e.ts < Date.now() - DAY)).toEqual([])
  }, 60_000)
})
