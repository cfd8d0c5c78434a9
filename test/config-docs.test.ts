import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './support/compose-config.js'
import { hubOptions } from '../hub/src/config/index.js'
import { ENV_BEGIN, ENV_END, README_BEGIN, README_END, updateEnvExample, updateReadme } from '../hub/src/config/docs.js'

/**
 * README's configuration table and `.env.example` are generated from the option schema
 * (`npm run docs:config`); these fail when someone edits one side only.
 */
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')
const between = (text: string, begin: string, end: string) => text.slice(text.indexOf(begin), text.indexOf(end) + end.length)

describe('configuration docs generated from the schema', () => {
  it.each([
    ['README.md', README_BEGIN, README_END, updateReadme],
    ['.env.example', ENV_BEGIN, ENV_END, updateEnvExample],
  ] as const)('%s matches the schema (run npm run docs:config after changing an option)', (file, begin, end, update) => {
    const committed = read(file)
    expect(committed).toContain(begin)
    expect(between(committed, begin, end)).toBe(between(update(committed, hubOptions), begin, end))
  })

  it('lists every option in the README table exactly once', () => {
    const section = between(read('README.md'), README_BEGIN, '| old name |')
    const rows = section.split('\n').filter(l => l.startsWith('| `')).map(l => /^\| `([A-Z0-9_]+)`/.exec(l)![1])
    expect(rows).toEqual(Object.values(hubOptions).map(o => o.env))
  })

  it('reads the environment only through the schema', () => {
    const outside = sources(path.join(repoRoot, 'hub/src')).filter(f => !f.includes(`${path.sep}config${path.sep}`))
    const reading = outside.filter(f => /process\.env\b/.test(readFileSync(f, 'utf8'))).map(f => path.relative(repoRoot, f))
    expect(reading).toEqual([])
  })
})

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) return sources(p)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [p] : []
  })
}
