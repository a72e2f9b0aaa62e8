// The import an environment read needs, where it goes: after a notebook cell's IPython magics (a
// cell magic must stay the cell's first line), and with the file's own line breaks in a CRLF file.
// (From a review of what the quick fix leaves in the file, M4 and L1.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, TextEdit } from "../../src/fixes";
import { cIncludeStdlibEdit, goImportOsEdit, pythonImportOsEdit, swiftImportFoundationEdit } from "../../src/fixes/imports";

// A made-up value, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Jw4Qz" + "T8nX2vL6pR";
const VAULT = "https://contoso-orders-kv.vault.azure.net";

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function move(text: string, filePath: string, languageId?: string): string {
  const finding = scanText({ content: text, filePath, languageId }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding, `the engine detects the secret in ${filePath}`);
  const plan: MovePlan = planMove({ text, filePath, languageId, finding, secretName: suggestedSecretName(text, filePath, finding, languageId), vaultUrl: VAULT });
  return apply(text, plan.edits);
}

/** Every line break of `text` is CRLF. */
function onlyCrlf(text: string): boolean {
  return !/(?<!\r)\n/.test(text);
}

test("a notebook cell: import os goes after a cell magic, which must stay the cell's first line", () => {
  assert.equal(move(`%%time\npassword = "${PASSWORD}"\n`, "analysis.ipynb", "python"), `%%time\nimport os\n\npassword = os.environ["PASSWORD"]\n`);
  assert.equal(move(`%%capture out\n# load\npassword = "${PASSWORD}"\n`, "analysis.ipynb", "python"), `%%capture out\n# load\nimport os\n\npassword = os.environ["PASSWORD"]\n`);
});

test("a notebook cell: line magics and shell escapes at its top are part of its header", () => {
  assert.equal(move(`!pip install requests\n%matplotlib inline\npassword = "${PASSWORD}"\n`, "analysis.ipynb", "python"), `!pip install requests\n%matplotlib inline\nimport os\n\npassword = os.environ["PASSWORD"]\n`);
  // An import below the magic is where import os goes, as in a file.
  assert.equal(move(`%%time\nimport sys\npassword = "${PASSWORD}"\n`, "analysis.ipynb", "python"), `%%time\nimport os\nimport sys\npassword = os.environ["PASSWORD"]\n`);
});

test("a CRLF file: the import a read needs takes CRLF line breaks, in Python and Go", () => {
  const python = move(`def f():\r\n\tpassword = "${PASSWORD}"\r\n\treturn password\r\n`, "app/v.py");
  assert.equal(python, `import os\r\n\r\ndef f():\r\n\tpassword = os.environ["PASSWORD"]\r\n\treturn password\r\n`);
  const go = move(`package e\r\n\r\nimport (\r\n\t"fmt"\r\n)\r\n\r\nfunc F() {\r\n\tpassword := "${PASSWORD}"\r\n\tfmt.Println(password)\r\n}\r\n`, "e.go");
  assert.ok(go.includes(`import (\r\n\t"fmt"\r\n\t"os"\r\n)\r\n`), "os joins the block with a CRLF");
  assert.ok(onlyCrlf(go));
});

test("a CRLF file: every place an import goes keeps the file's line breaks", () => {
  const cases: [string, (text: string) => TextEdit | undefined][] = [
    // Python: before the first import, after the header, after a header with no last line break.
    ["import sys\r\nx = 1\r\n", (text) => pythonImportOsEdit(text)],
    ["#!/usr/bin/env python3\r\n# header\r\nx = 1\r\n", (text) => pythonImportOsEdit(text)],
    ["# a\r\n# b", (text) => pythonImportOsEdit(text)],
    // Go: after a single import, after `package`.
    ['package c\r\n\r\nimport "fmt"\r\n\r\nfunc F() {}\r\n', goImportOsEdit],
    ["package c\r\n\r\nfunc F() {}\r\n", goImportOsEdit],
    // C and Swift: before the first include or import, after the leading comments.
    ["#include <stdio.h>\r\nint main(void) { return 0; }\r\n", (text) => cIncludeStdlibEdit(text, false)],
    ["// header\r\nlet x = 1\r\n", swiftImportFoundationEdit],
  ];
  for (const [text, edit] of cases) {
    const found = edit(text);
    assert.ok(found, JSON.stringify(text));
    const after = apply(text, [found]);
    assert.ok(onlyCrlf(after), `${JSON.stringify(text)} became ${JSON.stringify(after)}`);
  }
});

test("an LF file keeps LF", () => {
  const edit = goImportOsEdit('package c\n\nimport "fmt"\n');
  assert.deepEqual(edit && apply('package c\n\nimport "fmt"\n', [edit]), 'package c\n\nimport "fmt"\nimport "os"\n');
});
