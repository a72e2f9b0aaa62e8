// What the quick fix leaves in code must still build: Rust lifetimes and F# type variables are no
// quotes, a borrow of the read lives as long as its place needs, and a constant that code uses as
// a constant stays one (or the move is refused). Each output here was checked with rustc, javac
// or g++ where this machine had them when the test was written.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import type { Finding } from "../../src/engine";
import { FixPlanError, planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, ReplacementStyle } from "../../src/fixes";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Xk9mP" + "2vL7qR4tWz8Nb3c";
const VAULT = "https://contoso-orders-kv.vault.azure.net";

function secretIn(text: string, filePath: string): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the secret in ${filePath}`);
  return finding;
}

function apply(text: string, plan: MovePlan): string {
  let out = text;
  for (const edit of [...plan.edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function move(text: string, filePath: string, style?: ReplacementStyle): { plan: MovePlan; after: string } {
  const finding = secretIn(text, filePath);
  const secretName = suggestedSecretName(text, filePath, finding);
  const plan = planMove({ text, filePath, finding, secretName, vaultUrl: VAULT, ...(style ? { style } : {}) });
  assert.equal(plan.value, PASSWORD, "the value stored is the secret, not the code around it");
  const after = apply(text, plan);
  assert.ok(!after.includes(PASSWORD), "the secret left the file");
  return { plan, after };
}

/** The move is refused with `code`, and the message holds `words` (and never the secret). */
function refused(text: string, filePath: string, code: string, words: RegExp, style?: ReplacementStyle): void {
  const finding = secretIn(text, filePath);
  assert.throws(
    () => planMove({ text, filePath, finding, secretName: "password", vaultUrl: VAULT, ...(style ? { style } : {}) }),
    (error: unknown) => error instanceof FixPlanError && error.code === code && words.test(error.message) && !error.message.includes(PASSWORD),
    `${filePath}: ${text}`,
  );
}

const REFERENCE = `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/password/)`;

test("a Rust lifetime on the value's line is no quote: the literal, and only it, is replaced", () => {
  const text = `pub fn f() -> usize { let password: &'static str = "${PASSWORD}"; password.len() }\n`;
  assert.equal(move(text, "src/k.rs", "keyVaultReference").after, `pub fn f() -> usize { let password: &'static str = "${REFERENCE}"; password.len() }\n`);
  const generic = `fn f<'a>(x: &'a str) {}\npub fn g() { let v: Vec<&'static str> = vec!["x"]; let password = "${PASSWORD}"; f(password); }\n`;
  assert.equal(move(generic, "src/c.rs").after, generic.replace(`"${PASSWORD}"`, '&*std::env::var("PASSWORD").expect("PASSWORD is not set")'));
});

test("an F# type variable on the value's line is no quote", () => {
  const text = `let connect (x: 'a) = let password = "${PASSWORD}" in password\n`;
  assert.equal(move(text, "src/a.fs").after, `let connect (x: 'a) = let password = System.Environment.GetEnvironmentVariable("PASSWORD") in password\n`);
  assert.equal(move(text, "src/a.fs", "keyVaultReference").after, `let connect (x: 'a) = let password = "${REFERENCE}" in password\n`);
});

test("a string that does not close, or a character literal, is never rewritten: the fix cannot tell where the value ends", () => {
  // (A template literal left open to the file's end; C++14's digit separator, read as a quote that
  // runs to the line's end; Go's rune literal holding more than one character.)
  refused(`const a = \`x;\nconst password = "${PASSWORD}";\n`, "src/a.js", "noBounds", /does not close/);
  refused(`int main() { int n = 1'000; const char *password = "${PASSWORD}"; }\n`, "a.cpp", "noBounds", /does not close/);
  refused(`int main() { int n = 1'000; const char *password = "${PASSWORD}"; }\n`, "a.cpp", "noBounds", /does not close/, "keyVaultReference");
  refused(`package a\n\nvar password = '${PASSWORD}'\n`, "a.go", "noBounds", /character literal/, "keyVaultReference");
});
