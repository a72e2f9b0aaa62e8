// Translation files say what the user interface says: `"password": "Kennwort"` is a label there.
// Only labels (letters and spaces) are let go, and only in files named or placed as translations.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const labels = `{\n  "auth": {\n    "password": "Kennwort",\n    "secret": "Geheimnis",\n    "passwordConfirm": "Kennwort bestätigen",\n    "token": "Contraseña"\n  }\n}\n`;
const secrets = (file: string) => scanText({ content: labels, filePath: file }).filter((finding) => finding.kind === "secret");

test("labels under secret names in translation files are not secrets", () => {
  for (const file of ["src/locales/de.json", "i18n/es.yaml", "app/src/main/res/values-nl/strings.json", "Resources/Strings.de-DE.resx", "messages_fr.properties"]) {
    assert.equal(secrets(file).length, 0, file);
  }
});

test("the same values elsewhere, and values with digits in translation files, are still reported", () => {
  assert.ok(secrets("config/appsettings.json").length > 0, "a config file");
  assert.ok(secrets("deploy/db.json").length > 0, "a file named like a two-letter word that is no locale");
  // Named by a locale code alone, or by a Spring profile, an id or a CA: not translations.
  for (const file of ["config/application-it.yml", "deploy/es.json", "certs/root-ca.json", "secrets/client-id.json"]) assert.ok(secrets(file).length > 0, file);
  // A folder named lang/ holds code too.
  assert.equal(scanText({ content: 'password = "Mapleorchard"\n', filePath: "src/lang/db.py" }).length, 1);
  // A region makes a locale name plain: `en-US.json`.
  assert.equal(secrets("web/en-US.json").length, 0);
  const digits = scanText({ content: `{ "password": "Kennwort2024" }\n`, filePath: "locales/de.json" });
  assert.equal(digits.length, 1);
});
