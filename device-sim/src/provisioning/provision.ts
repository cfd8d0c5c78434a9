import type { Log } from '../log.js'
import { hubEntry, loadCredentials, saveCredentials } from './credentials.js'
import { planProvisioning, type PlannedDevice } from './fleet-plan.js'
import { HubApiError, type HubApi } from './hub-api.js'

export interface ProvisionOptions {
  api: HubApi
  apiUrl: string
  credentialsFile: string
  devices: PlannedDevice[]
  /** An admin JWT, or the admin's user name and password to log in with. */
  adminToken?: string
  adminUser?: string
  adminPassword?: string
  /** Rotate every token even when one is cached. */
  rotate?: boolean
  /** A hub without the device registry (404 on the API) runs the fleet unregistered (demo only). */
  allowUnregistered?: boolean
  log: Log
}

export interface ProvisionedDevice extends PlannedDevice { token: string }

export interface ProvisionReport {
  devices: ProvisionedDevice[]
  created: string[]
  rotated: string[]
  reused: string[]
}

/**
 * Makes sure every planned device exists on the hub and has a known token, re-using what the
 * credentials file holds. Saves after each change, so a failure half-way loses no token.
 * Without admin credentials, runs from the credentials file alone (or says what is missing).
 */
export async function provisionFleet(o: ProvisionOptions): Promise<ProvisionReport> {
  const creds = loadCredentials(o.credentialsFile)
  const entry = hubEntry(creds, o.apiUrl)
  const report: ProvisionReport = { devices: [], created: [], rotated: [], reused: [] }
  const hasAdmin = Boolean(o.adminToken || o.adminPassword)

  if (!hasAdmin) {
    const missing = o.devices.filter(d => !entry.devices[d.id]).map(d => d.id)
    if (missing.length) {
      throw new Error(`no token for ${missing.length} device(s) (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}) in ${o.credentialsFile}; pass --admin-password (or TETHER_ADMIN_PASSWORD) or --admin-token so the simulator can register them`)
    }
    for (const d of o.devices) { report.devices.push({ ...d, token: entry.devices[d.id]!.token }); report.reused.push(d.id) }
    return report
  }

  let admin: string
  let onHub: Set<string>
  try {
    admin = o.adminToken ?? await o.api.login(o.adminUser ?? 'admin', o.adminPassword!)
    onHub = new Set((await o.api.listDevices(admin)).map(d => d.id))
  } catch (err) {
    if (!(o.allowUnregistered && err instanceof HubApiError && err.status === 404)) throw err
    o.log('warn', 'this hub has no device registry; devices connect unregistered')
    for (const d of o.devices) { report.devices.push({ ...d, token: '' }); report.reused.push(d.id) }
    return report
  }
  const plan = planProvisioning(o.devices.map(d => d.id), onHub, new Set(Object.keys(entry.devices)), o.rotate)
  for (const d of o.devices) {
    const action = plan.get(d.id)!
    let token: string
    if (action === 'reuse') {
      token = entry.devices[d.id]!.token
      report.reused.push(d.id)
    } else if (action === 'create') {
      try {
        token = (await o.api.createDevice(admin, { id: d.id, name: d.name, room: d.room, model: d.model })).token
        report.created.push(d.id)
      } catch (err) {
        // Registered meanwhile (another simulator run): take it over with a fresh token.
        if (!(err instanceof HubApiError && err.status === 409)) throw err
        token = await o.api.rotateToken(admin, d.id)
        report.rotated.push(d.id)
      }
    } else {
      token = await o.api.rotateToken(admin, d.id)
      report.rotated.push(d.id)
    }
    if (action !== 'reuse') {
      entry.devices[d.id] = { token, model: d.model, room: d.room }
      saveCredentials(o.credentialsFile, creds)
    }
    report.devices.push({ ...d, token })
  }
  o.log('info', 'fleet provisioned', { created: report.created.length, rotated: report.rotated.length, reused: report.reused.length })
  return report
}
