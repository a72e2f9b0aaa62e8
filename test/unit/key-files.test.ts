// Files whose whole content is a key say so by their name only: Rails' master key.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scan } from "../../src/engine";

// (Made up for this test: 32 hexadecimal digits, as `rails credentials:edit` writes them.)
const KEY = "9c41e07b3fd85a26c7e1b04d93f8a2e5";

test("Rails' master key file and its per-environment key files are a secret, named RAILS_MASTER_KEY", async () => {
  for (const filePath of ["config/master.key", "shop/config/master.key", "config/credentials/production.key", "C:\\src\\shop\\config\\master.key"]) {
    const findings = await scan({ content: `${KEY}\n`, filePath });
    assert.equal(findings.length, 1, filePath);
    assert.equal(findings[0]!.ruleId, "rails/master-key");
    assert.equal(findings[0]!.keyName, "RAILS_MASTER_KEY");
    assert.deepEqual([findings[0]!.range.start.character, findings[0]!.range.end.character], [0, 32]);
    assert.ok(!findings[0]!.preview.includes(KEY.slice(4, -4)), "the preview is redacted");
  }
});

test("the same digits under another name, or other content in a key file, are not reported by it", async () => {
  for (const [content, filePath] of [
    [KEY, "config/other.key"],
    [KEY, "master.key"],
    [KEY, "notes/config.txt"],
    [`# the key\n${KEY}\n`, "config/master.key"],
    ["00000000000000000000000000000000", "config/master.key"],
    ["", "config/master.key"],
  ] as const) {
    const findings = await scan({ content, filePath });
    assert.deepEqual(findings.filter((finding) => finding.ruleId === "rails/master-key"), [], `${filePath}: ${JSON.stringify(content.slice(0, 12))}`);
  }
});
