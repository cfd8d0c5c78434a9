/**
 * Which client ids hold a persistent (clean session = 0) session. aedes only knows a session by
 * its subscriptions and queued messages, so a clean=0 client that subscribed to nothing came
 * back with session present = 0; the standard asks for 1 whenever the server has a session for
 * the id [MQTT-3.2.2-2]. The broker writes here on every accepted CONNECT: clean=0 records the
 * id, clean=1 erases it (the session ends [MQTT-3.1.2-6]).
 */
export interface SessionRegistry {
  has(clientId: string): Promise<boolean>
  add(clientId: string): Promise<void>
  delete(clientId: string): Promise<void>
}

export function memorySessionRegistry(): SessionRegistry {
  const ids = new Set<string>()
  return {
    async has(id) { return ids.has(id) },
    async add(id) { ids.add(id) },
    async delete(id) { ids.delete(id) },
  }
}

/** The slice of a LevelDB sublevel the registry needs (keys are client ids). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>
  put(key: string, value: string): Promise<void>
  del(key: string): Promise<void>
  keys(): AsyncIterable<string>
}

/**
 * Sessions kept next to aedes' own LevelDB data, so they survive a restart like it does, and
 * mirrored in memory (read once at start; this hub alone writes them): a clean CONNECT erases its
 * id, and one of a client that never held a session no longer costs a LevelDB delete.
 */
export function levelSessionRegistry(store: KeyValueStore): SessionRegistry {
  const ids = new Set<string>()
  // Until the ids on disk are read, answers come from the store.
  let loaded = false
  const loading = (async () => {
    try {
      for await (const id of store.keys()) ids.add(id)
      loaded = true
    } catch { /* stays unloaded: every call goes to the store */ }
  })()
  return {
    async has(id) {
      await loading
      if (loaded) return ids.has(id)
      try {
        return (await store.get(id)) !== undefined
      } catch (err) {
        if ((err as { code?: string }).code === 'LEVEL_NOT_FOUND') return false
        throw err
      }
    },
    async add(id) { await store.put(id, '1'); ids.add(id) },
    async delete(id) {
      await loading
      if (loaded && !ids.has(id)) return
      await store.del(id)
      ids.delete(id)
    },
  }
}
