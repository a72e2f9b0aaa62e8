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
  // The entry's `\n` is the view's line break, the file's after the comma a space: as many lines.
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

test("repeats of a value are counted within each cell, as the notebook editor sees them: a CLI baseline covers every cell", () => {
  const token = ["ghp", "Wq4Zt8Lk2Rv6Nx1Bc9Hm3Pd7Sf5Jy0Ea2TuG"].join("_");
  const line = `client = Github("${token}")\n`;
  const notebook = (...cells: string[][]) =>
    JSON.stringify({ cells: cells.map((source) => ({ cell_type: "code", metadata: {}, outputs: [], source })), metadata: { language_info: { name: "python" } }, nbformat: 4 }, null, 1);
  const inFile = scanText({ content: notebook([line], ["x = 1\n"], [line, line]), filePath: "notebooks/report.ipynb" });
  const editorSees = (...lines: string[]) => scanText({ content: lines.join(""), filePath: "notebooks/report.ipynb", languageId: "python" }).map((finding) => finding.fingerprint);
  assert.equal(inFile.length, 3);
  assert.deepEqual(
    inFile.map((finding) => finding.fingerprint),
    [...editorSees(line), ...editorSees(line, line)],
    "the first cell's value and the third cell's two are fingerprinted as each cell's scan fingerprints them",
  );
  // A cell written as one string (not a list of lines) is one cell too.
  const oneString = JSON.stringify({ cells: [{ cell_type: "code", source: line }, { cell_type: "code", source: line }], metadata: {}, nbformat: 4 });
  assert.deepEqual(scanText({ content: oneString, filePath: "notebooks/report.ipynb" }).map((finding) => finding.fingerprint), [...editorSees(line), ...editorSees(line)]);
});

test("a cell from the notebook editor (its notebook's path, its own language) is read as that language's code, under the file's fingerprint", () => {
  const token = ["ghp", "Lw5Xq2Rt8Nz3Kc7Vb1Pm4Hd9Sj6Fy0Ga2UeC"].join("_");
  const inFile = scanText({ content: cell(`client = Github("${token}")\n`), filePath: "notebooks/report.ipynb" });
  const inCell = scanText({ content: `client = Github("${token}")\n`, filePath: "notebooks/report.ipynb", languageId: "python" });
  assert.equal(inCell.length, 1);
  assert.equal(inCell[0]!.fingerprint, inFile[0]!.fingerprint, "a baseline made by the CLI on the file covers the cell in the editor");
  // In Python a bare word after `=` is a variable: read as plain text it would be a password.
  const variable = "db_password = Summer2024\n";
  assert.deepEqual(scanText({ content: variable, filePath: "notebooks/report.ipynb", languageId: "python" }), []);
  assert.equal(scanText({ content: variable, filePath: "notebooks/report.ipynb" }).length, 1, "(without the language, the cell is plain text)");
  // An id the engine has no mapping for leaves the path as it is.
  assert.equal(scanText({ content: variable, filePath: "notes.txt", languageId: "plaintext" }).length, 1);
});

test("a cell kept as one string is read line by line: an ignore covers its own cell line, a comment ends at its line", () => {
  const token = ["ghp", "Wk3Zq8Tn3Lw9Vx2Rb7Mc4Pd6Hf1Jg5Ks0Ny8Ua"].join("_").slice(0, 40);
  const oneString = (source: string) => JSON.stringify({ cells: [{ cell_type: "code", metadata: {}, outputs: [], source }], metadata: { language_info: { name: "python" } }, nbformat: 4 });
  const ignoredAbove = oneString(`x = 1  # secret-hygiene-ignore\ntoken = "${token}"\n`);
  assert.equal(scanText({ content: ignoredAbove, filePath: "a.ipynb" }).length, 1, "the marker covers x = 1 only");
  const nextLine = oneString(`# secret-hygiene-ignore-next-line\ntoken = "${token}"\n`);
  assert.equal(scanText({ content: nextLine, filePath: "a.ipynb" }).length, 0, "the marker covers the cell line below");
  const windows = oneString(`# secret-hygiene-ignore-next-line\r\ntoken = "${token}"\r\n`);
  assert.equal(scanText({ content: windows, filePath: "a.ipynb" }).length, 0, "\\r\\n is one line break");
  // A cell as a list of lines (as Jupyter saves it): the marker covers the next entry.
  const listed = cell("# secret-hygiene-ignore-next-line\n", `token = "${token}"\n`);
  assert.equal(scanText({ content: listed, filePath: "a.ipynb" }).length, 0, "the marker covers the line below in a list of lines");
  const afterComment = oneString(`# set up the client\ndb_password = "Vq7#Lm2Rz9Kt4"\n`);
  assert.equal(scanText({ content: afterComment, filePath: "a.ipynb" }).length, 1, "a comment on the line before is no comment here");
});

/** One code cell, written as Jupyter saves it: a list of lines, each but the last ending in `\n`. */
const listedCell = (code: string) => cell(...code.split(/(?<=\n)/));
const madeUpPassword = () => ["Zq8v", "Lm2R", "t5Xw", "Qk3N"].join("");
const findingsIn = (content: string, languageId?: string) =>
  scanText({ content, filePath: "notebooks/analysis.ipynb", ...(languageId ? { languageId } : {}) }).map((finding) => `${finding.ruleId} ${finding.fingerprint} ${finding.preview}`);

test("a value on the line after `=\\`, `(`, `[` or a shell line's `\\` is found in the file as in the cell", () => {
  const password = madeUpPassword();
  const cells: Record<string, string> = {
    backslash: `password =\\\n    "${password}"\n`,
    parenthesis: `password = (\n    "${password}"\n)\n`,
    call: `cred = ClientSecretCredential(\n    "tenant-id",\n    "client-id",\n    "${password}",\n)\n`,
    list: `SECRET_KEY_FALLBACKS = [\n    "${password}",\n]\n`,
    shell: `!az keyvault secret set --vault-name v --name db \\\n   --value "${password}"\n`,
    oneLineCall: `c = NetworkCredential(\n  "user",\n  "${password}")\n`,
  };
  for (const [name, code] of Object.entries(cells)) {
    const inCell = findingsIn(code, "python");
    assert.equal(inCell.length, 1, `${name}: the cell's scan finds it`);
    for (const [layout, text] of [
      ["saved by Jupyter", listedCell(code)],
      ["on one line", JSON.stringify(JSON.parse(listedCell(code)))],
      ["with CRLF", listedCell(code).replace(/\n/g, "\r\n")],
    ] as const) {
      assert.deepEqual(findingsIn(text), inCell, `${name}, ${layout}: the file's scan finds what the cell's does`);
      const [finding] = scanText({ content: text, filePath: "notebooks/analysis.ipynb" });
      assert.ok(text.slice(finding!.range.startOffset, finding!.range.endOffset) === password, `${name}, ${layout}: the range is the value in the file`);
    }
  }
});

test("a cell's line ends in the view where it ends in the cell: no quote, comma or padding after the code", () => {
  const text = listedCell("password =\\\n    value\n");
  const lines = notebookView(text, "analysis.ipynb")!.content.split("\n").map((line) => line.trimStart());
  assert.ok(lines.includes("password =\\"), "no quote, comma or padding after the continuation");
  // The next line opens with the padding (the file's indentation and quote), then the code.
  assert.ok(lines.includes("value"));
});

test("a PEM key over a cell's lines has the cell's fingerprint and preview in the file: a baseline carries over", () => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let seed = 11;
  const line = () => Array.from({ length: 64 }, () => alphabet[((seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16) % 64]).join("");
  const pem = ["-----BEGIN RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA" + line().slice(16), line(), line(), "-----END RSA PRIVATE KEY-----"].join("\n");
  const code = `key = """${pem}\n"""\n`;
  const inCell = findingsIn(code, "python");
  assert.equal(inCell.length, 1);
  assert.match(inCell[0]!, /^private-key\/pem /);
  assert.deepEqual(findingsIn(listedCell(code)), inCell, "the file's fingerprint hashes the key as the cell holds it, not the view's padding");
  const text = listedCell(code);
  const [finding] = scanText({ content: text, filePath: "notebooks/analysis.ipynb" });
  const inFile = text.slice(finding!.range.startOffset, finding!.range.endOffset);
  assert.ok(inFile.startsWith("-----BEGIN RSA") && inFile.endsWith("END RSA PRIVATE KEY-----"), "the range spans the key's entries in the file");
  // An allow pattern written against the key as the cell holds it (across its line break) allows it in the file too.
  const allow = [/-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA/];
  assert.equal(scanText({ content: code, filePath: "notebooks/analysis.ipynb", languageId: "python", options: { allow } }).length, 0, "allowed in the cell");
  assert.equal(scanText({ content: text, filePath: "notebooks/analysis.ipynb", options: { allow } }).length, 0, "allowed in the file");
});

test("a token printed in an output is previewed and fingerprinted by its own text, so a new one is not taken for the baselined one", () => {
  const printed = (token: string) =>
    JSON.stringify({
      cells: [{ cell_type: "code", metadata: {}, source: ["login()\n"], outputs: [{ output_type: "stream", name: "stdout", text: [`login ok, token ${token}\n`] }] }],
      metadata: { language_info: { name: "python" } },
      nbformat: 4,
    }, null, 1);
  const first = ["ghp", "Wd4Kq8Zt2Lm6Xc9Pb3Hs7Yv1Ja5Fe0Ug8RnT"].join("_");
  const second = ["ghp", "Np2Rx7Vb4Kc9Tz1Lw6Qd3Hm8Fj5Gs0Ye4AuM"].join("_");
  const [before] = scanText({ content: printed(first), filePath: "notebooks/login.ipynb" });
  const [after] = scanText({ content: printed(second), filePath: "notebooks/login.ipynb" });
  assert.ok(before && after, "found in the output");
  assert.match(before.preview, /^ghp_…\(40\)$/);
  assert.notEqual(before.fingerprint, after.fingerprint);
});
