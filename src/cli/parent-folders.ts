import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Creates the folders above `file` that are missing, one at a time from the nearest that exists.
 * Not `mkdir(…, { recursive: true })`: in Node 20 that call never returns for a path below a
 * folder in which nothing can be created (`-o /proc/nope/report.json` hung the CLI); one level at
 * a time, the first `mkdir` that fails throws its own error (ENOENT, EACCES), which the caller
 * words.
 */
export async function makeParentFolders(file: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = path.dirname(path.resolve(file)); !(await exists(folder)); folder = path.dirname(folder)) {
    missing.push(folder);
    if (path.dirname(folder) === folder) break; // a root that does not exist (a drive letter on Windows)
  }
  for (const folder of missing.reverse()) {
    try {
      await fs.mkdir(folder);
    } catch (error) {
      // Made meanwhile by another process: fine, as long as it is a folder.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !(await fs.stat(folder)).isDirectory()) throw error;
    }
  }
}

/** Whether anything is at `file` (a file there makes the next mkdir fail with a clear ENOTDIR/EEXIST). */
async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
