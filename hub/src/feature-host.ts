import type { ReadinessCheck } from './http/health.js'
import type { Feature, FeatureEndpoint, HubCore, MountedRouter, StartedFeature } from './feature.js'

/**
 * Starts features in order and stops them in reverse, collecting what each serves (routers,
 * chat.v1 frames, readiness checks, WebSocket endpoints).
 */
export class FeatureHost {
  readonly routers: MountedRouter[] = []
  readonly readiness: ReadinessCheck[] = []
  readonly endpoints: Record<string, FeatureEndpoint> = {}
  private readonly started: Array<{ name: string; parts: StartedFeature<unknown> }> = []

  constructor(private readonly core: HubCore) {}

  async add<S>(feature: Feature<S>): Promise<S> {
    const parts = await feature.start(this.core)
    this.started.push({ name: feature.name, parts })
    if (parts.routers) this.routers.push(...parts.routers)
    if (parts.readiness) this.readiness.push(...parts.readiness)
    for (const handler of parts.chatHandlers ?? []) this.core.chat.register(handler)
    for (const [token, endpoint] of Object.entries(parts.endpoints ?? {})) {
      if (this.endpoints[token]) throw new Error(`feature "${feature.name}": subprotocol ${token} is already served`)
      this.endpoints[token] = endpoint
    }
    return parts.service
  }

  /** Before the sockets close, newest feature first. */
  async quiesce(): Promise<void> {
    for (const { name, parts } of [...this.started].reverse()) await this.run(name, 'quiesce', () => parts.quiesce?.())
  }

  /** After the sockets and the broker closed, newest feature first. */
  async stop(): Promise<void> {
    for (const { name, parts } of [...this.started].reverse()) await this.run(name, 'stop', () => parts.stop?.())
  }

  private async run(name: string, phase: string, fn: () => void | Promise<void>): Promise<void> {
    try {
      await fn()
    } catch (err) {
      this.core.logger.error({ err, feature: name }, `feature ${phase} failed`)
    }
  }
}
