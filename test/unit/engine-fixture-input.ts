import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";

/**
 * The input of an engine fixture, relative to its folder: its `input.*` file or, for a rule that
 * knows a file by its name, the one file at that path under the folder
 * (`ng.rails-master-key/config/master.key`).
 */
export function fixtureInput(dir: string): string {
  const entries = readdirSync(dir);
  const input = entries.find((entry) => entry.startsWith("input."));
  if (input) return input;
  const nested = entries.filter((entry) => entry !== "expected.json").flatMap((entry) => filesUnder(dir, entry));
  if (nested.length !== 1) throw new Error(`${dir} needs one input file, has ${nested.length}`);
  return nested[0]!;
}

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!statSync(full).isDirectory()) return [relative.split(path.sep).join("/")];
  return readdirSync(full).flatMap((entry) => filesUnder(root, path.join(relative, entry)));
}
