import { existsSync } from "node:fs";
import * as path from "node:path";

/**
 * The folder that baseline fingerprints, and the paths of the baseline's entries, are relative
 * to. A baseline holds the paths of the folder it was written from: the repository's top, as
 * hooks and CI run, which is the baseline's own folder or one above it (the configuration's
 * `baseline` is a path inside its folder). A run from a subfolder that names a baseline above it
 * (`--baseline ../.secrethygiene-baseline.json`) reads its files from the baseline's folder, so
 * its findings match the entries and its update replaces only that subfolder's. Otherwise it is
 * the current folder, as always: the editor's paths are its folder's too, and a baseline kept
 * elsewhere (a CI artifact) records the paths of the folder scanned.
 *
 * `entryFiles`, the files the baseline lists when it was read: one written from the current folder
 * by a release before this rule lists that folder's paths, and keeps them (its entries would
 * otherwise all come back as new findings).
 */
export function baselineRoot(cwd: string, baselinePath: string, entryFiles: readonly string[] = []): string {
  const folder = path.dirname(path.resolve(cwd, baselinePath));
  const fromFolder = path.relative(folder, cwd);
  const holdsCwd = fromFolder !== "" && fromFolder !== ".." && !fromFolder.startsWith(`..${path.sep}`) && !path.isAbsolute(fromFolder);
  return holdsCwd && !writtenFrom(cwd, folder, entryFiles) ? folder : cwd;
}

/** How many of a baseline's files are looked for, to tell where it was written from. */
const FILES_LOOKED_FOR = 20;

/** Whether the entries' files are found from `cwd` and none from `folder`: the baseline was written from `cwd`. */
function writtenFrom(cwd: string, folder: string, entryFiles: readonly string[]): boolean {
  const files = [...new Set(entryFiles)].slice(0, FILES_LOOKED_FOR);
  return files.some((file) => existsSync(path.resolve(cwd, file))) && !files.some((file) => existsSync(path.resolve(folder, file)));
}

/**
 * A path as the baseline records it and fingerprints use it: `displayPath` (relative to `cwd`, as
 * reports show it) made relative to `root`, with `/`. The display path itself when `root` is the
 * current folder, so that baselines written from it keep matching byte for byte.
 */
export function baselineFilePath(root: string, cwd: string, displayPath: string): string {
  if (root === cwd) return displayPath;
  const relative = path.relative(root, path.resolve(cwd, displayPath));
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}
