/** Points per event-loop turn while the store keeps up: a turn holds the loop ~0.3 ms. */
export const MIN_TURN_POINTS = 32

/** A backlog beyond one batch is worked off in about this many turns. */
const TURNS_PER_BACKLOG = 32

/**
 * How many points the telemetry writer reads or writes in one event-loop turn, from the durable
 * points not yet in the store. Fixed slices of 32 kept the loop free, but under a load heavier than
 * they can carry the writer starved: every turn also serves a hundred sockets, so at 72 000 QoS 0
 * msg/s the store took 24 000 points a second and the journal grew by the rest, without bound.
 * Slices that grow with what waits beyond one batch give the store its share of the CPU: 32
 * points while a load leaves one batch waiting at a time (any batch size), a whole 1 000-point
 * batch per turn once ~32 more wait.
 */
export function turnPoints(backlog: number, batchSize: number): number {
  const behind = Math.max(0, backlog - batchSize)
  return Math.min(batchSize, MIN_TURN_POINTS + Math.ceil(behind / TURNS_PER_BACKLOG))
}
