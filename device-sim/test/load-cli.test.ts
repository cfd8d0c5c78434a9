import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startTestHub, type TestHub } from '../../hub/test/support/test-hub.js'
import { openAccess } from '../../hub/src/protocols/mqtt/access.js'
import { LOAD_HELP } from '../src/load/args.js'

// Runs the documented entry point, `npm run sim -- load …` = `node device-sim/dist/cli.js load …`,
// built (`npm run build` first; `npm test` builds), against a real hub.
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js')

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [cli, 'load', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = '', stderr = ''
    child.stdout.on('data', d => { stdout += d })
    child.stderr.on('data', d => { stderr += d })
    child.on('exit', code => resolve({ code, stdout, stderr }))
  })
}

let t: TestHub
beforeAll(async () => { t = await startTestHub({}, { access: openAccess, persistMqtt: false }) })
afterAll(async () => { await t.stop() })

describe('npm run sim -- load', () => {
  it('prints its usage for --help and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help'])
    expect(stderr).toBe('')
    expect(stdout).toBe(LOAD_HELP)
    expect(stdout).toMatch(/^npm run sim -- load \[flags\]/)
    expect(code).toBe(0)
  })

  it('runs a short load against the hub and prints its summary', async () => {
    const { code, stdout, stderr } = await runCli(['--url', t.wsUrl, '--connections', '2', '--processes', '1', '--rate', '50', '--duration', '0.6', '--warmup', '0.2'])
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^connections  2 up, 0 failed in /m)
    expect(stdout).toMatch(/^published    30 \(/m)
    expect(code).toBe(0)
  })
})

describe('load CLI against a real hub', () => {
  it('publishes at the asked rate with QoS 1 and the subscriber receives every message with a latency', async () => {
    const { code, stdout } = await runCli(['--url', t.wsUrl, '--connections', '4', '--processes', '2', '--rate', '200', '--qos', '1',
      '--duration', '1.5', '--warmup', '0.5', '--subscribe', 'devices/+/telemetry', '--watch-pid', String(process.pid), '--json'])
    expect(code).toBe(0)
    const r = JSON.parse(stdout)
    expect(r.connect).toMatchObject({ connected: 4, failed: 0 })
    expect(r.publish.sent).toBe(300)
    expect(r.publish.acked).toBe(300)
    expect(r.deliver.received).toBe(300)
    expect(r.deliver.latencyMs.count).toBe(r.deliver.receivedInWindow)
    expect(r.deliver.latencyMs.p50).toBeGreaterThan(0)
    expect(r.watched[0].pid).toBe(process.pid)
    expect(r.generator.map((g: { role: string }) => g.role)).toEqual(['coordinator+subscriber', 'publisher-0', 'publisher-1'])
  })

  it('reports a refused upgrade and exits non-zero when no connection comes up', async () => {
    const { code, stdout } = await runCli(['--url', `${t.httpUrl.replace('http', 'ws')}/nope`, '--connections', '2', '--processes', '1', '--duration', '0.5', '--warmup', '0', '--json'])
    expect(code).toBe(1)
    const r = JSON.parse(stdout)
    expect(r.connect).toMatchObject({ connected: 0, failed: 2 })
    expect(r.connect.errors[0]).toBe('upgrade refused: HTTP/1.1 404 Not Found')
  })

  it('refuses bad flags with a sentence and exit code 64', async () => {
    const { code, stderr } = await runCli(['--qos', '2'])
    expect(code).toBe(64)
    expect(stderr).toBe('load: --qos must be 0 or 1 (got 2)\n')
  })
})
