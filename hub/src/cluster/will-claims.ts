import type { Redis } from 'ioredis'

/** A stored will as aedes' persistence streams it (aedes-persistence-redis adds both ids in putWill). */
interface StoredWill { clientId: string; brokerId: string }

/** The part of the broker's persistence that aedes 1.2 sweeps for the wills of dead brokers. */
export interface WillSource {
  streamWill(brokers: Record<string, number>): AsyncIterable<StoredWill>
}

export const willClaimKey = (brokerId: string, clientId: string) => `tether:will-claim:${brokerId}:${clientId}`

/**
 * Every hub sweeps the stored wills of dead hubs (aedes' `_clearWills`, every four heartbeats) and
 * publishes what it finds before deleting it: with three or more hubs, two survivors could both
 * stream a will before either deleted it, and both publish it. Here a will reaches aedes only on the
 * hub that claims it first (`SET NX` with a lease): exactly once, unless that hub dies between its
 * claim and the publish; then another one takes the will when the lease runs out (at least once,
 * never lost). The claim is left to expire rather than deleted: a hub that streamed the will before
 * it was deleted must still find it claimed.
 */
export function claimWillsOnce(persistence: WillSource, redis: Redis, nodeId: string, leaseMs: number): void {
  const stream = persistence.streamWill.bind(persistence)
  persistence.streamWill = async function* claimedWills(brokers) {
    for await (const will of stream(brokers)) {
      if (await redis.set(willClaimKey(will.brokerId, will.clientId), nodeId, 'PX', leaseMs, 'NX') === 'OK') yield will
    }
  }
}
