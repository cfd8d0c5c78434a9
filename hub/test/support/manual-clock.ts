export { createManualClock } from '../../src/manual-clock.js'
