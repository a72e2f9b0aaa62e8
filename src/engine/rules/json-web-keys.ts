import { lineStartsOf } from "../line-starts";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Private keys written as JSON Web Keys (RFC 7517): an object with a `kty` and, for an RSA, EC or
 * OKP key, the private parameter `d` (an RSA key adds `p`, `q`, `dp`, `dq`, `qi`); for a symmetric
 * (`oct`) key, `k`. A public key has none of these, and is no secret. The whole object is the
 * secret: its other private parameters give the key away as well as `d` does. Read in JSON and in
 * the JavaScript objects code builds a key from (`{ kty: 'RSA', d: '…' }`).
 */

/** How far back from `"kty"` the object's `{` may be, and how long an object may be (an RSA 4096 key is about 3,300 characters). */
const MOST_BEFORE = 2000;
const MOST_LENGTH = 20_000;
/**
 * How many `"kty"` a text's scan looks at: a key set holds a handful. The bound keeps a text made
 * of `"kty"` and nothing else from costing MOST_BEFORE characters for each.
 */
const MOST_KEYS = 2000;

/**
 * A private parameter with a base64url value of some length: `"d": "…"`, `"k": "…"`, or as a
 * JavaScript object writes it, `d: '…'` or `d: Buffer.from('…', 'base64')` (Key Vault's import
 * samples). A short stand-in (`d: 'test-d'`) is no key, nor one character over and over
 * (`d: "AAAA…"`, zero bytes: a no-op signer's empty key).
 */
const PRIVATE_MEMBER = /(?:"(?:d|k)"|'(?:d|k)'|(?<![\w$.'"])(?:d|k))\s*:\s*(?:Buffer\.from\(\s*)?(["'`])(?!([A-Za-z0-9_-])\2*={0,2}\1)[A-Za-z0-9_-]{16,}={0,2}\1/;

/**
 * Where a key type is named: `"kty"` in JSON, `kty:` or `'kty'` in a JavaScript object. (A bare
 * `kty` must not end a longer name: `jwkty:`.)
 */
const KEY_TYPE_NAME = /"kty"|'kty'|(?<![\w$])kty(?=\s*:)/g;

/** The `{` that opens the object holding `at`, looking back past nested objects; -1 if none near. */
function objectStart(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1, low = Math.max(0, at - MOST_BEFORE); i >= low; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 125 /* } */) depth++;
    else if (ch === 123 /* { */) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * Where the object opened at `start` closes (just after its `}`), reading strings as JSON does and
 * as JavaScript does (between `'` or `` ` `` too); -1 if not near.
 */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start, high = Math.min(text.length, start + MOST_LENGTH); i < high; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */ || ch === 39 /* ' */ || ch === 96 /* ` */) {
      for (i++; i < high && text.charCodeAt(i) !== ch; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (ch === 123) depth++;
    else if (ch === 125 && --depth === 0) return i + 1;
  }
  return -1;
}

function findJsonWebKeys(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let coveredUntil = 0;
  let looked = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const lineEnd = text.indexOf("\n", lineStart);
    const stop = lineEnd === -1 ? text.length : lineEnd;
    const named = text.indexOf("kty", lineStart);
    if (named === -1) break;
    if (named >= stop) continue;
    // (Looked for in the line alone: a keyword that wakes it without naming a key type, `jwkty:`,
    // must not send the search on through the rest of the text.)
    for (const name of text.slice(lineStart, stop).matchAll(KEY_TYPE_NAME)) {
      const at = lineStart + name.index;
      if (at < coveredUntil) continue;
      if (++looked > MOST_KEYS) return hits;
      const start = objectStart(text, at);
      const end = start === -1 ? -1 : objectEnd(text, start);
      if (end === -1 || end <= at) continue;
      coveredUntil = end;
      if (PRIVATE_MEMBER.test(text.slice(start, end))) hits.push({ start, end, keyName: "jwk" });
    }
  }
  return hits;
}

export const JSON_WEB_KEY_RULES: readonly ScannerRule[] = [
  {
    id: "private-key/jwk",
    title: "Private key (JSON Web Key)",
    kind: "secret",
    docsUrl: "https://learn.microsoft.com/azure/key-vault/keys/about-keys",
    structured: true,
    keywords: ['"kty"', "'kty'", "kty:", "kty :"],
    scope: "text",
    find: findJsonWebKeys,
  },
];
