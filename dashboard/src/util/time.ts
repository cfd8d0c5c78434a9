/** "12 s ago", "3 min ago", "2 h ago", "4 d ago" relative to `now`. */
export function ago(ts: number | null | undefined, now: number): string {
  if (ts == null) return 'never'
  const s = Math.max(0, Math.round((now - ts) / 1000))
  if (s < 60) return `${s} s ago`
  if (s < 3600) return `${Math.floor(s / 60)} min ago`
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`
  return `${Math.floor(s / 86400)} d ago`
}

export function clock(ts: number): string {
  return new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
}

/** `+01:00`, `-05:30`, `+00:00` for an offset in minutes east of UTC. */
export function utcOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+'
  const m = Math.abs(minutesEast)
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** "Europe/Berlin (UTC+01:00)": the zone charts are drawn in, at `at`. */
export function zoneLabel(at: number, zone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  // getTimezoneOffset is minutes *west* of UTC, in the browser's zone.
  return `${zone || 'local time'} (UTC${utcOffset(-new Date(at).getTimezoneOffset())})`
}

/** A `datetime-local` input value (local wall time, `YYYY-MM-DDTHH:mm`) → epoch ms, or null. */
export function parseLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value)
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  const t = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)).getTime()
  return Number.isFinite(t) ? t : null
}

/** Epoch ms → the `datetime-local` value in local wall time. */
export function toLocalInput(t: number): string {
  const d = new Date(t)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`
}
