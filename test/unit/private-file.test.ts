// Backup files: written whole or not at all, readable by their owner only.
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { writePrivateFileAtomically } from "../../src/extension/explorer/private-file";

const scratch = mkdtempSync(path.join(tmpdir(), "shprivate-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

test("replacing a world-readable file leaves a file only its owner can read, with the new content", async () => {
  const file = path.join(scratch, "orders-kv-db-password-20261201.keyvault-backup");
  writeFileSync(file, "an older backup");
  chmodSync(file, 0o644);
  await writePrivateFileAtomically(file, new TextEncoder().encode("new backup blob"));
  assert.equal(readFileSync(file, "utf8"), "new backup blob");
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(scratch), [path.basename(file)], "no partial file is left beside it");
});

test("a write that cannot finish leaves the earlier file as it was and no partial file", async () => {
  // A folder where the file should go: the rename fails after the data was written.
  const folder = path.join(scratch, "taken");
  mkdirSync(path.join(folder, "backup.keyvault-backup"), { recursive: true });
  await assert.rejects(writePrivateFileAtomically(path.join(folder, "backup.keyvault-backup"), new Uint8Array([1, 2, 3])));
  assert.deepEqual(readdirSync(folder), ["backup.keyvault-backup"]);
  assert.ok(statSync(path.join(folder, "backup.keyvault-backup")).isDirectory());
});
