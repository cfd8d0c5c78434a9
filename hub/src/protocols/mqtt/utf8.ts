/**
 * MQTT strings must be well-formed UTF-8 without U+0000 [MQTT-1.5.3-1, MQTT-1.5.3-2].
 * mqtt-packet decodes with replacement characters, so an ill-formed sequence shows up as
 * U+FFFD; lone surrogates cannot appear in decoded UTF-8. We refuse U+0000 and U+FFFD.
 */
export function isWellFormedMqttString(s: string | undefined): boolean {
  if (s === undefined) return true
  return !/[\u0000\uFFFD]/.test(s)
}
