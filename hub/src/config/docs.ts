import type { Option, Schema } from './option.js'

/**
 * The README configuration table and the `.env.example` block, rendered from a schema.
 * `npm run docs:config` writes them; a test fails when the committed files disagree.
 */

export const README_BEGIN = '<!-- config:begin (generated from hub/src/config/options by `npm run docs:config`: edit the schema, not this table) -->'
export const README_END = '<!-- config:end -->'
export const ENV_BEGIN = '# ---- hub options: generated from hub/src/config/options by `npm run docs:config`; do not edit below ----'
export const ENV_END = '# ---- end of generated hub options ----'

const cell = (s: string) => s.replace(/\|/g, '\\|')

function shownDefault(o: Option): string {
  if (o.defaultDoc) return o.defaultDoc
  const d = Array.isArray(o.default) ? o.default.join(',') : String(o.default)
  return d === '' ? '—' : `\`${d}\``
}

function range(o: Option): string {
  switch (o.type) {
    case 'int': case 'number': return `${o.min}–${o.max}`
    case 'enum': return o.values.map(v => `\`${v}\``).join(', ')
    case 'url': return o.protocols.map(p => `${p}://…`).join(', ')
    case 'bool': return '`true`, `false`'
    case 'list': return 'comma-separated'
    default: return o.minLength || o.maxLength ? `${o.minLength ?? 0}–${o.maxLength ?? '∞'} chars` : ''
  }
}

/** The Markdown between the README markers: one row per option, then the renamed variables. */
export function renderConfigTable(schema: Schema): string {
  const options = Object.values(schema)
  const rows = options.map(o => `| \`${o.env}\` | ${cell(shownDefault(o))} | ${cell(o.unit ?? '')} | ${cell(range(o))} | ${cell(o.doc)} |`)
  const renamed = options.flatMap(o => (o.aliases ?? []).map(a => `| \`${a}\` | \`${o.env}\` |`))
  return [
    '| variable | default | unit | accepted | meaning |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'Renamed variables: the old names are still read for this release, each with a warning at start-up',
    'naming its replacement; when both are set the new name wins.',
    '',
    '| old name | new name |',
    '|---|---|',
    ...renamed,
  ].join('\n')
}

/** Variables assigned (uncommented) in the hand-written part of `.env.example`. */
export function assignedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(m => m[1]!))
}

/** The generated block of `.env.example`: every option not set above, commented out at its default. */
export function renderEnvBlock(schema: Schema, skip: Set<string>): string {
  const lines = [
    '# The hub\'s remaining options at their defaults, commented out. Compose passes the hub only the',
    '# variables its `hub` service lists; `node --env-file=.env hub/dist/main.js` reads them all.',
  ]
  for (const o of Object.values(schema)) {
    if (skip.has(o.env)) continue
    const about = [o.unit, range(o), o.defaultDoc && `default ${o.defaultDoc}`].filter(Boolean).join('; ').replace(/[`_]/g, '')
    const value = Array.isArray(o.default) ? o.default.join(',') : String(o.default)
    lines.push('', `# ${o.doc.replace(/`/g, '')}${about ? ` [${about}]` : ''}`, `# ${o.env}=${o.type === 'secret' ? '' : value}`)
  }
  return lines.join('\n')
}

/** `text` with the lines between `begin` and `end` replaced by `content`. */
export function replaceBetween(text: string, begin: string, end: string, content: string, file: string): string {
  const start = text.indexOf(begin)
  const stop = text.indexOf(end, start)
  if (start < 0 || stop < 0) throw new Error(`${file} has no "${begin}" … "${end}" markers; add them where the generated text belongs.`)
  return `${text.slice(0, start + begin.length)}\n${content}\n${text.slice(stop)}`
}

export function updateReadme(readme: string, schema: Schema): string {
  return replaceBetween(readme, README_BEGIN, README_END, renderConfigTable(schema), 'README.md')
}

export function updateEnvExample(envExample: string, schema: Schema): string {
  const handWritten = envExample.slice(0, Math.max(0, envExample.indexOf(ENV_BEGIN)))
  return replaceBetween(envExample, ENV_BEGIN, ENV_END, renderEnvBlock(schema, assignedVariables(handWritten)), '.env.example')
}
