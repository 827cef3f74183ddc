// Turn a buffer of UTF-16 code units back into a string, exactly (lone surrogates included).

const CHUNK = 0x2000
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })

function hasSurrogate(units: Uint16Array): boolean {
  for (let i = 0; i < units.length; i++) if ((units[i]! & 0xf800) === 0xd800) return true
  return false
}

/**
 * The string of the first `length` code units of `units`, every code unit kept as it is. A UTF-16 TextDecoder is
 * fast but replaces lone surrogates, so text holding any surrogate is rebuilt code unit by code unit instead.
 *
 * @example fromCodeUnits(new Uint16Array([0x4e2d, 0x6587]), 2) // '中文'
 */
export function fromCodeUnits(units: Uint16Array, length: number): string {
  const used = units.subarray(0, length)
  if (!hasSurrogate(used)) return utf16.decode(used)
  const pieces: string[] = []
  for (let i = 0; i < length; i += CHUNK) pieces.push(String.fromCharCode(...used.subarray(i, i + CHUNK)))
  return pieces.join('')
}
