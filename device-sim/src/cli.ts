#!/usr/bin/env node
/**
 * `npm run sim -- …`: a simulated fleet (this file), or `npm run sim -- load …`, the load
 * generator of ./load/ (the benchmarks drive it too).
 */
import { runLoadCli } from './load/cli.js'
import { createLog } from './log.js'
import { parseOptions, usage, UsageError } from './options.js'
import { runFleet } from './run.js'

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'load') {
    const code = await runLoadCli(argv.slice(1))
    // The same exit as when ./load/cli.js runs on its own: the result is written, nothing else is owed.
    process.exit(code)
  }
  let opts
  try {
    opts = parseOptions(argv)
  } catch (err) {
    if (err instanceof UsageError) { console.error(`tether-sim: ${err.message}`); process.exit(64) } // EX_USAGE
    throw err
  }
  if (opts.help) { process.stdout.write(usage); return }
  const log = createLog(opts.logLevel)
  const running = await runFleet(opts, log)
  log('info', 'fleet started', { devices: running.fleet.size, hub: opts.hub, ...(running.control ? { control: `http://127.0.0.1:${running.control.port}` } : {}) })

  let stopping = false
  const stop = (why: string) => {
    if (stopping) return
    stopping = true
    log('info', 'stopping fleet', { why })
    const force = setTimeout(() => { log('error', 'shutdown took too long'); process.exit(1) }, 10_000)
    force.unref()
    running.stop().then(() => {
      const totals = running.fleet.list().reduce((t, d) => ({ telemetry: t.telemetry + d.telemetrySent, commands: t.commands + d.commandsReceived }), { telemetry: 0, commands: 0 })
      log('info', 'fleet stopped', totals)
      process.exit(0)
    }, err => { log('error', 'shutdown failed', { err: (err as Error).message }); process.exit(1) })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  if (opts.durationMs !== undefined) setTimeout(() => stop('duration reached'), opts.durationMs)
}

main(process.argv.slice(2)).catch(err => {
  console.error(`tether-sim: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
