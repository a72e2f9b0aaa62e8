// plainCallView rewrites Ruby's and Rust's call shapes in place; what the line rule finds in the
// view must map back to the literal as the line has it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { lineSpanOf, plainCallView } from "../../src/engine/rules/plain-call-view";

test("a line without those calls has no view", () => {
  assert.equal(plainCallView('let key = env::var("API_KEY")?;'), undefined);
  assert.equal(plainCallView("basic_auth user, password"), undefined);
});

test("the view keeps the line's length and each character's place", () => {
  const ruby = "req.basic_auth 'svc', 'Kq7mTz9Lr4Xw'";
  assert.equal(plainCallView(ruby)?.text, "req.basic_auth('svc', 'Kq7mTz9Lr4Xw'");
  const rust = 'Credentials::new("u".to_string(), "Kq7mTz9Lr4Xw".into())';
  assert.equal(plainCallView(rust)?.text, 'Credentials::new("u"            , "Kq7mTz9Lr4Xw"       )');
});

test("a literal taken out of a call moves to the call's start, and maps back to where the line has it", () => {
  const line = 'h.insert("x-api-key", HeaderValue::from_static("Kq7mTz9Lr4Xw"));';
  const view = plainCallView(line)!;
  assert.equal(view.text.length, line.length);
  const inView = view.text.indexOf("Kq7m");
  assert.equal(view.text.slice(inView - 1, inView + 13), '"Kq7mTz9Lr4Xw"');
  const span = lineSpanOf(view, inView, inView + 12)!;
  assert.equal(line.slice(...span), "Kq7mTz9Lr4Xw");
  // A span that runs out of the moved literal is no span of the line.
  assert.equal(lineSpanOf(view, inView - 5, inView + 12), undefined);
});
