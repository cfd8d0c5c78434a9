import { describe, expect, it } from 'vitest'
import { accountFormErrors, deviceBody, deviceFormErrors, roomFormErrors } from './forms'

describe('deviceFormErrors', () => {
  it.each<[string, { id: string; name: string; room: string }, string[]]>([
    ['a good form', { id: 'boiler-3', name: 'Boiler 3', room: 'plant' }, []],
    ['no room is fine', { id: 'b', name: '', room: '' }, []],
    ['an upper-case id', { id: 'Boiler', name: '', room: '' }, ['id']],
    ['an empty id', { id: ' ', name: '', room: '' }, ['id']],
    ['a room starting with -', { id: 'b', name: '', room: '-x' }, ['room']],
    ['a long name', { id: 'b', name: 'x'.repeat(129), room: '' }, ['name']],
  ])('%s', (_name, form, fields) => {
    expect(Object.keys(deviceFormErrors(form)).sort()).toEqual(fields)
  })
})

describe('accountFormErrors', () => {
  it.each<[{ username: string; password: string }, string[]]>([
    [{ username: 'dora', password: 'long-enough' }, []],
    [{ username: 'dora', password: 'short' }, ['password']],
    [{ username: 'Dora!', password: 'long-enough' }, ['username']],
  ])('%j', (form, fields) => {
    expect(Object.keys(accountFormErrors(form)).sort()).toEqual(fields)
  })
})

describe('roomFormErrors', () => {
  it.each<[{ id: string; name: string; topic: string }, string[]]>([
    [{ id: 'ops', name: 'Ops', topic: '' }, []],
    [{ id: '_ops', name: '', topic: 'x'.repeat(501) }, ['id', 'name', 'topic']],
  ])('%j', (form, fields) => {
    expect(Object.keys(roomFormErrors(form)).sort()).toEqual(fields)
  })
})

describe('deviceBody', () => {
  it('trims and leaves blanks out', () => {
    expect(deviceBody({ id: ' b1 ', name: ' ', room: 'lab ', model: '' })).toEqual({ id: 'b1', room: 'lab' })
  })
})
