import { createHash } from "node:crypto";

/**
 * Base58Check (Bitcoin's addresses) and CB58 (Avalanche's chain and subnet ids): base58 of a payload
 * and a 4-byte checksum of it. Such a value is a public address or id; random text passes the
 * checksum with odds of one in four billion.
 */

const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE58_VALUE = /^[1-9A-HJ-NP-Za-km-z]{20,120}$/;

/** The bytes `value` stands for in base58, or undefined when it holds a character outside the alphabet. */
function base58Bytes(value: string): Buffer | undefined {
  if (!BASE58_VALUE.test(value)) return undefined;
  let number = 0n;
  for (const character of value) number = number * 58n + BigInt(BASE58_ALPHABET.indexOf(character));
  const hex = number === 0n ? "" : number.toString(16);
  // (Each leading `1` is a zero byte.)
  const leadingZeros = /^1*/.exec(value)![0].length;
  return Buffer.concat([Buffer.alloc(leadingZeros), Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, "hex")]);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest();

/** Whether `value` is base58 with a valid Base58Check (double SHA-256) or CB58 (SHA-256's last 4 bytes) checksum. */
export function isBase58Checked(value: string): boolean {
  const bytes = base58Bytes(value);
  if (bytes === undefined || bytes.length < 5) return false;
  const payload = bytes.subarray(0, -4);
  const checksum = bytes.subarray(-4);
  const digest = sha256(payload);
  return checksum.equals(digest.subarray(-4)) || checksum.equals(sha256(digest).subarray(0, 4));
}
