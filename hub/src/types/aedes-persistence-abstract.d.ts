declare module 'aedes-persistence/abstract.js' {
  /** aedes-persistence's contract suite: registers its cases with `test`, each on a fresh `persistence()`. */
  export default function abstractPersistenceSuite(opts: {
    test: (name: string, fn: (t: unknown) => Promise<void>) => void
    persistence: () => unknown
  }): void
}
