import type { Redis } from 'ioredis'
import type { Logger } from '../logger.js'

const NODES = 'tether:nodes'
const OWNERS = 'tether:device-node'
const aliveKey = (node: string) => `tether:node:${node}`
const devicesKey = (node: string) => `tether:node:${node}:devices`

/** Records that this node holds a device's connection; returns the node that held it before (or nil). */
const CLAIM = `local prev = redis.call('HGET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[1])
if prev and prev ~= ARGV[2] then redis.call('SREM', 'tether:node:' .. prev .. ':devices', ARGV[1]) end
return prev`
/** Forgets the connection if this node still holds it; 1 when it did (its disconnect is the device's). */
const RELEASE = `redis.call('SREM', KEYS[2], ARGV[1])
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) return 1 end
return 0`
/** A dead node's devices that no other node has taken since: they are lost. */
const REAP = `local lost = {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('HGET', KEYS[1], id) == ARGV[1] then redis.call('HDEL', KEYS[1], id) table.insert(lost, id) end
end
redis.call('DEL', KEYS[2])
return lost`

export interface NodeRegistryOptions {
  redis: Redis
  nodeId: string
  heartbeatMs: number
  ttlMs: number
  logger: Logger
  /** Devices a dead node held that nobody has taken over: this node reports them lost. */
  onNodeDead(node: string, devices: string[]): void
}

export interface NodeSnapshot { alive: string[]; devicesByNode: Record<string, number> }

/**
 * Which hubs are alive and which hub holds each device's connection, in Redis. Each hub renews
 * `tether:node:<id>` (TTL `ttlMs`) every `heartbeatMs`; every hub sweeps the others, and the one
 * that removes a lapsed node from `tether:nodes` (SREM answers 1 to exactly one of them) reports
 * that node's devices lost. A hub that finds itself removed (a long pause) claims its devices again.
 */
export class NodeRegistry {
  private readonly local = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  private snapshotValue: NodeSnapshot = { alive: [], devicesByNode: {} }
  private beating: Promise<void> | null = null

  constructor(private readonly opts: NodeRegistryOptions) {}

  async start(): Promise<void> {
    // What a previous life of this node left (a crash, or the only hub of the cluster stopping):
    // those connections are gone, unless another hub has taken the device since.
    const { redis, nodeId } = this.opts
    const leftover = await redis.eval(REAP, 2, OWNERS, devicesKey(nodeId), nodeId) as string[]
    this.opts.onNodeDead(nodeId, leftover)
    await this.beat()
    this.timer = setInterval(() => { this.beating ??= this.beat().finally(() => { this.beating = null }) }, this.opts.heartbeatMs)
    this.timer.unref()
  }

  /** This node now holds the device's connection. */
  async claim(deviceId: string): Promise<void> {
    this.local.add(deviceId)
    await this.opts.redis.eval(CLAIM, 2, OWNERS, devicesKey(this.opts.nodeId), deviceId, this.opts.nodeId)
  }

  /** The connection here ended; true when this node still held it (no other hub took it over). */
  async release(deviceId: string): Promise<boolean> {
    this.local.delete(deviceId)
    return await this.opts.redis.eval(RELEASE, 2, OWNERS, devicesKey(this.opts.nodeId), deviceId, this.opts.nodeId) === 1
  }

  /** The node holding a device's connection, if any. */
  async ownerOf(deviceId: string): Promise<string | null> {
    return this.opts.redis.hget(OWNERS, deviceId)
  }

  snapshot(): NodeSnapshot { return this.snapshotValue }

  /**
   * Stops the heartbeat and drops this node's key at once, so the next hub to sweep reports the
   * devices and operator sessions this hub held (and did not see reconnect elsewhere) as gone.
   */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.beating
    await this.opts.redis.del(aliveKey(this.opts.nodeId)).catch(() => {})
  }

  /** Renews this node's key, then sweeps the others. Exposed for tests. */
  async beat(): Promise<void> {
    const { redis, nodeId, ttlMs } = this.opts
    try {
      const [[, , ], [, added]] = (await redis.multi().set(aliveKey(nodeId), String(Date.now()), 'PX', ttlMs).sadd(NODES, nodeId).exec())! as Array<[Error | null, unknown]>
      if (added === 1 && this.local.size > 0) {
        this.opts.logger.warn({ node: nodeId, devices: this.local.size }, 'this hub was declared dead by the cluster; claiming its devices again')
        for (const id of this.local) await redis.eval(CLAIM, 2, OWNERS, devicesKey(nodeId), id, nodeId)
      }
      await this.sweep()
    } catch (err) {
      this.opts.logger.warn({ err: (err as Error).message }, 'cluster heartbeat failed')
    }
  }

  private async sweep(): Promise<void> {
    const { redis, nodeId } = this.opts
    const nodes = await redis.smembers(NODES)
    const alive: string[] = []
    const devicesByNode: Record<string, number> = {}
    for (const node of nodes) {
      if (node !== nodeId && await redis.exists(aliveKey(node)) === 0) {
        if (await redis.srem(NODES, node) !== 1) continue // another hub is reaping it
        const lost = await redis.eval(REAP, 2, OWNERS, devicesKey(node), node) as string[]
        this.opts.logger.warn({ node, devices: lost.length }, 'cluster node stopped answering; its devices are lost')
        this.opts.onNodeDead(node, lost)
        continue
      }
      alive.push(node)
      devicesByNode[node] = await redis.scard(devicesKey(node))
    }
    this.snapshotValue = { alive: alive.sort(), devicesByNode }
  }
}
