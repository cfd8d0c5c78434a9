/**
 * The two alarm rules `npm run demo` ships (docs/alarms.md), so a newcomer sees an alarm raised,
 * acknowledged and cleared within minutes: send a thermostat `overheat {on:true}` (or a pump
 * `set_speed {value:100}`), watch the card appear in the device's room, acknowledge it, then undo
 * the command and watch it clear.
 */
export const DEMO_RULES = [
  {
    name: 'Room too hot', scope: { model: 'thermostat' }, severity: 'major', unit: '°C',
    condition: { type: 'threshold', field: 'temperature', op: '>', value: 28, holdMs: 30_000, hysteresis: 1 },
    message: '{device} is at {value}{unit} (above 28 °C for 30 s)',
  },
  {
    name: 'Pump pressure high', scope: { model: 'pump' }, severity: 'critical', unit: 'bar',
    condition: { type: 'threshold', field: 'pressure', op: '>', value: 5, holdMs: 15_000, hysteresis: 0.5 },
    message: '{device} discharge pressure {value} {unit} (above 5 bar for 15 s)',
  },
] as const

/** Creates the demo rules that do not exist yet (matched by name), as the admin. */
export async function ensureDemoRules(api: string, adminUser: string, adminPassword: string): Promise<string[]> {
  const login = await fetch(`${api}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: adminUser, password: adminPassword }),
  })
  if (!login.ok) throw new Error(`POST /api/auth/login → ${login.status}`)
  const { token } = await login.json() as { token: string }
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const listed = await fetch(`${api}/api/alarm-rules`, { headers: auth })
  if (!listed.ok) throw new Error(`GET /api/alarm-rules → ${listed.status}`)
  const have = new Set(((await listed.json()) as { rules: Array<{ name: string }> }).rules.map(r => r.name))
  const created: string[] = []
  for (const rule of DEMO_RULES) {
    if (have.has(rule.name)) continue
    const res = await fetch(`${api}/api/alarm-rules`, { method: 'POST', headers: auth, body: JSON.stringify(rule) })
    if (!res.ok) throw new Error(`POST /api/alarm-rules → ${res.status} ${await res.text()}`)
    created.push(rule.name)
  }
  return created
}
