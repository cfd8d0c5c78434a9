#!/usr/bin/env node
/**
 * `npm run docs:config`: rewrites README's configuration table and the generated block of
 * `.env.example` from the hub's option schema (built hub: run after `npm run build -w hub`).
 * `--check` writes nothing and exits 1 when either file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { hubOptions } from '../hub/dist/config/index.js'
import { updateEnvExample, updateReadme } from '../hub/dist/config/docs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
const files = [['README.md', updateReadme], ['.env.example', updateEnvExample]]
let stale = 0
for (const [name, update] of files) {
  const file = path.join(root, name)
  const before = readFileSync(file, 'utf8')
  const after = update(before, hubOptions)
  if (after === before) continue
  stale++
  if (check) console.error(`${name} is out of date with hub/src/config/options: run npm run docs:config`)
  else { writeFileSync(file, after); console.log(`updated ${name}`) }
}
if (check && stale) process.exit(1)
