/** `sim load` flags → LoadOptions, pure, with clear errors. */
import { readFileSync } from 'node:fs'
import type { LoadOptions } from './run-load.js'
import type { Credential } from './protocol.js'
import { MIN_PAYLOAD_BYTES } from './payload.js'

export const LOAD_HELP = `npm run sim -- load [flags]   drive MQTT-over-WebSocket load and measure it

  --url URL             target (default ws://127.0.0.1:8080/ws; loopback unless you say otherwise)
  --connections N       publishing connections (default 100)
  --processes N         publisher processes (default 2)
  --rate N              total messages/s; 0 = as fast as the sockets take them (default 1000)
  --count N             stop after N messages in total; 0 = time only (default 0)
  --duration S          seconds of publishing (default 10)
  --warmup S            seconds excluded from the measurement window (default 1)
  --qos 0|1             (default 0)
  --size BYTES          payload size, ≥ ${MIN_PAYLOAD_BYTES} (default 100)
  --topic T             topic, {id} = client id (default devices/{id}/telemetry)
  --subscribe FILTER    also subscribe and measure delivery and latency (e.g. 'devices/+/telemetry')
  --sub-persistent      the subscriber holds a persistent session (clean session 0): the broker stores
                        every QoS 1 message for it until its PUBACK
  --client-prefix P     client ids are P-<worker>-<n> (default load)
  --username U --password P            credentials for every connection
  --sub-username U --sub-password P    credentials of the subscriber (default: the same)
  --sub-client-id ID    client id of the subscriber (default <client-prefix>-sub; Tether operators: 'name:anything')
  --credentials FILE    JSON [{clientId, username, password}], one per publishing connection
  --inflight N          QoS 1 messages in flight per connection (default 16)
  --window N            closed loop (with --subscribe): at most N messages sent and not yet delivered;
                        with --rate 0 this measures the delivery capacity without unbounded queues
  --connect-concurrency N   connection attempts in flight per process (default 128)
  --idle                connect and hold, publish nothing (connection-count tests)
  --hold S              idle mode: seconds to hold before sampling memory (default 5)
  --watch-pid PID       report this process's CPU and RSS over the window (repeatable)
  --json                print one JSON object instead of text
`

export class LoadArgsError extends Error { override name = 'LoadArgsError' }

function num(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw)
  if (raw === undefined || raw === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new LoadArgsError(`--${name} needs a number between ${min} and ${max} (got ${raw ?? 'nothing'})`)
  }
  return n
}

export function parseLoadArgs(argv: string[], readFile: (p: string) => string = p => readFileSync(p, 'utf8')): { options: LoadOptions; json: boolean; help: boolean } {
  const o: LoadOptions = {
    url: 'ws://127.0.0.1:8080/ws', connections: 100, processes: 2, rate: 1000, count: 0, durationMs: 10_000, warmupMs: 1000,
    qos: 0, payloadBytes: 100, topic: 'devices/{id}/telemetry', subscribe: null, clientIdPrefix: 'load',
    credentials: [], inflightWindow: 16, window: 0, connectConcurrency: 128, idle: false, holdMs: 5000, watchPids: [],
  }
  let json = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const val = () => {
      const v = argv[++i]
      if (v === undefined) throw new LoadArgsError(`${flag} needs a value`)
      return v
    }
    switch (flag) {
      case '--url': o.url = val(); break
      case '--connections': o.connections = num('connections', val(), 1, 1_000_000); break
      case '--processes': o.processes = num('processes', val(), 1, 64); break
      case '--rate': o.rate = num('rate', val(), 0, 10_000_000); break
      case '--count': o.count = num('count', val(), 0, 1e12); break
      case '--duration': o.durationMs = num('duration', val(), 0.1, 86_400) * 1000; break
      case '--warmup': o.warmupMs = num('warmup', val(), 0, 86_400) * 1000; break
      case '--qos': {
        const q = val()
        if (q !== '0' && q !== '1') throw new LoadArgsError(`--qos must be 0 or 1 (got ${q})`)
        o.qos = Number(q) as 0 | 1
        break
      }
      case '--size': o.payloadBytes = num('size', val(), MIN_PAYLOAD_BYTES, 256 * 1024); break
      case '--topic': o.topic = val(); break
      case '--subscribe': o.subscribe = val(); break
      case '--client-prefix': o.clientIdPrefix = val(); break
      case '--username': o.username = val(); break
      case '--password': o.password = val(); break
      case '--sub-username': o.subscriberUsername = val(); break
      case '--sub-password': o.subscriberPassword = val(); break
      case '--sub-client-id': o.subscriberClientId = val(); break
      case '--sub-persistent': o.subscriberPersistent = true; break
      case '--credentials': o.credentials = parseCredentials(readFile(val())); break
      case '--inflight': o.inflightWindow = num('inflight', val(), 1, 65535); break
      case '--window': o.window = num('window', val(), 0, 10_000_000); break
      case '--connect-concurrency': o.connectConcurrency = num('connect-concurrency', val(), 1, 10_000); break
      case '--idle': o.idle = true; break
      case '--hold': o.holdMs = num('hold', val(), 0, 86_400) * 1000; break
      case '--watch-pid': o.watchPids.push(num('watch-pid', val(), 1, 2 ** 22)); break
      case '--json': json = true; break
      case '--help': case '-h': help = true; break
      default: throw new LoadArgsError(`unknown flag ${flag}; see --help`)
    }
  }
  if (o.warmupMs >= o.durationMs && !o.idle) throw new LoadArgsError('--warmup must be shorter than --duration')
  if (o.window > 0 && !o.subscribe) throw new LoadArgsError('--window needs --subscribe: credits come back with deliveries')
  if (o.processes > o.connections) o.processes = o.connections
  if (o.credentials.length > 0 && o.credentials.length < o.connections) {
    throw new LoadArgsError(`--credentials has ${o.credentials.length} entries for ${o.connections} connections`)
  }
  return { options: o, json, help }
}

function parseCredentials(text: string): Credential[] {
  const data: unknown = JSON.parse(text)
  if (!Array.isArray(data) || !data.every(c => c && typeof c === 'object' && typeof (c as Credential).clientId === 'string')) {
    throw new LoadArgsError('--credentials must be a JSON array of {clientId, username?, password?}')
  }
  return data as Credential[]
}
