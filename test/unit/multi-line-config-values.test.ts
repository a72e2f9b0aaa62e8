// A value written over several lines (a PEM key) in a .env, YAML or XML file: all of it becomes the
// one-line replacement the file type uses for any value, the lines around it stay as they were
// (CRLF included), and the value stored is the one the file's reader gives the program, with LF
// line breaks. Where the fix cannot do this yet, it says so, not that the file is wrong.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import type { Finding } from "../../src/engine";
import { FixPlanError, planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, ReplacementStyle } from "../../src/fixes";

const VAULT = "https://contoso-orders-kv.vault.azure.net";

/** A made-up RSA key: 64-character base64 lines from a fixed pseudo-random sequence, built at run time. */
function pemLines(): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let seed = 11;
  const line = () => Array.from({ length: 64 }, () => alphabet[((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % 64]).join("");
  return ["-----BEGIN RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA" + line().slice(16), line(), line(), "-----END RSA PRIVATE KEY-----"];
}
const PEM = pemLines();

function secretIn(text: string, filePath: string): Finding {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the key in ${filePath}`);
  return finding;
}

function plan(text: string, filePath: string, style?: ReplacementStyle): MovePlan {
  const finding = secretIn(text, filePath);
  return planMove({ text, filePath, finding, secretName: suggestedSecretName(text, filePath, finding), vaultUrl: VAULT, ...(style ? { style } : {}) });
}

function move(text: string, filePath: string, style?: ReplacementStyle): { value: string; after: string } {
  const planned = plan(text, filePath, style);
  let after = text;
  for (const edit of [...planned.edits].reverse()) after = after.slice(0, edit.start) + edit.newText + after.slice(edit.end);
  return { value: planned.value, after };
}

/** Refused with `code` and a message matching `pattern` that holds no line of the key. */
function refuses(text: string, filePath: string, code: string, pattern: RegExp): void {
  assert.throws(
    () => plan(text, filePath),
    (error: unknown) => {
      assert.ok(error instanceof FixPlanError, String(error));
      assert.equal(error.code, code, error.message);
      assert.match(error.message, pattern);
      assert.ok(!PEM.slice(1, -1).some((line) => error.message.includes(line.slice(0, 12))), "the message holds no part of the key");
      return true;
    },
  );
}

const reference = (name: string) => `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/${name}/)`;

for (const eol of ["\n", "\r\n"]) {
  const which = eol === "\n" ? "LF" : "CRLF";

  test(`.env (${which}): a double- or single-quoted value over several lines becomes the reference, and is stored with LF`, () => {
    for (const quote of ['"', "'"]) {
      const text = `A=1${eol}PRIVATE_KEY=${quote}${PEM.join(eol)}${quote}${eol}B=2${eol}`;
      const { value, after } = move(text, ".env");
      assert.equal(after, `A=1${eol}PRIVATE_KEY=${quote}${reference("PRIVATE-KEY")}${quote}${eol}B=2${eol}`);
      assert.equal(value, PEM.join("\n"));
    }
  });

  test(`.env (${which}): removing the value takes all of its lines and only them`, () => {
    const text = `A=1${eol}PRIVATE_KEY="${PEM.join(eol)}"${eol}B=2${eol}`;
    const { value, after } = move(text, ".env", "removeValue");
    assert.equal(after, `A=1${eol}B=2${eol}`);
    assert.equal(value, PEM.join("\n"));
  });
}

test(".env: a value that starts with a line break is moved whole", () => {
  const text = `PRIVATE_KEY="\n${PEM.join("\n")}\n"\nB=2\n`;
  // (Named by the file and the rule: the engine names a key by the text on its first line.)
  assert.deepEqual(move(text, ".env"), { after: `PRIVATE_KEY="${reference("env-private-key-pem")}"\nB=2\n`, value: `\n${PEM.join("\n")}\n` });
});

test(".env: a line inside a quoted value is the value's, not an assignment of its own", () => {
  // The key's lines look like NAME=value lines; dotenv reads them as the value of SIGNING.
  const text = `SIGNING="${PEM[0]}\nPRIVATE_KEY=${PEM.slice(1).join("\n")}"\nB=2\n`;
  const { after } = move(text, ".env");
  assert.equal(after, `SIGNING="${reference("SIGNING")}"\nB=2\n`);
});

test(".env: a quote that never closes, and escapes in double quotes, are refused with the reason", () => {
  refuses(`A="open\nPRIVATE_KEY=${PEM.join("\n")}\n`, ".env", "noBounds", /never closes/);
  refuses(`PRIVATE_KEY="${PEM.join("\n")}\\t"\n`, ".env", "notLiteral", /escape sequences/);
});
