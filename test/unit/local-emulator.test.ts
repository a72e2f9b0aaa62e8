// When the local emulator is offered (src/extension/local-emulator.ts): it is not in the installed
// package, so only in a development build or once the user set it up. And how the info file's
// path is read: a leading ~/ is the home folder, a relative path is refused. The stand-in for `vscode`
// lets the module load; the rule itself needs no VS Code.
import "../azure/vscode-stub";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import * as path from "node:path";
import { after, test } from "node:test";
import { EMULATOR_INFO_ENV, emulatorInfoFilePath } from "../../src/azure";
import { isEmulatorAvailable, localEmulatorState, type LocalEmulatorState } from "../../src/extension/local-emulator";

const installed = { developmentMode: false, infoFromEnvironment: undefined, enabledSetting: undefined, infoFileSetting: undefined };

test("an installed extension that nobody set up offers no emulator", () => {
  assert.equal(isEmulatorAvailable(installed), false);
  assert.equal(isEmulatorAvailable({ ...installed, enabledSetting: false, infoFileSetting: "", infoFromEnvironment: "" }), false);
});

test("a development build, the environment variable, or either user setting offers it", () => {
  assert.equal(isEmulatorAvailable({ ...installed, developmentMode: true }), true);
  assert.equal(isEmulatorAvailable({ ...installed, infoFromEnvironment: "/tmp/emulator.json" }), true);
  assert.equal(isEmulatorAvailable({ ...installed, enabledSetting: true }), true);
  assert.equal(isEmulatorAvailable({ ...installed, infoFileSetting: "/home/me/emulator.json" }), true);
});

/** A home folder holding an info file the way the emulator writes it by default. */
function homeWithInfoFile(): string {
  const home = mkdtempSync(path.join(tmpdir(), "shhome-"));
  after(() => rmSync(home, { recursive: true, force: true }));
  mkdirSync(path.join(home, ".secret-hygiene"));
  const caCertPath = path.join(home, ".secret-hygiene", "ca.pem");
  writeFileSync(caCertPath, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
  const info = { vaults: { "dev-vault": "https://127.0.0.1:41001" }, appConfig: {}, arm: "https://127.0.0.1:41000", subscriptionId: "sub", caCertPath };
  writeFileSync(path.join(home, ".secret-hygiene", "emulator.json"), JSON.stringify(info));
  return home;
}

/** The state with the info file named as `named` (through the environment: no VS Code settings here) and HOME at `home`. */
function stateWith(named: string, home: string): LocalEmulatorState {
  const saved = { info: process.env[EMULATOR_INFO_ENV], home: process.env.HOME, userProfile: process.env.USERPROFILE };
  process.env[EMULATOR_INFO_ENV] = named;
  process.env.HOME = home; // os.homedir() on POSIX
  process.env.USERPROFILE = home; // and on Windows
  try {
    return localEmulatorState();
  } finally {
    for (const [key, value] of [[EMULATOR_INFO_ENV, saved.info], ["HOME", saved.home], ["USERPROFILE", saved.userProfile]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

test("an info file named with a leading ~/ is read from the home folder, as the setting's description writes it", () => {
  const home = homeWithInfoFile();
  const state = stateWith("~/.secret-hygiene/emulator.json", home);
  assert.ok(state.enabled && "endpoints" in state, JSON.stringify(state));
  assert.equal(state.infoFile, path.join(home, ".secret-hygiene", "emulator.json"));
  assert.equal(state.endpoints.vaults["dev-vault"], "https://127.0.0.1:41001");
});

test("a relative info file path is refused with a message that says to give a full or ~/ path", () => {
  const home = homeWithInfoFile();
  const state = stateWith(".secret-hygiene/emulator.json", home);
  assert.ok(state.enabled && "problem" in state);
  assert.match(state.problem, /SECRET_HYGIENE_EMULATOR_INFO is '\.secret-hygiene\/emulator\.json', a relative path: .*full path.*~\//);
});

test("emulatorInfoFilePath: ~ and ~/ are the home folder, absolute paths stay, others are refused naming their origin", () => {
  const home = homedir();
  assert.deepEqual(emulatorInfoFilePath("~", "the setting"), { path: home });
  assert.deepEqual(emulatorInfoFilePath("~/a/b.json", "the setting"), { path: path.join(home, "a", "b.json") });
  const absolute = path.join(tmpdir(), "info.json");
  assert.deepEqual(emulatorInfoFilePath(absolute, "the setting"), { path: absolute });
  const refused = emulatorInfoFilePath("~other/info.json", "secretHygiene.localEmulator.infoFile");
  assert.ok("problem" in refused);
  assert.match(refused.problem, /^secretHygiene\.localEmulator\.infoFile is '~other\/info\.json', a relative path/);
});
