import { openSqlite } from '../storage/sqlite.js'
import { alarmStoreCases } from './alarm-store.cases.js'
import { createMemoryAlarmStore } from './alarm-store.js'
import { createSqliteAlarmStore } from './sqlite-alarm-store.js'

alarmStoreCases('memory', createMemoryAlarmStore)
alarmStoreCases('sqlite', () => createSqliteAlarmStore(openSqlite(':memory:')))
