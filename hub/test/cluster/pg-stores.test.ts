import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { PgError, SyncPg } from '../../src/cluster/sync-pg.js'
import { MIGRATIONS, migrate } from '../../src/cluster/pg-migrations.js'
import { accountStoreCases } from '../../src/identity/stores/account-store.cases.js'
import { deviceStoreCases } from '../../src/identity/stores/device-store.cases.js'
import { createPgAccountStore } from '../../src/identity/stores/pg-account-store.js'
import { createPgDeviceStore } from '../../src/identity/stores/pg-device-store.js'
import { roomStoreCases } from '../../src/rooms/room-store.cases.js'
import { createPgRoomStore } from '../../src/rooms/pg-store.js'
import { commandStoreCases } from '../../src/commands/command-store.cases.js'
import { createPgCommandStore } from '../../src/commands/pg-command-store.js'
import { alarmStoreCases } from '../../src/alarms/alarm-store.cases.js'
import { createPgAlarmStore } from '../../src/alarms/pg-alarm-store.js'
import { createOperatorAccounts } from '../../src/identity/operator-accounts.js'
import { bootstrapAdmin } from '../../src/identity/bootstrap-admin.js'
import { HubEvents } from '../../src/events.js'
import { createLogger } from '../../src/logger.js'
import { freePort, waitFor } from '../support/free-port.js'
import { startTcpProxy, viaPort } from '../support/tcp-proxy.js'
import { postgresAvailable, startPostgres, type PostgresServer } from '../support/postgres.js'

/** The PostgreSQL stores of cluster mode pass the same case files as memory and SQLite. */
let server: PostgresServer
let db: SyncPg
const TABLES = 'accounts, devices, hub_secrets, chat_rooms, chat_events, chat_members, chat_dm_convs, chat_dms, commands, alarm_rules, alarms, alarm_webhooks, alarm_webhook_deliveries'
const fresh = () => { db.query(`TRUNCATE ${TABLES}`); return db }

beforeAll(async () => {
  if (!postgresAvailable()) throw new Error('PostgreSQL (Debian package postgresql) is not installed')
  server = await startPostgres()
  await migrate(server.url)
  db = new SyncPg(server.url)
}, 60_000)
afterAll(async () => {
  db?.close()
  await server?.destroy()
}, 30_000)

accountStoreCases('postgres', () => createPgAccountStore(fresh()))
deviceStoreCases('postgres', () => createPgDeviceStore(fresh()))
roomStoreCases('postgres', () => createPgRoomStore(fresh()))
commandStoreCases('postgres', () => createPgCommandStore(fresh()))
alarmStoreCases('postgres', () => createPgAlarmStore(fresh()))

describe('the synchronous PostgreSQL bridge', () => {
  it('throws PostgreSQL\'s error with its SQLSTATE and keeps answering afterwards', () => {
    let caught: unknown
    try { db.query('SELECT * FROM no_such_table') } catch (err) { caught = err }
    expect(caught).toBeInstanceOf(PgError)
    expect(caught).toMatchObject({ code: '42P01', message: expect.stringContaining('no_such_table') })
    expect(db.query<{ n: number }>('SELECT 41 + 1 AS n')).toEqual([{ n: 42 }])
  })

  it('fails a call with HUB_ERR_UNAVAILABLE when PostgreSQL refuses connections, instead of blocking on', async () => {
    const nobody = new SyncPg(`postgresql://tether@127.0.0.1:${await freePort()}/tether`, { timeoutMs: 500 })
    try {
      expect(() => nobody.query('SELECT 1')).toThrow(expect.objectContaining({ code: 'HUB_ERR_UNAVAILABLE', status: 503 }))
      expect(nobody.available).toBe(false)
    } finally { nobody.close() }
  })

  it('behind a dead link: the waiting call is woken by the watchdog, later calls fail at once without asking, and all is well once it answers again', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(server.url).port) })
    const timeoutMs = 5000
    const changes: boolean[] = []
    const linked = new SyncPg(viaPort(server.url, proxy.port), { timeoutMs, probeMs: 100, onAvailability: ok => changes.push(ok) })
    try {
      expect(linked.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }])
      await proxy.blackhole()
      // The connection is open and silent: only the watchdog's ping (≤ 1 s) can tell.
      const t0 = performance.now()
      expect(() => linked.query('SELECT 2')).toThrow(expect.objectContaining({ code: 'HUB_ERR_UNAVAILABLE' }))
      expect(performance.now() - t0).toBeLessThan(timeoutMs)
      await waitFor(async () => changes.includes(false), 5000, 'the unavailable notice')
      expect(linked.available).toBe(false)
      expect(linked.unavailableReason).toMatch(/timeout|terminated/i)
      // Nothing is sent for a call while PostgreSQL is known to be unreachable. The watchdog keeps
      // probing meanwhile (its pings and reconnects also pass the proxy), so the check is on the
      // call's own text, which reaches the proxy even when the link is dead.
      const t1 = performance.now()
      expect(() => linked.transaction([{ text: 'SELECT 3 AS never_sent' }])).toThrow(expect.objectContaining({ code: 'HUB_ERR_UNAVAILABLE', details: { dependency: 'postgres' } }))
      expect(performance.now() - t1).toBeLessThan(timeoutMs / 10)
      expect(await proxy.clientsSent('SELECT 2')).toBe(true) // the call made before the notice did go out
      expect(await proxy.clientsSent('never_sent')).toBe(false)
      await proxy.forward()
      await waitFor(async () => linked.available, 10_000, 'PostgreSQL reachable again')
      expect(changes).toEqual([false, true])
      expect(linked.query<{ n: number }>('SELECT 4 AS n')).toEqual([{ n: 4 }])
    } finally {
      linked.close()
      await proxy.close()
    }
  })

  it('replaces a worker that ends: calls fail as unavailable meanwhile, then answer again', async () => {
    const changes: boolean[] = []
    const own = new SyncPg(server.url, { probeMs: 100, onAvailability: ok => changes.push(ok) })
    try {
      expect(own.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }])
      await (own as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate()
      expect(own.available).toBe(false)
      expect(() => own.query('SELECT 2')).toThrow(expect.objectContaining({ code: 'HUB_ERR_UNAVAILABLE' }))
      await waitFor(async () => own.available, 10_000, 'a new worker')
      expect(changes).toEqual([false, true])
      expect(own.query<{ n: number }>('SELECT 3 AS n')).toEqual([{ n: 3 }])
    } finally { own.close() }
  })

  it('rolls a failed transaction back whole', () => {
    fresh()
    expect(() => db.transaction([
      { text: "INSERT INTO hub_secrets (name, value) VALUES ('a', 'x')" },
      { text: "INSERT INTO hub_secrets (name, value) VALUES ('a', 'y')" },
    ])).toThrow(PgError)
    expect(db.query('SELECT name FROM hub_secrets')).toEqual([])
  })
})

describe('hubs starting together on one database', () => {
  it('create the admin account once; the others start without it failing', async () => {
    const hubs = [0, 1, 2].map(() => createOperatorAccounts({ store: createPgAccountStore(fresh()), events: new HubEvents(), now: Date.now, passwordCost: { N: 1024, r: 8, p: 1 } }))
    const printed: string[] = []
    const results = await Promise.all(hubs.map(accounts => bootstrapAdmin({ accounts, configuredPassword: '', logger: createLogger('silent'), print: l => printed.push(l) })))
    expect(results.filter(r => r.created)).toHaveLength(1)
    expect(printed).toHaveLength(1) // only the password that works is shown
    expect(db.query('SELECT username FROM accounts')).toEqual([{ username: 'admin' }])
  })
})

describe('PostgreSQL schema migrations', () => {
  it('apply once under the advisory lock when several hubs start together', async () => {
    const url = await server.createDatabase('racing')
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)])
    expect(runs.flat().sort()).toEqual(MIGRATIONS.map(m => m.version))
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query('SELECT version FROM schema_versions ORDER BY version')
    await client.end()
    expect(rows.map(r => r.version)).toEqual(MIGRATIONS.map(m => m.version))
  }, 30_000)

  it('gives concurrent appends from two connections gap-free sequence numbers [CHAT-5.1-1]', () => {
    const a = createPgRoomStore(fresh())
    const other = new SyncPg(server.url)
    try {
      const b = createPgRoomStore(other)
      a.createRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer', createdAt: 1 })
      const seqs: number[] = []
      for (let i = 0; i < 20; i++) {
        const store = i % 2 ? a : b
        seqs.push(store.append('ops', { body: { kind: 'device', deviceId: 'd', event: `e${i}` }, ts: i }).seq)
      }
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
      expect(b.eventsAfter('ops', 0, 100).map(e => e.seq)).toEqual(seqs)
    } finally { other.close() }
  })
})
