/**
 * @tether/protocol: the vocabulary the hub, the dashboard and the simulator share. Pure
 * TypeScript, no I/O, no dependencies.
 */
export * from './ids.js'
export * from './roles.js'
export * from './users.js'
export * from './topics.js'
export * from './telemetry.js'
export * from './meta.js'
export * from './presence.js'
export * from './commands.js'
export * from './alarms.js'
export * from './rooms.js'
export * from './chat-v1-errors.js'
export * from './chat-v1-frames.js'
export * from './rest.js'
export * from './backoff.js'
export * from './mqtt-wire.js'
