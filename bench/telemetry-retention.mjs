#!/usr/bin/env node
/**
 * `node bench/telemetry-retention.mjs [--devices 20] [--points-per-device 10000] [--batch-seconds 1]` after `npm run build -w hub`:
 * the embedded telemetry store's size per point and what a retention pass costs, in process. Writes
 * one point a second per device with a thermostat's five fields, in batches as the hub's writer
 * makes them (every device's points of `--batch-seconds`, the default flush interval: one point per
 * device per batch), checkpoints, prints the file size per point, then deletes the older half of
 * every device's points (`store.prune`) and prints the CPU per deleted point and the longest
 * event-loop turn during the pass (what every device's messages would wait behind one slice).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { measurePass, repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => Number(argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const DEVICES = Math.min(opt('--devices', 20), 1000)
const PER = Math.min(opt('--points-per-device', 10_000), 1_000_000)
const BATCH_S = Math.max(1, opt('--batch-seconds', 1))
const { createEmbeddedStore } = await import(pathToFileURL(path.join(repoRoot, 'hub/dist/telemetry/stores/embedded.js')).href)
const Database = createRequire(path.join(repoRoot, 'hub/package.json'))('better-sqlite3')

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-retention-'))
const file = path.join(dir, 'telemetry.db')
const store = createEmbeddedStore(file)
const T0 = Date.UTC(2026, 0, 1)
try {
  for (let off = 0; off < PER; off += BATCH_S) {
    const batch = []
    for (let i = off; i < Math.min(PER, off + BATCH_S); i++) {
      for (let d = 0; d < DEVICES; d++) {
        batch.push({ measurement: 'telemetry', tags: { device: `thermostat-${d}`, room: 'lab', model: 'thermostat' },
          fields: { temperature: 20 + (i % 50) / 10, humidity: 40 + (i % 30), setpoint: 21, heating: i % 2 === 0, identifying: false }, ts: T0 + i * 1000 })
      }
    }
    await store.write(batch)
  }
  const db = new Database(file)
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const size = statSync(file).size
  console.log(`${DEVICES * PER} points (5 fields each): telemetry.db ${(size / 1e6).toFixed(1)} MB, ${Math.round(size / (DEVICES * PER))} bytes per point`)

  await measurePass('point', () => store.prune(T0 + (PER / 2) * 1000))
} finally {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
