// Look-alikes found in popular npm packages (a sample drawn at random from npm's high-impact list):
// each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const RANDOM_KEY = ["Qm7vTz2LpX9", "wRk4NbY8cJ", "h3sDf6GaE1u"].join("");
const PREFIXED_KEY = ["ABC_", "Vq8mZt3KxR", "p7LwN2"].join("");


test("a `k…Key` constant that spells, without its `k`, the defaults key it holds names that key", () => {
  const constants = [
    'static NSString *const kABCJsRootKey = @"ABC_jsRoot";',
    'static NSString *const kABCJsBundleKey = @"ABC_jsBundle";',
    'static const char *kAbcJsRootKey = "abc_jsRoot";',
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${constants}\n`, "ios/ABCSettings.mm"), []);
  // A value that does not spell the constant's name is judged as before: a key under a `k` name is a key.
  assert.deepEqual(secretValuesIn(`static NSString *const kABCServiceKey = @"${RANDOM_KEY}";\n`, "ios/ABCSettings.mm"), [RANDOM_KEY]);
  assert.deepEqual(secretValuesIn(`static NSString *const kABCServiceKey = @"${PREFIXED_KEY}";\n`, "ios/ABCSettings.mm"), [PREFIXED_KEY]);
});

test("an acronym of four letters in camel case (`Http`, `Smtp`) is a piece of an identifier, as `Xml` is", () => {
  assert.deepEqual(secretValuesIn("    this._statsKey = 'session_XMLHttpRequest_' + String(name);\n", "lib/net/Request.js"), []);
  assert.deepEqual(secretValuesIn("const relayKey = 'mail_SmtpRelayHost';\n", "lib/mail.js"), []);
  assert.deepEqual(secretValuesIn("const renderKey = 'widget_HtmlRenderer';\n", "lib/render.js"), []);
  // A random value with a capital and three consonants in it is still a key.
  const random = ["Wd4x_Ktrp", "Hq9ZmV2sLc7NbT"].join("");
  assert.deepEqual(secretValuesIn(`const relayKey = '${random}';\n`, "lib/mail.js"), [random]);
});
