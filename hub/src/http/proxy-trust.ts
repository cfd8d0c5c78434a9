import net from 'node:net'

/**
 * Which peers may name the client in X-Forwarded-For, in express' `trust proxy` terms, and the
 * client address that follows. Pure, so REST (express' req.ip), the login limiter, the logs and
 * the WebSocket upgrade all see one address:
 *
 * - ''            trust nobody: the socket's peer is the client, X-Forwarded-For is ignored;
 * - '2'           a hop count: the peer and the next hops of X-Forwarded-For, right to left;
 * - 'a, b/24, …'  addresses, CIDRs and the names loopback, linklocal, uniquelocal: walk
 *                 X-Forwarded-For right to left while the hop is trusted.
 *
 * As in express (proxy-addr), the client is the first untrusted address on the path
 * [peer, xff[n-1], …, xff[0]], or the farthest one when all are trusted. `true` (trust every
 * hop) is refused: anyone could then pick their own address.
 */
export type TrustFn = (address: string, hop: number) => boolean

const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/** `::ffff:10.0.0.1` (an IPv4 peer of a dual-stack socket) → `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const a = address.trim()
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  return m ? m[1]! : a
}

function addEntry(list: net.BlockList, entry: string): string | null {
  const [addr, bits, extra] = entry.split('/')
  if (extra !== undefined || !addr) return `"${entry}" is not an address or CIDR`
  const family = net.isIP(addr)
  if (family === 0) return `"${entry}" is not an address, a CIDR or one of loopback, linklocal, uniquelocal`
  const type = family === 4 ? 'ipv4' : 'ipv6'
  if (bits === undefined) { list.addAddress(addr, type); return null }
  const prefix = Number(bits)
  if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) return `"${entry}" has a bad prefix length`
  list.addSubnet(addr, prefix, type)
  return null
}

/** A sentence saying what is wrong with a TETHER_TRUST_PROXY value, or null when it is valid. */
export function checkTrustProxy(raw: string): string | null {
  try { compileTrust(raw); return null } catch (err) { return (err as Error).message }
}

/** Compiles a TETHER_TRUST_PROXY value; throws with the likely fix when it is not valid. */
export function compileTrust(raw: string): TrustFn {
  const value = raw.trim()
  if (value === '' || value === 'off' || value === 'false') return () => false
  if (value === 'true') throw new Error('trusting every hop lets any client pick its address; give the proxy addresses or a hop count instead.')
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  const list = new net.BlockList()
  for (const item of value.split(',').map(s => s.trim()).filter(Boolean)) {
    const entries = NAMED[item] ?? [item]
    for (const entry of entries) {
      const problem = addEntry(list, entry)
      if (problem) throw new Error(`${problem}; use e.g. "loopback", "10.0.0.5" or "10.0.0.0/24", or a hop count like "1".`)
    }
  }
  return (address) => {
    const a = normalizeAddress(address)
    const family = net.isIP(a)
    return family !== 0 && list.check(a, family === 4 ? 'ipv4' : 'ipv6')
  }
}

/** The client address for a socket peer and its X-Forwarded-For header(s), per `trust`. */
export function clientAddress(peer: string, forwardedFor: string | string[] | undefined, trust: TrustFn): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? ''
  const path = [normalizeAddress(peer), ...header.split(',').map(s => normalizeAddress(s)).filter(Boolean).reverse()]
  for (let i = 0; i < path.length - 1; i++) {
    if (!trust(path[i]!, i)) return path[i]!
  }
  return path[path.length - 1]!
}
