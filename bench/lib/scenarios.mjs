/**
 * The MQTT scenarios of as load-generator flags, per profile. Pure data.
 * quick: < 5 minutes for the whole suite; full: longer windows, each fan-in scenario in three rounds
 * (`rounds`, lib/rounds.mjs) and 10 000 idle connections.
 */
export const profiles = {
  quick: { durationS: 3, warmupS: 1, rounds: 1, idleConnections: 1000, holdS: 2, restS: 3, influxS: 3 },
  full: { durationS: 10, warmupS: 3, rounds: 3, idleConnections: 10000, holdS: 5, restS: 30, influxS: 15 },
}

const fanIn = ['--connections', '100', '--processes', '2', '--size', '100', '--subscribe', 'devices/+/telemetry']

export function mqttScenarios(p, serverKind) {
  const window = ['--duration', String(p.durationS), '--warmup', String(p.warmupS)]
  const list = [
    { name: 'idle', args: ['--idle', '--connections', String(p.idleConnections), '--processes', '2', '--hold', String(p.holdS), '--connect-concurrency', '256'] },
    { name: 'fanin-q0-sat', args: [...fanIn, '--qos', '0', '--rate', '0', '--window', '2000', ...window] },
    { name: 'fanin-q1-sat', args: [...fanIn, '--qos', '1', '--rate', '0', '--inflight', '16', '--window', '2000', ...window] },
    { name: 'fanin-q0-5k', args: [...fanIn, '--qos', '0', '--rate', '5000', ...window] },
    { name: 'fanin-q1-5k', args: [...fanIn, '--qos', '1', '--rate', '5000', ...window] },
    // A small fleet at a demo-like pace: what the server costs at rest.
    { name: 'rest', args: ['--connections', '20', '--processes', '1', '--rate', '20', '--subscribe', 'devices/+/telemetry', '--duration', String(p.restS), '--warmup', '1'] },
  ]
  // The forwarder keeps no per-connection state worth measuring.
  return serverKind === 'forwarder' ? list.filter(s => s.name !== 'idle') : list
}
