// The configuration lives in ./config/ (one schema); this file keeps `./config.js` imports working.
export * from './config/index.js'
