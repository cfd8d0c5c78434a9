import { describe, it, expect, afterEach } from '@jest/globals'
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openSpool } from './spool.js'
import { buildPoint } from './point.js'

let dir = ''
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })
const batch = (n: number) => ({ at: n, points: [buildPoint('d', { n }, n)] })

describe('spool', () => {
  it('replays batches in order across segments and removes segments once read out', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-spool-'))
    const s = openSpool(dir, 200)
    for (let i = 1; i <= 6; i++) s.append(batch(i))
    expect(readdirSync(dir).length).toBeGreaterThan(1)
    const seen: number[] = []
    for (let b = s.peek(); b; b = s.peek()) { seen.push(b.at); s.ack() }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6])
    expect(s.points).toBe(0)
    expect(readdirSync(dir)).toEqual([])
  })

  it('survives a reopen and skips a torn last line, counting it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-spool-'))
    const s = openSpool(dir)
    s.append(batch(1))
    s.append(batch(2))
    appendFileSync(path.join(dir, readdirSync(dir)[0]!), '{"at":3,"poi')
    const again = openSpool(dir)
    expect(again.points).toBe(2)
    expect(again.corrupt).toBe(1)
    again.append(batch(4))
    const seen: number[] = []
    for (let b = again.peek(); b; b = again.peek()) { seen.push(b.at); again.ack() }
    expect(seen).toEqual([1, 2, 4])
  })
})
