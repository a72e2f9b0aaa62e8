import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeFileContent } from "../../src/engine";

test("UTF-8 text decodes, BOM removed", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("key=value")]);
  assert.deepEqual(decodeFileContent(bytes), { text: "key=value" });
});

test("UTF-16 LE and BE decode by their byte-order mark", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a=1", "utf16le")]);
  assert.deepEqual(decodeFileContent(le), { text: "a=1" });
  const be = Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3d, 0x00, 0x31]);
  assert.deepEqual(decodeFileContent(be), { text: "a=1" });
});

test("a file with NUL bytes is binary and skipped", () => {
  assert.deepEqual(decodeFileContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), { skipReason: "binary file" });
});

test("invalid UTF-8 still decodes, with replacement characters", () => {
  const result = decodeFileContent(new Uint8Array([0x61, 0xff, 0x62]));
  assert.deepEqual(result, { text: "a\ufffdb" });
});
