import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { ConfigError, readOptions } from '../../src/config/load.js'
import { bool, decimal, dir, int, list, oneOf, secret, text, url } from '../../src/config/option.js'

/** A schema with one option of each type, so the generic loader is tested apart from the hub's options. */
const schema = {
  count: int({ env: 'T_COUNT', aliases: ['OLD_COUNT'], unit: 'ms', default: 10, min: 1, max: 100, doc: 'an int' }),
  ratio: decimal({ env: 'T_RATIO', default: 0.5, min: 0, max: 1, doc: 'a number' }),
  flag: bool({ env: 'T_FLAG', default: false, doc: 'a bool' }),
  name: text({ env: 'T_NAME', default: 'hub', doc: 'a string' }),
  password: secret({ env: 'T_PASSWORD', default: '', minLength: 8, maxLength: 16, unsetMeans: 'to have one generated', doc: 'a secret' }),
  home: dir({ env: 'T_HOME', default: './home', doc: 'a path' }),
  bundle: dir({ env: 'T_BUNDLE', default: '', whenUnset: '/bundled', keepEmpty: true, doc: 'a path where empty means none' }),
  store: url({ env: 'T_URL', aliases: ['OLD_URL'], default: '', protocols: ['http', 'https'], example: 'http://db:8086', unsetMeans: 'to use none', doc: 'a url' }),
  origins: list({ env: 'T_ORIGINS', default: ['http://a'], item: { pattern: /^https?:\/\/\S+$/, what: 'an origin', example: 'http://a,http://b' }, doc: 'a list' }),
  level: oneOf<string>({ env: 'T_LEVEL', default: 'info', values: ['info', 'debug'], doc: 'an enum' }),
}

const read = (env: Record<string, string | undefined>) => readOptions(schema, env)
const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try { read(env) } catch (err) { if (err instanceof ConfigError) return err.problems; throw err }
  throw new Error('expected a ConfigError')
}

describe('option loader', () => {
  it('gives every default when nothing is set (paths resolved, unset-only values applied)', () => {
    expect(read({}).values).toEqual({
      count: 10, ratio: 0.5, flag: false, name: 'hub', password: '', home: path.resolve('./home'), bundle: '/bundled',
      store: '', origins: ['http://a'], level: 'info',
    })
    expect(read({}).warnings).toEqual([])
  })

  it('hands out a fresh copy of list defaults', () => {
    read({}).values.origins.push('mutated')
    expect(read({}).values.origins).toEqual(['http://a'])
  })

  it.each([
    ['T_COUNT', '42', 'count', 42],
    ['T_COUNT', ' 7 ', 'count', 7],
    ['T_COUNT', '1', 'count', 1],
    ['T_COUNT', '100', 'count', 100],
    ['T_COUNT', '', 'count', 10],
    ['T_RATIO', '0.25', 'ratio', 0.25],
    ['T_RATIO', '1', 'ratio', 1],
    ['T_RATIO', '.5', 'ratio', 0.5],
    ['T_RATIO', '5e-1', 'ratio', 0.5],
    ['T_FLAG', 'true', 'flag', true],
    ['T_FLAG', 'YES', 'flag', true],
    ['T_FLAG', '1', 'flag', true],
    ['T_FLAG', 'off', 'flag', false],
    ['T_FLAG', '0', 'flag', false],
    ['T_NAME', 'edge-7', 'name', 'edge-7'],
    ['T_NAME', '', 'name', 'hub'],
    ['T_PASSWORD', 'eight888', 'password', 'eight888'],
    ['T_HOME', '/var/lib/x', 'home', '/var/lib/x'],
    ['T_HOME', 'rel', 'home', path.resolve('rel')],
    ['T_BUNDLE', '', 'bundle', ''],
    ['T_BUNDLE', '/srv/ui', 'bundle', '/srv/ui'],
    ['T_URL', 'https://db.example:8086', 'store', 'https://db.example:8086'],
    ['T_ORIGINS', ' http://x , https://y:8443 ,', 'origins', ['http://x', 'https://y:8443']],
    ['T_ORIGINS', '  ', 'origins', ['http://a']],
    ['T_LEVEL', 'debug', 'level', 'debug'],
  ] as const)('reads %s=%j as %s = %j', (variable, raw, key, value) => {
    expect(read({ [variable]: raw }).values[key]).toEqual(value)
  })

  it.each([
    ['T_COUNT', 'ten', 'T_COUNT="ten" is not a whole number; set it to an integer between 1 and 100 or unset it to use 10.'],
    ['T_COUNT', '1.5', 'T_COUNT="1.5" is not a whole number; set it to an integer between 1 and 100 or unset it to use 10.'],
    ['T_COUNT', '0', 'T_COUNT=0 is out of range; set it between 1 and 100 (ms) or unset it to use 10.'],
    ['T_COUNT', '101', 'T_COUNT=101 is out of range; set it between 1 and 100 (ms) or unset it to use 10.'],
    ['T_COUNT', '-3', 'T_COUNT=-3 is out of range; set it between 1 and 100 (ms) or unset it to use 10.'],
    ['T_RATIO', 'half', 'T_RATIO="half" is not a number; set it to a number between 0 and 1 or unset it to use 0.5.'],
    ['T_RATIO', '1.01', 'T_RATIO=1.01 is out of range; set it between 0 and 1 or unset it to use 0.5.'],
    ['T_FLAG', 'maybe', 'T_FLAG="maybe" is not a boolean; set it to true or false or unset it to use false.'],
    ['T_PASSWORD', 'short', 'T_PASSWORD must be 8 to 16 characters long; change it or unset it to have one generated.'],
    ['T_PASSWORD', 'x'.repeat(17), 'T_PASSWORD must be 8 to 16 characters long; change it or unset it to have one generated.'],
    ['T_URL', 'db:8086', 'T_URL="db:8086" is not an http(s) URL; use e.g. http://db:8086 or unset it to use none.'],
    ['T_URL', 'ftp://db', 'T_URL="ftp://db" is not an http(s) URL; use e.g. http://db:8086 or unset it to use none.'],
    ['T_ORIGINS', 'http://x,x.example', 'T_ORIGINS contains "x.example", which is not an origin; use a comma-separated list like "http://a,http://b" or unset it to use "http://a".'],
    ['T_LEVEL', 'loud', 'T_LEVEL="loud" is not one of info, debug; use one of them or unset it to use "info".'],
  ])('refuses %s=%j with a sentence naming the variable and the fix', (variable, raw, message) => {
    expect(() => read({ [variable]: raw })).toThrow(new ConfigError([message]))
  })

  it('never echoes a secret in its message', () => {
    expect(problemsOf({ T_PASSWORD: 'hunter2' }).join(' ')).not.toContain('hunter2')
  })

  it('reports every bad value at once', () => {
    expect(problemsOf({ T_COUNT: 'x', T_LEVEL: 'y', T_NAME: 'fine' })).toEqual([
      expect.stringMatching(/^T_COUNT="x"/), expect.stringMatching(/^T_LEVEL="y"/),
    ])
  })

  describe('deprecated names', () => {
    it('reads the old name and warns once, naming the new one', () => {
      const { values, warnings } = read({ OLD_COUNT: '42' })
      expect(values.count).toBe(42)
      expect(warnings).toEqual([{
        variable: 'OLD_COUNT', replacement: 'T_COUNT',
        message: 'OLD_COUNT is deprecated and will stop being read in the next release; rename it to T_COUNT.',
      }])
    })

    it('lets the new name win when both are set, and still warns about the old one', () => {
      const { values, warnings } = read({ OLD_COUNT: '42', T_COUNT: '43', OLD_URL: 'http://old', T_URL: 'http://new' })
      expect({ count: values.count, store: values.store }).toEqual({ count: 43, store: 'http://new' })
      expect(warnings.map(w => w.message)).toEqual([
        'OLD_COUNT is deprecated and will stop being read in the next release; rename it to T_COUNT (T_COUNT is also set and wins).',
        'OLD_URL is deprecated and will stop being read in the next release; rename it to T_URL (T_URL is also set and wins).',
      ])
    })

    it('does not check an old value the new name overrides', () => {
      expect(read({ OLD_COUNT: 'junk', T_COUNT: '5' }).values.count).toBe(5)
    })

    it('names the old variable in its error, and the new name to move to', () => {
      expect(problemsOf({ OLD_COUNT: '500' })).toEqual([
        'OLD_COUNT=500 is out of range; set it between 1 and 100 (ms) or unset it to use 10. (OLD_COUNT is the old name of T_COUNT.)',
      ])
    })

    it('warns about an old name set to empty but keeps the default', () => {
      const { values, warnings } = read({ OLD_COUNT: '' })
      expect(values.count).toBe(10)
      expect(warnings.map(w => w.variable)).toEqual(['OLD_COUNT'])
    })
  })
})
