// What the lines around a value say of it: a secret that repeats its sibling id's value, and a
// two-letter name in a table of codes (ISO 3166's PW is Palau), are no secrets.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;

test("a secret equal to its sibling id or user is a stand-in; equal to another name's value, or further away, it is a secret", () => {
  assert.equal(found('ORDERS_CLIENT_ID = "billing-web"\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 0);
  assert.equal(found('smtp:\n  user: mailer\n  host: mail.lan\n  password: mailer\n', "config.yml"), 0);
  assert.equal(found('BILLING_CLIENT_ID = "billing-web"\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 1, "another stem");
  assert.equal(found('ORDERS_CLIENT_ID = "billing-web"\n\n\n\n\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 1, "too far");
  // A random token some services take as both the user and the password.
  const token = ["Qz7m", "K2pW", "9xR4", "tL8v", "N3bC"].join("");
  assert.equal(found(`SMTP_USER=${token}\nSMTP_PASSWORD=${token}\n`, ".env"), 1, "a random value is a secret whoever else holds it");
  assert.equal(found(`[mail]\nuser = ${token}\npassword = ${token}\n`, "app.ini"), 1);
});

test("a two-letter code among rows of other codes is a table's; alone, or with a password's value, it is a name", () => {
  const rows = (pw: string) => `{ "PT", "e-Potukali" },\n{ "PW", "${pw}" },\n{ "PY", "e-Paraguay" },\n`;
  assert.equal(found(rows("e-Palau"), "Names.java"), 0);
  assert.equal(found(rows(["Wq7t", "Zr2x!", "Lm9v"].join("")), "Names.java"), 1, "not a place's name");
  assert.equal(found('{ "PW", "e-Palau" },\n', "Names.java"), 1, "no table around it");
});

test("a code table's place names may be written in letters of any script; a value with digits there is still a password", () => {
  const rows = (pw: string) => `return [\n    'PT' => 'Portugalio',\n    'PW' => '${pw}',\n    'PY' => 'Paragvajo',\n];\n`;
  assert.equal(found(rows("Palaŭinsulo"), "regions/eo.php"), 0);
  assert.equal(found(rows("Pälaü-Inseln"), "regions/de.php"), 0);
  assert.equal(found(rows(["Pŭ7", "Kz2", "Wq9"].join("")), "regions/eo.php"), 1, "digits are no place's name");
  assert.equal(found(`$cfg = [\n    'PW' => 'Palaŭinsulo',\n];\n`, "config.php"), 1, "no table around it");
});

test("a list of one API's names wrapped two to a line is no name and value; a random value in it, or two names alone, still are", () => {
  const list = (value: string) =>
    `$keywords = array(\n    'QxAPI_CreateFont', 'QxAPI_CreateWindow',\n    'QxAPI_RefreshTokenEx', '${value}',\n    'QxAPI_ReleaseFont', 'QxAPI_ResizeWindow',\n);\n`;
  assert.equal(found(list("QxAPI_DwmSetWindowAttribute"), "langs/qx.php"), 0);
  assert.equal(found(list(["Vb7", "nWq2", "Lz9k", "Tr4m", "Hp6c"].join("")), "langs/qx.php"), 1, "a random value after the name");
  assert.equal(found(`$keywords = array(\n    'QxAPI_RefreshTokenEx', 'QxAPI_DwmSetWindowAttribute',\n);\n`, "langs/qx.php"), 1, "no list around it");
});

test("a password key among other input types' keys is a row of a table keyed by input type; a random value, or no such table, is a password", () => {
  const table = (value: string) => `const eventFor = {\n  'text': 'input',\n  'hidden': 'input',\n  'password': '${value}',\n  'radio': 'click',\n  'submit': 'click'\n};\n`;
  assert.equal(found(table("bullet"), "forms.js"), 0);
  assert.equal(found(`var w={text:"field",checkbox:"toggle",password:"secure",reset:"action"};\n`, "forms.js"), 0, "the table on one line");
  assert.equal(found(table(["Wq7t", "Zr2x", "Lm9v", "Kp4d"].join("")), "forms.js"), 1, "a random value");
  assert.equal(found(`const login = {\n  user: 'ops',\n  password: 'bullet'\n};\n`, "login.js"), 1, "no table of input types around it");
});

test("a bare token of a shop's order, checkout or cart object is its reference; a token of any other object is a credential", () => {
  const reference = ["7d2e", "a91c", "04bf", "e83a", "5c16", "d9f0", "2b7e", "64ac"].join("");
  const members = Array.from({ length: 40 }, (_, i) => `"field_${i}": "value ${i}"`).join(", ");
  assert.equal(found(`respond(JSON.stringify({"order": {"id": 1001, ${members}, "token": "${reference}"}}));\n`, "src/orders.ts"), 0);
  assert.equal(found(`respond(JSON.stringify({"checkouts": [{"id": 1}, {"id": 2, "token": "${reference}"}]}));\n`, "src/checkouts.ts"), 0, "an array's element");
  assert.equal(found(`await Checkout.find({\n  session,\n  token: "${reference}",\n});\n`, "src/checkouts.ts"), 0, "a call on the class");
  assert.equal(found(`const bot = {"telegram": {"id": 1001, "token": "${reference}"}};\n`, "src/bot.ts"), 1, "another object's token");
  assert.equal(found(`await Client.connect({\n  token: "${reference}",\n});\n`, "src/bot.ts"), 1, "a call on another class");
  assert.equal(found(`const order = {"id": 1001, "api_token": "${reference}"};\n`, "src/orders.ts"), 1, "a qualified token in an order");
});
