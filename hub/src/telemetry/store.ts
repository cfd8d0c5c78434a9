import type { FieldValue, Point } from './point.js'

import type { TelemetryAggregate } from '@tether/protocol'

export type Aggregate = TelemetryAggregate

/** A validated history request (see history-query.ts). Times epoch ms, [from, to). */
export interface HistoryQuery {
  device: string
  field: string
  from: number
  to: number
  everyMs: number
  agg: Aggregate
}

/** Buckets aligned to multiples of `every` since the epoch (as InfluxQL GROUP BY time() and Flux aggregateWindow); empty buckets omitted. */
export interface HistorySample { t: number; v: FieldValue | null }

export interface LatestValue { value: FieldValue; ts: number }

/**
 * Why a write failed. `retry`: network error, timeout, 5xx, 429, or credentials/database not (yet)
 * right — the points are kept and the write retried. `reject`: the store refused or could not
 * answer about these points (any other 4xx, an unparsable response, a per-line refusal) — the
 * writer bisects the batch and sets the refused points aside; the rest is written.
 */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError'
  constructor(readonly kind: 'retry' | 'reject', message: string, readonly status?: number) { super(message) }
}

/**
 * The store answers but cannot run the history query at all: an InfluxDB 2.x-compatible endpoint
 * without Flux (InfluxDB 1.x with the 2.x API off, VictoriaMetrics). Not "unreachable": retrying
 * will not help; the API answers 501 saying so.
 */
export class StoreQueryUnsupportedError extends Error {
  override name = 'StoreQueryUnsupportedError'
}

export interface WritePace { turnPoints: number }

/** The port every telemetry store fills; one shared case file (test/telemetry/store-cases.ts) runs against each. */
export interface TelemetryStore {
  readonly kind: 'embedded' | 'influx-v1' | 'influx-v2'
  /** Where it lives, for logs and /readyz (never credentials). */
  readonly target: string
  /**
   * Writes all points or throws StoreWriteError. Writing the same point twice leaves one point.
   * A store that writes on the event loop writes `pace.turnPoints` points per turn (pace.ts).
   */
  write(points: Point[], pace?: WritePace): Promise<void>
  query(q: HistoryQuery): Promise<HistorySample[]>
  /** Last value of every field of a device. */
  latest(device: string): Promise<Record<string, LatestValue>>
  /** Resolves when the store answers (and its database/bucket exists or was created). */
  ping(): Promise<void>
  /**
   * Resolves once every write the store acknowledged survives a power loss, for stores whose
   * acknowledgement promises less (the embedded store commits without an fsync); absent when
   * acknowledged means on disk. The journal's cursor moves past points only after it.
   */
  durable?(): Promise<void>
  /**
   * Deletes the points older than `before` (epoch ms) and resolves with how many, for stores that
   * keep telemetry themselves (the embedded one); InfluxDB applies its own retention policy. The
   * newest value of each field (`latest`) stays.
   */
  prune?(before: number): Promise<number>
  close(): Promise<void>
}

/** Classifies an HTTP status from a write endpoint. */
export function classifyStatus(status: number): 'retry' | 'reject' {
  // 5xx, 429 and 408: the server is busy or broken, the points are fine. 401/403: credentials are
  // configuration, never the points (a wrong token must not move every point aside). 404: the
  // database/bucket is missing (the 1.x store recreates it). Every other 4xx is about the points.
  if (status >= 500 || status === 429 || status === 408 || status === 401 || status === 403 || status === 404) return 'retry'
  return status >= 400 ? 'reject' : 'retry'
}
