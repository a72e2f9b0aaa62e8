// Where name-evidenced findings are examples by convention: Ansible's documentation strings in
// Python modules and doctest lines anywhere.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentationRegions } from "../../src/engine/documentation-regions";

test("Ansible's EXAMPLES, DOCUMENTATION and RETURN strings are documentation up to their closing quotes", () => {
  const content = ["EXAMPLES = r'''", "password: a", "'''", "SETTINGS = '''", "password: b", "'''", 'RETURN = """', "token: c", '"""', "after = 1"].join("\n");
  const regions = new DocumentationRegions(content, "plugins/modules/user.py");
  assert.equal(regions.has(content.indexOf("password: a")), true);
  assert.equal(regions.has(content.indexOf("password: b")), false);
  assert.equal(regions.has(content.indexOf("token: c")), true);
  assert.equal(regions.has(content.indexOf("after")), false);
});

test("an EXAMPLES string left open runs to the end; other languages have no such strings", () => {
  const open = "EXAMPLES = '''\npassword: a\n";
  assert.equal(new DocumentationRegions(open, "m.py").has(open.indexOf("password")), true);
  assert.equal(new DocumentationRegions(open, "m.rb").has(open.indexOf("password")), false);
});

test("doctest lines are documentation in any file; the lines around them are not", () => {
  const content = "Usage:\n\n    >>> client = Client(password='x')\n    password = 'y'\n";
  const regions = new DocumentationRegions(content, "README.md");
  assert.equal(regions.has(content.indexOf("password='x'")), true);
  assert.equal(regions.has(content.indexOf("password = 'y'")), false);
});
