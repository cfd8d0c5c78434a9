/**
 * Keeps the session's token fresh without a reload: POST /api/auth/refresh before expiry, then the
 * new token is stored (MQTT reconnects pick it up) and announced (the chat.v1 session swaps it in
 * with a `token` frame [CHAT-2.2-4]). A 401 ends the session as any 401 does.
 */
import { watch } from 'vue'
import { ApiError, api } from '../api/client'
import { refreshAt, retryAt } from './refresh'
import { replaceToken, useSession } from './session'

let timer: ReturnType<typeof setTimeout> | null = null
let started = false

function schedule(at: number | null): void {
  if (timer) clearTimeout(timer)
  timer = null
  if (at === null) return
  // setTimeout overflows past 2^31-1 ms; a far refresh re-arms later.
  timer = setTimeout(() => { if (at <= Date.now()) void refresh(); else schedule(at) }, Math.min(Math.max(0, at - Date.now()), 2 ** 31 - 1))
}

async function refresh(): Promise<void> {
  const { state } = useSession()
  if (!state.token || !state.expiresAt) return
  try {
    replaceToken(await api.refresh())
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return // the client ended the session
    schedule(state.expiresAt ? retryAt(state.expiresAt, Date.now()) : null)
  }
}

/** Starts following the session's expiry (idempotent). */
export function startTokenRefresh(): void {
  if (started) return
  started = true
  const { state } = useSession()
  watch(() => state.expiresAt, expiresAt => schedule(expiresAt ? refreshAt(expiresAt, Date.now()) : null), { immediate: true })
}
