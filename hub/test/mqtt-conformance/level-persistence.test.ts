import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

/**
 * patches/aedes-persistence-level+*.patch keeps the outgoing QoS 1/2 messages this process wrote in
 * memory (encoded, as stored), so an update or a PUBACK needs no LevelDB read of them back, and
 * writes an update as one batch. The persistence's own upstream contract suite (aedes-persistence's
 * `abstract.js`, 50 cases on node:test) must still pass against it on a real LevelDB.
 */
const suite = path.join(path.dirname(fileURLToPath(import.meta.url)), 'suites/level-persistence.cjs')

describe('aedes-persistence-level with the outgoing-message cache', () => {
  it('passes aedes-persistence\'s contract suite', () => {
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', suite], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } })
    const summary = /# pass (\d+)[\s\S]*# fail (\d+)/.exec(run.stdout)
    expect({ status: run.status, failures: run.stdout.split('\n').filter(l => l.startsWith('not ok')).slice(0, 5) }).toEqual({ status: 0, failures: [] })
    expect(Number(summary?.[2])).toBe(0)
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(40)
  }, 150_000)
})
