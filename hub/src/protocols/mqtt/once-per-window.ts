/**
 * Pure throttle: `shouldReport(key)` is true the first time a key is seen in each window
 * (used to log a device's refused publishes once per minute, not once per packet).
 * Remembers at most `maxKeys` keys; expired ones are pruned when the map is full.
 */
export function createOncePerWindow(windowMs: number, now: () => number, maxKeys = 10_000) {
  const last = new Map<string, number>()
  return {
    shouldReport(key: string): boolean {
      const t = now()
      const seen = last.get(key)
      if (seen !== undefined && t - seen < windowMs) return false
      if (last.size >= maxKeys) {
        for (const [k, at] of last) if (t - at >= windowMs) last.delete(k)
        if (last.size >= maxKeys) last.delete(last.keys().next().value!)
      }
      last.delete(key)
      last.set(key, t)
      return true
    },
    size: () => last.size,
  }
}
