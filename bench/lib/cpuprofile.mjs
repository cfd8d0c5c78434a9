/**
 * Summarises a V8 .cpuprofile: self time by function and by owner (our hub code, aedes,
 * mqtt-packet, ws, Node streams, GC…). Pure: profile object in, tables out.
 */
const OWNERS = [
  ['ours (hub/dist)', /\/hub\/dist\//],
  ['aedes', /node_modules\/aedes\//],
  ['mqemitter + qlobber', /node_modules\/(mqemitter|qlobber|fastparallel)\//],
  ['mqtt-packet + bl', /node_modules\/(mqtt-packet|bl)\//],
  ['aedes-persistence', /node_modules\/aedes-persistence/],
  ['ws', /node_modules\/ws\//],
  ['prom-client', /node_modules\/prom-client\//],
  ['other node_modules', /node_modules\//],
  ['node: streams', /^node:internal\/streams\//],
  ['node: net / tcp', /^node:(net|internal\/stream_base_commons|internal\/net)/],
  ['node: other', /^node:/],
]

export function ownerOf(frame) {
  const name = frame.functionName
  if (!frame.url) {
    if (name === '(garbage collector)') return 'GC'
    if (name === '(idle)') return 'idle'
    if (name === '(program)') return 'native / program'
    return 'native / program'
  }
  for (const [owner, re] of OWNERS) if (re.test(frame.url)) return owner
  return 'other'
}

/**
 * `steady`: only the samples between the first and the last 100 ms slice in which the process was
 * at least 80 % busy (the load window, without start-up, provisioning and shutdown).
 */
export function summarizeProfile(profile, top = 20, { steady = false } = {}) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const self = new Map()
  const [from, to] = steady ? busyWindow(profile, byId) : [0, Infinity]
  let t = 0
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0
    if (t < from || t > to) continue
    const id = profile.samples[i]
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  }
  let total = 0
  const byFn = new Map()
  const byOwner = new Map()
  for (const [id, us] of self) {
    const f = byId.get(id).callFrame
    const owner = ownerOf(f)
    if (owner === 'idle') continue
    total += us
    const where = f.url ? `${f.url.replace(/^.*\/(node_modules|hub\/dist)\//, '$1/')}:${f.lineNumber + 1}` : ''
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim()
    byFn.set(key, { us: (byFn.get(key)?.us ?? 0) + us, owner })
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + us)
  }
  const pct = us => Math.round((1000 * us) / total) / 10
  return {
    busyMs: Math.round(total / 1000),
    owners: [...byOwner].sort((a, b) => b[1] - a[1]).map(([owner, us]) => ({ owner, percent: pct(us) })),
    functions: [...byFn].sort((a, b) => b[1].us - a[1].us).slice(0, top).map(([fn, v]) => ({ fn, owner: v.owner, percent: pct(v.us) })),
  }
}

function busyWindow(profile, byId) {
  const SLICE = 100_000
  const busy = []
  let t = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0
    t += dt
    const k = Math.floor(t / SLICE)
    busy[k] ??= 0
    if (ownerOf(byId.get(profile.samples[i]).callFrame) !== 'idle') busy[k] += dt
  }
  const hot = busy.map((b, k) => (b >= 0.8 * SLICE ? k : -1)).filter(k => k >= 0)
  return hot.length ? [hot[0] * SLICE, (hot.at(-1) + 1) * SLICE] : [0, Infinity]
}
