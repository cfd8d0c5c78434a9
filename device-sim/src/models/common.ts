import type { DeviceMeta } from '@tether/protocol'
import type { CommandHandler } from './types.js'

/** State every model carries besides its own physics. */
export interface BaseState {
  /** The identify LED blinks until this time, epoch ms (0 = off). */
  identifyUntil: number
}

const IDENTIFY_MS = 10_000

/** Commands every simulated model accepts, merged into each model's meta. */
export const commonCommands: DeviceMeta['commands'] = {
  identify: { params: {} },
  // Disconnects the device for a while: dashboards ask first.
  reboot: { params: {}, confirm: true },
}

export function commonHandlers<S extends BaseState>(): Record<string, CommandHandler<S>> {
  return {
    identify: (state, _params, { now }) => ({
      ok: true,
      state: { ...state, identifyUntil: now + IDENTIFY_MS },
      result: { blinkingForMs: IDENTIFY_MS },
    }),
    // The runtime performs the reboot (goes offline and comes back); the model only agrees.
    reboot: state => ({ ok: true, state, result: { rebooting: true }, effect: 'reboot' }),
  }
}

export function identifying(state: BaseState, now: number): boolean {
  return state.identifyUntil > now
}
