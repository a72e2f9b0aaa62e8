// `secret-hygiene run` (src/cli/run-command.ts) without Azure: an env file of plain values, and
// what it says when the command cannot be started.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { runWithSecrets } from "../../src/cli/run-command";

const scratch = mkdtempSync(path.join(tmpdir(), "shrun-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

test("a command that spawn refuses is reported by Node's error code, never by its message, which quotes what it refused", async () => {
  const envFile = path.join(scratch, ".env");
  writeFileSync(envFile, "MODE=test\n");
  // (Made up at run time; an argument stands in for an environment value spawn would refuse and quote.)
  const refused = ["Qm4", "\0", "Rt8vLx2"].join("");
  const said: string[] = [];
  const code = await runWithSecrets({ envFile, credential: "default", command: [process.execPath, "-e", "0", refused] }, (line) => said.push(line));
  assert.equal(code, 2);
  assert.equal(said.length, 1, said.join("\n"));
  assert.match(said[0]!, /^secret-hygiene: cannot start '.*': ERR_INVALID_ARG_VALUE \(the command or its environment could not be passed to it\)$/);
  assert.ok(!said[0]!.includes("Rt8vLx2"));
});
