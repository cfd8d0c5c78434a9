#!/usr/bin/env node
/**
 * `npm run demo`: the hub (embedded store) plus a simulated fleet, one command.
 * Until the simulator lands this starts the hub alone, serving the built dashboard.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const hub = spawn(process.execPath, [path.join(root, 'hub/dist/main.js')], {
  stdio: 'inherit',
  env: { TETHER_DASHBOARD_DIR: path.join(root, 'dashboard/dist'), ...process.env },
})
const forward = (signal: NodeJS.Signals) => () => hub.kill(signal)
process.on('SIGINT', forward('SIGINT'))
process.on('SIGTERM', forward('SIGTERM'))
hub.on('exit', code => process.exit(code ?? 1))
