/**
 * Azure DevOps' legacy personal access tokens (52 characters of lower-case base32, 32 bytes) carry
 * a CRC-32 of their other 28 bytes, XORed with a constant, in four bytes spread through the token
 * (the facts Microsoft's own scanner checks: see security-utilities and sarif-pattern-matcher's
 * AdoPatValidator). An application secret of Azure DevOps uses another constant. A random run of
 * base32 passes by chance once in four billion: the checksum is evidence without any name.
 */

/** XORed into the CRC of a personal access token, and of an Azure DevOps application secret. */
const CHECKSUM_CONSTANTS = [0xe0b9692d, 0x1019f92e];

/** The bytes holding the checksum, least significant first. */
const CHECKSUM_BYTES = [22, 8, 7, 2];

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** CRC-32 (IEEE 802.3, as zlib computes it) lookup table. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The 32 bytes of 52 base32 characters (the last 4 bits are padding); undefined if not base32. */
function base32Bytes(token: string): Uint8Array | undefined {
  const bytes = new Uint8Array(32);
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const character of token.toLowerCase()) {
    const value = BASE32.indexOf(character);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (at < bytes.length) bytes[at++] = (buffer >>> bits) & 0xff;
    }
  }
  return at === bytes.length ? bytes : undefined;
}

/** Whether `token` (52 base32 characters) is a legacy Azure DevOps PAT or application secret by its checksum. */
export function hasDevOpsPatChecksum(token: string): boolean {
  if (token.length !== 52) return false;
  const bytes = base32Bytes(token);
  if (!bytes) return false;
  const checked = new Uint8Array(28);
  checked.set(bytes.subarray(0, 2), 0);
  checked.set(bytes.subarray(3, 7), 2);
  checked.set(bytes.subarray(9, 22), 6);
  checked.set(bytes.subarray(23, 32), 19);
  const embedded = CHECKSUM_BYTES.reduce((sum, index, shift) => (sum | (bytes[index]! << (8 * shift))) >>> 0, 0);
  const crc = crc32(checked);
  return CHECKSUM_CONSTANTS.some((constant) => ((crc ^ constant) >>> 0) === embedded);
}
