/**
 * MQTT 3.1.1 wire details shared by the hub's packet checks, the load generator's encoder and the
 * tests that build raw packets. Pure: numbers in, byte values out.
 */

/** Largest Remaining Length a fixed header can carry (four 7-bit groups) [MQTT-2.2.3]. */
export const MAX_REMAINING_LENGTH = 268_435_455

/** Remaining Length as the 1–4 byte varint of [MQTT-2.2.3]. */
export function encodeRemainingLength(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_REMAINING_LENGTH) throw new RangeError(`remaining length ${n} out of range`)
  const out: number[] = []
  do {
    let byte = n % 128
    n = Math.floor(n / 128)
    if (n > 0) byte |= 0x80
    out.push(byte)
  } while (n > 0)
  return out
}
