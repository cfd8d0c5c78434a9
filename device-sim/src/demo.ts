#!/usr/bin/env node
/**
 * `npm run demo`: the built hub on the embedded store plus a simulated fleet, one command.
 * Starts hub/dist/main.js as a child with an admin password (TETHER_ADMIN_PASSWORD, or one
 * generated on the first run and kept in the data directory, mode 0600), waits for /readyz,
 * provisions and starts the fleet, prints where to log in, and stops both on Ctrl-C.
 * When the hub exits on its own (killed to try a restart, or crashed), the fleet keeps running and
 * reconnecting, and the hub is started again (not after a crash loop; `--no-hub-restart` to only
 * wait for one you start yourself on the same port). SIGHUP to the demo restarts the hub.
 * Extra arguments are simulator options (`npm run demo -- --devices 20`).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLog } from './log.js'
import { parseOptions, usage, UsageError } from './options.js'
import { runFleet, type RunningFleet } from './run.js'
import { ensureDemoRules } from './demo-rules.js'
import { demoFlags, shouldRestartHub } from './hub-restarts.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const env = process.env
const port = Number(env.TETHER_PORT || env.PORT || 8080)
const dataDir = path.resolve(env.TETHER_DATA_DIR || path.join(root, 'data'))

function adminPassword(): { password: string; source: string } {
  if (env.TETHER_ADMIN_PASSWORD) return { password: env.TETHER_ADMIN_PASSWORD, source: 'TETHER_ADMIN_PASSWORD' }
  const file = path.join(dataDir, 'demo-admin-password')
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), source: file }
  const password = randomBytes(12).toString('base64url')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, password + '\n', { mode: 0o600 })
  chmodSync(file, 0o600)
  return { password, source: `${file} (generated)` }
}

async function waitReady(url: string, hubExited: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (hubExited()) throw new Error('the hub exited during start-up (see its log above)')
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 200))
  }
  throw new Error(`the hub was not ready within ${timeoutMs / 1000} s (${url})`)
}

async function waitOnline(running: RunningFleet, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let online = 0
  while (Date.now() < deadline) {
    online = running.fleet.list().filter(d => d.status === 'online').length
    if (online === running.fleet.size) break
    await new Promise(r => setTimeout(r, 100))
  }
  return online
}

async function main(): Promise<void> {
  const flags = demoFlags(process.argv.slice(2))
  let opts
  try {
    opts = parseOptions(flags.rest, { TETHER_SIM_CONTROL_PORT: '8081', ...env })
  } catch (err) {
    if (err instanceof UsageError) { console.error(`tether-demo: ${err.message}`); process.exit(64) }
    throw err
  }
  if (opts.help) { process.stdout.write(usage.replace('npm run sim --', 'npm run demo --')); return }
  const log = createLog(opts.logLevel)
  const admin = adminPassword()
  const started = Date.now()

  const spawnHub = () => spawn(process.execPath, [path.join(root, 'hub/dist/main.js')], {
    stdio: 'inherit',
    env: {
      TETHER_DASHBOARD_DIR: path.join(root, 'dashboard/dist'),
      TETHER_LOG_LEVEL: 'warn', // the demo's console is for people; set TETHER_LOG_LEVEL=info to see the hub's events
      MALLOC_ARENA_MAX: '2', // as the Docker image runs the hub (docs/operations.md § Sizing)
      ...env,
      TETHER_PORT: String(port),
      TETHER_DATA_DIR: dataDir,
      TETHER_ADMIN_PASSWORD: admin.password,
    },
  })
  let hub = spawnHub()
  let hubExit: number | null | undefined
  let running: RunningFleet | null = null
  let stopping = false
  const exits: number[] = []

  const stop = async (signal: NodeJS.Signals, code = 0) => {
    if (stopping) return
    stopping = true
    log('info', 'stopping the demo', { signal })
    setTimeout(() => process.exit(1), 15_000).unref()
    await running?.stop().catch(() => {})
    if (hubExit === undefined) {
      const exited = new Promise(resolve => hub.once('exit', resolve))
      hub.kill(signal)
      await exited
    }
    process.exit(code)
  }

  // The fleet outlives the hub: devices go `reconnecting` with backoff and resume when it is back.
  function onHubExit(code: number | null): void {
    hubExit = code
    if (stopping) return
    if (!running) return // during start-up: waitReady reports it
    const now = Date.now()
    if (!flags.hubRestart) {
      console.error(`tether-demo: the hub exited (${code}); the fleet keeps reconnecting: start a hub on port ${port} (npm start), or Ctrl-C`)
      return
    }
    if (!shouldRestartHub(exits, now)) {
      console.error(`tether-demo: the hub exited (${code}) ${exits.length + 1} times within 30 s; stopping the demo (see the hub's log above)`)
      void stop('SIGTERM', code ?? 1)
      return
    }
    exits.push(now)
    console.error(`tether-demo: the hub exited (${code}); the fleet keeps reconnecting; starting the hub again`)
    watchHub(spawnHub())
  }
  function watchHub(child: typeof hub): void {
    hub = child
    hubExit = undefined
    child.on('exit', onHubExit)
    child.on('error', err => { console.error(`tether-demo: cannot start the hub: ${err.message}`); process.exit(1) })
    if (running) console.error(`tether-demo: hub pid ${child.pid}`)
  }
  watchHub(hub)
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  // `kill -HUP <demo pid>`: a hub restart in one step, for trying the dashboard's reconnect.
  process.on('SIGHUP', () => { if (running && hubExit === undefined) hub.kill('SIGTERM') })

  const httpUrl = `http://127.0.0.1:${port}`
  try {
    await waitReady(`${httpUrl}/readyz`, () => hubExit !== undefined)
    running = await runFleet({
      ...opts,
      hub: `ws://127.0.0.1:${port}/ws`,
      api: httpUrl,
      adminToken: undefined,
      adminUser: 'admin',
      adminPassword: admin.password,
      credentials: env.TETHER_SIM_CREDENTIALS || path.join(dataDir, 'sim-credentials.json'),
      allowUnregistered: true,
    }, log)
    await ensureDemoRules(httpUrl, 'admin', admin.password)
  } catch (err) {
    let message = err instanceof Error ? err.message : String(err)
    if (/auth\/login → 401/.test(message)) {
      message += `\n  The admin account in ${dataDir} was created with another password: set TETHER_ADMIN_PASSWORD to it, or use a fresh TETHER_DATA_DIR.`
    }
    console.error(`tether-demo: ${message}`)
    await stop('SIGTERM', 1)
    return
  }
  const online = await waitOnline(running, 15_000)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const rooms = [...new Set(running.report.devices.map(d => d.room))].join(', ')
  const bar = '─'.repeat(64)
  console.log([
    '', bar,
    `  Tether demo is up (${seconds} s): ${online}/${running.fleet.size} simulated devices online in rooms ${rooms}`,
    '',
    `  Dashboard   http://localhost:${port}/`,
    `  Log in as   admin`,
    `  Password    ${admin.password}`,
    `              (from ${admin.source})`,
    `  Alarms      rules "Room too hot" (thermostats > 28 °C for 30 s) and "Pump pressure high" (> 5 bar for 15 s):`,
    `              on a thermostat's page send overheat {on: true}, or set_speed 100 to a pump; the alarm card`,
    `              appears in the device's room — acknowledge it there, undo the command and it clears.`,
    ...(running.control ? [`  Faults      curl -X POST http://127.0.0.1:${running.control.port}/faults -d '{"mode":"drop","durationMs":10000}'`] : []),
    '',
    `  Restart     kill -HUP ${process.pid} (or kill ${hub.pid}, the hub): the hub restarts, devices and`,
    `              dashboards reconnect on their own${flags.hubRestart ? '' : ' (--no-hub-restart: start the hub yourself)'}`,
    '  Ctrl-C stops the fleet (devices go offline cleanly) and the hub.',
    bar, '',
  ].join('\n'))
}

main().catch(err => {
  console.error(`tether-demo: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)
  process.exit(1)
})
