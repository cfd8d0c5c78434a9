import type { WebSocket } from 'ws'

/** Closes every socket with `code`, waits up to `timeoutMs` for them to go, then terminates the rest. */
export async function closeSockets(sets: Array<Set<WebSocket>>, code: number, timeoutMs: number): Promise<void> {
  for (const clients of sets) for (const ws of clients) ws.close(code, 'server shutting down')
  const deadline = Date.now() + timeoutMs
  while (sets.some(s => s.size > 0) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 20))
  }
  for (const s of sets) for (const ws of s) ws.terminate()
}
