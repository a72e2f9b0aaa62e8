import { promises as fs } from "node:fs";
import * as path from "node:path";
import { SKIPPED_DIRECTORIES } from "../engine";

// Skipping vendor folders keeps a scan of a checkout fast and its findings about the project.
// (`.gitignore` support arrives with the detection issue.)
const skippedDirectories = new Set(SKIPPED_DIRECTORIES);

export interface WalkError {
  readonly path: string;
  readonly message: string;
}

/** Lists files under the given paths (files are yielded as given), depth first, in a stable order. */
export async function* walkFiles(roots: readonly string[], onError: (error: WalkError) => void): AsyncGenerator<string> {
  for (const root of roots) {
    let stat;
    try {
      stat = await fs.stat(root);
    } catch (error) {
      onError({ path: root, message: describeFsError(error) });
      continue;
    }
    if (stat.isFile()) yield root;
    else if (stat.isDirectory()) yield* walkDirectory(root, onError);
  }
}

async function* walkDirectory(directory: string, onError: (error: WalkError) => void): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(directory, { withFileTypes: true });
  } catch (error) {
    onError({ path: directory, message: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) yield* walkDirectory(full, onError);
    } else if (entry.isFile()) {
      yield full;
    }
    // Symbolic links are not followed: they can loop, and they point outside what was asked for.
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory";
    default: return error instanceof Error ? error.message : String(error);
  }
}
