// A block string's opener, found at the end of its line: the cheap look at the line's end that
// comes before the regex must never turn away a line the regex reads.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BLOCK_STRING_OPENER, openerOnLine } from "../../src/engine/block-string-opener";

/** The opener on `line`, read as the middle line of a text, as the rule reads it (in a Nix file, where `''` opens one too). */
const openerOf = (line: string) => openerOnLine(`first\n${line}\nlast`, 6, 6 + line.length, true);

test("every opener the regex reads is found on its line; other endings are not", () => {
  const openers = [
    'let apiKey = """', "    static let token: String = #\"\"\"", 'var s = $"""  ', "API_KEY = r'''", 'x["api_key"] = """\r',
    "admin_password = <<-EOT", "TOKEN = <<~'KEY'", 'TOKEN = <<"KEY"', "$password = <<<EOT", "$key = <<< 'EOT'",
    "password = ''", '$password = @"', "$token = @'", 'var apiKey = """"', "API_KEY = <<~EOS.chomp", '  "api_key" => <<~EOS,', '$env:API_KEY = @"',
  ];
  for (const line of openers) {
    assert.ok(BLOCK_STRING_OPENER.test(line), `the regex reads ${line}`);
    assert.ok(openerOf(line), `found on ${line}`);
  }
  for (const line of ['const token = "abc"', "token = ''.join(parts)", "if (a << b) token = c;", "", "   ", 'api_key = ""', "key: value", "    TokenFlag = 1 << 3,", "mask = token << 8;"]) {
    assert.equal(openerOf(line), null, line);
  }
});
