// Writes a backup file whole or not at all, readable by its owner only. No `vscode` here, so the
// unit tests can check it.
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import * as path from "node:path";

/**
 * Writes `data` to a new file beside `file` (created with mode 0600, never an existing one),
 * flushes it to disk, then renames it over `file`. A full disk or a killed process leaves the
 * previous file as it was, and the result has mode 0600 even when it replaces a file that had
 * wider permissions (writing over a file in place keeps that file's mode).
 */
export async function writePrivateFileAtomically(file: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.partial`);
  const handle = await open(temporary, "wx", 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
