// A notebook cell whose first line is a cell magic (`%%bash`, `%%script node`, `%%javascript`):
// IPython runs the rest of the cell in the magic's language, so a move writes that language's read
// (never os.environ into a bash cell), or refuses where nothing there can read a variable.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText, type Finding } from "../../src/engine";
import { configMoveRefusal, FixPlanError, moveRefusal, planConfigMove, planMove, suggestedSecretName } from "../../src/fixes";
import { refuseEditingCellMagic } from "../../src/fixes/cell-magic";
import { applyPlan, TEST_VAULT } from "./move-plan-helpers";

// A made-up value, assembled at run time so this file does not hold a detectable secret.
const TOKEN = "ghp_" + "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e";
const NOTEBOOK = "analysis.ipynb";

/** The first finding of `kind` in a Python cell of the notebook. */
function findingIn(cell: string, kind: Finding["kind"] = "secret"): Finding {
  const finding = scanText({ content: cell, filePath: NOTEBOOK, languageId: "python" }).find((candidate) => candidate.kind === kind);
  assert.ok(finding, `the engine detects the value in ${JSON.stringify(cell)}`);
  return finding;
}

/** The cell after "Move to Key Vault" under the suggested name. */
function moved(cell: string): string {
  const finding = findingIn(cell);
  const secretName = suggestedSecretName(cell, NOTEBOOK, finding, "python");
  return applyPlan(cell, planMove({ text: cell, filePath: NOTEBOOK, languageId: "python", finding, secretName, vaultUrl: TEST_VAULT }));
}

/** The move is refused up front (the light bulb offers only the reason) and by the planner, with a reason matching `reason`. */
function refused(cell: string, reason: RegExp): void {
  const finding = findingIn(cell);
  const upFront = moveRefusal(NOTEBOOK, finding.ruleId, cell, finding.range.startOffset, finding.range.endOffset, "python");
  assert.match(upFront ?? "", reason, JSON.stringify(cell));
  assert.ok(!upFront!.includes(TOKEN), "the reason holds no secret");
  assert.throws(
    () => planMove({ text: cell, filePath: NOTEBOOK, languageId: "python", finding, secretName: "token", vaultUrl: TEST_VAULT }),
    (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && error.message === upFront,
  );
}

test("a %%bash or %%sh cell reads the variable as a shell script does, with no import os", () => {
  assert.equal(moved(`%%bash\nexport GITHUB_TOKEN="${TOKEN}"\ngh repo list\n`), `%%bash\nexport GITHUB_TOKEN="\${GITHUB_TOKEN:?GITHUB_TOKEN is not set}"\ngh repo list\n`);
  assert.equal(moved(`%%sh\ncurl -H "Authorization: token ${TOKEN}" https://api.github.com/user\n`), `%%sh\ncurl -H "Authorization: token \${AUTHORIZATION:?AUTHORIZATION is not set}" https://api.github.com/user\n`);
  // `%%script` names the interpreter after its options.
  assert.equal(moved(`%%script --bg --out job bash\nexport GITHUB_TOKEN='${TOKEN}'\n`), `%%script --bg --out job bash\nexport GITHUB_TOKEN="\${GITHUB_TOKEN:?GITHUB_TOKEN is not set}"\n`);
  // IPython skips blank lines before the magic.
  assert.equal(moved(`\n%%bash\nexport GITHUB_TOKEN="${TOKEN}"\n`), `\n%%bash\nexport GITHUB_TOKEN="\${GITHUB_TOKEN:?GITHUB_TOKEN is not set}"\n`);
});

test("other interpreters' cells get their own language's read; timing and capture magics keep the cell Python", () => {
  assert.equal(moved(`%%script node\nconst token = "${TOKEN}";\n`), "%%script node\nconst token = process.env.TOKEN;\n");
  assert.equal(moved(`%%perl\nmy $token = "${TOKEN}";\n`), '%%perl\nmy $token = $ENV{TOKEN} // die("TOKEN is not set");\n');
  assert.equal(moved(`%%ruby\ntoken = "${TOKEN}"\n`), '%%ruby\ntoken = ENV.fetch("TOKEN")\n');
  assert.equal(moved(`%%script python3\ntoken = "${TOKEN}"\n`), '%%script python3\nimport os\n\ntoken = os.environ["TOKEN"]\n');
  assert.equal(moved(`%%time\ntoken = "${TOKEN}"\n`), '%%time\nimport os\n\ntoken = os.environ["TOKEN"]\n');
});

test("a cell the page runs, one written to a file, SQL and an unknown magic are refused with why", () => {
  refused(`%%javascript\nconst token = "${TOKEN}";\n`, /runs this cell in the notebook's page/);
  refused(`%%html\n<script>const token = "${TOKEN}";</script>\n`, /notebook's page/);
  refused(`%%writefile deploy/app.py\ntoken = "${TOKEN}"\n`, /writes its text as it stands to deploy\/app\.py/);
  refused(`%%sql\nSELECT * FROM tokens WHERE token = '${TOKEN}'\n`, /DATABASE_URL/);
  refused(`%%spark\ntoken = "${TOKEN}"\n`, /%%spark magic, whose language the move does not know/);
  refused(`%%script tclsh\nset token "${TOKEN}"\n`, /\(tclsh\)/);
});

test("a configuration value in a %%bash cell is read from the environment as shell; in a %%javascript cell it is refused up front", () => {
  const url = "https://orders.internal.contoso.com/api";
  const bash = `%%bash\ncurl "${url}"\n`;
  const finding = findingIn(bash, "config");
  const plan = planConfigMove({ text: bash, filePath: NOTEBOOK, languageId: "python", finding, key: "Orders:Url" });
  assert.equal(applyPlan(bash, plan), '%%bash\ncurl "${ORDERS__URL:?ORDERS__URL is not set}"\n');
  const page = `%%javascript\nfetch("${url}");\n`;
  const pageFinding = findingIn(page, "config");
  assert.match(configMoveRefusal({ text: page, filePath: NOTEBOOK, languageId: "python", start: pageFinding.range.startOffset, end: pageFinding.range.endOffset }) ?? "", /notebook's page/);
});

test("no plan may change the magic line: IPython reads it only as the cell's first line", () => {
  const cell = `%%bash\nexport GITHUB_TOKEN="${TOKEN}"\n`;
  assert.throws(() => refuseEditingCellMagic(NOTEBOOK, cell, [{ start: 0, end: 0, newText: "import os\n" }]), (error: unknown) => error instanceof FixPlanError && /%%bash line/.test(error.message));
  // An insertion after the magic's line break is the next line's.
  assert.doesNotThrow(() => refuseEditingCellMagic(NOTEBOOK, cell, [{ start: "%%bash\n".length, end: "%%bash\n".length, newText: "set -u\n" }]));
});
