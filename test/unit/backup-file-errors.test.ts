// Back Up and Restore when the local file fails: the path, the cause in words, that nothing was
// written or restored, and the error's code in the log; never "Unexpected Error".
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { backupReadFailure, backupWriteFailure, fileCause } from "../../src/extension/explorer/backup-file-errors";
import { writePrivateFileAtomically } from "../../src/extension/explorer/private-file";

const scratch = mkdtempSync(path.join(tmpdir(), "shbackuperr-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const blob = new Uint8Array([1, 2, 3]);
const failure = (code: string) => Object.assign(new Error(`${code}: made-up message`), { code });

test("a backup into a folder that is gone says so, with the path, and that nothing was written", async () => {
  const file = path.join(scratch, "no-such-folder", "kv-one-db-password.keyvault-backup");
  const error = await writePrivateFileAtomically(file, blob).then(() => undefined, (caught: unknown) => caught);
  const { message, logLine } = backupWriteFailure("db-password", file, error, true);
  assert.equal(message, `Could not write the backup of 'db-password' to ${file} (folder not found). Nothing was written; the secret was only read from the vault.`);
  assert.equal(logLine, `Vault explorer: writing the backup of 'db-password' to ${file} failed: ENOENT (folder not found)`);
});

test("a restore from a file that was moved away says the file was not found and nothing was restored", async () => {
  const file = path.join(scratch, "moved-away.keyvault-backup");
  const error = await readFile(file).then(() => undefined, (caught: unknown) => caught);
  const { message, logLine } = backupReadFailure("kv-one", file, error);
  assert.equal(message, `Could not read the backup file ${file} (file not found). Nothing was restored into kv-one.`);
  assert.match(logLine, /failed: ENOENT \(file not found\)$/);
});

test("a path through a file, permission denied, a full disk, a read-only mount: each in words", async () => {
  const notAFolder = path.join(scratch, "plain-file");
  writeFileSync(notAFolder, "");
  const error = await writePrivateFileAtomically(path.join(notAFolder, "x.keyvault-backup"), blob).then(() => undefined, (caught: unknown) => caught);
  assert.equal(fileCause(error, "write"), "a part of the path is a file, not a folder");
  assert.equal(fileCause(failure("EACCES"), "write"), "permission denied");
  assert.equal(fileCause(failure("EPERM"), "read"), "permission denied");
  assert.equal(fileCause(failure("ENOSPC"), "write"), "no space left on the device");
  assert.equal(fileCause(failure("EROFS"), "write"), "the file system is read-only");
  // VS Code's FileSystemError, for a file in a remote window.
  assert.equal(fileCause(failure("NoPermissions"), "write"), "permission denied");
  assert.equal(fileCause(failure("FileNotFound"), "read"), "file not found");
  assert.match(backupWriteFailure("db-password", "vscode-remote://host/x", failure("NoPermissions"), false).message, /\(permission denied\)\. The backup was not saved\.$/);
});

test("an error without a code never shows its message; an unknown code is named", () => {
  const { message, logLine } = backupWriteFailure("db-password", "/backups/x", new Error("made-up-detail-never-shown"), true);
  assert.match(message, /\(an unexpected error\)/);
  assert.match(logLine, /no error code/);
  assert.ok(!`${message}${logLine}`.includes("made-up-detail"));
  assert.equal(fileCause(failure("EIO"), "read"), "error EIO");
});
