/**
 * One corpus of hostile values, run against every store (store-cases.ts) and through the MQTT
 * path (poison.test.ts). `stored`: what every store must read back (the value itself); `refused`:
 * the reason the hub refuses the value before any store sees it, because InfluxDB 1.x line
 * protocol cannot carry it (checked against influxd 1.6.7).
 */
export interface NastyValue { name: string; value: string }

export const nastyStrings: NastyValue[] = [
  { name: 'empty', value: '' },
  { name: 'trailing backslash', value: 'model\\' },
  { name: 'lone backslash', value: '\\' },
  { name: 'two backslashes', value: '\\\\' },
  { name: 'backslash before space', value: 'a\\ b' },
  { name: 'backslash before comma', value: 'a\\,b' },
  { name: 'backslash before equals', value: 'a\\=b' },
  { name: 'backslash before quote', value: 'a\\"b' },
  { name: 'quotes', value: '"quoted" and "' },
  { name: 'separators', value: 'comma, space = equals' },
  { name: 'newline', value: 'line one\nline two' },
  { name: 'CRLF', value: 'crlf\r\nend' },
  { name: 'tab', value: 'tab\there' },
  { name: 'U+0000 inside', value: 'nul\u0000byte' },
  { name: 'U+0000 alone', value: '\u0000' },
  { name: 'control characters', value: '\u0001\u001f\u007f' },
  { name: 'emoji with ZWJ', value: 'flag 🏳️‍🌈 and 😀' },
  { name: 'non-Latin', value: 'é ü ß 中文 العربية' },
  { name: 'line separators', value: '\u2028\u2029' },
  { name: 'escape-looking text', value: '\\n\\t\\u0000' },
]

/** Tag values (registry room/model) every store keeps as they are. */
export const nastyTags: NastyValue[] = [
  { name: 'space', value: 'room 1' },
  { name: 'separators', value: 'a,b=c d' },
  { name: 'backslash inside', value: 'a\\b' },
  { name: 'backslash before space', value: 'a\\ b' },
  { name: 'backslash before comma', value: 'a\\,b' },
  { name: 'backslash before equals', value: 'a\\=b' },
  { name: 'double backslash', value: '\\\\x' },
  { name: 'tab and CR', value: 'tab\tcr\r' },
  { name: 'U+0000', value: 'nul\u0000' },
  { name: 'emoji', value: 'lab 😀' },
  { name: 'lone equals', value: '=' },
  { name: 'lone comma', value: ',' },
  { name: 'lone space', value: ' ' },
]

/** Tag values line protocol cannot carry: the hub leaves the tag off and counts `unencodable_tag`. */
export const unencodableTags: NastyValue[] = [
  { name: 'trailing backslash', value: 'TH-1\\' },
  { name: 'lone backslash', value: '\\' },
  { name: 'newline', value: 'north\nwing' },
]

/** Payloads refused at validation with their counted reason. */
export const refusedPayloads: Array<{ name: string; payload: Buffer; reason: string }> = [
  { name: 'lone surrogate', payload: Buffer.from('{"s":"\\ud800"}'), reason: 'bad_string' },
  { name: 'ill-formed UTF-8', payload: Buffer.from([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), reason: 'not_utf8' },
  { name: 'impossible date', payload: Buffer.from('{"v":1,"ts":"2026-02-30T00:00:00Z"}'), reason: 'bad_ts' },
]
