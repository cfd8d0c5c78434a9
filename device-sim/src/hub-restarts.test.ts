import { describe, it, expect } from '@jest/globals'
import { demoFlags, shouldRestartHub } from './hub-restarts.js'

describe('shouldRestartHub', () => {
  it.each<[string, number[], boolean]>([
    ['first exit', [], true],
    ['two recent exits', [90_000, 95_000], true],
    ['three exits within 30 s: a crash loop', [80_000, 90_000, 95_000], false],
    ['three exits, the oldest long ago', [10_000, 90_000, 95_000], true],
  ])('%s → %s', (_name, exits, expected) => {
    expect(shouldRestartHub(exits, 100_000)).toBe(expected)
  })
})

describe('demoFlags', () => {
  it.each<[string[], boolean, string[]]>([
    [[], true, []],
    [['--devices', '5'], true, ['--devices', '5']],
    [['--no-hub-restart', '--seed', '7'], false, ['--seed', '7']],
  ])('%j', (argv, hubRestart, rest) => {
    expect(demoFlags(argv)).toEqual({ hubRestart, rest })
  })
})
