/**
 * Polls `check` from the test until it holds. (Playwright's waitForFunction takes an async predicate's
 * Promise as a truthy answer and returns at once, so conditions read over the API are polled here.)
 */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}
