import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { test } from "node:test";
import { scan } from "../../src/engine";
import { fingerprint } from "../../src/engine/fingerprint";

const TOKEN = ["ghp", "q8YinwlPpCBDyHa6iXrcs3Q4TRvcXk0afAfO"].join("_");

test("a fingerprint survives lines added above the secret", async () => {
  const before = await scan({ content: `const t = "${TOKEN}";\n`, filePath: "src/a.ts" });
  const after = await scan({ content: `// header\n\n\nconst t = "${TOKEN}";\n`, filePath: "src/a.ts" });
  assert.equal(before.length, 1);
  assert.equal(after[0]!.fingerprint, before[0]!.fingerprint);
});

test("the same secret twice in a file gets two fingerprints", async () => {
  const findings = await scan({ content: `a = "${TOKEN}"\nb = "${TOKEN}"\n`, filePath: "x.env" });
  assert.equal(findings.length, 2);
  assert.notEqual(findings[0]!.fingerprint, findings[1]!.fingerprint);
});

test("the path is part of the fingerprint, with either slash", async () => {
  const content = `t = "${TOKEN}"`;
  const [unix] = await scan({ content, filePath: "src/a.ts" });
  const [windows] = await scan({ content, filePath: "src\\a.ts" });
  const [other] = await scan({ content, filePath: "src/b.ts" });
  assert.equal(unix!.fingerprint, windows!.fingerprint);
  assert.notEqual(unix!.fingerprint, other!.fingerprint);
});

test("a fingerprint does not contain the secret", async () => {
  const [finding] = await scan({ content: `t = "${TOKEN}"`, filePath: "a.py" });
  assert.match(finding!.fingerprint, /^[0-9a-f]{32}$/);
});

test("a key over several lines has one fingerprint whatever the checkout's line ends (LF or CRLF)", async () => {
  // Made at run time: no key material is kept in the repository.
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const lf = `const key = \`${pem}\`;\n`;
  const crlf = lf.replace(/\n/g, "\r\n");
  const [onLinux] = await scan({ content: lf, filePath: "src/signing.ts" });
  const [onWindows] = await scan({ content: crlf, filePath: "src/signing.ts" });
  assert.ok(onLinux && onWindows, "found in both");
  assert.equal(onWindows.fingerprint, onLinux.fingerprint);
});

test("a key block moved one level deeper (a refactor of a values file) keeps its fingerprint", async () => {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString().trimEnd();
  const indented = (indent: string) => pem.split("\n").map((line) => `${indent}${line}`).join("\n");
  const [before] = await scan({ content: `tls:\n  key: |\n${indented("    ")}\n`, filePath: "chart/values.yaml" });
  const [after] = await scan({ content: `app:\n  tls:\n    key: |\n${indented("      ")}\n`, filePath: "chart/values.yaml" });
  assert.ok(before && after, "found in both");
  assert.equal(after.fingerprint, before.fingerprint);
  // Another key is another fingerprint, however it is indented.
  const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString().trimEnd();
  const [changed] = await scan({ content: `tls:\n  key: |\n${other.split("\n").map((line) => `    ${line}`).join("\n")}\n`, filePath: "chart/values.yaml" });
  assert.notEqual(changed!.fingerprint, before.fingerprint);
});

test("fingerprints already in baselines stay as they were: a value on one line, and one over unindented lines", () => {
  // Pinned: a change here makes every existing baseline's findings come back as new.
  assert.equal(fingerprint("github/token", "src/a.ts", TOKEN, 0), "23949296a054f9bcdb01703884f87271");
  assert.equal(fingerprint("github/token", "./src\\a.ts", `  ${TOKEN}`, 1), "d8260004f47aad1053d6de9e3500bfed");
  assert.equal(fingerprint("private-key/pem", "k.pem", "-----BEGIN X-----\nAAAA\nBBBB\n-----END X-----", 0), "695c226c5e13b5b4f2a5d9d09929c689");
});
