/**
 * Picks the subprotocol for a WebSocket upgrade from the raw `Sec-WebSocket-Protocol` value.
 * Pure: no sockets, no I/O.
 *
 * Rules (documented in docs/protocols/upgrade.md):
 * - tokens are comma-separated with optional whitespace (RFC 6455 §4.1, RFC 7230 §3.2.6 tchar);
 *   several header lines arrive joined by ", " from Node, which parses the same way;
 * - an empty token or a repeated token makes the whole header malformed (ws rejects duplicates too);
 * - tokens are case-sensitive: `MQTT` is not `mqtt`;
 * - when several supported tokens are offered, the client's first one wins (the client lists
 *   them in its order of preference, RFC 6455 §4.1).
 */
export const SUPPORTED_SUBPROTOCOLS = ['mqtt', 'mqttv3.1', 'chat.v1'] as const
export type Subprotocol = (typeof SUPPORTED_SUBPROTOCOLS)[number]

export type SubprotocolChoice =
  | { ok: true; protocol: Subprotocol; offered: string[] }
  | { ok: false; reason: 'missing' | 'malformed' | 'unsupported'; offered: string[] }

const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

export function parseOffered(header: string | undefined): string[] | 'malformed' | 'missing' {
  if (header === undefined) return 'missing'
  if (header.trim() === '') return 'malformed'
  const tokens = header.split(',').map(t => t.trim())
  const seen = new Set<string>()
  for (const token of tokens) {
    if (token === '' || !TCHAR.test(token) || seen.has(token)) return 'malformed'
    seen.add(token)
  }
  return tokens
}

export function chooseSubprotocol(
  header: string | undefined,
  supported: readonly string[] = SUPPORTED_SUBPROTOCOLS,
): SubprotocolChoice {
  const offered = parseOffered(header)
  if (offered === 'missing') return { ok: false, reason: 'missing', offered: [] }
  if (offered === 'malformed') return { ok: false, reason: 'malformed', offered: header ? [header] : [] }
  const protocol = offered.find(t => supported.includes(t))
  if (!protocol) return { ok: false, reason: 'unsupported', offered }
  return { ok: true, protocol: protocol as Subprotocol, offered }
}

/** Which handler family a chosen token belongs to. */
export function protocolFamily(protocol: Subprotocol): 'mqtt' | 'chat.v1' {
  return protocol === 'chat.v1' ? 'chat.v1' : 'mqtt'
}
