/** Reading a bench run's raw results: the accessors the report and the goals share. Pure. */
export const fin = v => typeof v === 'number' && Number.isFinite(v)

/** One server's scenario result, or null when it did not run or failed. */
export function scenario(results, kind, name) {
  const r = results.servers?.[kind]?.results?.[name]
  return r && !r.error ? r : null
}

/** CPU-µs per delivered message of the server over the measurement window. */
export const cpuPerMsg = r => r?.watched?.[0]?.cpuMicrosPerDelivered ?? NaN

/** The publish→delivery p99 (ms) of a fan-in result. */
export const p99 = r => r?.deliver?.latencyMs?.p99 ?? NaN

/** RSS bytes the idle scenario added per connection. */
export const rssPerConn = r => (r ? (r.watched[0].rssEndBytes - r.watched[0].rssStartBytes) / r.connect.connected : NaN)

/** Every round's goal figure of a repeated scenario (lib/rounds.mjs), null for a failed round; null when it ran once. */
export const roundFigures = (results, kind, name) => results.servers?.[kind]?.rounds?.[name] ?? null
