/**
 * Whether the demo starts the hub again after it exited: yes, unless it already exited
 * `maxExits` times within `windowMs` (a crash loop, which a restart would only repeat).
 * Pure; `exits` are the times of the previous exits, oldest first.
 */
export function shouldRestartHub(exits: readonly number[], now: number, opts: { maxExits: number; windowMs: number } = { maxExits: 3, windowMs: 30_000 }): boolean {
  const recent = exits.filter(t => now - t < opts.windowMs).length
  return recent < opts.maxExits
}

/** Splits the demo's own flags from the simulator's: `--no-hub-restart`. */
export function demoFlags(argv: readonly string[]): { hubRestart: boolean; rest: string[] } {
  const rest = argv.filter(a => a !== '--no-hub-restart')
  return { hubRestart: rest.length === argv.length, rest }
}
