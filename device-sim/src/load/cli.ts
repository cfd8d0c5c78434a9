#!/usr/bin/env node
/**
 * `npm run sim -- load …` (device-sim/src/cli.ts dispatches here) or directly
 * `node device-sim/dist/load/cli.js …`.
 */
import { pathToFileURL } from 'node:url'
import { parseLoadArgs, LoadArgsError, LOAD_HELP } from './args.js'
import { runLoad, type LoadResult } from './run-load.js'

export async function runLoadCli(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseLoadArgs(argv)
  } catch (err) {
    if (err instanceof LoadArgsError) { console.error(`load: ${err.message}`); return 64 }
    throw err
  }
  if (parsed.help) { process.stdout.write(LOAD_HELP); return 0 }
  const result = await runLoad(parsed.options)
  process.stdout.write(parsed.json ? JSON.stringify(result) + '\n' : formatResult(result))
  return result.connect.connected > 0 ? 0 : 1
}

function formatResult(r: LoadResult): string {
  const f = (n: number, d = 0) => Number.isFinite(n) ? n.toFixed(d) : '-'
  const lines = [
    `connections  ${r.connect.connected} up, ${r.connect.failed} failed in ${f(r.connect.seconds, 2)} s (${f(r.connect.perSecond)}/s), ${r.connect.disconnects} dropped`,
    `published    ${r.publish.sent} (${f(r.publish.perSecond)} msg/s over the ${f(r.windowSeconds, 1)} s window), ${r.publish.acked} acked`,
  ]
  if (r.deliver) {
    const l = r.deliver.latencyMs
    lines.push(`delivered    ${r.deliver.received} (${f(r.deliver.perSecond)} msg/s in window)`)
    lines.push(`latency ms   p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  (n=${l.count})`)
  }
  for (const w of r.watched) {
    lines.push(`pid ${w.pid}    CPU ${f(w.cpuPercent, 1)} %, ${w.cpuMicrosPerDelivered === null ? '-' : f(w.cpuMicrosPerDelivered, 1)} µs/delivered msg, RSS ${f(w.rssStartBytes / 1048576, 1)} → ${f(w.rssEndBytes / 1048576, 1)} MiB`)
  }
  for (const g of r.generator) lines.push(`generator    ${g.role}: CPU ${f(g.cpuPercent, 1)} % of one core`)
  if (r.connect.errors.length) lines.push(`errors       ${r.connect.errors.join('; ')}`)
  return lines.join('\n') + '\n'
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runLoadCli(process.argv.slice(2)).then(code => process.exit(code), err => {
    console.error(`load: ${(err as Error).message}`)
    process.exit(1)
  })
}
