// The legacy Azure DevOps PAT checksum: a valid token passes; any one character changed fails.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { hasDevOpsPatChecksum } from "../../src/engine/rules/devops-pat-checksum";

// Made for this project's fixtures (test/fixtures/engine/ng.azure-devops-pat-checksum), with a valid checksum.
const VALID = "rlxrszkejwf3dl676675fs5qwmj42dqyyheuaxp5mcpa332l3pya";
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

test("a token with its checksum passes; a change to any character fails", () => {
  assert.equal(hasDevOpsPatChecksum(VALID), true);
  for (let at = 0; at < VALID.length - 1; at++) {
    const other = BASE32[(BASE32.indexOf(VALID[at]!) + 1) % 32]!;
    assert.equal(hasDevOpsPatChecksum(VALID.slice(0, at) + other + VALID.slice(at + 1)), false, `changed at ${at}`);
  }
});

test("not 52 base32 characters: never a PAT", () => {
  assert.equal(hasDevOpsPatChecksum(VALID.slice(1)), false);
  assert.equal(hasDevOpsPatChecksum(`${VALID.slice(0, 51)}1`), false);
  assert.equal(hasDevOpsPatChecksum(""), false);
});

test("a PAT in a URL's credentials is the URL rules' finding: the whole URL is what is stored", () => {
  const content = `[global]\nindex-url = https://build:${VALID}@pkgs.dev.azure.com/northwind/_packaging/orders/pypi/simple/\n`;
  const findings = scanText({ content, filePath: "pip.conf" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.compound !== undefined]), [["url/credentials", true]]);
});
