import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { adminToken, api, createOperator, operatorMqttOptions } from '../support/identity.js'
import { connectMqtt, endMqtt, nextMessage } from '../support/mqtt-client.js'

const here = path.dirname(fileURLToPath(import.meta.url))
/** Debian's python3-paho-mqtt lives in the system interpreter's dist-packages. */
const python = ['/usr/bin/python3', 'python3'].find(p =>
  (p.startsWith('/') ? existsSync(p) : true) && spawnSync(p, ['-c', 'import paho.mqtt'], { stdio: 'ignore' }).status === 0)

let t: TestHub
beforeAll(async () => { t = await startTestHub({}, { persistMqtt: false }) })
afterAll(async () => { await t.stop() })

describe('stock Paho Python 1.6.1 over WebSocket, default path /mqtt', () => {
  it('connects, subscribes, publishes and receives (apt-get install python3-paho-mqtt)', async () => {
    expect(python).toBeDefined()
    const admin = await adminToken(t)
    const created = await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'paho-1' } })
    expect(created.status).toBe(201)
    const token = created.body.token as string
    const viewer = await createOperator(t, 'paho-watch', 'operator')
    const op = await connectMqtt(t.wsUrl, operatorMqttOptions(viewer.user.username, viewer.token))
    await new Promise<void>((resolve, reject) => op.subscribe('devices/+/telemetry', { qos: 1 }, err => err ? reject(err) : resolve()))
    const telemetry = nextMessage(op, 'devices/paho-1/telemetry', 20_000)

    const child = spawn(python!, [path.join(here, 'paho-client.py'), '127.0.0.1', String(t.port), 'paho-1', token])
    const lines: string[] = []
    let stderr = ''
    child.stderr.on('data', d => { stderr += d })
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
    const ready = new Promise<void>((resolve, reject) => {
      let buf = ''
      child.stdout.on('data', d => {
        buf += d
        let i
        while ((i = buf.indexOf('\n')) >= 0) {
          lines.push(buf.slice(0, i))
          buf = buf.slice(i + 1)
          if (lines.at(-1) === 'ready') resolve()
        }
      })
      void exited.then(code => reject(new Error(`paho exited ${code} before ready: ${lines.join(' | ')} ${stderr}`)))
    })
    try {
      await ready
      expect((await telemetry).payload.toString()).toBe('{"temp":21.5}')
      // The retained meta (the commands the device accepts) is read by the hub asynchronously.
      let issued = await api(t, 'POST', '/api/devices/paho-1/commands', { token: viewer.token, body: { name: 'reboot', params: {} } })
      for (let i = 0; i < 100 && issued.status === 409; i++) {
        await new Promise(r => setTimeout(r, 20))
        issued = await api(t, 'POST', '/api/devices/paho-1/commands', { token: viewer.token, body: { name: 'reboot', params: {} } })
      }
      expect(issued.status).toBe(202)
      expect(await exited).toBe(0)
    } finally {
      child.kill()
      await endMqtt(op)
    }
    expect(lines.slice(0, 4)).toEqual(['connack 0 session-present 0', 'suback 1', 'puback True', 'ready'])
    expect(lines[4]).toMatch(/^message devices\/paho-1\/commands 1 \{.*"name":"reboot".*\}$/)
  })
})
