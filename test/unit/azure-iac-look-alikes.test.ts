// Look-alikes found in a review of Azure infrastructure code (ARM and Bicep templates, Terraform,
// Azure CLI and PowerShell deployment scripts, pipelines, Helm and Kubernetes manifests): each case
// pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_PASSWORD = ["Kq7mPz", "2Lk9Wx"].join("");


test("a shell fills in a camelCase variable inside a double-quoted value (a password ending in `-$randomIdentifier`)", () => {
  const script = (value: string) => `let randomIdentifier=$RANDOM*$RANDOM\nlogin="azureuser"\npassword="${value}"\naz sql server create --admin-user $login --admin-password $password\n`;
  assert.deepEqual(secretValuesIn(script("Pa$$w0rD-$randomIdentifier"), "sql-database/create-database.sh"), []);
  assert.deepEqual(secretValuesIn(script("Sample-${storageAccountName}-9"), "deploy/create.sh"), []);
  // A literal password is reported in the same place, and so is one whose `$` sits among random
  // characters (`$mTz9Lp` reads as no words).
  assert.deepEqual(secretValuesIn(script(RANDOM_PASSWORD), "sql-database/create-database.sh"), [RANDOM_PASSWORD]);
  const dollarInside = ["Xw4-$mTz9Lp", "Qr"].join("");
  assert.deepEqual(secretValuesIn(script(dollarInside), "sql-database/create-database.sh"), [dollarInside]);
  // Single quotes keep the `$` as written: the value is the literal text.
  const singleQuoted = `password='Pa$$w0rD-$randomIdentifier'\n`;
  assert.deepEqual(secretValuesIn(singleQuoted, "sql-database/create-database.sh"), ["Pa$$w0rD-$randomIdentifier"]);
  // Python does not fill `$name` in.
  assert.deepEqual(secretValuesIn(`password = "Pa$$w0rD-$randomIdentifier"\n`, "deploy/settings.py"), ["Pa$$w0rD-$randomIdentifier"]);
});
