import type { Log } from '../log.js'
import { silentLog } from '../log.js'
import type { DeviceSnapshot, SimDevice } from './device.js'
import type { FaultSpec } from './faults.js'

export class UnknownDeviceError extends Error {
  override name = 'UnknownDeviceError'
}

/** The running devices, addressed one by one or all at once (fault injection, shutdown). */
export class Fleet {
  readonly #devices = new Map<string, SimDevice>()
  #startTimers: NodeJS.Timeout[] = []

  constructor(devices: SimDevice[], private readonly log: Log = silentLog) {
    for (const d of devices) this.#devices.set(d.id, d)
  }

  get size(): number { return this.#devices.size }

  /** Starts every device, spread over `spreadMs` so a large fleet does not connect in one burst. */
  start(spreadMs = 0): void {
    const list = [...this.#devices.values()]
    list.forEach((d, i) => {
      const at = list.length > 1 ? Math.round((spreadMs * i) / (list.length - 1)) : 0
      if (at === 0) d.start()
      else this.#startTimers.push(setTimeout(() => d.start(), at))
    })
  }

  async stop(): Promise<void> {
    for (const t of this.#startTimers) clearTimeout(t)
    this.#startTimers = []
    await Promise.all([...this.#devices.values()].map(d => d.stop()))
  }

  get(id: string): SimDevice | undefined { return this.#devices.get(id) }

  list(): DeviceSnapshot[] {
    return [...this.#devices.values()].map(d => d.snapshot())
  }

  /** `target` undefined = every device. Returns the ids it reached. */
  injectFault(spec: FaultSpec, target?: string): string[] {
    const targets = this.#select(target)
    for (const d of targets) d.injectFault(spec)
    this.log('info', 'fault applied', { mode: spec.mode, durationMs: spec.durationMs, devices: target ?? `all ${targets.length}` })
    return targets.map(d => d.id)
  }

  clearFaults(target?: string): string[] {
    const targets = this.#select(target)
    for (const d of targets) d.clearFaults()
    return targets.map(d => d.id)
  }

  #select(target?: string): SimDevice[] {
    if (target === undefined) return [...this.#devices.values()]
    const d = this.#devices.get(target)
    if (!d) throw new UnknownDeviceError(`no simulated device "${target}"`)
    return [d]
  }
}
