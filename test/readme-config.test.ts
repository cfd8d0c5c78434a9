import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './support/compose-config.js'

/** README's configuration table lists exactly the variables hub/src/config.ts reads. */
describe('README configuration table', () => {
  const config = readFileSync(path.join(repoRoot, 'hub/src/config.ts'), 'utf8')
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')

  it('has a row for every variable config.ts reads and none for others', () => {
    const read = new Set([
      ...[...config.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map(m => m[1]),
      ...[...config.matchAll(/\b(?:intVar|listVar|\w+Var)\(env, '([A-Z][A-Z0-9_]+)'/g)].map(m => m[1]),
    ])
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1))
    const rows = section.split('\n').filter(l => l.startsWith('| `'))
    const documented = new Set(rows.flatMap(r => [...r.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map(m => m[1])))
    expect({ missing: [...read].filter(v => !documented.has(v)).sort(), extra: [...documented].filter(v => !read.has(v)).sort() })
      .toEqual({ missing: [], extra: [] })
  })
})
