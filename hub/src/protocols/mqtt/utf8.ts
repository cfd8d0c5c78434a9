/**
 * MQTT strings [MQTT-1.5.3]: the bytes must be well-formed UTF-8 (no overlong forms, no
 * surrogates U+D800..U+DFFF, nothing above U+10FFFF) [MQTT-1.5.3-1] and must not hold U+0000
 * [MQTT-1.5.3-2]. The standard also lets a receiver close on control characters and on Unicode
 * noncharacters (MAY): Tether closes on noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF), like
 * Mosquitto, and accepts control characters U+0001..U+001F, U+007F..U+009F (Mosquitto closes).
 * A valid U+FFFD (EF BF BD) is an ordinary character and is accepted.
 */
export type MqttStringFault = 'ill-formed' | 'null' | 'noncharacter'

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Why these raw bytes are not an acceptable MQTT string, or null when they are. */
export function mqttStringFault(bytes: Uint8Array): MqttStringFault | null {
  let ascii = true
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b === 0) return 'null'
    if (b >= 0x80) { ascii = false; break }
  }
  if (ascii) return null
  let text: string
  try {
    text = strict.decode(bytes)
  } catch {
    return 'ill-formed'
  }
  return stringFault(text)
}

/** The same rules on an already decoded string (the decoder has ruled out ill-formed bytes). */
function stringFault(s: string): MqttStringFault | null {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (cp === 0) return 'null'
    if (cp >= 0xd800 && cp <= 0xdfff) return 'ill-formed'
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter'
  }
  return null
}

/**
 * Check on a string mqtt-packet already decoded. The raw bytes were checked before the parser
 * (packet-validator.ts); this is the second line for strings reaching the broker by other paths.
 * U+FFFD is not refused: mqtt-packet's lenient decoding only produces it from bytes the
 * validator has already refused, and a real U+FFFD is valid.
 */
export function isWellFormedMqttString(s: string | undefined): boolean {
  if (s === undefined) return true
  return stringFault(s) === null
}
