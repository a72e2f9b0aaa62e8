// The moved TypeScript is type-checked, not only read: under `strict`, as most projects compile,
// the read that replaces a string must still be a string where the literal was one. (process.env
// is declared as @types/node declares it: string | undefined for every name.)
import assert from "node:assert/strict";
import { test } from "node:test";
import ts from "typescript";
import { applyPlan, planFirstSecret } from "./move-plan-helpers";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Rq7Lm" + "X2vK9pT4wZ";
const TOKEN = "ghp_" + "T3nB8xQ1mK6wR9vL2cZ7pJ4sH0dF5gY8aU2e";

const PROCESS = "declare const process: { env: { [key: string]: string | undefined } };\n";

const OPTIONS: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
/** The standard library's files, parsed once for all the cases. */
const LIBRARY = new Map<string, ts.SourceFile | undefined>();

/**
 * The diagnostics of `source` compiled on its own under strict, as codes with their line (TS2322
 * at 3): a message may quote a string literal's type, which would be the value.
 */
function typeErrors(source: string): string[] {
  const fileName = "/virtual/moved.ts";
  const host = ts.createCompilerHost(OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => {
    if (name === fileName) return ts.createSourceFile(name, source, version);
    if (!LIBRARY.has(name)) LIBRARY.set(name, getSourceFile(name, version));
    return LIBRARY.get(name);
  };
  const program = ts.createProgram([fileName], OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => `TS${diagnostic.code} at ${diagnostic.file ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1 : "?"}`);
}

const CASES: readonly { readonly name: string; readonly code: string }[] = [
  { name: "a const passed where a string is taken", code: `function connect(password: string): number { return password.length; }\nconst password = "${PASSWORD}";\nconnect(password);\n` },
  { name: "a typed object's member", code: `interface Db { host: string; password: string }\nexport const db: Db = { host: "db", password: "${PASSWORD}" };\n` },
  { name: "a class field typed string", code: `export class Client { private readonly token: string = "${TOKEN}"; size(): number { return this.token.length; } }\n` },
  { name: "a ?? default", code: `export const password: string = process.env.DB_PASSWORD ?? "${PASSWORD}";\n` },
  { name: "a header's part", code: `export const headers: Record<string, string> = { Authorization: "Bearer ${TOKEN}" };\n` },
];

for (const { name, code } of CASES) {
  test(`moved TypeScript still type-checks under strict: ${name}`, () => {
    assert.deepEqual(typeErrors(PROCESS + code), [], "the original compiles (the test checks what it thinks it checks)");
    const moved = applyPlan(PROCESS + code, planFirstSecret(PROCESS + code, "src/settings.ts"));
    assert.ok(!moved.includes(PASSWORD) && !moved.includes(TOKEN), "the value left the file");
    assert.deepEqual(typeErrors(moved), []);
  });
}
