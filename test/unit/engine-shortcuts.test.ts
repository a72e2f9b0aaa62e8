// The engine takes shortcuts for speed (a regex tried only where a name can say secret, keywords
// that must be followed by something, matches collected without matchAll). Each must give exactly
// what the plain way gives; these tests compare both on seeded random text built from the pieces
// that matter.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { withoutOverlaps, type Span } from "../../src/engine/overlaps";
import { candidateLines } from "../../src/engine/pattern-scan";
import { allMatches } from "../../src/engine/regex-matches";
import { BUILT_IN_RULES } from "../../src/engine/rules";
import { ASSIGNMENT, secretishAssignments } from "../../src/engine/rules/generic";
import { hasUrlTokenRun } from "../../src/engine/rules/runs";
import { SECRETISH_NAME, secretStrength } from "../../src/engine/rules/secret-names";
import { isPatternRule } from "../../src/engine/rules/types";

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function randomText(random: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]!).join("");
}

const summary = (matches: readonly RegExpExecArray[]) => matches.map((match) => [match.index, match[0], JSON.stringify(match.indices)]);

test("allMatches gives what matchAll gives, empty matches and surrogate pairs included", () => {
  const random = seeded(3);
  const patterns = [/a*/g, /a*/gu, /(?<x>b+)|$/dg, /\b/g, /(?:)/gu, /[^]/gu, /ab|b/dgi];
  const pieces = ["a", "b", "B", " ", "\n", "😀", "\ud800", "é"];
  for (let round = 0; round < 200; round++) {
    const text = randomText(random, pieces, Math.floor(random() * 30));
    for (const pattern of patterns) assert.deepEqual(summary(allMatches(pattern, text)), summary([...text.matchAll(pattern)]), `${pattern} on ${JSON.stringify(text)}`);
  }
  assert.throws(() => allMatches(/a/, "a"), TypeError);
});

test("secretishAssignments finds the ASSIGNMENT matches whose name can say secret, and only those", () => {
  const random = seeded(5);
  const pieces = [
    "token", "Token", "pass", "pwd", "key", "apiKey", "x", "my_", "a.b", "-", "$", "@", "@@", "9", "9a", "/", "//", "[1]", "[]", '"', "'", "]",
    " ", "\t", "=", "==", "===", "!=", ":", ":=", "=>", "<-", " is ", "new String(", "(", ",", ";", "value", "String", "new", "is", "\u00e9",
    // (What may follow a name, for mayAssignAt: getters, `->`, the compound operators, blanks before them.)
    "->", "{ get; }", "{get;set;}", "}", "{", "?=", "||=", "??=", "::", "!", "<", ">", "*", ")", "  ", "i", "@\"", "`", ".", "a".repeat(40),
  ];
  for (let round = 0; round < 3000; round++) {
    const line = randomText(random, pieces, 1 + Math.floor(random() * 25));
    const expected = [...line.matchAll(ASSIGNMENT)]
      .filter((match) => SECRETISH_NAME.test(match.groups!.name!))
      .map((match) => ({ name: match.groups!.name!, nameStart: match.indices!.groups!.name![0], op: match.groups!.op!, end: match.indices![0]![1] }));
    assert.deepEqual(secretishAssignments(line), expected, JSON.stringify(line));
  }
});

test("secretishAssignments tries ASSIGNMENT only where what follows a name's run may continue an assignment", () => {
  let tries = 0;
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, "exec")!.value as (this: RegExp, text: string) => RegExpExecArray | null;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    if (this.source === ASSIGNMENT.source) tries++;
    return exec.call(this, text);
  };
  try {
    // A call, an argument, a member, a comment's words: no try at all.
    assert.deepEqual(secretishAssignments("    const kind = nextToken(); parseToken(SyntaxKind.OpenBraceToken, token) * token"), []);
    assert.equal(tries, 0);
    assert.deepEqual(secretishAssignments("token = nextToken()").map((assignment) => assignment.name), ["token"]);
    assert.equal(tries, 1);
  } finally {
    RegExp.prototype.exec = exec;
  }
});

/** The regexes that `run` tries (by source), RegExp.prototype.exec spied on. */
function regexesTried(run: () => void): string[] {
  const tried: string[] = [];
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, "exec")!.value as (this: RegExp, text: string) => RegExpExecArray | null;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    tried.push(this.source);
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return tried;
}

test("the line rule skips the readers that need a quote on a line without one", () => {
  const rule = BUILT_IN_RULES.find((candidate) => candidate.id === "generic/named-secret")!;
  assert.ok(!isPatternRule(rule));
  // The literals their gates look for are all here: `token `, `==`, `value`, `auth`, `define`, `alt`, `,`, `.`, `(`, `=>`.
  const line = "if (token == value.auth) defineAlternative(sprintf(x), s.format(y), s.setToken(z), auth => getenv(a, b), String::from(c))";
  const tried = regexesTried(() => rule.find(line, { filePath: "src/a.ts", fileType: "code" }));
  // A fragment of each such reader's regex (or of the hint before it).
  const needQuote = ["basic_auth[ \\t]|String::from", "printf\\(|\\.format", "bearer_auth|set_", "(?<scheme>Bearer|Basic", "IsEncrypted", "\\b(?:getenv|GetEnvOrDefault", "(?<name>[A-Za-z_][\\w.-]{1,80})\\1(?=", "auth\\1[ \\t]*=>", "(?:basic_|http_)?auth[ \\t]*=", "(?:SECURE_)?(?:AUTH|LOGGED_IN", "SECURITY_SALT"];
  for (const fragment of needQuote) assert.ok(!tried.some((source) => source.includes(fragment)), fragment);
  // (And with a quote they run: the spy sees them.)
  const quoted = regexesTried(() => rule.find(line.replace("(x)", '("x")'), { filePath: "src/a.ts", fileType: "code" }));
  assert.ok(quoted.some((source) => source.includes("bearer_auth|set_")));
});

test("the line rule asks its file-kind questions once a file, and the .netrc one only of a line that says password", () => {
  const rule = BUILT_IN_RULES.find((candidate) => candidate.id === "generic/named-secret")!;
  assert.ok(!isPatternRule(rule));
  const context = { filePath: "etc/app.conf", fileType: "config" as const };
  rule.find("token, key", context);
  const tried = regexesTried(() => rule.find("next token, key/value set( x", context));
  for (const fragment of ["erl|hrl", "clj[sc]", "CMakeLists", "conf|cfg|cnf", "machine[ \\t]+"]) assert.ok(!tried.some((source) => source.includes(fragment)), fragment);
});

test("secretStrength judges a name once and remembers the verdict", () => {
  const names = ["dbPassword", "nextToken", "apiKey", "tokens", "value", "NEXT_PUBLIC_DB_PASSWORD", "primaryKey"];
  const first = names.map((name) => secretStrength(name));
  const again = regexesTried(() => assert.deepEqual(names.map((name) => secretStrength(name)), first));
  assert.deepEqual(again, []);
  assert.deepEqual(first, ["password", undefined, "key", undefined, undefined, "password", "generated-key"]);
});

test("hasUrlTokenRun finds a run where the regex of its class does", () => {
  const random = seeded(11);
  const pieces = ["a", "Z", "9", "_", "+", "%", "-", "/", ".", "=", "&", " ", "é", "abcdefghij", "ABC123"];
  for (let round = 0; round < 3000; round++) {
    const text = randomText(random, pieces, Math.floor(random() * 30));
    for (const length of [1, 5, 20]) assert.equal(hasUrlTokenRun(text, length), new RegExp(`[A-Za-z0-9_+%-]{${length}}`).test(text), `${length} in ${JSON.stringify(text)}`);
  }
});

/** Our own fixture texts, split into lines. */
function fixtureLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else lines.push(...readFileSync(full, "utf8").split("\n"));
    }
  };
  walk(path.join(__dirname, "..", "fixtures"));
  return lines;
}

/** Rules whose keywords were narrowed for speed (see the rules): each must still wake every line it matches. */
const NARROWED = ["config/hostname", "facebook/app-access-token", "azure/named-account-key", "azure/account-key-shape"];

test("narrowed keywords (and keyword end tests) wake every line the rule finds something on", () => {
  const random = seeded(9);
  const key = "Zq3" + "x7B+/Kd9".repeat(10) + "mN1==";
  const pieces = [
    ...new Set(BUILT_IN_RULES.filter((rule) => NARROWED.includes(rule.id)).flatMap((rule) => rule.keywords)), "contoso", "corp", "db.contoso.com", "see db.contoso.com.", "api.corp.de. ", "-", ".", ". ", "(", "=", "_", "@", "$", "[", "x", "1", "2.5",
    " ", "\t", '"', "accountKey=", "key: ", key, `storageKey = "${key}"`, `"apiKey": "${key}`, "==", "://", "123456789012345|abcdefghijklmnopqrstuvwxyz0", "|", "9|", "1234567890123456|aBcdefghijklmnopqrstuvwxyz-",
  ];
  const lines = [
    ...fixtureLines(),
    // Short lines first: a longer line is often woken by some other piece of it.
    ...pieces.flatMap((first) => pieces.map((second) => first + second)),
    ...Array.from({ length: 4000 }, () => randomText(random, pieces, 1 + Math.floor(random() * 30))),
  ];
  for (const id of NARROWED) {
    const rule = BUILT_IN_RULES.find((candidate) => candidate.id === id)!;
    let found = 0;
    for (const line of lines) {
      const hits = isPatternRule(rule) ? allMatches(rule.pattern, line).length : rule.find(line, { filePath: "a.txt", fileType: "text" }).length;
      if (hits === 0) continue;
      found++;
      assert.ok(candidateLines(line, BUILT_IN_RULES).some((candidate) => candidate.rules.includes(rule)), `${id} matches ${JSON.stringify(line)} but is not woken`);
    }
    assert.ok(found > 10, `${id}: only ${found} lines with a match, the test proves little`);
  }
});

test("a rule's mayMatch holds on every line its pattern matches", () => {
  const random = seeded(13);
  const pieces = [
    "searchKey", "https://user:p4ss@db", "redis://:s3cr3t@cache", "subscription_key", "devops_pat", "token", "devops_pat=", "ado_token: ", "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst", " = ", ": ", '"', "'", "=", "@", "https://", "user:", "p4ss", "host.example.net",
    "0123456789abcdef", "0123456789ABCDEF", "abcdefghijklmnopqrstuvwxyz234567", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "-", "_", " ", "x", "9",
  ];
  const lines = [
    ...fixtureLines(),
    ...pieces.flatMap((first) => pieces.map((second) => first + second)),
    ...Array.from({ length: 6000 }, () => randomText(random, pieces, 1 + Math.floor(random() * 30))),
  ];
  const rules = BUILT_IN_RULES.filter(isPatternRule).filter((rule) => rule.mayMatch);
  assert.ok(rules.length >= 3);
  for (const rule of rules) {
    let matched = 0;
    for (const line of lines) {
      if (allMatches(rule.pattern, line).length === 0) continue;
      matched++;
      assert.ok(rule.mayMatch!(line), `${rule.id} matches ${JSON.stringify(line)} but mayMatch says no`);
    }
    assert.ok(matched > 10, `${rule.id}: only ${matched} lines with a match, the test proves little`);
  }
});

test("withoutOverlaps settles many candidates as comparing every pair does", () => {
  const random = seeded(11);
  const plain = (found: readonly Span[]) => {
    const kept: Span[] = [];
    for (const candidate of found) if (candidate.end > candidate.start && !kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
    return kept.sort((a, b) => a.start - b.start);
  };
  for (const count of [3, 64, 65, 500, 5_000]) {
    for (let round = 0; round < 5; round++) {
      const found = Array.from({ length: count }, (_, id) => {
        const start = Math.floor(random() * count * 20);
        return { id, start, end: start + Math.floor(random() * 60) };
      });
      assert.deepEqual(withoutOverlaps(found), plain(found));
    }
  }
});
