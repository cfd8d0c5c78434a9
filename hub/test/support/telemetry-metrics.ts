import type { BatchWriter } from '../../src/telemetry/batch-writer.js'

/** Sum of a telemetry metric's values (optionally one label value), read from prom-client. */
export async function metricValue(writer: BatchWriter, name: keyof BatchWriter['metrics'], labels?: Record<string, string>): Promise<number> {
  const m = writer.metrics[name] as unknown as { get(): Promise<{ values: Array<{ value: number; labels: Record<string, string | number> }> }> }
  const { values } = await m.get()
  return values
    .filter(v => !labels || Object.entries(labels).every(([k, x]) => v.labels[k] === x))
    .reduce((s, v) => s + v.value, 0)
}

/** Parses one counter out of Prometheus text (for child-process hubs). */
export function promValue(text: string, name: string, labels = ''): number {
  const re = new RegExp(`^${name}${labels ? `\\{${labels}\\}` : '(\\{[^}]*\\})?'} (\\S+)$`, 'gm')
  let sum = 0
  for (const m of text.matchAll(re)) sum += Number(m[m.length - 1])
  return sum
}
