/** Command lifecycle (#6): accepted → sent → delivered → succeeded | failed | timed_out | expired. */
export const LIFECYCLE = ['accepted', 'sent', 'delivered', 'succeeded'] as const
export const TERMINAL = new Set(['succeeded', 'failed', 'timed_out', 'expired', 'rejected'])

export const isTerminal = (state: string): boolean => TERMINAL.has(state)

/** Steps to draw for a state: the happy path, with the final step replaced by a failure. */
export function lifecycleSteps(state: string): Array<{ name: string; done: boolean; current: boolean }> {
  const failed = isTerminal(state) && state !== 'succeeded'
  const names: string[] = failed ? ['accepted', 'sent', 'delivered', state] : [...LIFECYCLE]
  const at = failed ? names.length - 1 : names.indexOf(state)
  return names.map((name, i) => ({ name, done: i <= at, current: i === at }))
}
