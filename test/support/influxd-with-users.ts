import { startInfluxd, influxdAvailable, type Influxd } from '../../hub/test/support/influxd.js'

export { influxdAvailable }

export interface InfluxUsers {
  database: string
  adminUser: string
  adminPassword: string
  user: string
  userPassword: string
}

type QueryResult = { results: Array<{ series?: Array<{ columns: string[]; values: unknown[][] }>; error?: string }> }

export interface AuthInfluxd {
  influxd: Influxd
  url: string
  /** InfluxQL as the given user (HTTP basic auth); throws on any error in the answer. */
  query(q: string, as?: { user: string; password: string }): Promise<QueryResult>
  destroy(): Promise<void>
}

/**
 * A real influxd 1.x (the shared test helper) with authentication on, provisioned the way the
 * `influxdb:1.x` image's first-start init does from INFLUXDB_DB / _ADMIN_USER / _USER: an admin,
 * the database, and a user with ALL on that database only (no admin rights).
 */
export async function startInfluxdWithUsers(users: InfluxUsers): Promise<AuthInfluxd> {
  const influxd = await startInfluxd({ authEnabled: true })
  async function query(q: string, as?: { user: string; password: string }): Promise<QueryResult> {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    if (as) headers.authorization = 'Basic ' + Buffer.from(`${as.user}:${as.password}`).toString('base64')
    const res = await fetch(`${influxd.url}/query?epoch=ms`, { method: 'POST', headers, body: new URLSearchParams({ q }) })
    const body = await res.json() as QueryResult & { error?: string }
    if (!res.ok || body.error || body.results?.some(r => r.error)) {
      throw new Error(`influxd ${res.status} for "${q.split(' ').slice(0, 3).join(' ')} …": ${JSON.stringify(body)}`)
    }
    return body
  }
  try {
    const str = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
    const id = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
    // With auth on and no users yet, creating the first admin is the only query allowed.
    await query(`CREATE USER ${id(users.adminUser)} WITH PASSWORD ${str(users.adminPassword)} WITH ALL PRIVILEGES`)
    const admin = { user: users.adminUser, password: users.adminPassword }
    await query(`CREATE DATABASE ${id(users.database)}`, admin)
    await query(`CREATE USER ${id(users.user)} WITH PASSWORD ${str(users.userPassword)}`, admin)
    await query(`GRANT ALL ON ${id(users.database)} TO ${id(users.user)}`, admin)
  } catch (err) {
    await influxd.destroy()
    throw err
  }
  return { influxd, url: influxd.url, query, destroy: () => influxd.destroy() }
}
