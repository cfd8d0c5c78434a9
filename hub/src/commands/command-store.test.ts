import { openSqlite } from '../storage/sqlite.js'
import { commandStoreCases } from './command-store.cases.js'
import { createMemoryCommandStore } from './command-store.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'

commandStoreCases('memory', createMemoryCommandStore)
commandStoreCases('sqlite', () => createSqliteCommandStore(openSqlite(':memory:')))
