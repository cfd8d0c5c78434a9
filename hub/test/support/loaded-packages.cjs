// Preloaded into a spawned hub (NODE_OPTIONS=--require): as the process exits, writes the npm
// packages it loaded through CommonJS (also those an ES module imported) to LOADED_PACKAGES_FILE.
// Packages loaded as ES modules (their "import" export) are not in require.cache and not listed.
const { writeFileSync } = require('node:fs')
const { isMainThread } = require('node:worker_threads')

if (isMainThread && process.env.LOADED_PACKAGES_FILE) {
  process.on('exit', () => {
    const names = new Set()
    for (const file of Object.keys(require.cache)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)
      if (m) names.add(m[1])
    }
    writeFileSync(process.env.LOADED_PACKAGES_FILE, JSON.stringify([...names].sort()))
  })
}
