// Look-alikes found in a held-out sample of Debian source packages (upstream trees with their
// tests): each case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Wm4", "Tz8", "Qx2p"].join("");


test("a Perl test's checks chained by `->` after a bare value (`{'X-Pass' => 1})->status_is(200)`) are code; a bare generated password there is not", () => {
  const chained = `$t->get_ok('/staged' => {'X-Pass' => 1})->status_is(200)->header_is(Server => 'Acme (Perl)')\n`;
  assert.deepEqual(secretValuesIn(chained, "t/app/staged.t"), []);
  // …nor a method reached by the arrow after a call's bare argument in a page of text.
  assert.deepEqual(secretValuesIn(`$client->login(password => 1)->andWhere($filter)\n`, "docs/auth.txt"), []);
  // A generated password given bare under the same name is reported, and one with an arrow in it.
  assert.deepEqual(secretValuesIn(`$t->get_ok('/staged' => {'X-Pass' => ${GENERATED_PASSWORD}});\n`, "t/app/staged.t"), [GENERATED_PASSWORD]);
  const withArrow = ["Zr8k", "->Lp4wTn7"].join("");
  assert.deepEqual(secretValuesIn(`password => ${withArrow}\n`, "docs/auth.txt"), [withArrow]);
});

test("a format's statement closed by its `;` in a string (a STEP file's `ISO-10303-21;`) is judged without the `;`; a generated token ending in one is reported", () => {
  assert.deepEqual(secretValuesIn(`static const char *ISO_Token = "ISO-10303-21;";\n`, "code/Step/FileReader.cpp"), []);
  assert.deepEqual(secretValuesIn(`CHARSET_TOKEN = "ISO-8859-15;"\n`, "step/reader.py"), []);
  // A random token is reported whether or not a `;` closes it.
  const generated = ["Kx9", "-27Qm", "-84Lz"].join("");
  assert.deepEqual(secretValuesIn(`static const char *Api_Token = "${generated};";\n`, "code/Step/Client.cpp"), [`${generated};`]);
  assert.deepEqual(secretValuesIn(`static const char *Api_Token = "${generated}";\n`, "code/Step/Client.cpp"), [generated]);
});
