// Where name-evidenced findings are examples by convention: Ansible's, the Azure CLI's and the Google
// Cloud CLI's documentation strings, reStructuredText :example: fields and literal blocks in Python
// modules, `examples: |` blocks in YAML, and doctest lines and their output anywhere.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
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

test("doctest lines are documentation in any file; the lines before them and after a blank line are not", () => {
  const content = "Usage:\n    password = 'w'\n    >>> client = Client(password='x')\n\n    password = 'y'\n";
  const regions = new DocumentationRegions(content, "README.md");
  assert.equal(regions.has(content.indexOf("password = 'w'")), false);
  assert.equal(regions.has(content.indexOf("password='x'")), true);
  assert.equal(regions.has(content.indexOf("password = 'y'")), false);
});

test("the Azure CLI's help entries are documentation up to their closing quotes; other subscripts are not", () => {
  const content = ["helps['vm create'] = \"\"\"", "text: az vm create --admin-password a", '"""', "settings['vm create'] = \"\"\"", "password: b", '"""', 'helps["vm show"] = r\'\'\'', "text: --secret c", "'''"].join("\n");
  const regions = new DocumentationRegions(content, "azure/cli/command_modules/vm/_help.py");
  assert.equal(regions.has(content.indexOf("--admin-password a")), true);
  assert.equal(regions.has(content.indexOf("password: b")), false);
  assert.equal(regions.has(content.indexOf("--secret c")), true);
});

test("an :example: field is documentation to the end of its indented block", () => {
  const content = [
    '    """Create a gateway.',
    "",
    "    :example: Create one.",
    "        az gateway create --shared-key a",
    "",
    "            --radius-secret b",
    "    The key below is real.",
    '    """',
    '    key = "c"',
  ].join("\n");
  const regions = new DocumentationRegions(content, "_create.py");
  assert.equal(regions.has(content.indexOf("--shared-key a")), true);
  assert.equal(regions.has(content.indexOf("--radius-secret b")), true);
  assert.equal(regions.has(content.indexOf("The key below")), false);
  assert.equal(regions.has(content.indexOf('key = "c"')), false);
  assert.equal(new DocumentationRegions(content, "create.ts").has(content.indexOf("--shared-key a")), false);
});

/** For each snippet of `content`: whether DocumentationRegions counts the place it starts as documentation. */
function assertDocumentation(content: string, filePath: string, expected: Record<string, boolean>): void {
  const regions = new DocumentationRegions(content, filePath);
  for (const [snippet, documentation] of Object.entries(expected)) assert.equal(regions.has(content.indexOf(snippet)), documentation, snippet);
}

test("Ruby's and Elixir's interactive sessions are documentation as Python's are, with their output", () => {
  const content = ["```irb", "irb> person.password = 'a'", "irb(main):002:0> person.password_digest", '=> "b"', "", "person.password = 'c'", "iex(1)> Repo.insert(%{password: \"d\"})", "```"].join("\n");
  assertDocumentation(content, "active_model_basics.md", { "password = 'a'": true, '=> "b"': true, "password = 'c'": false, 'password: "d"': true });
});

test("a doctest's output is documentation up to a blank line or the end of the docstring", () => {
  const content = ["    >>> session.fetch()", "    {", "        'token': 'a',", "    }", "", "    token = 'b'", "    >>> f()", '    """', "    token = 'c'"].join("\n");
  assertDocumentation(content, "session.py", { "'token': 'a'": true, "token = 'b'": false, "token = 'c'": false });
});

test("a literal block after `::` is documentation in Python, not after a comment that ends so", () => {
  const content = ["    The settings look like this::", "", "        password = 'a'", "", "    password = 'b'", "if ready:  # see the docs::", "    password = 'c'"].join("\n");
  assertDocumentation(content, "settings.py", { "password = 'a'": true, "password = 'b'": false, "password = 'c'": false });
  assertDocumentation(content, "settings.rb", { "password = 'a'": false });
});

test("the Google Cloud CLI's EXAMPLES entries and docstring sections are documentation; a comment heading is not", () => {
  const content = [
    "detailed_help = {'EXAMPLES': \"\"\"",
    "  $ {command} --password a",
    '  """}',
    '"""Widgets.',
    "## EXAMPLES",
    "  $ {command} --password b",
    '"""',
    "## EXAMPLES",
    "password = 'c'",
  ].join("\n");
  assertDocumentation(content, "create.py", { "--password a": true, "--password b": true, "password = 'c'": false });
});

test("a YAML `examples: |` block is documentation to the end of its indented lines", () => {
  const content = ["help_text:", "  examples: |", "    $ {command} --password a", "", "    More text.", "  password: b"].join("\n");
  assertDocumentation(content, "create.yaml", { "--password a": true, "password: b": false });
  assertDocumentation(content, "create.json", { "--password a": false });
});

test("what a YAML `example:` key holds, in any form, and a `description: |` block are documentation", () => {
  const content = [
    "Swarm:",
    "  properties:",
    "    JoinToken:",
    "      description: |",
    "        The token, for example:",
    "        ```",
    '        {"password": "a"}',
    "        ```",
    "      type: string",
    "  example:",
    '    JoinToken: "b"',
    '  x-example: "password=c"',
    '  password: "d"',
  ].join("\n");
  assertDocumentation(content, "swagger.yaml", { '"password": "a"': true, 'JoinToken: "b"': true, "password=c": true, 'password: "d"': false, "type: string": false });
  // A list item's other keys are its siblings, and an example on its key's line ends there.
  const item = ["- example: api", '  api_token: "e"', "- examples:", '    - token: "f"', '  token: "g"'].join("\n");
  assertDocumentation(item, "values.yaml", { "example: api": true, 'api_token: "e"': false, 'token: "f"': true, 'token: "g"': false });
});

test("a Javadoc <pre> block and an @example tag are documentation inside a /** comment only", () => {
  const content = [
    "/**",
    " * Opens a connection.",
    " * <pre>{@code",
    ' *   builder.password("a").build();',
    " * }</pre>",
    ' * password("b") after the block is prose.',
    " * @example",
    " *   connect({ password: 'c' });",
    " * @param url where",
    ' *   password = "d"',
    " */",
    'String html = "<pre>"; String password = "e";',
    "String glob = \"src/**/*.java\"; // @example",
    'String token = "f";',
  ].join("\n");
  assertDocumentation(content, "Connection.java", {
    'password("a")': true,
    'password("b")': false,
    "password: 'c'": true,
    'password = "d"': false,
    'password = "e"': false,
    'token = "f"': false,
  });
});

test("C#'s <example> and <code>, and fences in /// comments, are documentation to their close or the comment's end", () => {
  const content = [
    "/// <summary>Returns <code>password=\"a\"</code> for the sample.</summary>",
    '/// <remarks>password="b"</remarks>',
    "/// <example>",
    '/// var client = new Client(password: "c");',
    "/// </example>",
    '/// <param name="password">password="d"</param>',
    "/// <code>",
    '/// client.Token = "e";',
    'public string Password = "f";',
    "/// ```",
    '/// let token = "g";',
    "/// ```",
    'let token = "h";',
  ].join("\n");
  assertDocumentation(content, "Client.cs", {
    'password="a"': true,
    'password="b"': false,
    'password: "c"': true,
    'password="d"': false,
    'Token = "e"': true,
    'Password = "f"': false,
    'token = "g"': true,
    'token = "h"': false,
  });
});

test("Perl's POD is documentation from its command to =cut; code after it is not", () => {
  const content = ["package Orders;", "=head1 SYNOPSIS", "", '  password => "a",', "", "=cut", 'my $password = "b";', "=pod", 'token => "c"'].join("\n");
  const regions = new DocumentationRegions(content, "lib/Orders.pm");
  assert.equal(regions.has(content.indexOf('"a"')), true);
  assert.equal(regions.has(content.indexOf('"b"')), false);
  assert.equal(regions.has(content.indexOf('"c"')), true, "a block left open runs to the end");
  assert.equal(new DocumentationRegions(content, "orders.py").has(content.indexOf('"a"')), false);
  // Many blocks are read once each: 1 MB of them is quick.
  const many = "=item x\n=cut\n".repeat(80_000);
  const started = performance.now();
  new DocumentationRegions(many, "big.pm").has(many.length - 1);
  assert.ok(performance.now() - started < 3000);
});

test("a docstring's example paragraph is documentation to the docstring's end; the same heading in a comment is not", () => {
  const content = [
    '"""Orders client.',
    "",
    "Example usage:",
    "",
    "client.login(passwd='a')",
    '"""',
    "def f():",
    '    """Formats the order.',
    "",
    "    Examples",
    "    --------",
    "    f(token='b')",
    '    """',
    "# Example:",
    "password = 'c'",
    "def g():",
    '    """Returns a session (token=\'d\').',
    "",
    "    Examples:",
    "        g()",
    '    """',
  ].join("\n");
  assertDocumentation(content, "orders.py", { "passwd='a'": true, "token='b'": true, "password = 'c'": false, "token='d'": false });
  assertDocumentation(content, "orders.rb", { "passwd='a'": false });
});

test("a Markdown fence in a triple-quoted string is documentation to its closing fence; a fence in code is not", () => {
  const content = [
    "class Bearer:",
    '    """',
    "    The client sends a header like:",
    "",
    "    ```",
    "    Authorization: Bearer a",
    "    ```",
    "",
    "    password = 'b'",
    '    """',
    "def f():",
    "    '''",
    "    ```python",
    "    connect(password='c')",
    "    '''",
    "    password = 'd'",
    "# ```",
    "password = 'e'",
  ].join("\n");
  const regions = new DocumentationRegions(content, "pkg/security.py");
  assert.equal(regions.has(content.indexOf("Bearer a")), true);
  assert.equal(regions.has(content.indexOf("'b'")), false);
  // (A fence left open ends with its string.)
  assert.equal(regions.has(content.indexOf("'c'")), true);
  assert.equal(regions.has(content.indexOf("'d'")), false);
  assert.equal(regions.has(content.indexOf("'e'")), false);
});

test("a docstring's paragraph headed `EXAMPLES:` in capitals (FreeIPA's command help) is documentation; the same line in code is not", () => {
  const content = [
    '__doc__ = _(r"""',
    "Manage entries.",
    "",
    "EXAMPLES:",
    "",
    " Add a new entry:",
    "   tool entry-add --first=Ann --password a",
    '""")',
    "# EXAMPLES:",
    "password = 'b'",
  ].join("\n");
  assertDocumentation(content, "plugins/entry.py", { "--password a": true, "password = 'b'": false });
  const generated = ["Vq7", "Lz2", "Rk9w"].join("");
  const module = content.replace("--password a", "--password tentry1").replace("'b'", `'${generated}'`);
  const found = scanText({ content: module, filePath: "plugins/entry.py" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(found.map((finding) => module.slice(finding.range.startOffset, finding.range.endOffset)), [generated]);
});
