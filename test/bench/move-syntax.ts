// Whether the quick fix's moves keep files parseable, on real files:
//   node --import tsx test/bench/move-syntax.ts DIR [DIR...]
// For every file whose language has a parser on this machine (gofmt, python3 and PyYAML, ruby,
// php, node, luac, bash; JSON and TypeScript in process) and that parses as it is, plans a Key
// Vault move for every secret finding with its suggested name, applies the moves that merge (in
// rounds, as Move All does: a second value of one literal moves in the next round), and
// parses the result again. Prints the files and moves tried, the refusals by reason, and each file
// the moves broke (its path and the moved findings' lines and rules). Nothing here prints a value,
// and no text is written to a file: each parser reads it on its standard input.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { scanText, type Finding } from "../../src/engine";
import { applyTextEdits, composeEdits, mergePlanEdits, MOST_MOVE_ROUNDS, roundValueKey, planMove, suggestedSecretName } from "../../src/fixes";
import type { TextEdit } from "../../src/fixes/types";

const LARGEST_FILE = 1_000_000;
const VAULT = "https://contoso-orders-kv.vault.azure.net";

/** Whether `command` exits 0; `input`, when given, is its standard input (no file holds the text). */
function runs(command: string, args: string[], input?: string): boolean {
  try {
    execFileSync(command, args, { stdio: [input === undefined ? "ignore" : "pipe", "ignore", "ignore"], timeout: 20_000, ...(input === undefined ? {} : { input }) });
    return true;
  } catch {
    return false;
  }
}

function hasCommand(command: string): boolean {
  return runs("sh", ["-c", `command -v ${command}`]);
}

/** Whether `text` (the file at `file`'s, or what the moves made of it) parses. */
type Parses = (file: string, text: string) => boolean;

const parsesAsJson: Parses = (_file, text) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const parsesAsTypeScript = (kind: ts.ScriptKind): Parses => (file, text) => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind) as ts.SourceFile & { parseDiagnostics: readonly unknown[] };
  return source.parseDiagnostics.length === 0;
};
// (Python's readers take the text on standard input.)
const XML_PARSE = "import sys, xml.etree.ElementTree as E; E.parse(sys.stdin.buffer)";
const PYTHON_PARSE = "import ast, sys, warnings; warnings.simplefilter('ignore'); ast.parse(sys.stdin.buffer.read())";
const YAML_PARSE = "import sys, yaml; list(yaml.safe_load_all(sys.stdin.buffer))";
/** A script as CommonJS or as a module: on standard input Node cannot tell which from a package.json. */
const parsesAsJavaScript: Parses = (_file, text) => runs("node", ["--check", "--input-type=commonjs", "-"], text) || runs("node", ["--check", "--input-type=module", "-"], text);

/**
 * A parser for each extension, where this machine has the program it needs. Each reads the text on
 * its standard input, so neither a file's secrets nor what is left of them after the moves is
 * written to a temporary file.
 */
function parsers(): Map<string, Parses> {
  const byExtension = new Map<string, Parses>([
    [".json", parsesAsJson],
    [".ts", parsesAsTypeScript(ts.ScriptKind.TS)],
    [".tsx", parsesAsTypeScript(ts.ScriptKind.TSX)],
    [".js", parsesAsJavaScript],
    [".cjs", parsesAsJavaScript],
    [".mjs", parsesAsJavaScript],
  ]);
  const external: [string, string[], string[]][] = [
    ["gofmt", [".go"], ["-e", "-l"]],
    ["python3", [".py"], ["-c", PYTHON_PARSE]],
    ["python3", [".xml", ".config"], ["-c", XML_PARSE]],
    ["ruby", [".rb"], ["-c", "-"]],
    ["php", [".php"], ["-l"]],
    ["luac", [".lua"], ["-p", "-"]],
    ["bash", [".sh", ".bash"], ["-n"]],
  ];
  for (const [command, extensions, args] of external) {
    if (!hasCommand(command)) continue;
    for (const extension of extensions) byExtension.set(extension, (_file, text) => runs(command, args, text));
  }
  // (PyYAML, where python3 has it.)
  if (runs("python3", ["-c", "import yaml"])) {
    for (const extension of [".yaml", ".yml"]) byExtension.set(extension, (_file, text) => runs("python3", ["-c", YAML_PARSE], text));
  }
  return byExtension;
}

function filesUnder(root: string, wanted: Map<string, Parses>, into: string[]): string[] {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") filesUnder(full, wanted, into);
    else if (entry.isFile() && wanted.has(path.extname(entry.name)) && statSync(full).size < LARGEST_FILE) into.push(full);
  }
  return into;
}

function main(): void {
  const roots = process.argv.slice(2);
  if (roots.length === 0) {
    console.error("usage: node --import tsx test/bench/move-syntax.ts DIR [DIR...]");
    process.exit(2);
  }
  const byExtension = parsers();
  const totals = { files: 0, withSecrets: 0, parsedBefore: 0, moves: 0, laterRounds: 0, refused: 0, broken: 0 };
  const refusals = new Map<string, number>();
  for (const file of roots.flatMap((root) => filesUnder(path.resolve(root), byExtension, []))) {
    totals.files++;
    const text = readFileSync(file, "utf8");
    if (text.includes("\0")) continue;
    const secrets = scanText({ content: text, filePath: file }).filter((finding: Finding) => finding.kind === "secret");
    if (secrets.length === 0) continue;
    totals.withSecrets++;
    const extension = path.extname(file);
    const parses = byExtension.get(extension)!;
    if (!parses(file, text)) continue;
    totals.parsedBefore++;
    // As Move All plans them: each round against the text the rounds before made, a value whose
    // replacement overlaps another's in its literal in the next round, the edits composed back.
    let edits: TextEdit[] = [];
    let findings = secrets;
    const variablesInUse = new Map<string, string>();
    const moved: string[] = [];
    for (let round = 1; round <= MOST_MOVE_ROUNDS && findings.length; round++) {
      const current = applyTextEdits(text, edits);
      const taken: TextEdit[] = [];
      const overlapped: Finding[] = [];
      for (const finding of findings) {
        const line = current.slice(0, finding.range.startOffset).split("\n").length;
        try {
          const secretName = suggestedSecretName(current, file, finding);
          const plan = planMove({ text: current, filePath: file, finding, secretName, vaultUrl: VAULT, variablesInUse });
          if (plan.environmentVariable) variablesInUse.set(plan.environmentVariable, secretName);
          if (mergePlanEdits(taken, plan.edits)) {
            totals.moves++;
            if (round > 1) totals.laterRounds++;
            moved.push(`${line}:${finding.ruleId}`);
          } else overlapped.push(finding);
        } catch (error) {
          totals.refused++;
          const reason = `${extension} ${(error as { code?: string }).code ?? "error"}: ${String((error as Error).message).slice(0, 100)}`;
          refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
        }
      }
      edits = composeEdits(text, edits, taken);
      if (taken.length === 0) break;
      const next = applyTextEdits(text, edits);
      const wanted = overlapped.map((finding) => roundValueKey(current, finding));
      findings = scanText({ content: next, filePath: file }).filter((finding: Finding) => finding.kind === "secret" && wanted.includes(roundValueKey(next, finding)));
    }
    const after = applyTextEdits(text, edits);
    if (!parses(file, after)) {
      totals.broken++;
      console.log(`broken: ${file} (moved ${moved.join(" ")})`);
    }
  }
  console.log(`${totals.files} files with a parser; ${totals.withSecrets} hold secrets, ${totals.parsedBefore} of them parse as they are`);
  console.log(`${totals.moves} moves made (${totals.laterRounds} in a later round: a second value of one literal), ${totals.refused} refused; ${totals.broken} file(s) no longer parse after the moves`);
  for (const [reason, count] of [...refusals].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  refused ${reason}`);
  console.log(`(parsers here: ${[...byExtension.keys()].join(" ")})`);
}

main();
