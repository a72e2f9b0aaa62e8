// A value written over several lines (a PEM key) in a .env, YAML or XML file: all of it becomes the
// one-line replacement the file type uses for any value, the lines around it stay as they were
// (CRLF included), and the value stored is the one the file's reader gives the program, with LF
// line breaks. Where the fix cannot do this yet, it says so, not that the file is wrong.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnvFile } from "../../src/azure/env-file";
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

  test(`YAML (${which}): a literal block scalar becomes the placeholder; clip, strip and keep chomping decide the final line breaks`, () => {
    const block = (indicator: string, after = "") => `tls:${eol}  key: ${indicator}${eol}    ${PEM.join(`${eol}    `)}${eol}${after}other: 1${eol}`;
    assert.deepEqual(move(block("|"), "deploy/tls.yaml"), { after: `tls:${eol}  key: \${TLS_KEY}${eol}other: 1${eol}`, value: `${PEM.join("\n")}\n` });
    assert.deepEqual(move(block("|-"), "deploy/tls.yaml"), { after: `tls:${eol}  key: \${TLS_KEY}${eol}other: 1${eol}`, value: PEM.join("\n") });
    // Keep: the empty line after the block is the value's too; it stays in the file as an empty line.
    assert.deepEqual(move(block("|+", eol), "deploy/tls.yaml"), { after: `tls:${eol}  key: \${TLS_KEY}${eol}${eol}other: 1${eol}`, value: `${PEM.join("\n")}\n\n` });
    // A Helm chart's values: emptied, since Helm would install a placeholder as the key.
    assert.deepEqual(move(block("|"), "chart/values.yaml"), { after: `tls:${eol}  key: ""${eol}other: 1${eol}`, value: `${PEM.join("\n")}\n` });
  });

  test(`YAML (${which}): a folded block scalar is stored folded, as YAML reads it; an anchor and a comment on its line stay`, () => {
    const text = `tls:${eol}  key: &signing >- # rotated yearly${eol}    ${PEM.join(`${eol}    `)}${eol}other: 1${eol}`;
    assert.deepEqual(move(text, "deploy/tls.yaml"), { after: `tls:${eol}  key: &signing \${TLS_KEY} # rotated yearly${eol}other: 1${eol}`, value: PEM.join(" ") });
  });

  test(`YAML (${which}): a Key Vault reference takes a block scalar's place quoted`, () => {
    const text = `tls:${eol}  key: |${eol}    ${PEM.join(`${eol}    `)}${eol}other: 1${eol}`;
    const { after } = move(text, "deploy/tls.yaml", "keyVaultReference");
    assert.equal(after, `tls:${eol}  key: "${reference("tls-key")}"${eol}other: 1${eol}`);
  });

  test(`docker compose (${which}): a block scalar and a double-quoted string over several lines become \${NAME:?…}`, () => {
    const compose = (value: string) => `services:${eol}  web:${eol}    environment:${eol}      SIGNING_KEY: ${value}${eol}    image: web${eol}`;
    const block = move(compose(`|${eol}        ${PEM.join(`${eol}        `)}`), "docker-compose.yml");
    assert.deepEqual(block, { after: compose("${SIGNING_KEY:?SIGNING_KEY is not set}"), value: `${PEM.join("\n")}\n` });
    // YAML folds a quoted string's line breaks (and the indentation after them) into spaces: that is what compose passes on.
    const quoted = move(compose(`"${PEM.join(`${eol}        `)}"`), "docker-compose.yml");
    assert.deepEqual(quoted, { after: compose('"${SIGNING_KEY:?SIGNING_KEY is not set}"'), value: PEM.join(" ") });
  });

  test(`XML (${which}): element text over several lines becomes the tool's variable, and is stored with LF`, () => {
    const text = `<settings>${eol}  <servers>${eol}    <server>${eol}      <passphrase>${PEM.join(eol)}</passphrase>${eol}    </server>${eol}  </servers>${eol}</settings>${eol}`;
    const { value, after } = move(text, "settings.xml");
    assert.match(after, new RegExp(`^<settings>${eol}  <servers>${eol}    <server>${eol}      <passphrase>\\$\\{env\\.[A-Z_]+\\}</passphrase>${eol}    </server>${eol}  </servers>${eol}</settings>${eol}$`));
    assert.equal(value, PEM.join("\n"));
  });

  test(`XML (${which}): an attribute over several lines is refused as not yet supported, not as a malformed file`, () => {
    const text = `<configuration>${eol}  <appSettings>${eol}    <add key="SigningKey" value="${PEM.join(eol)}" />${eol}  </appSettings>${eol}</configuration>${eol}`;
    refuses(text, "web.config", "unsupported", /^A value over several lines in an XML attribute cannot be replaced yet: .*Move it by hand\.$/);
    // In a comment it is no value at all, as on one line.
    refuses(`<configuration>${eol}<!--${eol}${PEM.join(eol)}${eol}-->${eol}</configuration>${eol}`, "web.config", "noBounds", /not inside an XML attribute value or element text/);
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
  refuses(`A=1\nPRIVATE_KEY="${PEM.join("\n")}\nB=2\n`, ".env", "noBounds", /^The quote that opens PRIVATE_KEY's value never closes/);
  // Below such a line dotenv goes on reading (as a bare value), and so does the fix.
  const below = move(`A="open\nPRIVATE_KEY='${PEM.join("\n")}'\n`, ".env");
  assert.equal(below.after, `A="open\nPRIVATE_KEY='${reference("PRIVATE-KEY")}'\n`);
  refuses(`PRIVATE_KEY="${PEM.join("\n")}\\t"\n`, ".env", "notLiteral", /escape sequences/);
});

test(".env: a key kept on one line with \\n escapes in double quotes is stored as its readers expand it; in single quotes as written", () => {
  const escaped = PEM.join("\\n");
  const double = move(`A=1\nPRIVATE_KEY="${escaped}"\nB=2\n`, ".env");
  assert.deepEqual(double, { after: `A=1\nPRIVATE_KEY="${reference("PRIVATE-KEY")}"\nB=2\n`, value: PEM.join("\n") });
  // The value "Run with secrets" gave the program before the move is the one the vault now holds.
  assert.equal(parseEnvFile(`PRIVATE_KEY="${escaped}"\n`)[0]?.value, double.value);
  // dotenv, python-dotenv and compose keep single-quoted text as it is: so is the value stored.
  assert.equal(move(`PRIVATE_KEY='${escaped}'\n`, ".env").value, escaped);
  // Other escapes, and a backslash before a \n, are read differently by the readers: refused.
  refuses(`PRIVATE_KEY="${PEM.join("\\\\n")}"\n`, ".env", "notLiteral", /escape sequences other than \\n/);
  refuses(`PRIVATE_KEY="${escaped}\\r\\n"\n`, ".env", "notLiteral", /escape sequences other than \\n/);
});

test("YAML: a more indented line of a folded block keeps its line break; empty lines become line breaks", () => {
  const [begin, first, second, third, end] = PEM as [string, string, string, string, string];
  const text = `key: >\n  ${begin}\n  ${first}\n\n  ${second}\n    ${third}\n  ${end}\nother: 1\n`;
  assert.equal(move(text, "deploy/tls.yaml").value, `${begin} ${first}\n${second}\n  ${third}\n${end}\n`);
});

test("YAML: forms over several lines the fix cannot replace yet are refused as such", () => {
  const lines = `    ${PEM.join("\n    ")}`;
  refuses(`tls:\n  key: !!binary |\n${lines}\nother: 1\n`, "deploy/tls.yaml", "unsupported", /^A value over several lines in a YAML file cannot be replaced yet when it has a tag/);
  refuses(`tls:\n  key: |2\n${lines}\nother: 1\n`, "deploy/tls.yaml", "unsupported", /cannot be replaced yet when its block scalar states its indentation/);
  // The block holds more than the key: a placeholder would stand for the comment line too.
  refuses(`tls:\n  key: |\n${lines}\n    # issued 2024\nother: 1\n`, "deploy/tls.yaml", "unsupported", /cannot be replaced yet when it is only part of the scalar/);
  refuses(`tls:\n  key: ${PEM.join("\n    ")}\nother: 1\n`, "deploy/tls.yaml", "unsupported", /cannot be replaced yet unless it is a block scalar/);
});

test("YAML: the notes say what a value over several lines means for its reader", () => {
  // A tool substituting ${NAME} as text would break the YAML at the value's first line break.
  const block = plan(`tls:\n  key: |\n    ${PEM.join("\n    ")}\nother: 1\n`, "deploy/tls.yaml");
  assert.ok(block.notes.some((note) => /line breaks: a tool that substitutes it as text must write it as a block scalar/.test(note)), block.notes.join("\n"));
  // A quoted scalar's line breaks reach the program as spaces, and are stored so.
  const quoted = plan(`services:\n  web:\n    environment:\n      SIGNING_KEY: "${PEM.join("\n        ")}"\n`, "docker-compose.yml");
  assert.ok(quoted.notes.some((note) => /each line break in a quoted value as a space/.test(note)), quoted.notes.join("\n"));
});
