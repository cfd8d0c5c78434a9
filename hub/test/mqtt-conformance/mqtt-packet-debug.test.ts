import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'

/**
 * mqtt-packet (patched `parser.js`, `writeToStream.js`) binds its `debug` logger only when its
 * namespace is on at start: the stock module called debug() a dozen times per packet, each call
 * gathering its arguments into an array and checking the namespace, logging nothing. DEBUG set at
 * start still gives the same trace.
 */
const script = `
  const mqtt = require('mqtt-packet')
  const p = mqtt.parser()
  p.on('packet', packet => packet.cmd === 'publish' && mqtt.writeToStream({ cmd: 'puback', messageId: packet.messageId }, { write() { return true } }))
  p.parse(mqtt.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clientId: 'c', clean: true, keepalive: 0 }))
  p.parse(mqtt.generate({ cmd: 'publish', topic: 'a/b', payload: Buffer.from('x'), qos: 1, messageId: 7, retain: false, dup: false }))
`
function run(debug: string | undefined): string {
  const env = { ...process.env }
  delete env.DEBUG
  if (debug !== undefined) env.DEBUG = debug
  const out = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' })
  expect(`${out.status} ${out.stderr}`).toMatch(/^0 /)
  return out.stderr
}

describe('mqtt-packet debug output', () => {
  it('is there when DEBUG names its namespaces at start', () => {
    const trace = run('mqtt-packet:*')
    expect(trace).toContain('mqtt-packet:parser')
    expect(trace).toContain('_parsePublish')
    expect(trace).toContain('mqtt-packet:writeToStream')
  })

  it('is absent when they are off', () => {
    expect(run(undefined)).toBe('')
  })
})
