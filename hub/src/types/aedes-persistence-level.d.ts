declare module 'aedes-persistence-level' {
  /** Returns an aedes persistence backed by an opened abstract-level database. */
  export default function levelPersistence(db: unknown): unknown
}
