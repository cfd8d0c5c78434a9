import { onBeforeUnmount, ref, type Ref } from 'vue'

/** A clock that ticks every `periodMs` while the component lives (for "12 s ago" labels). */
export function useNow(periodMs: number): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => { now.value = Date.now() }, periodMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
