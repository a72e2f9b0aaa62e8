// Which version the vault explorer marks current: Key Vault dates are whole seconds, so versions
// written in the same second tie, and the secret's list entry (the current version's attributes)
// settles the tie.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { SecretProperties } from "../../src/azure";
import { isCurrentVersion, newestFirst } from "../../src/extension/explorer/version-order";

const second = new Date("2026-03-01T12:00:00Z");
const version = (id: string, overrides: Partial<SecretProperties> = {}): SecretProperties => ({
  name: "db-password",
  version: id,
  enabled: true,
  tags: {},
  managed: false,
  createdOn: second,
  updatedOn: second,
  ...overrides,
});

test("newest first by creation time", () => {
  const older = version("a", { createdOn: new Date(second.getTime() - 1000) });
  assert.deepEqual(newestFirst([older, version("b")]).map((properties) => properties.version), ["b", "a"]);
});

test("a move's undo in one second: ours disabled, the previous value written back; the enabled one matches the secret's entry", () => {
  const ours = version("ours", { enabled: false });
  const restored = version("restored");
  const entry = { ...restored, version: undefined };
  assert.deepEqual(newestFirst([ours, restored], entry).map((properties) => properties.version), ["restored", "ours"]);
  assert.deepEqual(newestFirst([restored, ours], entry).map((properties) => properties.version), ["restored", "ours"]);
});

test("a tie settled by tags and content type when both are enabled", () => {
  const entry = version("", { tags: { "rotated-on": "2026-03-01" }, contentType: "text/plain" });
  const plain = version("plain");
  const rotated = version("rotated", { tags: { "rotated-on": "2026-03-01" }, contentType: "text/plain" });
  assert.equal(newestFirst([plain, rotated], entry)[0]!.version, "rotated");
});

test("being enabled outweighs attributes changed since the entry was read", () => {
  const entry = version("", { tags: { owner: "a" } });
  const ours = version("ours", { enabled: false, tags: { owner: "a" } });
  // The restored version's tags were edited after the list was read.
  const restored = version("restored", { tags: { owner: "b" }, updatedOn: new Date(second.getTime() + 5000) });
  assert.equal(newestFirst([ours, restored], entry)[0]!.version, "restored");
});

test("past a batch of versions, the newest loaded is current only when it was created when the secret's entry says", () => {
  // 1,005 versions, listed in creation order: the first 1,000 loaded stop five hours short of the current one.
  const current = version("", { createdOn: new Date("2024-02-11T20:00:00Z") });
  const newestLoaded = version("e75b02ab", { createdOn: new Date("2024-02-11T15:00:00Z") });
  assert.equal(isCurrentVersion(newestLoaded, current, false), false);
  assert.equal(isCurrentVersion(version("latest", { createdOn: new Date("2024-02-11T20:00:00Z") }), current, false), true, "the current one, loaded early");
  assert.equal(isCurrentVersion(newestLoaded, current, true), true, "every version loaded: the newest is current");
  assert.equal(isCurrentVersion(newestLoaded, { ...current, createdOn: undefined }, false), false, "no date to compare: not until all are loaded");
});
