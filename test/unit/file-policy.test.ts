// Generated files (source maps, minified bundles) repeat their sources in forms full of
// look-alikes: the engine reports nothing in them, whatever they contain. Lockfiles are read for
// their URLs' credentials only (lockfile-credentials.test.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { generatedFileReason, scanText } from "../../src/engine";

// Made up for this test: a GitHub-token shape, built at run time.
const TOKEN = "ghp_" + "Q7w2Zr9Xk4Lm8Tn3Vb6Pd1Sf5Hy0Jc2Ga7Ke";
const line = `const token = "${TOKEN}";\n`;

test("a token in ordinary code is found", () => {
  assert.equal(scanText({ content: line, filePath: "src/client.ts" }).length, 1);
});

for (const filePath of ["dist/app.js.map", "public/vendor.min.js"]) {
  test(`${filePath} is generated: no findings`, () => {
    assert.ok(generatedFileReason(filePath, line));
    assert.deepEqual(scanText({ content: line, filePath }), []);
  });
}

for (const filePath of ["package-lock.json", "web/yarn.lock", "pnpm-lock.yaml", "Cargo.lock", "go.sum"]) {
  test(`${filePath} is a lockfile: scanned, but a token outside a URL is no finding`, () => {
    assert.equal(generatedFileReason(filePath, line), undefined);
    assert.deepEqual(scanText({ content: line, filePath }), []);
  });
}

test("a bundle with very long lines is minified even without .min in its name", () => {
  const bundle = `var a=1;${"x=x+1;".repeat(2000)}${line.trim()}${"y=y+1;".repeat(2000)}\n`;
  assert.match(generatedFileReason("dist/bundle.js", bundle) ?? "", /minified/);
  assert.deepEqual(scanText({ content: bundle, filePath: "dist/bundle.js" }), []);
});

test("a hand-written file with an image inlined on one line is not a bundle: its other lines are scanned", () => {
  // Pseudo-random base64 (a picture's bytes), written out without a library.
  let seed = 7;
  const payload = Array.from({ length: 5400 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(seed = (seed * 1103515245 + 12345) % 2147483648) % 64]).join("");
  const settings = ["// Application settings", "module.exports = {", `  logo: "data:image/png;base64,${payload}",`, `  githubToken: "${TOKEN}",`, "  retries: 3,", "};", ""].join("\n");
  assert.equal(generatedFileReason("src/config.js", settings), undefined);
  assert.equal(scanText({ content: settings, filePath: "src/config.js" }).filter((finding) => finding.ruleId === "github/token").length, 1);
  // A bundle whose long lines are code stays a bundle, inlined data or not.
  const bundle = `var a=1;${"x=x+1;".repeat(2000)}"data:image/png;base64,${payload}";${"y=y+1;".repeat(2000)}\n`;
  assert.match(generatedFileReason("dist/bundle.js", bundle) ?? "", /minified/);
});

test("a chunk named by content hash is a bundler's output, however short; a hand-named file with a number is not", () => {
  for (const filePath of ["static/1873.d0e670bd840a1d49.js", "lab/remoteEntry.1e1bdbb057205efa.js", "assets/index.4f9c2a1e.css"]) {
    assert.match(generatedFileReason(filePath, line) ?? "", /content-hashed/, filePath);
  }
  for (const filePath of ["src/migrations.20250314.js", "src/app.v2.js"]) assert.equal(generatedFileReason(filePath, line), undefined, filePath);
});

test("a one-line JSON file is not a bundle: it is still scanned", () => {
  const json = JSON.stringify({ token: TOKEN, padding: "p".repeat(5000) });
  assert.equal(generatedFileReason("appsettings.json", json), undefined);
  assert.equal(scanText({ content: json, filePath: "appsettings.json" }).length, 1);
});
