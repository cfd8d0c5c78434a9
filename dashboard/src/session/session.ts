import { computed, reactive, readonly } from 'vue'
import type { LoginResponse, SessionUser } from '@tether/protocol'
import { canCommand, canSpeak } from './roles'

const STORAGE_KEY = 'tether.session'

interface SessionState {
  token: string | null
  expiresAt: number | null
  user: SessionUser | null
  /** Why the operator was sent back to the login screen (expired token, 401…). */
  notice: string | null
}

const state = reactive<SessionState>(load())
let expiryTimer: ReturnType<typeof setTimeout> | null = null
const listeners = new Set<(reason: string | null) => void>()

function load(): SessionState {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (raw) {
      const s = JSON.parse(raw) as SessionState
      if (s.token && s.expiresAt && s.expiresAt > Date.now()) return { ...s, notice: null }
      if (s.token) return { token: null, expiresAt: null, user: null, notice: 'Your session expired. Please log in again.' }
    }
  } catch { /* corrupt storage: start logged out */ }
  return { token: null, expiresAt: null, user: null, notice: null }
}

function persist(): void {
  if (state.token) localStorage.setItem(STORAGE_KEY, JSON.stringify({ token: state.token, expiresAt: state.expiresAt, user: state.user }))
  else localStorage.removeItem(STORAGE_KEY)
}

function armExpiry(): void {
  if (expiryTimer) clearTimeout(expiryTimer)
  expiryTimer = null
  if (!state.expiresAt) return
  // setTimeout overflows past 2^31-1 ms; long-lived tokens just re-arm later.
  const delay = Math.min(state.expiresAt - Date.now(), 2 ** 31 - 1)
  expiryTimer = setTimeout(() => {
    if (state.expiresAt && state.expiresAt <= Date.now()) endSession('Your session expired. Please log in again.')
    else armExpiry()
  }, Math.max(0, delay))
}

export function startSession(res: LoginResponse): void {
  state.token = res.token
  state.expiresAt = res.expiresAt
  state.user = res.user
  state.notice = null
  persist()
  armExpiry()
}

const tokenListeners = new Set<(token: string, expiresAt: number) => void>()

/** A refreshed token of the same account replaces the current one (session/refresher.ts). */
export function replaceToken(res: LoginResponse): void {
  if (!state.token || res.user.id !== state.user?.id) return
  state.token = res.token
  state.expiresAt = res.expiresAt
  state.user = res.user
  persist()
  armExpiry()
  for (const fn of tokenListeners) fn(res.token, res.expiresAt)
}

/** Follows token refreshes; returns the unsubscribe. */
export function onTokenRefresh(fn: (token: string, expiresAt: number) => void): () => void {
  tokenListeners.add(fn)
  return () => tokenListeners.delete(fn)
}

/** Ends the session; `notice` is shown on the login screen (null for a plain logout). */
export function endSession(notice: string | null = null): void {
  const had = state.token !== null
  // A late 401 from a request started before logout must not relabel a plain logout as expiry.
  if (!had) return
  state.token = null
  state.expiresAt = null
  state.user = null
  state.notice = notice
  persist()
  armExpiry()
  for (const fn of listeners) fn(notice)
}

export function onSessionEnd(fn: (notice: string | null) => void): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

export function clearNotice(): void { state.notice = null }

if (state.token) armExpiry()

export function useSession() {
  return {
    state: readonly(state),
    token: computed(() => state.token),
    user: computed(() => state.user),
    role: computed(() => state.user?.role),
    loggedIn: computed(() => state.token !== null),
    canCommand: computed(() => canCommand(state.user?.role)),
    canSpeak: computed(() => canSpeak(state.user?.role)),
  }
}
