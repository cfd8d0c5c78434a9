import type { FieldValue, Point } from './point.js'

export type Aggregate = 'mean' | 'min' | 'max' | 'last'

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
 * Why a write failed. `retry`: network error, timeout, 5xx, 429, or the database/bucket/credentials
 * are not (yet) right — the points must be kept. `reject`: the store refused the points themselves
 * (parse error, field type conflict) — retrying the same points can never succeed.
 */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError'
  constructor(readonly kind: 'retry' | 'reject', message: string, readonly status?: number) { super(message) }
}

/** The port every telemetry store fills; one shared case file (test/telemetry/store-cases.ts) runs against each. */
export interface TelemetryStore {
  readonly kind: 'embedded' | 'influx-v1' | 'influx-v2'
  /** Where it lives, for logs and /readyz (never credentials). */
  readonly target: string
  /** Writes all points or throws StoreWriteError. Writing the same point twice leaves one point. */
  write(points: Point[]): Promise<void>
  query(q: HistoryQuery): Promise<HistorySample[]>
  /** Last value of every field of a device. */
  latest(device: string): Promise<Record<string, LatestValue>>
  /** Resolves when the store answers (and its database/bucket exists or was created). */
  ping(): Promise<void>
  close(): Promise<void>
}

/** Classifies an HTTP status from a write endpoint. */
export function classifyStatus(status: number): 'retry' | 'reject' {
  // 400 (unparsable line, type conflict, partial write) and 422 (2.x unprocessable) are about the points;
  // everything else (401/403/404 db missing, 413 handled by bisecting, 429, 5xx) keeps the points.
  return status === 400 || status === 422 ? 'reject' : 'retry'
}
