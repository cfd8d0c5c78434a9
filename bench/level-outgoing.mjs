#!/usr/bin/env node
/**
 * `node bench/level-outgoing.mjs [--module <asyncPersistence.js>]… [--messages 3000] [--rounds 3]`:
 * aedes-persistence-level alone on a real LevelDB, in process: the life of one QoS 1 message to a
 * persistent session (a command to a device) — enqueued, updated with its packet id when sent,
 * cleared by the PUBACK — as CPU and wall µs per message. Several `--module`s alternate round by
 * round (A/B); the default is the installed, patched one. For the stock file, unpack
 * `npm pack aedes-persistence-level@9.2.0` next to the installed package and point `--module` at it.
 */
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from './lib/util.mjs'

const require = createRequire(import.meta.url)
const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const modules = argv.flatMap((a, i) => (a === '--module' ? [path.resolve(argv[i + 1])] : []))
if (modules.length === 0) modules.push(path.join(repoRoot, 'node_modules/aedes-persistence-level/asyncPersistence.js'))
const N = Number(opt('--messages', '3000'))
const rounds = Number(opt('--rounds', '3'))
const { Level } = require('level')

async function once(file) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-level-bench-'))
  const db = new Level(dir)
  await db.open()
  const Persistence = require(file)
  const p = new Persistence(db)
  await p.setup({ id: 'b1' })
  const client = { id: 'dev-1' }
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  for (let i = 1; i <= N; i++) {
    const packet = { cmd: 'publish', topic: 'devices/dev-1/commands', payload: Buffer.from(`{"id":"c${i}","name":"reboot"}`), qos: 1, retain: false, dup: false, brokerId: 'b1', brokerCounter: i }
    await p.outgoingEnqueue({ clientId: 'dev-1' }, packet)
    const sent = { ...packet, messageId: (i % 65535) + 1 }
    await p.outgoingUpdate(client, sent)
    const acked = await p.outgoingClearMessageId(client, { messageId: sent.messageId })
    if (acked?.brokerCounter !== i) throw new Error('the PUBACK cleared another message')
  }
  const c = process.cpuUsage(c0)
  const wall = performance.now() - t0
  await db.close()
  rmSync(dir, { recursive: true, force: true })
  return { cpuUs: (c.user + c.system) / N, wallUs: wall * 1000 / N }
}

const runs = modules.map(() => [])
for (let r = 0; r < rounds; r++) for (let i = 0; i < modules.length; i++) runs[i].push(await once(modules[i]))
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
for (let i = 0; i < modules.length; i++) {
  console.log(JSON.stringify({ module: path.relative(repoRoot, modules[i]), messages: N, rounds,
    cpuUsPerMessage: Math.round(median(runs[i].map(x => x.cpuUs))), wallUsPerMessage: Math.round(median(runs[i].map(x => x.wallUs))),
    cpuUsRuns: runs[i].map(x => Math.round(x.cpuUs)) }))
}
