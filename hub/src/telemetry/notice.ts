import type { Logger } from '../logger.js'

/**
 * One warn line per device per interval for refused, set-aside or dropped points; the lines
 * suppressed in between are counted into the next one. Counters carry the full numbers.
 */
export class DeviceNotices {
  private last = new Map<string, { at: number; suppressed: number }>()

  constructor(private readonly logger: Logger, private readonly now: () => number, private readonly intervalMs = 60_000) {}

  warn(device: string, reason: string, detail: string, msg: string): void {
    const t = this.now()
    const seen = this.last.get(device)
    if (seen && t - seen.at < this.intervalMs) { seen.suppressed++; return }
    this.logger.warn({ device: device.slice(0, 80), reason, detail: detail.slice(0, 200), suppressed: seen?.suppressed ?? 0 }, msg)
    this.last.set(device, { at: t, suppressed: 0 })
    if (this.last.size > 10_000) for (const [k, v] of this.last) if (t - v.at >= this.intervalMs) this.last.delete(k)
  }
}
