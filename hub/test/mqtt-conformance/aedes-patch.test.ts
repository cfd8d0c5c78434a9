import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

/**
 * patches/aedes+1.2.0.patch is applied by `patch-package` on `npm install`/`npm ci` (postinstall).
 * The behaviour each hunk fixes is proven on the wire in flows.test.ts; this test says plainly
 * when the patch was not applied (an install that skipped scripts) instead of letting those fail
 * one by one.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules/aedes')
const source = (file: string) => readFileSync(path.join(root, file), 'utf8')

describe('aedes carries the Tether patch', () => {
  it.each([
    ['session present for an empty session [MQTT-3.2.2-2]', 'lib/handlers/connect.js', 'this.client.sessionExists === true'],
    ['DUP=1 on redelivery [MQTT-3.3.1-1]', 'lib/handlers/connect.js', "if (packet.cmd === 'publish' && data.messageId) packet.dup = true"],
    ['retained QoS capped through wildcards [MQTT-3.8.4-6]', 'lib/handlers/subscribe.js', 'grantedFor(subs, packet.topic)'],
    ['a retained PUBLISH completes before the next packet', 'lib/client.js', 'function retainedDone'],
    ['duplicates filtered exactly, not by a high-water mark (dedupe.test.ts)', 'lib/client.js', 'const DEDUPE_WINDOW'],
    ['no store round trip for a clean session\'s PUBACK (puback-clean.test.ts)', 'lib/handlers/puback.js', 'if (client.clean) {'],
    ['a client ends on its stream\'s close, not through stream.finished() (connection-memory.test.ts)', 'lib/client.js', "conn.on('close', closeOnEnd)"],
    ['a client\'s duplicate-filter table made at its first delivery (connection-memory.test.ts)', 'lib/client.js', 'const duplicates = client.duplicates ??= Object.create(null)'],
    ['no queue replay stream for a client with nothing queued (empty-queue.test.ts)', 'lib/handlers/connect.js', 'persistence.outgoingQueueEmpty(client) === true'],
  ])('%s', (_name, file, line) => {
    expect(source(file)).toContain(line)
  })

  it('mqtt-packet parses into a plain BufferList, not a stream per connection', () => {
    expect(readFileSync(path.join(root, '../mqtt-packet/parser.js'), 'utf8')).toContain('this._list = new BufferList()')
  })

  it('mqtt-packet binds its debug logger only when DEBUG turns it on (mqtt-packet-debug.test.ts)', () => {
    for (const file of ['parser.js', 'writeToStream.js']) {
      expect(readFileSync(path.join(root, '../mqtt-packet', file), 'utf8')).toContain("const createDebug = require('debug')")
    }
  })

  it('bl reads a value within one buffer in place, for mqtt-packet\'s parser (bl-read.test.ts)', () => {
    expect(readFileSync(path.join(root, '../bl/BufferList.js'), 'utf8')).toContain('if (rel + size <= buf.length) return buf[m](rel)')
  })

  it('mqemitter takes queued messages by index, not with shift() (mqemitter-queue.test.ts)', () => {
    expect(readFileSync(path.join(root, '../mqemitter/mqemitter.js'), 'utf8')).toContain('MQEmitter.prototype._dropHead = function ()')
  })

  it('mqtt-packet keeps the protocol level of a CONNECT, not the packet (connection-memory.test.ts)', () => {
    expect(readFileSync(path.join(root, '../mqtt-packet/parser.js'), 'utf8')).toContain('this.settings = { protocolVersion: packet.protocolVersion, bridgeMode: packet.bridgeMode }')
  })

  it('aedes-persistence-level carries the outgoing-message cache (level-persistence.test.ts)', () => {
    expect(readFileSync(path.join(root, '../aedes-persistence-level/asyncPersistence.js'), 'utf8')).toContain('#outgoingIds = new Map()')
  })
})
