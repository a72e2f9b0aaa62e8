// The cheap check before the opener's regex must never turn away a line the regex matches.
import assert from "node:assert/strict";
import { test } from "node:test";
import { BLOCK_STRING_OPENER, mayEndWithOpener } from "../../src/engine/block-string-opener";

test("every opener passes the check; lines that end otherwise do not reach the regex", () => {
  const openers = [
    'let apiKey = """', "    static let token: String = #\"\"\"", 'var s = $"""  ', "API_KEY = r'''", 'x["api_key"] = """\r',
    "admin_password = <<-EOT", "TOKEN = <<~'KEY'", 'TOKEN = <<"KEY"', "$password = <<<EOT", "$key = <<< 'EOT'",
    "password = ''", '$password = @"', "$token = @'", 'var apiKey = """"', "API_KEY = <<~EOS.chomp", '  "api_key" => <<~EOS,', '$env:API_KEY = @"',
  ];
  for (const line of openers) {
    assert.ok(BLOCK_STRING_OPENER.test(line), `the regex reads ${line}`);
    assert.ok(mayEndWithOpener(line), `the check lets ${line} through`);
  }
  for (const line of ['const token = "abc"', "token = ''.join(parts)", "if (a << b) token = c;", "", "   ", 'api_key = ""', "key: value"]) {
    assert.equal(mayEndWithOpener(line) && BLOCK_STRING_OPENER.test(line), false, line);
  }
  for (const line of ['const token = "abc"', "key: value", 'api_key = ""', "    TokenFlag = 1 << 3,", "mask = token << 8;"]) assert.equal(mayEndWithOpener(line), false, line);
});
