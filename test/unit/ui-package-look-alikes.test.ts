// Look-alikes found in npm packages for user interfaces (components, themes, icons, editors): each
// case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_TOKEN = ["Tq8mZw4Lp9", "Rk2VxN3cHs"].join("");

test("a Monarch tokenizer's token class with a group spliced in (`keyword.$0`) names a colour, not a token", () => {
  const language = [
    "export const language = {",
    "  tokenizer: {",
    '    root: [[/[a-z_]\\w*/, { cases: { "@keywords": { token: "keyword.$0" }, "@default": "identifier" } }],',
    '      [/(\\.)(@docWords)/, { token: "comment.doc.$2" }],',
    '      [/end\\s+(if|loop)/, { token: "keyword.tag-$1" }],',
    '      [/"/, { token: "string.$S2.delim", next: "@pop" }]],',
    "  },",
    "};",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${language}\n`, "dist/basic-languages/mylang.js"), []);
  // A random token, with or without a `$` in it, and a password of a word and a group's shape, are found as before.
  assert.deepEqual(secretValuesIn(`const client = { token: "${RANDOM_TOKEN}" };\n`, "lib/client.js"), [RANDOM_TOKEN]);
  const dollarToken = `${RANDOM_TOKEN.slice(0, 5)}.$4${RANDOM_TOKEN.slice(5)}`;
  assert.deepEqual(secretValuesIn(`const client = { token: "${dollarToken}" };\n`, "lib/client.js"), [dollarToken]);
  assert.deepEqual(secretValuesIn('const db = { password: "winter.$7" };\n', "lib/db.js"), ["winter.$7"]);
});

test("a style property named for a token (`@_my_Token_BorderColor`, `tokenIconWidth`) is how a token is drawn; a token's own value is found", () => {
  const theme = [
    "@_my_Token_BorderColor: darken(@myButtonBackground, 10);",
    "@_my_Token_IconWidth: @myFontSizeSmall;",
    "@myButton_TokenBackground: lighten(@myBaseColor, 15);",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${theme}\n`, "src/themes/base/Token.less"), []);
  assert.deepEqual(secretValuesIn('const theme = { tokenHoverColor: "rgba(12,34,56,0.8)", tokenChipWidth: "calc(100% - 2rem)" };\n', "src/theme.js"), []);
  // A token under a name that ends in a token's word is still one.
  assert.deepEqual(secretValuesIn(`const client = { colorServiceToken: "${RANDOM_TOKEN}" };\n`, "src/theme.js"), [RANDOM_TOKEN]);
});

test("a package's pre-release version with a hyphen (`2.0.0-beta-12`) under a package named for tokens is a version", () => {
  const manifest = ['{', '  "name": "my-icons",', '  "peerDependencies": {', '    "my-design-token": "2.0.0-beta-12",', '    "auth-token-kit": "^1.4.0-rc-3"', "  }", "}"].join("\n");
  assert.deepEqual(secretValuesIn(`${manifest}\n`, "package.json"), []);
  // A random build part after a version is still a secret.
  const built = `1.2.3+${RANDOM_TOKEN}`;
  assert.deepEqual(secretValuesIn(`const session = { token: "${built}" };\n`, "lib/session.js"), [built]);
});

test("a CSS attribute selector (`input[type=\"password\"]`) under a password's name chooses an element; a password there is found", () => {
  const plugin = [
    "const SELECTOR_PASSWORD = 'input[data-my-input][type=\"password\"]';",
    "const SELECTOR_TOGGLE_PASSWORD = \"button[aria-controls='password']\";",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${plugin}\n`, "src/js/plugins/input-password.js"), []);
  const password = "Tq8m[Zw4]Lp9!";
  assert.deepEqual(secretValuesIn(`const ADMIN_PASSWORD = '${password}';\n`, "src/js/admin.js"), [password]);
});

test("an entity's key (`entityKey: \"order01\"`) names a record; a credential's key is found", () => {
  assert.deepEqual(secretValuesIn('const history = { __typename: "History", entityKey: "customer01", timeStamp: when };\n', "dist/containers/mocks.js"), []);
  assert.deepEqual(secretValuesIn(`const client = { serviceKey: "${RANDOM_TOKEN}" };\n`, "dist/containers/client.js"), [RANDOM_TOKEN]);
});
