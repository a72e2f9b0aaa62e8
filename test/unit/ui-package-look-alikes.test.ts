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
