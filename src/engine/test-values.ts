import { decodeBase64Url } from "./base64";

/**
 * Values that test suites and specifications build by rule rather than draw at random: found in
 * crypto, URL and OTP libraries' tests under names that say key or secret. A generated secret
 * has these shapes by chance far less often than once in a million.
 */
export function isBuiltTestValue(value: string): boolean {
  return isCountingBytes(value) || isAscendingCharacters(value) || isJoseHeader(value) || isBase32OfText(value) || isHexOfText(value) || isHexOfCountingDigits(value);
}

/**
 * `3132333435363738393031323334353637383930`: the hex of `12345678901234567890`, RFC 4226's and
 * RFC 6238's HOTP and TOTP test secret (digits that count up, from 1 to 0 and round again).
 */
function isHexOfCountingDigits(value: string): boolean {
  if (value.length < 16 || value.length % 2 !== 0 || !/^(?:3[0-9])+$/.test(value)) return false;
  for (let i = 2; i < value.length; i += 2) if (Number(value[i + 1]) !== (Number(value[i - 1]) + 1) % 10) return false;
  return true;
}

/**
 * `000102030405060708090A0B0C0D0E0F` (FIPS-197's AES test key), `0x101112…`: hex bytes that each
 * count one up from the last, eight or more of them. (Or both digits of each byte at once:
 * `00112233445566778899AABBCCDDEEFF`, FIPS-197's plaintext, which examples put in a key's place.)
 */
function isCountingBytes(value: string): boolean {
  const hex = value.startsWith("0x") || value.startsWith("0X") ? value.slice(2) : value;
  if (hex.length < 16 || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]+$/.test(hex)) return false;
  let previous = parseInt(hex.slice(0, 2), 16);
  const step = (parseInt(hex.slice(2, 4), 16) - previous) & 0xff;
  if (step !== 0x01 && step !== 0x11) return false;
  for (let i = 2; i < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    if (byte !== ((previous + step) & 0xff)) return false;
    previous = byte;
  }
  return true;
}

/**
 * Ten or more characters in strictly rising order, percent escapes read as the characters they
 * stand for: a URL parser's test of every punctuation mark (`%20!%22$%&'()*+,-.%3A…`), `ACEGIKMOQS`.
 * Ten random characters rise so with odds of one in 3.6 million.
 */
function isAscendingCharacters(value: string): boolean {
  if (value.length < 10) return false;
  // (Escapes one by one: such tests hold a bare `%` too, which decodeURIComponent refuses.)
  const text = value.includes("%") ? value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value;
  if (text.length < 10) return false;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) <= text.charCodeAt(i - 1)) return false;
  return true;
}

/** Members of a JOSE header (RFC 7515 §4.1, RFC 7516 §4.1): what a token's first part may hold. */
const JOSE_HEADER_MEMBERS = new Set(["alg", "typ", "cty", "kid", "enc", "zip", "jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit", "b64"]);

/**
 * `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9` (`{"alg":"HS256","typ":"JWT"}`): a token's header alone,
 * which says how it is signed and is the same for every token so signed. Without claims and a
 * signature it proves nothing.
 */
function isJoseHeader(value: string): boolean {
  if (!value.startsWith("eyJ") || value.includes(".")) return false;
  const json = decodeBase64Url(value);
  if (json === undefined) return false;
  try {
    const header: unknown = JSON.parse(json);
    return typeof header === "object" && header !== null && !Array.isArray(header) && "alg" in header && Object.keys(header).every((key) => JOSE_HEADER_MEMBERS.has(key));
  } catch {
    return false;
  }
}

/** A byte of text as test vectors spell it: a letter, a digit or word punctuation (see isBase32OfText). */
const TEXT_BYTE = /[A-Za-z0-9 _.,:!?'-]/;

/**
 * `73616c7453414c54…` (`saltSALTsalt…`, RFC 6070's PBKDF2 salt): the hex of text, as a KDF's test
 * vectors write their inputs. Ten random bytes are all text with odds under one in 300,000, and
 * keys are longer. (One case only: hex digits in both cases are typed, judged elsewhere.)
 */
function isHexOfText(value: string): boolean {
  if (value.length < 20 || value.length % 2 !== 0 || !/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value)) return false;
  for (let i = 0; i < value.length; i += 2) if (!TEXT_BYTE.test(String.fromCharCode(parseInt(value.slice(i, i + 2), 16)))) return false;
  return true;
}

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE32_VALUE = /^[A-Z2-7]{16,}=*$/;

/**
 * `KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ` (`TestSecretSuperSecret`): a one-time password's secret
 * (base32, as `otpauth://` URIs carry it) that decodes to words. A real one is random bytes, ten
 * of which are all letters, digits or word punctuation with odds under one in a million.
 */
function isBase32OfText(value: string): boolean {
  if (!BASE32_VALUE.test(value)) return false;
  const body = value.replace(/=+$/, "");
  let bits = 0;
  let buffer = 0;
  let bytes = 0;
  for (let i = 0; i < body.length; i++) {
    buffer = (buffer << 5) | BASE32_ALPHABET.indexOf(body[i]!);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      if (!TEXT_BYTE.test(String.fromCharCode(byte))) return false;
      bytes++;
    }
  }
  return bytes >= 10;
}
