import { classifyStatus, StoreWriteError } from '../store.js'

/**
 * POSTs line protocol and maps the outcome onto StoreWriteError. Used by the 1.x store; the body
 * of an error is kept short (it names the offending line, never the whole batch).
 */
export async function postLines(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  let res: Response
  try {
    res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, signal: AbortSignal.timeout(timeoutMs) })
  } catch (err) {
    throw new StoreWriteError('retry', `write failed: ${describeFetchError(err)}`)
  }
  if (res.status === 204 || res.status === 200) { await res.arrayBuffer().catch(() => undefined); return }
  const text = (await res.text().catch(() => '')).slice(0, 300)
  throw new StoreWriteError(classifyStatus(res.status), `write answered ${res.status}: ${text}`, res.status)
}

export function describeFetchError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError') return 'timed out'
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err)
}
