// Child process of `npm run bench`: one engine's first pass over a folder's files in a fresh
// process (regexes not yet compiled, nothing warm), as a one-off CLI run or a pre-commit hook pays
// it. Loading the modules is not timed. Prints the milliseconds.
import { engines } from "./engines";
import { folderFiles } from "./folder-files";

async function main(): Promise<void> {
  const [name, root] = process.argv.slice(2) as [keyof typeof engines, string];
  const files = folderFiles(root);
  const engine = engines[name];
  const started = performance.now();
  for (const file of files) await engine(file.content, file.filePath);
  console.log((performance.now() - started).toFixed(1));
}

void main();
