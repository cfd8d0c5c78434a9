import { openSqlite } from '../../storage/sqlite.js'
import { accountStoreCases } from './account-store.cases.js'
import { deviceStoreCases } from './device-store.cases.js'
import { createMemoryAccountStore } from './account-store.js'
import { createSqliteAccountStore } from './sqlite-account-store.js'
import { createMemoryDeviceStore } from './device-store.js'
import { createSqliteDeviceStore } from './sqlite-device-store.js'

accountStoreCases('memory', createMemoryAccountStore)
accountStoreCases('sqlite', () => createSqliteAccountStore(openSqlite(':memory:')))
deviceStoreCases('memory', createMemoryDeviceStore)
deviceStoreCases('sqlite', () => createSqliteDeviceStore(openSqlite(':memory:')))
