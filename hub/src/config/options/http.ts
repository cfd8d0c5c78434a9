import { int, text } from '../option.js'

/** The HTTP edge: who may name the client address, deadlines, connection caps. */
export const httpOptions = {
  trustProxy: text({ env: 'TETHER_TRUST_PROXY', default: '', unsetMeans: 'to trust no proxy',
    doc: 'peers that may name the client address in `X-Forwarded-For`, in express\' `trust proxy` terms: empty = none (the socket peer is the client), a hop count (`1`), or a comma-separated list of addresses, CIDRs and `loopback`, `linklocal`, `uniquelocal` ([operations](docs/operations.md#behind-a-reverse-proxy))' }),
  httpHeadersTimeoutMs: int({ env: 'TETHER_HTTP_HEADERS_TIMEOUT_MS', unit: 'ms', default: 10_000, min: 100, max: 600_000,
    doc: 'time a client has to send a request\'s headers (→ 408 and close)' }),
  httpRequestTimeoutMs: int({ env: 'TETHER_HTTP_REQUEST_TIMEOUT_MS', unit: 'ms', default: 30_000, min: 100, max: 3_600_000,
    doc: 'time a client has to send a whole request, headers and body (→ 408 and close)' }),
  httpKeepAliveTimeoutMs: int({ env: 'TETHER_HTTP_KEEPALIVE_TIMEOUT_MS', unit: 'ms', default: 5_000, min: 100, max: 600_000,
    doc: 'idle time a keep-alive connection is kept between requests' }),
  httpMaxConnectionsPerAddress: int({ env: 'TETHER_HTTP_MAX_CONNECTIONS_PER_ADDRESS', unit: 'connections', default: 256, min: 1, max: 1_000_000,
    doc: 'open HTTP connections per client address that have not authenticated (trusted proxies exempt)' }),
}
