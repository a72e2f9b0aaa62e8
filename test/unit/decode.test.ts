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

test("UTF-16 without a byte-order mark is told from binary by its zero bytes", () => {
  const text = "DB_PASSWORD=changeit\r\nHOST=db.internal\r\n";
  assert.deepEqual(decodeFileContent(Buffer.from(text, "utf16le")), { text });
  const be = Buffer.from(text, "utf16le").swap16();
  assert.deepEqual(decodeFileContent(be), { text });
  // Zeros on both sides (an image, an executable) stay binary.
  const binary = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : i));
  assert.deepEqual(decodeFileContent(binary), { skipReason: "binary file" });
});

test("UTF-32 decodes by its byte-order mark instead of passing for UTF-16", () => {
  const text = "key=välue 🔑";
  const codes = [...text].map((character) => character.codePointAt(0)!);
  const le = Buffer.alloc(4 + codes.length * 4);
  le.writeUInt32LE(0xfeff, 0);
  codes.forEach((code, i) => le.writeUInt32LE(code, 4 + i * 4));
  assert.deepEqual(decodeFileContent(le), { text });
  const be = Buffer.alloc(4 + codes.length * 4);
  be.writeUInt32BE(0xfeff, 0);
  codes.forEach((code, i) => be.writeUInt32BE(code, 4 + i * 4));
  assert.deepEqual(decodeFileContent(be), { text });
});

test("binary data with no zero byte is told from text by its control characters", () => {
  // Compressed audio and packed images: bytes of every value but zero, controls among them.
  const binary = new Uint8Array(4000);
  let seed = 12345;
  for (let i = 0; i < binary.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    binary[i] = 1 + ((seed >>> 16) % 255);
  }
  binary.set(Buffer.from("pw=Kq7mTz9Lx2Vb"), 100);
  assert.deepEqual(decodeFileContent(binary), { skipReason: "binary file" });
  // A manual page's overstrikes, a terminal's colours and a few stray controls are text.
  const manual = Buffer.from("\x01\x02\x03\x1a" + "N\bNA\bAM\bME\bE\n\x1b[1mtoken\x1b[0m=Kq7mTz9Lx2Vb\f\n".repeat(40));
  assert.ok("text" in decodeFileContent(manual));
  const short = Buffer.from("a\x01b\x02c\x03d=Kq7mTz9Lx2Vb\n");
  assert.ok("text" in decodeFileContent(short));
  // A FIX session's log separates its fields with SOH: text, whose logon message may hold a password.
  const fix = Buffer.from("8=FIX.4.4\x019=75\x0135=A\x0149=CLIENT\x0156=BROKER\x01553=trader\x01554=Kq7mTz9Lx2Vb\x0110=123\x01\n".repeat(30));
  assert.ok("text" in decodeFileContent(fix));
});
