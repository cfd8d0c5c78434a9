import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { Aedes } from 'aedes'

/**
 * A bare aedes (the patched one the hub runs) with `persistence`, served over plain TCP on a free
 * loopback port, for tests of the patch's behaviour with a stock MQTT client. `cleanup` receives
 * what closes both.
 */
export async function aedesOverTcp(persistence: unknown, cleanup: Array<() => Promise<void>>): Promise<{ broker: Aedes; url: string }> {
  const broker = await Aedes.createBroker({ persistence: persistence as never })
  const server = net.createServer(socket => broker.handle(socket))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(async () => {
    await new Promise<void>(resolve => broker.close(() => resolve()))
    await new Promise<void>(resolve => server.close(() => resolve()))
  })
  return { broker, url: `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}` }
}
