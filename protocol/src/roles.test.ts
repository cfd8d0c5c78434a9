import { describe, it, expect } from '@jest/globals'
import { hasRole, isRole, type Role } from './roles.js'

describe('roles', () => {
  it.each<[Role | undefined, Role, boolean]>([
    ['viewer', 'viewer', true],
    ['viewer', 'operator', false],
    ['operator', 'viewer', true],
    ['operator', 'admin', false],
    ['admin', 'operator', true],
    [undefined, 'viewer', false],
  ])('%s has at least %s: %s', (role, required, expected) => {
    expect(hasRole(role, required)).toBe(expected)
  })

  it.each([['viewer', true], ['admin', true], ['root', false], ['', false], [1, false]])('isRole(%j) is %s', (v, expected) => {
    expect(isRole(v)).toBe(expected)
  })
})
