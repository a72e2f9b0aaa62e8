// The one table of lookups with a default (src/engine/lookups/idioms.ts): every idiom in it names
// its default for the engine and is known to the "Move to App Configuration" fix, which takes the
// default out where it may and refuses it elsewhere, so the two cannot drift apart again.
import assert from "node:assert/strict";
import { test } from "node:test";
import { LOOKUP_IDIOMS, type LookupLanguage } from "../../src/engine/lookups/idioms";
import { lookupDefaultName, lookupDefaultsInLine } from "../../src/engine/rules/lookup-defaults";
import { fallbackAt } from "../../src/fixes/fallback-read";
import { fileKindOf } from "../../src/fixes/file-kind";
import { inCommentAt } from "../../src/fixes/literals";

/** A file of each language the move rewrites defaults in. */
const FILES: Readonly<Record<LookupLanguage, string>> = {
  javascript: "src/config.ts",
  python: "app/settings.py",
  csharp: "Api/Program.cs",
  java: "src/main/java/App.java",
  kotlin: "src/main/kotlin/App.kt",
  groovy: "src/main/groovy/App.groovy",
  go: "cmd/main.go",
  ruby: "config/app.rb",
  php: "config/app.php",
  rust: "src/main.rs",
  c: "src/main.c",
  cpp: "src/main.cpp",
  perl: "script/deploy.pl",
  lua: "scripts/app.lua",
};

function defaultIn(example: string): { start: number; end: number } {
  const start = example.indexOf("DEFAULT");
  assert.notEqual(start, -1, example);
  return { start, end: start + "DEFAULT".length };
}

test("each idiom's default is named by the read, for the engine's names and the generic rule's", () => {
  for (const idiom of LOOKUP_IDIOMS) {
    const { start, end } = defaultIn(idiom.example);
    assert.equal(lookupDefaultName(idiom.example, start), idiom.name, idiom.example);
    // (The generic rule reads one line at a time: the examples on two lines are named from their last.)
    const lines = idiom.example.split("\n");
    if (lines.length === 1) assert.deepEqual(lookupDefaultsInLine(idiom.example).map((found) => [found.name, ...found.value]), [[idiom.name, start, end]], idiom.example);
  }
});

test("each idiom's default is taken out by the move where the read alone means the same, under the name read", () => {
  for (const idiom of LOOKUP_IDIOMS) {
    for (const language of idiom.movesIn ?? []) {
      const text = `${idiom.example}\n`;
      const found = fallbackAt(text, FILES[language], fileKindOf(FILES[language], text), defaultIn(text));
      assert.ok(found && "fallback" in found, `${language}: ${idiom.example}`);
      assert.equal(found.fallback.name, idiom.name, idiom.example);
      assert.equal(found.fallback.source, idiom.source, idiom.example);
    }
  }
});

test("elsewhere the fix knows the default is a read's and refuses to give the setting a second source", () => {
  for (const idiom of LOOKUP_IDIOMS) {
    for (const [language, file] of Object.entries(FILES)) {
      if (idiom.movesIn?.includes(language as LookupLanguage)) continue;
      const text = `${idiom.example}\n`;
      // (In Rust `'…'` is a character, no string: there is no literal to move.)
      if (language === "rust" && text[defaultIn(text).start - 1] === "'") continue;
      // (Nor where the default is a comment: Perl's `$ENV{X} // '…'` in a language whose comments open with `//`.)
      if (inCommentAt(text, language as LookupLanguage, defaultIn(text))) continue;
      const found = fallbackAt(text, file, fileKindOf(file, text), defaultIn(text));
      assert.ok(found !== undefined, `${language}: ${idiom.example}`);
      // (Another language's idiom of the same text may take it apart: then under the same name.)
      if ("fallback" in found) assert.equal(found.fallback.name, idiom.name, `${language}: ${idiom.example}`);
    }
  }
});
