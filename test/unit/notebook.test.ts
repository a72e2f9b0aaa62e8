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
