// Jupyter notebooks: the cells' code is read through notebookView (src/engine/notebook.ts), and
// findings point at the file's own text, escapes and all.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { notebookView } from "../../src/engine/notebook";

const cell = (...lines: string[]) => JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, outputs: [], source: lines }], metadata: { language_info: { name: "python" } }, nbformat: 4 }, null, 1);

test("a cell's code is decoded in place: same length, same lines, offsets map back to the file", () => {
  const text = cell('token = "abc\\def"\n', "x = 1");
  const view = notebookView(text, "analysis.ipynb")!;
  assert.equal(view.content.length, text.length);
  assert.equal(view.content.split("\n").length, text.split("\n").length);
  assert.equal(view.typePath, "analysis.ipynb.py");
  const decodedAt = view.content.indexOf('token = "abc\\def"');
  assert.ok(decodedAt > 0, "the cell line reads as Python");
  // `abc\def` in the view is `abc\\def` in the file: the end maps past both backslashes.
  const valueStart = decodedAt + 'token = "'.length;
  assert.equal(text.slice(view.toRaw(valueStart), view.toRaw(valueStart + "abc\\def".length)), "abc\\\\def");
});

test("a secret in a cell is found where the file has it, escapes included", () => {
  const password = ["Vq7", "#Lm2", "\\", "Rz9", "Kt4"].join(""); // a backslash in the code: two in the file
  const text = cell(`db_password = "${password}"\n`);
  const [finding] = scanText({ content: text, filePath: "notebooks/orders.ipynb" });
  assert.ok(finding, "found");
  // (No values in the message: test output never shows one.)
  assert.ok(text.slice(finding.range.startOffset, finding.range.endOffset) === password.replace("\\", "\\\\"), "the finding spans the value as the file writes it");
});

test("other JSON files, and notebooks without cells' code, are read as they are", () => {
  assert.equal(notebookView('{"source": ["x"]}', "package.json"), undefined);
  assert.equal(notebookView('{"cells": []}', "empty.ipynb"), undefined);
  assert.equal(notebookView('{"source": ["unterminated', "broken.ipynb"), undefined);
});

test("an output's image is not read: base64 of pixels matches token patterns by chance", () => {
  const lookAlike = ["ghp", "Tq3Vw8Zr1Lm6Xc4Pb9Hs2Yd7Ja5Fe0Ug3KnB"].join("_");
  const pixels = `iVBORw0KGgo${"A".repeat(200)}/${lookAlike}/${"B".repeat(200)}`;
  const text = JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, source: ["plot(df)"], outputs: [{ output_type: "display_data", metadata: {}, data: { "image/png": pixels } }] }], metadata: {}, nbformat: 4 });
  assert.deepEqual(scanText({ content: text, filePath: "report.ipynb" }), []);
  // The same text as any other JSON file is read whole.
  assert.equal(scanText({ content: text, filePath: "report.json" }).length, 1);
});

test("nbformat 3 keeps a code cell's lines under input: they are read as code too", () => {
  const password = ["Hq4", "#Wd9", "Lx2", "Tn7", "Bv"].join("");
  const text = JSON.stringify({ worksheets: [{ cells: [{ cell_type: "code", language: "python", input: [`db_password = "${password}"\n`], outputs: [] }] }], metadata: {}, nbformat: 3 });
  const [finding] = scanText({ content: text, filePath: "old.ipynb" });
  assert.ok(finding, "found");
  assert.equal(finding.ruleId, "generic/named-secret");
});
