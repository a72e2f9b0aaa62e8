// An untitled editor has no extension: its language id says how to read it. YAML dialects that
// extensions give a mode of their own are read as YAML.
import assert from "node:assert/strict";
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
