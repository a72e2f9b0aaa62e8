// A Python f-string's replacement field (`f"…{connect('…')}…"`) is code, not the string's text:
// a value in it is refused rather than split out of the f-string, which gave invalid code
// (`f"{connect('" + os.environ["X"] + f"')}"`). Text around the fields still splits. Made-up hosts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { FixPlanError, planConfigMove } from "../../src/fixes";

const HOST = "pg-reports.internal.contoso.com";

function plan(text: string) {
  const finding = scanText({ content: text, filePath: "app/settings.py" }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, "the engine finds the host");
  return planConfigMove({ text, filePath: "app/settings.py", finding, key: "Reports:DbHost", endpoint: "https://contoso-config.azconfig.io" });
}

test("a value in an f-string's replacement field is refused", () => {
  assert.throws(
    () => plan(`DB_DSN = f"postgresql://{connect('${HOST}')}:5432/reports"\n`),
    (error: unknown) => error instanceof FixPlanError && error.code === "unsupported" && /f-string's replacement field/.test(error.message),
  );
});

test("a value in an f-string's text, beside a field, is still split out", () => {
  const moved = plan(`DB_DSN = f"postgresql://${HOST}:{port}/reports"\n`);
  assert.ok(moved.value.endsWith(HOST));
  assert.match(moved.edits.map((edit) => edit.newText).join(""), /os\.environ\["REPORTS__DBHOST"\]/);
});
