/**
 * Origin policy for browser upgrades. Pure.
 * No Origin header → a device or a server-side client: allowed here, authenticated by its protocol.
 * An Origin equal to the hub's own (scheme://Host of the request) is always allowed;
 * others must be on the allowlist ('*' allows any, for development only).
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowlist: readonly string[],
  secure = false,
): boolean {
  if (origin === undefined) return true
  if (allowlist.includes('*')) return true
  if (origin === 'null') return false
  const normalized = origin.toLowerCase().replace(/\/$/, '')
  if (host) {
    const own = `${secure ? 'https' : 'http'}://${host.toLowerCase()}`
    if (normalized === own) return true
    // Behind a TLS proxy the browser's Origin is https while we see plain HTTP.
    if (normalized === `https://${host.toLowerCase()}`) return true
  }
  return allowlist.some(a => a.toLowerCase().replace(/\/$/, '') === normalized)
}
