import { openSqlite } from '../storage/sqlite.js'
import { commandStoreCases } from './command-store.cases.js'
import { createMemoryCommandStore } from './command-store.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'
import { writeBehindCommandStore } from './write-behind-store.js'

commandStoreCases('memory', createMemoryCommandStore)
commandStoreCases('sqlite', () => createSqliteCommandStore(openSqlite(':memory:')))
// Pending writes are never flushed by the clock here: every read must see them anyway.
commandStoreCases('sqlite, written behind', () => {
  const db = openSqlite(':memory:')
  return writeBehindCommandStore(createSqliteCommandStore(db), { transaction: fn => db.transaction(fn)(), schedule: () => {} })
})
