import { tryAtob } from "../base64";
import { isPlaceholder } from "../placeholder";
import { secretStrength } from "./secret-names";
import type { RuleHit, ScannerRule } from "./types";

/**
 * Kubernetes Secret manifests. Their `data:` values are base64, which hides the secret from every
 * rule that reads text, but anyone can decode it: committing such a manifest publishes the secret.
 * This rule finds `kind: Secret` documents, decodes each `data:` value and reports the ones that
 * decode to something (not empty, not a template, not a placeholder, not a certificate).
 */

const DOCS = "https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets";

/**
 * Data keys that hold the non-secret half of a credential or a location. (`azurestorageaccountname`
 * beside `azurestorageaccountkey`: the Azure Files and Blob CSI drivers' documented key names.)
 */
const NOT_SECRET_KEY = /(?:^|[._-])(?:user|username|login|email|host|hostname|port|url|uri|endpoint|database|namespace|region|[a-z]*accountname|account[._-]name)$/i;

/** One lower-case word (maybe hyphenated), a number or a yes or no, as settings' values are. */
const SETTING_WORD = /^(?:[a-z]{2,30}(?:-[a-z]{2,30}){0,3}|\d{1,12}|true|false|yes|no|on|off)$/;

const KIND_SECRET = /^\s*kind:\s*["']?secret["']?\s*$/i;
const DATA_KEY = /^(\s*)data:\s*$/;
const ENTRY = /^(\s*)(["']?)([\w.-]{1,253})\2:[ \t]*(.*?)\s*$/;

/** Kubernetes writes canonical, padded base64: anything else is not a data value. */
function decodeBase64(value: string): string | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = tryAtob(value);
  return decoded !== undefined && btoa(decoded) === value ? decoded : undefined;
}

/** Whether the decoded value is worth reporting: a credential rather than nothing, a sample or public material. */
function isSecretContent(decoded: string): boolean {
  const text = decoded.trim();
  if (text.length < 6) return false;
  if (/-----BEGIN (?:CERTIFICATE|PUBLIC KEY|X509 CRL)/.test(text)) return false;
  if (/^ssh-(?:rsa|ed25519|dss) /.test(text)) return false;
  // Readable text is judged like any value; binary (random key material) is evidence itself.
  const readable = /^[\x20-\x7e\t\r\n]*$/.test(text);
  return !readable || !isPlaceholder(text);
}

/** Lines of `text` with their offsets. */
function* linesOf(text: string): Generator<{ start: number; line: string }> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    yield { start, line: text.slice(start, end).replace(/\r$/, "") };
    if (newline === -1) return;
    start = newline + 1;
  }
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

const SEARCH_LINES = 200;

/**
 * Whether the object that holds the `data:` key at line `at` (indentation `indent`) says
 * `kind: Secret`. The object is found by indentation, not by parsing the file: it runs from the
 * `apiVersion:` at the same indentation (or the first less indented line, or `---`) to the next
 * one. `spec.data` of an ExternalSecret or a SopsSecret template is deeper than its `kind:`.
 */
function inSecretObject(lines: readonly string[], at: number, indent: number): boolean {
  const belongs = (line: string) => line.trim() === "" || line.trimStart().startsWith("#") || indentOf(line) >= indent;
  const isKindSecret = (line: string) => indentOf(line) === indent && KIND_SECRET.test(line);
  for (let i = at - 1; i >= Math.max(0, at - SEARCH_LINES); i--) {
    const line = lines[i]!;
    if (/^---\s*$/.test(line) || !belongs(line)) break;
    if (isKindSecret(line)) return true;
    if (indentOf(line) === indent && /^\s*apiVersion:/.test(line)) break;
  }
  for (let i = at + 1; i < Math.min(lines.length, at + SEARCH_LINES); i++) {
    const line = lines[i]!;
    if (/^---\s*$/.test(line) || !belongs(line)) break;
    if (indentOf(line) === indent && /^\s*apiVersion:/.test(line)) break;
    if (isKindSecret(line)) return true;
  }
  return false;
}

function findSecretData(text: string): RuleHit[] {
  const hits: RuleHit[] = [];
  const all = [...linesOf(text)];
  const lines = all.map((entry) => entry.line);
  // inSecretObject can only say yes with a `kind: Secret` line within SEARCH_LINES.
  const kindLines: number[] = [];
  lines.forEach((line, index) => KIND_SECRET.test(line) && kindLines.push(index));
  let next = 0;
  for (let i = 0; i < all.length; i++) {
    while (next < kindLines.length && kindLines[next]! < i - SEARCH_LINES) next++;
    if (next === kindLines.length || kindLines[next]! >= i + SEARCH_LINES) continue;
    const data = DATA_KEY.exec(lines[i]!);
    if (!data) continue;
    const dataIndent = data[1]!.length;
    if (!inSecretObject(lines, i, dataIndent)) continue;
    for (let j = i + 1; j < all.length; j++) {
      const { start, line } = all[j]!;
      if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
      const indent = indentOf(line);
      if (indent <= dataIndent) break;
      const entry = ENTRY.exec(line);
      if (!entry) continue;
      const key = entry[3]!;
      let raw = entry[4]!;
      const afterColon = line.indexOf(":", indent) + 1; // keys hold no ':', so this is the separator
      let valueStart = start + afterColon + indentOf(line.slice(afterColon));
      let valueEnd = valueStart + raw.length;
      // A block scalar (`|`, `>`): the value is the more indented lines that follow.
      if (/^[|>][+-]?$/.test(raw)) {
        const parts: string[] = [];
        let k = j + 1;
        for (; k < all.length && lines[k]!.trim() !== "" && indentOf(lines[k]!) > indent; k++) parts.push(lines[k]!.trim());
        if (parts.length === 0) continue;
        const first = all[j + 1]!;
        const last = all[k - 1]!;
        valueStart = first.start + indentOf(first.line);
        valueEnd = last.start + last.line.trimEnd().length;
        raw = parts.join("");
        j = k - 1;
      } else if (/^(["']).*\1$/.test(raw)) {
        raw = raw.slice(1, -1);
        valueStart++;
        valueEnd--;
      }
      if (NOT_SECRET_KEY.test(key)) continue;
      const decoded = decodeBase64(raw);
      if (decoded === undefined || !isSecretContent(decoded)) continue;
      // `environment: cHJvZHVjdGlvbg==` ("production"), `LOG_LEVEL`, `replicas`: a setting kept in
      // the Secret beside its credentials, one lower-case word or a number, under a name that says no secret.
      if (SETTING_WORD.test(decoded.trim()) && secretStrength(key) === undefined) continue;
      hits.push({ start: valueStart, end: valueEnd, keyName: key });
    }
  }
  return hits;
}

export const KUBERNETES_RULES: readonly ScannerRule[] = [
  {
    id: "kubernetes/secret-data",
    title: "Kubernetes Secret with data (base64 is not encryption)",
    kind: "secret",
    docsUrl: DOCS,
    keywords: ["kind: secret", "kind: 'secret'", 'kind: "secret"'],
    scope: "text",
    // The value is base64 of the secret: runs of one character are the encoding's, not a mask.
    structured: true,
    find: findSecretData,
  },
];
