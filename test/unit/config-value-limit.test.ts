// The editor lists every secret of a file but only the first N configuration values.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { limitConfigValues } from "../../src/extension/config-value-limit";

// Made-up hosts and a made-up password, assembled at run time.
const PASSWORD = "Vx8!" + "qLm2" + "Rt7#";
const lines = Array.from({ length: 40 }, (_, i) => (i % 10 === 5 ? `db_password = "${PASSWORD}${i}"` : `upstream_${i} = "10.20.${i}.7"`));
const findings = scanText({ content: lines.join("\n"), filePath: "deploy/routes.conf" });

test("every secret stays listed; configuration values past the limit are held back in text order", () => {
  const secrets = findings.filter((finding) => finding.kind === "secret");
  const configValues = findings.filter((finding) => finding.kind === "config");
  assert.equal(secrets.length, 4);
  assert.equal(configValues.length, 36);

  const { shown, omitted, firstOmitted } = limitConfigValues(findings, 10);
  assert.equal(shown.filter((finding) => finding.kind === "secret").length, 4);
  assert.deepEqual(
    shown.filter((finding) => finding.kind === "config"),
    configValues.slice(0, 10),
  );
  assert.equal(omitted, 26);
  assert.equal(firstOmitted, configValues[10]);
  // The order of the file is kept.
  assert.deepEqual(shown, findings.filter((finding) => finding.kind === "secret" || configValues.indexOf(finding) < 10));
});

test("under the limit, nothing is held back", () => {
  const { shown, omitted, firstOmitted } = limitConfigValues(findings, 36);
  assert.deepEqual(shown, findings);
  assert.equal(omitted, 0);
  assert.equal(firstOmitted, undefined);
});
