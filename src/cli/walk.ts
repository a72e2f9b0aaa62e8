import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { FileSelection } from "./file-selection";
import { describeFsError } from "./fs-errors";

export interface WalkError {
  readonly path: string;
  readonly message: string;
}

/**
 * A file the walk found, or a path the user named that the configuration leaves out.
 * `path` is for reading the file, reports and rules. A name that is not valid UTF-8 (a Latin-1
 * name from an old archive) has no exact string form: `path` then shows it with U+FFFD for the
 * bytes that do not decode, and `fsPath` holds the bytes the file system knows it by.
 */
export type WalkEntry =
  | { readonly kind: "file"; readonly path: string; readonly fsPath?: Buffer }
  | { readonly kind: "excluded"; readonly path: string }
  /** A folder the user named that .gitignore leaves out: only its secret files (`.env`…, see isSecretFile) are yielded. */
  | { readonly kind: "gitignored"; readonly path: string }
  /** A symbolic link inside a folder: listed, not followed. */
  | { readonly kind: "link"; readonly path: string }
  /** A dependency or tool folder inside a folder (see DirectoryVerdict): listed, not entered. */
  | { readonly kind: "dependency"; readonly path: string }
  /**
   * A git-ignored folder that could not be read (a database container's data folder, owned by
   * another user): git does not read it either, so it is a notice, not a failed run.
   */
  | { readonly kind: "unreadable-ignored"; readonly path: string; readonly reason: string }
  /**
   * A folder inside a walked one holding a repository git cannot read (see
   * FileSelection.enterDirectory): its files are judged by the repository around it.
   */
  | { readonly kind: "unreadable-repository"; readonly path: string; readonly reason: string };

/** A folder holding it is a work tree's top (it is a file in a linked worktree or a submodule). */
const GIT_ENTRY = Buffer.from(".git");

/**
 * Lists files under the given paths, depth first, in a stable order. Files the user named are
 * yielded as given unless `ignorePaths` leaves them out; inside folders, `selection` decides.
 */
export async function* walkFiles(roots: readonly string[], selection: FileSelection, onError: (error: WalkError) => void): AsyncGenerator<WalkEntry> {
  for (const root of roots) {
    let stat;
    try {
      stat = await fs.stat(root);
    } catch (error) {
      onError({ path: root, message: describeFsError(error) });
      continue;
    }
    if (selection.isExcludedByConfig(root, stat.isDirectory())) {
      yield { kind: "excluded", path: root };
    } else if (stat.isFile()) {
      yield { kind: "file", path: root };
    } else if (stat.isDirectory()) {
      const ignored = await selection.isGitIgnoredFolder(root);
      if (ignored) yield { kind: "gitignored", path: root };
      yield* walkDirectory(root, selection, ignored, onError);
    } else {
      // /dev/stdin, a named pipe: "nothing found" would be a clean result for text never read.
      onError({ path: root, message: "not a regular file or folder (a pipe, socket or device): it was not read" });
    }
  }
}

/**
 * @param fsDirectory the directory's bytes, when its name (or a parent's) is not valid UTF-8 and
 * `directory` only shows it.
 */
async function* walkDirectory(
  directory: string,
  selection: FileSelection,
  insideIgnored: boolean,
  onError: (error: WalkError) => void,
  fsDirectory?: Buffer,
): AsyncGenerator<WalkEntry> {
  let entries;
  try {
    // Names as bytes: decoded to strings, a non-UTF-8 name would name no file.
    entries = await fs.readdir(fsDirectory ?? directory, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    if (insideIgnored) yield { kind: "unreadable-ignored", path: directory, reason: describeFsError(error) };
    else onError({ path: directory, message: describeFsError(error) });
    return;
  }
  // (A GitError here, git not installed, ends the walk: see FileSelection.)
  if (!insideIgnored) {
    const unreadableRepository = await selection.enterDirectory(directory, entries.some((entry) => entry.name.equals(GIT_ENTRY)));
    if (unreadableRepository !== undefined) yield { kind: "unreadable-repository", path: directory, reason: unreadableRepository };
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString("utf8") }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
  for (const { entry, name } of named) {
    const full = path.join(directory, name);
    // The bytes to reach it by, when the string is not its exact name (or its folder's).
    const fsFull = fsDirectory || !Buffer.from(name, "utf8").equals(entry.name) ? Buffer.concat([fsDirectory ?? Buffer.from(directory, "utf8"), Buffer.from(path.sep), entry.name]) : undefined;
    if (entry.isDirectory()) {
      const verdict = selection.directoryVerdict(full, insideIgnored);
      if (verdict === "dependency") yield { kind: "dependency", path: full };
      // A git-ignored folder is still searched for secret files (`.env`…): that is where secrets live.
      else if (verdict !== "skip") yield* walkDirectory(full, selection, verdict === "secret-files-only", onError, fsFull);
    } else if (entry.isFile()) {
      if (selection.includesFile(full, insideIgnored)) yield fsFull ? { kind: "file", path: full, fsPath: fsFull } : { kind: "file", path: full };
    } else if (entry.isSymbolicLink()) {
      // Not followed (they can loop, and point outside what was asked for), but not passed over in
      // silence either: a linked .env holds secrets as well as a real one.
      if (selection.includesFile(full, insideIgnored)) yield { kind: "link", path: full };
    }
  }
}
