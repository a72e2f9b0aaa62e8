// `secret-hygiene run` (src/cli/run-command.ts) without Azure: an env file of plain values, what
// it says when the command cannot be started, and how many SIGINTs reach the command (the bundled
// dist/cli.js in a child process, which scripts/test.mjs builds first).
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { runWithSecrets } from "../../src/cli/run-command";
import { foregroundFromProcStat } from "../../src/cli/terminal-foreground";

const cli = path.join(__dirname, "..", "..", "dist", "cli.js");

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

test("/proc/self/stat says whether we are in the terminal's foreground process group", () => {
  // pid (comm) state ppid pgrp session tty_nr tpgid …
  assert.equal(foregroundFromProcStat("4321 (node) S 4300 4321 4300 34817 4321 4194560 1 0"), true);
  assert.equal(foregroundFromProcStat("4321 (node) S 4300 4321 4300 34817 4300 4194560 1 0"), false, "a background job");
  assert.equal(foregroundFromProcStat("4321 (node) S 1 4321 4321 0 -1 4194560 1 0"), false, "no controlling terminal (CI)");
  assert.equal(foregroundFromProcStat("4321 (a) b (c) S 4300 77 4300 34817 77 4194560 1 0"), true, "a command name with spaces and brackets");
  assert.equal(foregroundFromProcStat("not a stat line"), undefined);
});

/** A command that counts the SIGINTs it gets, says when it is ready, and exits after a while with the count. */
function sigintCounter(): string {
  const script = path.join(scratch, "count-sigint.js");
  writeFileSync(
    script,
    'let n = 0;\nprocess.on("SIGINT", () => { n++; });\nprocess.stdout.write("ready\\n");\nsetTimeout(() => { process.stdout.write(`SIGINTs: ${n}\\n`); process.exit(0); }, 1500);\n',
  );
  writeFileSync(path.join(scratch, ".env.signals"), "MODE=test\n");
  return script;
}

/** Runs `child`, sends `interrupt` once its output says "ready", and gives all its output. */
function interruptWhenReady(child: ReturnType<typeof spawn>, interrupt: () => void): Promise<string> {
  return new Promise((resolve) => {
    let output = "";
    let sent = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!sent && output.includes("ready")) {
        sent = true;
        interrupt();
      }
    });
    child.on("close", () => resolve(output));
  });
}

test("without a terminal (a CI cancel), a SIGINT to the run is passed on to the command once", async () => {
  const script = sigintCounter();
  // (A session of its own: no controlling terminal, whatever runs these tests.)
  const child = spawn(process.execPath, [cli, "run", "-e", path.join(scratch, ".env.signals"), "--", process.execPath, script], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  const output = await interruptWhenReady(child, () => child.kill("SIGINT"));
  assert.match(output, /SIGINTs: 1\b/);
});

const hasScript = process.platform === "linux" && spawnSync("script", ["--version"]).status === 0;

test("Ctrl+C in a terminal reaches the command once, with stdin redirected too (util-linux script gives the run a terminal)", { skip: !hasScript && "needs util-linux's script" }, async () => {
  const script = sigintCounter();
  const quote = (word: string) => `'${word.replace(/'/g, "'\\''")}'`;
  for (const redirect of ["", " < /dev/null"]) {
    const command = `${[process.execPath, cli, "run", "-e", path.join(scratch, ".env.signals"), "--", process.execPath, script].map(quote).join(" ")}${redirect}`;
    const terminal = spawn("script", ["-qfec", command, "/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
    // (Typed into the terminal: its line discipline sends SIGINT to the foreground process group.)
    const output = await interruptWhenReady(terminal, () => terminal.stdin.write("\x03"));
    terminal.stdin.end();
    assert.match(output, /SIGINTs: 1\b/, `stdin${redirect || " the terminal"}: ${JSON.stringify(output)}`);
  }
});
