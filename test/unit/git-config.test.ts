// Git's `user.signingKey` names the key that signs commits (a GPG key's id, an SSH public key):
// never a secret in git's own settings files, while a `signingKey` elsewhere is an app's HMAC key.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { seededBytes } from "./seeded-bytes";

/** Keys of no particular value, the same on every run. */
const randomBytes = seededBytes(20261209);

const gpgKeyId = () => randomBytes(8).toString("hex").toUpperCase();
const fingerprint = () => randomBytes(20).toString("hex").toUpperCase();

test("a GPG key's id or fingerprint as git's signing key is quiet in every git settings file", () => {
  for (const filePath of [".gitconfig", "dotfiles/.gitconfig-work", "home/.gitconfig.local", "dotfiles/work.gitconfig", "etc/gitconfig", ".config/git/config", "repo/.git/config"]) {
    assert.deepEqual(scanText({ content: `[user]\n\tsigningkey = ${gpgKeyId()}\n`, filePath }), [], filePath);
    assert.deepEqual(scanText({ content: `[user]\n\tsigningKey = ${fingerprint()}\n`, filePath }), [], filePath);
  }
});

test("the same setting outside git's settings files is still judged by its value", () => {
  assert.deepEqual(
    scanText({ content: `[user]\n\tsigningkey = ${fingerprint()}\n`, filePath: "config/signing.ini" }).map((finding) => finding.ruleId),
    ["generic/named-secret"],
  );
  assert.deepEqual(
    scanText({ content: `signingKey: ${randomBytes(32).toString("base64")}\n`, filePath: "config/app.yaml" }).map((finding) => finding.ruleId),
    ["generic/named-secret"],
  );
});

test("another secret in a git settings file is still reported", () => {
  assert.deepEqual(
    scanText({ content: `[credential]\n\ttoken = ${randomBytes(20).toString("hex")}\n`, filePath: ".gitconfig" }).map((finding) => finding.ruleId),
    ["generic/named-secret"],
  );
});
