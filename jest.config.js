/**
 * Jest 30 in native ESM (NODE_OPTIONS=--experimental-vm-modules, set by `npm run test:node`),
 * TypeScript through @swc/jest. Tests sit next to what they test (`*.test.ts`) or in `test/`.
 */
const swc = ['@swc/jest', {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'es6' },
  sourceMaps: 'inline',
}]

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    // The shared vocabulary from source, so tests never depend on protocol/dist being fresh.
    '^@tether/protocol$': '<rootDir>/protocol/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  roots: ['<rootDir>/protocol', '<rootDir>/hub', '<rootDir>/device-sim', '<rootDir>/dashboard/e2e', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 30_000,
  // Real servers and sockets: keep parallelism modest on a 2-core machine.
  maxWorkers: 2,
}
