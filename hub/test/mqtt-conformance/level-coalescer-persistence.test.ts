import { describe, it, afterAll } from '@jest/globals'
import assert from 'node:assert'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Level } from 'level'
import levelPersistence from 'aedes-persistence-level'
import abstract from 'aedes-persistence/abstract.js'
import { LevelWriteCoalescer } from '../../src/protocols/mqtt/level-write-coalescer.js'
import { ClientKeyIndex } from '../../src/protocols/mqtt/client-key-index.js'

/*
 * The hub hands aedes-persistence-level a LevelWriteCoalescer instead of the LevelDB itself, so a
 * turn's writes become one batch. The persistence's upstream contract suite (aedes-persistence's
 * `abstract.js`, written for node:test) runs here against that stack on a real LevelDB: the same
 * cases, with node:assert as `t.assert` (its `t.plan` counts are not checked).
 */
const base = mkdtempSync(path.join(tmpdir(), 'tether-coalesced-suite-'))
let n = 0
afterAll(() => rmSync(base, { recursive: true, force: true }))

type Case = (t: unknown) => Promise<void>
const test = (name: string, fn: Case) => it(name, () => fn({ assert, plan() {}, diagnostic() {} }), 20_000)

describe('aedes-persistence-level on the write coalescer: the contract suite', () => {
  abstract({
    test,
    persistence: () => levelPersistence(new LevelWriteCoalescer(new Level(path.join(base, String(n++)))) as never),
  })
})

// The hub's full stack: the client key index (reads for a client with nothing stored answered from memory) on the coalescer.
describe('aedes-persistence-level on the client key index and the write coalescer: the contract suite', () => {
  abstract({
    test,
    persistence: () => levelPersistence(new ClientKeyIndex(new LevelWriteCoalescer(new Level(path.join(base, String(n++))))) as never),
  })
})
