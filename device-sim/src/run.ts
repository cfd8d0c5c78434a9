import { startControlServer, type ControlServer } from './control-server.js'
import type { Log } from './log.js'
import { models } from './models/index.js'
import type { SimOptions } from './options.js'
import { planFleet } from './provisioning/fleet-plan.js'
import { createHubApi } from './provisioning/hub-api.js'
import { provisionFleet, type ProvisionReport } from './provisioning/provision.js'
import { seededRandom, systemRandom } from './random.js'
import { SimDevice } from './runtime/device.js'
import { Fleet } from './runtime/fleet.js'

export interface RunningFleet {
  fleet: Fleet
  control: ControlServer | null
  report: ProvisionReport
  /** Clean shutdown: every device publishes offline and disconnects; the control server closes. */
  stop(): Promise<void>
}

type RunOptions = Pick<SimOptions, 'devices' | 'hub' | 'api' | 'adminToken' | 'adminUser' | 'adminPassword' | 'credentials' | 'prefix' | 'models' | 'rooms' | 'rotateTokens' | 'controlPort' | 'faults' | 'intervalMs' | 'keepaliveS' | 'seed'> & { allowUnregistered?: boolean }

/** Provisions the fleet, starts it and (optionally) its control server; shared by the CLI and the demo. */
export async function runFleet(o: RunOptions, log: Log): Promise<RunningFleet> {
  const planned = planFleet({ count: o.devices, prefix: o.prefix, models: o.models, rooms: o.rooms })
  const report = await provisionFleet({
    api: createHubApi(o.api), apiUrl: o.api, credentialsFile: o.credentials, devices: planned,
    adminToken: o.adminToken, adminUser: o.adminUser, adminPassword: o.adminPassword, rotate: o.rotateTokens, allowUnregistered: o.allowUnregistered, log,
  })
  const devices = report.devices.map((d, i) => new SimDevice({
    id: d.id, token: d.token, url: o.hub, model: models[d.model], room: d.room,
    // One stream per device, so a seeded fleet is reproducible device by device.
    rng: o.seed === undefined ? systemRandom : seededRandom(o.seed + i),
    intervalMs: o.intervalMs, keepaliveS: o.keepaliveS, log,
  }))
  const fleet = new Fleet(devices, log)
  fleet.start(Math.min(2_000, devices.length * 20))
  let control: ControlServer | null = null
  if (o.controlPort >= 0) {
    try {
      control = await startControlServer(fleet, o.controlPort, log)
    } catch (err) {
      // A busy default port should not sink a demo: take any free one (it is printed).
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') { await fleet.stop(); throw err }
      log('warn', 'control port busy; using a free one', { port: o.controlPort })
      control = await startControlServer(fleet, 0, log)
    }
  }
  const faultTimers = o.faults.map(f => setTimeout(() => {
    try { fleet.injectFault(f.spec, f.device) } catch (err) { log('error', 'fault not applied', { err: (err as Error).message }) }
  }, f.atMs))
  return {
    fleet, control, report,
    async stop() {
      for (const t of faultTimers) clearTimeout(t)
      await control?.close()
      await fleet.stop()
    },
  }
}
