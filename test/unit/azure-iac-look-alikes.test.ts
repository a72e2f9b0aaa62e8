// Look-alikes found in a review of Azure infrastructure code (ARM and Bicep templates, Terraform,
// Azure CLI and PowerShell deployment scripts, pipelines, Helm and Kubernetes manifests): each case
// pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_PASSWORD = ["Kq7mPz", "2Lk9Wx"].join("");

const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("a shell fills in a camelCase variable inside a double-quoted value (a password ending in `-$randomIdentifier`)", () => {
  const script = (value: string) => `let randomIdentifier=$RANDOM*$RANDOM\nlogin="azureuser"\npassword="${value}"\naz sql server create --admin-user $login --admin-password $password\n`;
  assert.deepEqual(found(script("Pa$$w0rD-$randomIdentifier"), "sql-database/create-database.sh"), []);
  assert.deepEqual(found(script("Sample-${storageAccountName}-9"), "deploy/create.sh"), []);
  // A literal password is reported in the same place, and so is one whose `$` sits among random
  // characters (`$mTz9Lp` reads as no words).
  assert.deepEqual(found(script(RANDOM_PASSWORD), "sql-database/create-database.sh"), [RANDOM_PASSWORD]);
  const dollarInside = ["Xw4-$mTz9Lp", "Qr"].join("");
  assert.deepEqual(found(script(dollarInside), "sql-database/create-database.sh"), [dollarInside]);
  // Single quotes keep the `$` as written: the value is the literal text.
  const singleQuoted = `password='Pa$$w0rD-$randomIdentifier'\n`;
  assert.deepEqual(found(singleQuoted, "sql-database/create-database.sh"), ["Pa$$w0rD-$randomIdentifier"]);
  // Python does not fill `$name` in.
  assert.deepEqual(found(`password = "Pa$$w0rD-$randomIdentifier"\n`, "deploy/settings.py"), ["Pa$$w0rD-$randomIdentifier"]);
});
