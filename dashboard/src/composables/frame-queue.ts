/**
 * Collects items as they arrive and hands them over in one batch per animation frame, so a burst
 * of telemetry or events costs one re-render, not one per message. Hidden tabs get no animation
 * frames, so a timer takes over there (the queue must still drain: replies and acks wait in it).
 */
export interface FrameQueue<T> { push(item: T): void; flush(): void; dispose(): void }

export function createFrameQueue<T>(apply: (items: T[]) => void, hiddenDelayMs = 250): FrameQueue<T> {
  let items: T[] = []
  let raf: number | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  function flush(): void {
    if (raf !== null) cancelAnimationFrame(raf)
    if (timer !== null) clearTimeout(timer)
    raf = null
    timer = null
    if (items.length === 0) return
    const batch = items
    items = []
    apply(batch)
  }

  function schedule(): void {
    if (raf !== null || timer !== null) return
    if (typeof document !== 'undefined' && document.hidden) timer = setTimeout(flush, hiddenDelayMs)
    else raf = requestAnimationFrame(flush)
  }

  return {
    push(item) { items.push(item); schedule() },
    flush,
    dispose() { items = []; if (raf !== null) cancelAnimationFrame(raf); if (timer !== null) clearTimeout(timer); raf = timer = null },
  }
}
