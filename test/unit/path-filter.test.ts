// ignorePaths and .gitignore semantics: nested files, negation, ignored folders, secret files (.env…).
import assert from "node:assert/strict";
import { test } from "node:test";
import { GitignoreRules, IgnorePaths, inIgnoredBuildOutput, isSecretFile } from "../../src/engine";

test("ignorePaths uses gitignore patterns relative to the root", () => {
  const paths = new IgnorePaths(["test/fixtures/", "*.snap", "/build", "docs/**/*.md"]);
  assert.ok(paths.matches("test/fixtures/a/b.ts"));
  assert.ok(paths.matches("test/fixtures", true));
  assert.ok(paths.matches("src/deep/x.snap"), "a pattern without a slash matches at any depth");
  assert.ok(paths.matches("build/out.js"));
  assert.ok(!paths.matches("src/build/out.js"), "a leading slash anchors to the root");
  assert.ok(paths.matches("docs/a/b/c.md"));
  assert.ok(!paths.matches("src/app.ts"));
  assert.ok(!paths.matches("Test/Fixtures/a.ts"), "case-sensitive, as git on Linux");
  assert.ok(!paths.matches("../outside/x.snap"), "paths outside the root are never matched");
  assert.ok(!new IgnorePaths([]).matches("anything"));
});

test(".gitignore files apply to their own folder and below", () => {
  const rules = new GitignoreRules();
  rules.add("", "dist/\n*.log\n!keep.log\n");
  rules.add("packages/web", "generated/\n/local.json\n");
  assert.ok(rules.isIgnored("dist/app.js"));
  assert.ok(rules.isIgnored("packages/web/dist/app.js"), "dist/ matches at any depth");
  assert.ok(rules.isIgnored("a/b/debug.log"));
  assert.ok(!rules.isIgnored("a/keep.log"));
  assert.ok(rules.isIgnored("packages/web/generated/types.ts"));
  assert.ok(!rules.isIgnored("packages/api/generated/types.ts"), "a nested .gitignore does not reach its siblings");
  assert.ok(rules.isIgnored("packages/web/local.json"));
  assert.ok(!rules.isIgnored("packages/web/src/local.json"), "a leading slash anchors to the .gitignore's folder");
  assert.ok(!rules.isIgnored("src/app.ts"));
});

test("a deeper .gitignore can re-include a file, but not inside an ignored folder", () => {
  const rules = new GitignoreRules();
  rules.add("", "*.json\nvendor/\n");
  rules.add("config", "!settings.json\n");
  rules.add("vendor/lib", "!kept.json\n");
  assert.ok(rules.isIgnored("data.json"));
  assert.ok(!rules.isIgnored("config/settings.json"));
  assert.ok(rules.isIgnored("config/other.json"));
  assert.ok(rules.isIgnored("vendor/lib/kept.json"), "git never reads a .gitignore inside an ignored folder");
});

test("comments, blank lines and CRLF line ends in .gitignore", () => {
  const rules = new GitignoreRules();
  rules.add("", "# build output\r\n\r\nout/\r\n");
  assert.ok(rules.isIgnored("out/x.js"));
  assert.ok(!rules.isIgnored("# build output"));
  assert.ok(new GitignoreRules().isEmpty);
  assert.ok(!new GitignoreRules().isIgnored("out/x.js"));
});

test("secret files are recognised by name: .env files and the others git-ignored because they hold secrets", () => {
  const secretFiles = [".env", "app/.env", ".env.local", "deploy/.env.production", "src/.envrc", ".env_prod", ".env-dev", ".envs/.production/.django", "app/.envs/.local/.postgres"];
  secretFiles.push("app.env", "deploy\\prod.env", "local.settings.json", "api/local.settings.json", "terraform.tfvars", "infra/prod.auto.tfvars", "terraform.tfvars.json", "secrets.json", ".dev.vars", ".dev.vars.staging");
  secretFiles.push("appsettings.Development.local.json", "api/appsettings.Production.Local.json", "appsettings.local.json");
  // The files the engine's own rules are woken by their name for, and a few more by convention.
  secretFiles.push("config/master.key", "config/credentials/production.key", "secrets/db_password.txt", "secrets/api_token", ".erlang.cookie", "keyfile", ".pgpass", "sasl_passwd", "ipsec.secrets", "chap-secrets", ".mbsyncrc");
  secretFiles.push(".streamlit/secrets.toml", "app/.streamlit/secrets.toml", "credentials.json");
  for (const name of secretFiles) assert.ok(isSecretFile(name), name);
  // Not Terraform's state (it holds secrets, but is a tool's output, not a file named for them), nor other names.
  for (const name of ["terraform.tfstate", "Makefile", "README", "LICENSE", "notes.txt", "bin/cli", "secrets.toml", "config/app.key.example"]) assert.ok(!isSecretFile(name), name);
  for (const name of ["env", "env/x.py", "x.env.local", "config/env/.gitkeep", "envs/.production/.django", "my.envs/x", "settings.json", "local.settings.json.example", "appsettings.Development.json", "variables.tf", "tfvars", "my-secrets.json", "dev.vars"]) assert.ok(!isSecretFile(name), name);
});

test("a secret file in a git-ignored build-output folder is the build's copy; in a folder of that name git keeps, it is not", () => {
  const rules = new GitignoreRules();
  rules.add("", "bin/\nsrc/Api/obj/\n");
  const ignoredFolder = (folder: string) => rules.isIgnored(folder, true);
  for (const file of ["bin/Debug/net8.0/local.settings.json", "src/Api/obj/Debug/appsettings.Development.local.json", "src/Api/bin/x/.env"]) assert.ok(inIgnoredBuildOutput(file, ignoredFolder), file);
  for (const file of ["local.settings.json", "obj/.env", "binaries/.env", "src/bin-tools/.env"]) assert.ok(!inIgnoredBuildOutput(file, ignoredFolder), file);
});
