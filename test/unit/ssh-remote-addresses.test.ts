// An SSH address in scp's form (`user@host:path`, a repository's remote) under a secret's name.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

test("a repository's SSH remote under a secret's name holds no secret", () => {
  const readme = "Fetch the sources:\n\nauth: git@forge.tools-project.net:build-team/image-tools.git\nanon: https://forge.tools-project.net/build-team/image-tools.git\n";
  assert.equal(scanText({ content: readme, filePath: "README.devel" }).filter((f) => f.kind === "secret").length, 0);
  const config = "deploy:\n  token: deploy@vcs.mirror-host.net:~/Mirrors/Website.git\n";
  assert.equal(scanText({ content: config, filePath: "deploy.yaml" }).filter((f) => f.kind === "secret").length, 0);
});

test("a generated password with an @, a dot and a colon is still a secret", () => {
  const config = "db:\n  password: Kq9@Tz4wR.ab:Wm7xQ2kdP8\n";
  assert.equal(scanText({ content: config, filePath: "settings.yaml" }).filter((f) => f.kind === "secret").length, 1);
});
