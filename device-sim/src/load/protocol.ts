/** Messages between the load coordinator and its publisher worker processes, and shared types. */

export interface Credential {
  clientId: string
  username?: string
  password?: string
}

export interface WorkerConfig {
  workerIndex: number
  url: string
  connections: number
  /** Messages/s for this worker; 0 = as fast as the sockets take them. */
  rate: number
  /** Messages for this worker; 0 = bounded by time only. */
  count: number
  durationMs: number
  warmupMs: number
  qos: 0 | 1
  payloadBytes: number
  /** Topic with `{id}` replaced by the client id. */
  topic: string
  clientIdPrefix: string
  username?: string
  password?: string
  credentials: Credential[]
  keepaliveSeconds: number
  /** QoS 1 messages in flight per connection. */
  inflightWindow: number
  connectConcurrency: number
  /** Connect and hold; publish nothing. */
  idle: boolean
  /** > 0: closed loop, send only with credits the coordinator grants per delivered message. */
  initialCredits: number
}

export interface WorkerStats {
  workerIndex: number
  connected: number
  connectErrors: number
  connectMs: number
  disconnects: number
  errorSamples: string[]
  sent: number
  sentInWindow: number
  acked: number
  cpuMicros: number
  wallMs: number
}

export type ToWorker =
  | { type: 'start'; config: WorkerConfig }
  | { type: 'go'; startAt: number }
  | { type: 'credit'; n: number }
  | { type: 'close' }

export type FromWorker =
  | { type: 'connected'; stats: WorkerStats }
  | { type: 'done'; stats: WorkerStats }
  | { type: 'failed'; message: string }

/** Wall clock in µs, comparable across processes on one machine (payload timestamps). */
export function wallMicros(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1000)
}
