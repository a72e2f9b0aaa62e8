// Strings where a quote written twice stands for one: YAML's '…''…', PowerShell's '…''…' and
// "…""…", Visual Basic's "…""…". A finding stops at the doubled quote, so the span found may be
// only part of the value: the move must take the whole value or refuse, never store a fragment and
// leave the rest in the file. (From a review of what the quick fix leaves in the file, H1.)
import assert from "node:assert/strict";
import { test } from "node:test";
import { FixPlanError } from "../../src/fixes";
import { doubledQuoteAtValue } from "../../src/fixes/replacement-common";
import { applyPlan, planFirstSecret, secretIn } from "./move-plan-helpers";

// Made-up halves of a password, assembled at run time so this file does not hold a detectable secret.
const HEAD = "Jw4Qz" + "T8nX2vL6pR";
const TAIL = "Hb7Nc" + "Y3kM9wq";


const plan = planFirstSecret;

const apply = applyPlan;

/** The finding is the part before the doubled quote, and the move stores all of the value. */
function movesWhole(text: string, filePath: string, quote: string, after: string): void {
  const finding = secretIn(text, filePath);
  assert.equal(text.slice(finding.range.startOffset, finding.range.endOffset), HEAD, "the finding stops at the doubled quote");
  const planned = plan(text, filePath);
  assert.equal(planned.value, `${HEAD}${quote}${TAIL}`, "the vault gets the whole value, the doubled quote read as one");
  const result = apply(text, planned);
  assert.equal(result, after);
  assert.ok(!result.includes(TAIL), "no part of the value stays in the file");
}

function refused(text: string, filePath: string): void {
  assert.throws(
    () => plan(text, filePath),
    (error: unknown) => {
      assert.ok(error instanceof FixPlanError, String(error));
      assert.equal(error.code, "notLiteral", error.message);
      assert.match(error.message, /escape/);
      assert.ok(!error.message.includes(HEAD) && !error.message.includes(TAIL), "the message holds no part of the secret");
      return true;
    },
  );
}

test("YAML: a single-quoted scalar with '' right after the value is moved whole, in plain YAML, compose and workflows", () => {
  movesWhole(`db:\n  password: '${HEAD}''${TAIL}'\n`, "config/d.yaml", "'", `db:\n  password: '\${DB_PASSWORD}'\n`);
  movesWhole(`services:\n  db:\n    environment:\n      DB_PASSWORD: '${HEAD}''${TAIL}'\n`, "docker-compose.yml", "'", `services:\n  db:\n    environment:\n      DB_PASSWORD: '\${DB_PASSWORD:?DB_PASSWORD is not set}'\n`);
  movesWhole(
    `jobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      DB_PASSWORD: '${HEAD}''${TAIL}'\n`,
    ".github/workflows/ci.yml",
    "'",
    `jobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      DB_PASSWORD: '\${{ secrets.DB_PASSWORD }}'\n`,
  );
});

test("YAML: a '' next to the value in a scalar that holds more than one word is refused", () => {
  refused(`db:\n  password: '${HEAD}''${TAIL} and more'\n`, "config/d.yaml");
  refused(`services:\n  db:\n    environment:\n      DB_PASSWORD: '${HEAD}'' ${TAIL}'\n`, "docker-compose.yml");
});

test("PowerShell and Visual Basic: a doubled quote right after the value moves the whole literal", () => {
  movesWhole(`$password = '${HEAD}''${TAIL}'\n`, "deploy.ps1", "'", `$password = $env:PASSWORD\n`);
  movesWhole(`$password = "${HEAD}""${TAIL}"\n`, "deploy.ps1", '"', `$password = $env:PASSWORD\n`);
  movesWhole(`Module M\n  Dim password As String = "${HEAD}""${TAIL}"\nEnd Module\n`, "M.vb", '"', `Module M\n  Dim password As String = Environment.GetEnvironmentVariable("PASSWORD")\nEnd Module\n`);
});

test("PowerShell and Visual Basic: a doubled quote next to the value in a literal of several words is refused", () => {
  refused(`$password = '${HEAD}'' and ${TAIL}'\n`, "deploy.ps1");
  refused(`$password = "${HEAD}"" ${TAIL}"\n`, "deploy.ps1");
  refused(`Module M\n  Dim password As String = "${HEAD}"" ${TAIL}"\nEnd Module\n`, "M.vb");
});

test("a doubled quote right before the span counts as well (no rule finds one there today, a custom rule may)", () => {
  const text = `'ab''${HEAD}'`;
  const content = { start: 1, end: text.length - 1 };
  const target = { start: text.indexOf(HEAD), end: text.indexOf(HEAD) + HEAD.length };
  assert.equal(doubledQuoteAtValue(text, content.start, content.end, target, "'"), "whole");
  const spaced = `'a b''${HEAD}'`;
  assert.equal(doubledQuoteAtValue(spaced, 1, spaced.length - 1, { start: spaced.indexOf(HEAD), end: spaced.indexOf(HEAD) + HEAD.length }, "'"), "split");
  const plain = `'ab ${HEAD}'`;
  assert.equal(doubledQuoteAtValue(plain, 1, plain.length - 1, { start: plain.indexOf(HEAD), end: plain.indexOf(HEAD) + HEAD.length }, "'"), "none");
});
