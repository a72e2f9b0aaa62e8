// DomainSet looks a host's suffixes up instead of comparing it with every listed name; both ways
// must agree, on seeded random hosts built from labels that are and are not listed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DomainSet } from "../../src/engine/rules/domain-set";

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test("covers and isParentOf answer as endsWith over the list does", () => {
  const names = ["windows.net", "core.windows.net", "local", "home.arpa", "example.com", "a.b"];
  const set = new DomainSet(names);
  const random = seeded(19);
  const labels = ["windows", "net", "core", "blob", "local", "home", "arpa", "example", "com", "a", "b", "", "x-y", "."];
  for (let round = 0; round < 20_000; round++) {
    const host = Array.from({ length: Math.floor(random() * 5) }, () => labels[Math.floor(random() * labels.length)]!).join(".");
    assert.equal(set.covers(host), names.some((name) => host === name || host.endsWith(`.${name}`)), host);
    assert.equal(set.isParentOf(host), names.some((name) => host.endsWith(`.${name}`)), host);
  }
});
