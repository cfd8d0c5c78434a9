import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './support/compose-config.js'

function sources(dir: string): string {
  return readdirSync(dir).map(name => {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) return sources(p)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? readFileSync(p, 'utf8') : ''
  }).join('\n')
}

/** docs/operations.md explains the hub's metrics: each one it names is registered by the hub, and vice versa. */
describe('metrics in docs/operations.md', () => {
  const code = sources(path.join(repoRoot, 'hub/src'))
  const registered = new Set([...code.matchAll(/name: '(tether_[a-z_]+)'/g)].map(m => m[1]))
  const doc = readFileSync(path.join(repoRoot, 'docs/operations.md'), 'utf8')
  const section = doc.slice(doc.indexOf('## Metrics that matter'), doc.indexOf('\n## ', doc.indexOf('## Metrics that matter') + 1))
  const documented = new Set([...section.matchAll(/`(tether_[a-z_]+?)(?:\{[^}]*\})?`/g)].map(m => m[1]))

  it('names only metrics the hub registers', () => {
    expect([...documented].filter(m => !registered.has(m) && !m.endsWith('_'))).toEqual([])
  })

  it('explains every metric the hub registers', () => {
    expect([...registered].filter(m => !documented.has(m))).toEqual([])
  })
})
