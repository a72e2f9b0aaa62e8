// Names "Move to Key Vault" gives that say whose secret it is, where the file's own name for it says
// only what kind it is: a Maven server's password by the server's id, a nested object's password by
// the object it is in, a vendor's name written in camel case as one word.
import assert from "node:assert/strict";
import { test } from "node:test";
import { movedValues } from "./move-plan-helpers";

// Made-up values, assembled at run time so this file holds no detectable secret.
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** `length` characters of ALNUM, the same on every run. */
function fake(length: number, seed: number): string {
  let state = seed * 7919 + 17;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += ALNUM[(state >>> 16) % ALNUM.length];
  }
  return out;
}

/** Each secret's proposed name, the variable the moved text reads, and the line left where the value was. */
function moved(content: string, filePath: string): string[] {
  return movedValues(content, filePath, { kind: "secret" }).map(({ name, plan, line }) => `${name} ${plan.environmentVariable} ${line}`);
}

test("a vendor's name written with capitals inside is one word of the variable's name", () => {
  const content = [
    `const GitHubToken = "${fake(36, 1)}";`,
    `const openAIKey = "${fake(32, 2)}";`,
    `const client = new SendGridClient({ apiKey: "${fake(32, 3)}" });`,
    "",
  ].join("\n");
  assert.deepEqual(moved(content, "src/clients.ts"), [
    "GitHubToken GITHUB_TOKEN const GitHubToken = process.env.GITHUB_TOKEN!;",
    "openAIKey OPENAI_KEY const openAIKey = process.env.OPENAI_KEY!;",
    'sendgrid-api-key SENDGRID_API_KEY const client = new SendGridClient({ apiKey: process.env.SENDGRID_API_KEY! });',
  ]);
});
