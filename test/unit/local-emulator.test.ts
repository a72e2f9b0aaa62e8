// When the local emulator is offered (src/extension/local-emulator.ts): it is not in the installed
// package, so only in a development build or once the user set it up. The stand-in for `vscode`
// lets the module load; the rule itself needs no VS Code.
import "../azure/vscode-stub";
import assert from "node:assert/strict";
import { test } from "node:test";
import { isEmulatorAvailable } from "../../src/extension/local-emulator";

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
