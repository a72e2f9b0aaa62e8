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

test("code that holds one folder of translations per locale (DokuWiki's, Roundcube's) gives labels, not secrets", () => {
  const php = "<?php\n$lang['pass'] = 'Wachtwoord';\n$lang['user_pass'] = 'proxy-пароль';\n$labels['password'] = 'Contraseña';\n$lang['check-pass'] = 'ユーザーのパスワードを確認する（空欄可）';\n";
  for (const file of [
    "inc/lang/nl/lang.php", "lib/plugins/usermanager/lang/ca-valencia/lang.php", "program/localization/es_419/labels.inc",
    "program/localization/ast/labels.inc", "adminer/lang/bs.inc.php",
  ]) {
    assert.equal(scanText({ content: php, filePath: file }).length, 0, file);
  }
  // A `lang` folder without a locale folder is code like any other (Java's `java/lang/`): the
  // three one-word values are reported there (the Japanese sentence is prose anywhere).
  assert.equal(scanText({ content: php, filePath: "src/lang/db.php" }).length, 3);
  // Nor is a three-letter folder that names no language.
  assert.equal(scanText({ content: php, filePath: "src/lang/api/db.php" }).length, 3);
  // Digits still make a value a password, in a locale's folder too.
  assert.equal(scanText({ content: "<?php\n$lang['pass'] = 'Wachtwoord2024';\n", filePath: "inc/lang/nl/lang.php" }).length, 1);
});

test("messages with parameters, sentence punctuation and other scripts are labels in translation files", () => {
  const lang = `$PALANG['pPassword_recovery_email_body'] = "Hello,\\n\\nUse this link to change your email password :\\n%s\\n\\nRegards";\n$PALANG['pFetchmail_password_missing'] = 'Wachtwoord!';\n`;
  assert.equal(scanText({ content: lang, filePath: "languages/nl.lang" }).length, 0, "a .lang file under languages/");
  const json = `{\n  "createaccount-text": "Username:\\n$1\\n\\nTemporary password: \\n$2",\n  "wrongpassword": "รหัสผ่านไม่ถูกต้อง (ลองอีกครั้ง)"\n}\n`;
  assert.equal(scanText({ content: json, filePath: "languages/i18n/th.json" }).length, 0, "MediaWiki's i18n JSON");
  assert.equal(scanText({ content: `{ "yourpassword": "Mizmak：" }\n`, filePath: "languages/i18n/za.json" }).length, 0, "a full-width colon");
  const yaml = "es:\n  setting_lost_password: ¿Olvidaste la contraseña?\n  error_ldap_bind_credentials: Cuenta/Contraseña LDAP incorrecta\n";
  assert.equal(scanText({ content: yaml, filePath: "config/locales/es.yml" }).length, 0, "Redmine's locale YAML");
  const php = "<?php\n$messages['passwordnoseq'] = 'パスワードは123456やQWERTYの様な連続にしてはなりません。';\n";
  assert.equal(scanText({ content: php, filePath: "plugins/password/localization/ja_JP.inc" }).length, 0, "a file per locale");
});

test("a .strings file named by a bare language, with a region, script or variant, holds labels", () => {
  const strings = `DLG_Password_Password="Kennwort:"\nDLG_Login_Secret="Gizli anahtar"\n`;
  for (const file of ["share/app/strings/eo.strings", "share/app/strings/cy-GB.strings", "share/app/strings/sr@latin.strings", "share/app/strings/ast-ES.strings"]) {
    assert.deepEqual(scanText({ content: strings, filePath: file }).filter((finding) => finding.kind === "secret"), [], file);
  }
  // A random value is still a secret there, and a .strings file named for no language is no translation.
  const random = `DLG_Api_Token="Vq8Lz2Pw7Rk4Xt9Bn3Hc"\n`;
  assert.equal(scanText({ content: random, filePath: "share/app/strings/eo.strings" }).filter((finding) => finding.kind === "secret").length, 1);
  assert.ok(scanText({ content: strings, filePath: "share/app/strings/server.strings" }).some((finding) => finding.kind === "secret"));
});

test("VS Code's localization files hold message keys and messages, not hosts", () => {
  const keys = `[["vs/notes",["notes.store.auto","notes.sync.cloud","notes.store.local"]],["vs/notesView",["notesDisabled","notes.view.local"]]]\n`;
  const configIn = (file: string) => scanText({ content: keys, filePath: file }).filter((finding) => finding.kind === "config");
  for (const file of ["lib/vscode/out/nls.keys.json", "out/nls.messages.json", "nls.metadata.json", "package.nls.json", "package.nls.zh-cn.json"]) {
    assert.deepEqual(configIn(file), [], file);
  }
  // The same dotted names in a settings file are read as hosts.
  assert.ok(configIn("config/hosts.json").length > 0, "a settings file");
  assert.ok(configIn("config/nlsettings.json").length > 0, "a name that only starts like nls");
});
