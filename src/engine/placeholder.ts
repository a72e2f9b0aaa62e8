/**
 * Values that have the shape of a secret but are templates or examples: flagging them is the
 * first reason people switch scanners off. Applied to every rule's value, ours and secretlint's.
 */

const TEMPLATE = [
  /\$\{\{?\s*[A-Za-z_][\w.:\s-]*(?::?-[^}]*)?\}\}?/, // ${VAR}, ${VAR:-default}, ${{ secrets.X }}
  /\$\([^)]*\)/, // $(VAR) in Azure Pipelines and make
  /#\{[^}]*\}#/, // #{Token}# (Azure DevOps replace-tokens)
  /\{\{[^}]*\}\}/, // {{ value }} (Helm, Handlebars)
  /%[A-Za-z_][A-Za-z0-9_]*%/, // %VAR% (Windows)
  /^<[^<>]*>$/, // <your-key>
  /^\[[^[\]]*\]$/, // [your key]
];
/** Passwords famous from documentation and jokes (`hunter2`, `P@ssw0rd`): examples, not secrets. */
const FAMOUS_EXAMPLE_PASSWORDS = /^(?:hunter2|correcthorsebatterystaple|p@ssw0rd|passw0rd|p@ssword|letmein|qwerty|trustno1|admin123|secret123|s3cret|s3cr3t|password1|password123|changeit)$/i;
const PLACEHOLDER_WORDS = /changeme|change[_-]?me|replace[_-]?me|placeholder|your[_-].*[_-]here|^your[_-]|insert[_-].*[_-]here|^(?:dummy|sample|example|fake|redacted|secret|password|token|test|todo|null|none|undefined)$/i;
/** A long run of one mask character: xxxx, ****, 0000, ####. */
const MASK_RUN = /([xX*#.\-_=0•])\1{5,}/;

/**
 * Patterns a person types when making up a value, which random generators practically never
 * produce: one character seven times (`aaaaaaa`), a short unit repeated (`1234-1234-1234`,
 * `abababababab`), and the classic `a1b2c3d4` / `abc123`. Written as loops, not a backtracking
 * regex: this runs on every candidate value, PEM blocks included.
 */
/** Unit size, then copies: one character seven times, two five times, three to six three times. */
const REPEATED_UNITS = [1, 7, 2, 5, 3, 3, 4, 3, 5, 3, 6, 3];

function looksTypedByHand(value: string): boolean {
  if (/a1b2c3d4|abc123|123abc/i.test(value) || hasAlternatingCountdown(value)) return true;
  // A unit of `size` characters repeated: value[i] === value[i + size] for `size * (copies - 1)` in a row.
  for (let k = 0; k < REPEATED_UNITS.length; k += 2) {
    const size = REPEATED_UNITS[k]!;
    const needed = size * (REPEATED_UNITS[k + 1]! - 1);
    let run = 0;
    for (let i = 0; i + size < value.length; i++) {
      run = value.charCodeAt(i) === value.charCodeAt(i + size) ? run + 1 : 0;
      if (run >= needed) return true;
    }
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Letters and digits counting together, either way: `a1b2c3d4`, `1a2b3c4d`, `d4c3b2a1`. Four
 * pairs in a row, where each letter and each digit is one step from the one two places before.
 */
function hasAlternatingCountdown(value: string): boolean {
  let run = 0;
  let previousStep = 0;
  for (let i = 2; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const before = value.charCodeAt(i - 1);
    const step = code - value.charCodeAt(i - 2);
    const alternates = (isDigit(code) && isLetter(before)) || (isLetter(code) && isDigit(before));
    run = alternates && (step === 1 || step === -1) && (run === 0 || step === previousStep) ? run + 1 : 0;
    previousStep = step;
    if (run >= 6) return true;
  }
  return false;
}

/** Seven or more consecutive ascending letters or digits (`abcdefgh`, `12345678`) inside a value. */
function hasLongSequentialRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const code = value.charCodeAt(i);
    const alphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    run = step === 1 && alphanumeric ? run + 1 : 1;
    if (run >= 7) return true;
  }
  return false;
}

/** Share of the value taken by its most frequent character. */
const asciiCounts = new Uint32Array(128);
function dominantCharacterShare(value: string): number {
  asciiCounts.fill(0);
  let other: Map<number, number> | undefined;
  let max = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let next: number;
    if (code < 128) next = ++asciiCounts[code]!;
    else {
      other ??= new Map();
      next = (other.get(code) ?? 0) + 1;
      other.set(code, next);
    }
    if (next > max) max = next;
  }
  return value.length === 0 ? 1 : max / value.length;
}

/** True for runs like `123456789` or `abcdefgh` that make up most of a value. */
function isMostlySequential(value: string): boolean {
  if (value.length < 6) return false;
  let sequential = 0;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (step === 1 || step === -1) sequential++;
  }
  return sequential / (value.length - 1) >= 0.8;
}

/**
 * Values published on purpose so that anyone can use them: Azurite's `devstoreaccount1` key and the
 * Cosmos DB emulator key. Whatever rule sees them (a connection string, a named key), they are not
 * secrets.
 */
const PUBLISHED_TEST_KEYS = new Set([
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
]);

export function isPublishedTestKey(value: string): boolean {
  return PUBLISHED_TEST_KEYS.has(value);
}

/** @param structured the rule's format is evidence on its own: skip the made-up-by-hand heuristics. */
export function isPlaceholder(value: string, structured = false): boolean {
  // A value is often judged twice in one scan (by the generic rule, then by the scan itself).
  const verdicts = structured ? structuredVerdicts : plainVerdicts;
  let verdict = verdicts.get(value);
  if (verdict === undefined) {
    if (verdicts.size >= VERDICTS_KEPT) verdicts.clear();
    verdicts.set(value, (verdict = judgePlaceholder(value, structured)));
  }
  return verdict;
}

/** Bounds the verdict caches: a few thousand strings. */
const VERDICTS_KEPT = 4096;
const plainVerdicts = new Map<string, boolean>();
const structuredVerdicts = new Map<string, boolean>();

/**
 * Called at the start of each scan: verdicts are reused within one scan only, so that scanning
 * the same texts again (a benchmark, a rescan) costs what the first scan cost.
 */
export function forgetPlaceholderVerdicts(): void {
  plainVerdicts.clear();
  structuredVerdicts.clear();
}

function judgePlaceholder(value: string, structured: boolean): boolean {
  if (PUBLISHED_TEST_KEYS.has(value)) return true;
  if (TEMPLATE.some((pattern) => pattern.test(value))) return true;
  if (PLACEHOLDER_WORDS.test(value) || FAMOUS_EXAMPLE_PASSWORDS.test(value)) return true;
  if (MASK_RUN.test(value)) return true;
  if (value.length >= 6 && dominantCharacterShare(value) >= 0.6) return true;
  // A value cut short in documentation or logs (`eyJhbGciOi...`) is an excerpt, not a credential.
  if (/(?:\.\.\.|…)$/.test(value)) return true;
  // Structured formats (PEM bodies, JWTs, checksummed keys) contain runs of `A` by nature.
  if (structured) return false;
  if (looksTypedByHand(value) || /[a-z_-]here$/i.test(value) || hasLongSequentialRun(value)) return true;
  return isMostlySequential(value);
}
