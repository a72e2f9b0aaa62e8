// The bench's input: every file under a folder, in a stable order, with paths relative to it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

export interface BenchFile {
  readonly content: string;
  /** Relative to the folder, with `/` separators (as the scorer and the engine's file rules expect). */
  readonly filePath: string;
}

export function folderFiles(root: string): BenchFile[] {
  const files: BenchFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ content: readFileSync(full, "utf8"), filePath: path.relative(root, full).split(path.sep).join("/") });
    }
  };
  walk(root);
  return files;
}
