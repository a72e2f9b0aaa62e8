// What the lines around a value say of it: a secret that repeats its sibling id's value is no secret.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;

test("a secret equal to its sibling id or user is a stand-in; equal to another name's value, or further away, it is a secret", () => {
  assert.equal(found('ORDERS_CLIENT_ID = "billing-web"\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 0);
  assert.equal(found('smtp:\n  user: mailer\n  host: mail.lan\n  password: mailer\n', "config.yml"), 0);
  assert.equal(found('BILLING_CLIENT_ID = "billing-web"\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 1, "another stem");
  assert.equal(found('ORDERS_CLIENT_ID = "billing-web"\n\n\n\n\nORDERS_CLIENT_SECRET = "billing-web"\n', "settings.py"), 1, "too far");
});
