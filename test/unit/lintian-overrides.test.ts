// Lintian's override files name a package and a tag on each line (`base-passwd: no-debconf-config`):
// a secret's word in a package's name is no evidence, in a source package or where it is installed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const content = "orders-passwd: no-debconf-config\n";

test("an override file's lines name packages and tags, however the package is named", () => {
  for (const filePath of ["debian/orders-passwd.lintian-overrides", "debian/source/lintian-overrides", "usr/share/lintian/overrides/orders-passwd"]) {
    assert.equal(scanText({ content, filePath }).length, 0, filePath);
  }
  // The CLI judges a file outside the current folder by its place in its own folder: the path as given still says where it is installed.
  assert.equal(scanText({ content, filePath: "../usr/share/lintian/overrides/orders-passwd", placePath: "orders-passwd" }).length, 0);
});

test("the same line in another file is read as a name and its value", () => {
  assert.equal(scanText({ content, filePath: "settings.yml" }).length, 1);
});
