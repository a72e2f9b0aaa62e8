// An inline ignore marker counts on any line of its finding's statement: from the line the YAML key
// or the assignment starts on to the value's last line, or (pointing below) on the line above that
// start. Never on a line that belongs to another statement.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { statementStartLine } from "../../src/engine/statement-start";
import { TextIndex } from "../../src/engine/text-index";

// Made up at run time: no key material or token is kept in the repository.
const PEM = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString().trimEnd();
const TOKEN = ["ghp", "q8YinwlPpCBDyHa6iXrcs3Q4TRvcXk0afAfO"].join("_");
const OTHER_TOKEN = ["ghp", "Zr4tWm8qLx2nVb6cJh0pKd9sFy3gTa7eUo1i"].join("_");
const PASSWORD = ["Zq8vN3", "kLm5pR7tWx"].join("");

/** The PEM as a YAML block scalar's lines, indented by `indent`. */
function blockLines(indent: string): string {
  return PEM.split("\n").map((line) => `${indent}${line}`).join("\n");
}

function ruleIds(content: string, filePath: string): string[] {
  return scanText({ content, filePath }).map((finding) => finding.ruleId);
}

test("the finding is there without a marker (the cases below are not silent for another reason)", () => {
  assert.deepEqual(ruleIds(`key: |\n${blockLines("  ")}\n`, "values.yaml"), ["private-key/pem"]);
  assert.deepEqual(ruleIds(`CS = ("Server=tcp:db.example.net,1433;"\n      "Database=app;User ID=admin;"\n      "Password=${PASSWORD};")\n`, "settings.py"), ["generic/named-secret"]);
});

test("YAML: a marker on the key of a block scalar, or above it, silences the key below", () => {
  const forms = [
    `# secret-hygiene-ignore-next-line private-key/pem -- test fixture\nkey: |\n${blockLines("  ")}\n`,
    `key: | # secret-hygiene-ignore\n${blockLines("  ")}\n`,
    `key: | # secret-hygiene-ignore-next-line\n${blockLines("  ")}\n`,
    `# gitleaks:allow\nkey: |\n${blockLines("  ")}\n`,
    `key: |  # gitleaks:allow\n${blockLines("  ")}\n`,
    `key: | # secretlint-disable-line\n${blockLines("  ")}\n`,
    `key: |- # pragma: allowlist secret\n${blockLines("  ")}\n`,
    `app:\n  tls:\n    # secret-hygiene-ignore-next-line\n    key: |\n\n${blockLines("      ")}\n`,
    `keys:\n  # secret-hygiene-ignore-next-line\n  - |\n${blockLines("    ")}\n`,
    `key: !!str | # secret-hygiene-ignore\n${blockLines("  ")}\n`,
  ];
  for (const content of forms) assert.deepEqual(ruleIds(content, "values.yaml"), [], content.split("\n")[0]);
});

test("YAML: a marker on another statement silences nothing here", () => {
  const forms = [
    // After the block, pointing below it.
    `key: |\n${blockLines("  ")}\nother: 1 # secret-hygiene-ignore-next-line\n`,
    // On a sibling key above, for that key.
    `# secret-hygiene-ignore-next-line\nname: app\nkey: |\n${blockLines("  ")}\n`,
    // On the line above, after that line's own code: it is that line's.
    `name: app # gitleaks:allow\nkey: |\n${blockLines("  ")}\n`,
    // `secretlint-disable-line` and our same-line marker stay on their own line.
    `# secretlint-disable-line\nkey: |\n${blockLines("  ")}\n`,
    `# secret-hygiene-ignore\nkey: |\n${blockLines("  ")}\n`,
    // For another rule.
    `key: | # secret-hygiene-ignore github/token\n${blockLines("  ")}\n`,
  ];
  for (const content of forms) assert.deepEqual(ruleIds(content, "values.yaml"), ["private-key/pem"], content);
});

test("YAML: a marker on a list's key or a block's header covers only a value that starts the block", () => {
  assert.deepEqual(ruleIds(`# secret-hygiene-ignore-next-line\ntokens:\n  - ${TOKEN}\n  - ${OTHER_TOKEN}\n`, "ci.yaml"), ["github/token", "github/token"]);
  assert.deepEqual(ruleIds(`env: | # secret-hygiene-ignore\n  NAME=app\n  TOKEN=${TOKEN}\n`, "ci.yaml"), ["github/token"]);
  // A plain scalar on the line below its key is that key's value.
  assert.deepEqual(ruleIds(`token: # secret-hygiene-ignore\n  ${TOKEN}\n`, "ci.yaml"), []);
});

test("code: a marker above a string written in pieces, or after its last line, silences the value in it", () => {
  const python = [
    `# secret-hygiene-ignore-next-line\nCS = ("Server=tcp:db.example.net,1433;"\n      "Database=app;User ID=admin;"\n      "Password=${PASSWORD};")\n`,
    `# secret-hygiene-ignore-next-line\nCS = (\n    "Server=tcp:db.example.net,1433;"\n    "Database=app;User ID=admin;"\n    "Password=${PASSWORD};"\n)\n`,
    `CS = ("Server=tcp:db.example.net,1433;"  # secret-hygiene-ignore\n      "Database=app;User ID=admin;"\n      "Password=${PASSWORD};")\n`,
    `# secret-hygiene-ignore-next-line\nCS = "Server=tcp:db.example.net,1433;" \\\n     "Password=${PASSWORD};"\n`,
  ];
  for (const content of python) assert.deepEqual(ruleIds(content, "settings.py"), [], content);
  const js = `// secret-hygiene-ignore-next-line\nconst cs = "Server=tcp:db.example.net,1433;" +\n  "Database=app;User ID=admin;" +\n  "Password=${PASSWORD};";\n`;
  assert.deepEqual(ruleIds(js, "src/db.ts"), []);
  // After the closing quotes of a PEM, on its last line.
  assert.deepEqual(ruleIds(`KEY = """${PEM}"""  # secret-hygiene-ignore\n`, "keys.py"), []);
  assert.deepEqual(ruleIds(`KEY = """${PEM}"""  # secretlint-disable-line\n`, "keys.py"), []);
});

test("code: a marker after the closing quotes alone on the line below the value silences it; on the next statement it does not", () => {
  assert.deepEqual(ruleIds(`KEY = """${PEM}\n"""  # pragma: allowlist secret\n`, "keys.py"), []);
  assert.deepEqual(ruleIds(`KEY = """\n${PEM}\n""".strip()  # secret-hygiene-ignore\n`, "keys.py"), []);
  assert.deepEqual(ruleIds(`const key = \`${PEM}\n\`; // gitleaks:allow\n`, "src/keys.ts"), []);
  assert.deepEqual(ruleIds(`KEY = """${PEM}\n"""\nOTHER = "x"  # secret-hygiene-ignore\n`, "keys.py"), ["private-key/pem"]);
  // YAML's block scalar has no closing quote: a quoted key below is the next statement.
  assert.deepEqual(ruleIds(`key: |\n${blockLines("  ")}\n"other": 1 # secret-hygiene-ignore\n`, "values.yaml"), ["private-key/pem"]);
});

test("code: a marker above one item of a list or one argument of a call silences that one only", () => {
  const list = `TOKENS = [\n    # secret-hygiene-ignore-next-line\n    "${TOKEN}",\n    "${OTHER_TOKEN}",\n]\n`;
  assert.equal(ruleIds(list, "tokens.py").length, 1);
  const aboveList = `# secret-hygiene-ignore-next-line\nTOKENS = [\n    "${TOKEN}",\n    "${OTHER_TOKEN}",\n]\n`;
  assert.equal(ruleIds(aboveList, "tokens.py").length, 2);
  const call = `# secret-hygiene-ignore-next-line\nlogin(\n    "${TOKEN}",\n    "${OTHER_TOKEN}",\n)\n`;
  assert.equal(ruleIds(call, "tokens.py").length, 2);
  // Two statements: the marker above the first is the first's.
  const two = `# secret-hygiene-ignore-next-line\na = "${TOKEN}"\nb = "${OTHER_TOKEN}"\n`;
  assert.equal(ruleIds(two, "tokens.py").length, 1);
  // In JavaScript two literals side by side are two statements, not one string.
  const js = `// secret-hygiene-ignore-next-line\nlet a = "x"\n"${TOKEN}".trim();\n`;
  assert.equal(ruleIds(js, "src/a.js").length, 1);
});

test("statementStartLine: the key or the first piece's line, the value's own line otherwise", () => {
  const at = (content: string, filePath: string, value = TOKEN) => statementStartLine(content, new TextIndex(content), content.indexOf(value), filePath);
  assert.equal(at(`a: 1\nkey: >-\n\n  ${TOKEN}\n`, "x.yml"), 1);
  assert.equal(at(`key:\n  - ${TOKEN}\n`, "x.yml"), 1);
  assert.equal(at(`key: "a\n  ${TOKEN}"\n`, "x.yml"), 1);
  assert.equal(at(`x = 1\ntoken =\n  "${TOKEN}"\n`, "a.rb"), 1);
  assert.equal(at(`docker login \\\r\n  -u me \\\r\n  -p ${TOKEN}\r\n`, "login.sh"), 0);
  assert.equal(at(`$cs = "Server=x;" .\n  "${TOKEN}";\n`, "db.php"), 0);
  assert.equal(at(`cs = "Server=x;"\n  + "${TOKEN}"\n`, "db.cs"), 0);
  assert.equal(at(`print("a")\n"${TOKEN}"\n`, "a.go"), 1);
  assert.equal(at(`{\n  "a": "b",\n  "t": "${TOKEN}"\n}\n`, "a.json"), 2);
});
