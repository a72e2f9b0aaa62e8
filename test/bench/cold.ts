// Child process of `npm run bench`: one engine's first pass over a folder's files in a fresh
// process (regexes not yet compiled, nothing warm), as a one-off CLI run or a pre-commit hook pays
// it. Loading the modules is not timed. Prints the milliseconds.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { engines } from "./engines";

async function main(): Promise<void> {
  const [name, root] = process.argv.slice(2) as [keyof typeof engines, string];
  const files: { content: string; filePath: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ content: readFileSync(full, "utf8"), filePath: path.relative(root, full) });
    }
  };
  walk(root);
  const engine = engines[name];
  const started = performance.now();
  for (const file of files) await engine(file.content, file.filePath);
  console.log((performance.now() - started).toFixed(1));
}

void main();
