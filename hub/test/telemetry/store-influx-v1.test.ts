import { afterAll, beforeAll } from '@jest/globals'
import { createInfluxV1Store } from '../../src/telemetry/stores/influx-v1.js'
import type { TelemetryStore } from '../../src/telemetry/store.js'
import { influxdAvailable, startInfluxd, type Influxd } from '../support/influxd.js'
import { storeCases } from './store-cases.js'

// Under CI=true a missing influxd fails the run (beforeAll throws); locally too: it is installed here.
let influxd: Influxd
let store: TelemetryStore
beforeAll(async () => {
  if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
  influxd = await startInfluxd()
  store = createInfluxV1Store({ url: influxd.url, database: 'cases', timeoutMs: 5000 })
  await store.ping() // creates the database
}, 30_000)
afterAll(async () => { await influxd?.destroy() })

storeCases('influx-v1 (real influxd 1.x)', () => store, async device => {
  const res = await influxd.query('cases', `SELECT "room", "temp" FROM "telemetry" WHERE "device" = '${device}'`)
  return ((res.results[0].series?.[0]?.values ?? []) as unknown[][]).map(r => r[1] as string | null)
})
