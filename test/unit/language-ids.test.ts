// An untitled editor has no extension: its language id says how to read it, as a file's extension
// would. YAML dialects that extensions give a mode of their own are read as YAML.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { scanText } from "../../src/engine";

// Made up at run time.
const PASSWORD = ["Wq7!rZ2m", "Lp9xT"].join("@");
const COMPOSE = `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "${PASSWORD}"\n`;

test("an untitled compose file in the Docker extension's mode gets its key's YAML path, as in YAML mode", () => {
  const keyNames = (languageId: string) => scanText({ content: COMPOSE, filePath: "Untitled-1", languageId }).map((finding) => finding.keyName);
  assert.deepEqual(keyNames("yaml"), ["services:db:environment:POSTGRES_PASSWORD"]);
  for (const languageId of ["dockercompose", "github-actions-workflow", "azure-pipelines", "helm"]) assert.deepEqual(keyNames(languageId), keyNames("yaml"), languageId);
});

/** VS Code's language ids for the engine fixtures' extensions (those whose language has one). */
const LANGUAGE_IDS: Readonly<Record<string, string>> = {
  ts: "typescript", tsx: "typescriptreact", js: "javascript", jsx: "javascriptreact", py: "python", json: "json", yaml: "yaml", yml: "yaml",
  cs: "csharp", fs: "fsharp", vb: "vb", java: "java", kt: "kotlin", scala: "scala", groovy: "groovy", go: "go", rs: "rust", rb: "ruby",
  php: "php", swift: "swift", dart: "dart", lua: "lua", r: "r", pl: "perl", c: "c", cpp: "cpp", sh: "shellscript", ps1: "powershell",
  xml: "xml", ini: "ini", toml: "toml", properties: "properties", env: "dotenv", md: "markdown", sql: "sql", tf: "terraform", bicep: "bicep",
  clj: "clojure", ex: "elixir", erl: "erlang", hs: "haskell", vue: "vue", svelte: "svelte", sol: "solidity", zig: "zig", m: "objective-c", graphql: "graphql",
};

test("every engine fixture reads the same in an untitled editor of its language as in its file", () => {
  const root = path.join(__dirname, "..", "fixtures", "engine");
  const summary = (content: string, filePath: string, languageId?: string) => scanText({ content, filePath, languageId }).map((finding) => `${finding.ruleId} ${finding.keyName} ${finding.preview}`);
  let compared = 0;
  for (const name of readdirSync(root).sort()) {
    // (Only `input.<ext>`: a file a rule knows by its name has no language id that says so.)
    const input = readdirSync(path.join(root, name)).find((file) => file.startsWith("input."));
    const languageId = input && LANGUAGE_IDS[input.slice(input.lastIndexOf(".") + 1)];
    if (!languageId) continue;
    const content = readFileSync(path.join(root, name, input), "utf8");
    assert.deepEqual(summary(content, "Untitled-1", languageId), summary(content, `${name}/${input}`), `${name} as ${languageId}`);
    compared++;
  }
  assert.ok(compared > 450, `${compared} fixtures compared`);
});
