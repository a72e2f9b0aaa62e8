// Tests, their data, examples and samples: configuration values there are inputs and formats
// that no deployment reads, and are not reported; secrets are, as anywhere.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { isExamplePath, isTestPath } from "../../src/engine/undeployed-paths";

test("test folders and test files by the common runners' conventions are tests", () => {
  for (const file of [
    "tests/unit/network/v2/test_subnet.py", "src/orders/__tests__/routes.ts", "pkg/parse/testdata/hosts.txt", "spec/models/order_spec.rb",
    "src/test/java/com/contoso/OrdersTest.java", "Orders.UnitTests/RoutesTests.cs", "Tests/OrdersTests/ClientTests.swift", "orders/conftest.py",
    "internal/relay/relay_test.go", "web/src/app/orders.service.spec.ts", "web/src/orders.test.tsx", "lib/url/test.js", "e2e/checkout.ts",
    "src/it/java/com/contoso/OrdersIT.java", "src/test/groovy/OrdersSpec.groovy", "db/fixtures/orders.yml", "Orders.Tests\\Settings.json",
    "orders-api-test/settings.json", "storage/recordings/ContainerSuite/TestList.yaml", "spec/vcr_cassettes/orders.yml",
    "src/testFixtures/resources/app.conf", "src/integTest/groovy/OrdersTest.groovy", "src/lib-http/test-http-url.c", "regress/addrmatch.sh", "microbench/src/main/java/NetUtilBenchmark.java", "benches/parse.rs", "src/testcases/org/BugTests.java",
    "web/src/components/__snapshots__/Header.test.tsx.snap", "jetty-jmh/src/main/resources/multipart/form1-android-chrome.expected.txt",
    "internal/render/page.golden", "Orders.Api/Snapshots/Routes.verified.txt", "reports/Invoice.approved.json", "contrib/ltree/expected/ltree.out", "t/etc/minimal.cfg", "lib/Orders/t/connect.t",
    "selftest/target/Samba3.pm", "gcc/testsuite/gcc.dg/pr123.c", "testprogs/blackbox/provision.sh", "tools/testing/selftests/net/fib.sh", "src/unittests/settings.ini",
  ]) {
    assert.equal(isTestPath(file), true, file);
  }
});

test("names that only look like tests are not", () => {
  for (const file of [
    "src/latest/client.ts", "contest/entries.py", "src/attestation.ts", "api/openapi-spec.yaml", "src/specification/orders.json",
    "config/appsettings.Testing.json", "src/TypeSpec.java", "deploy/testament.txt", "src/protest.rb", "src/test-results-viewer.vue", "src/regression_model.py", "src/benchmarking/report.ts",
    "src/unexpected.ts", "config/verified-domains.json", "src/golden_ratio.py", "snapshots/backup.py", "src/expected-delivery.ts", "src/format.tt", "docs/t.md", "src/testsuite.py",
  ]) {
    assert.equal(isTestPath(file), false, file);
  }
});

test("a configuration value in a test is not reported, a secret in the same test is", () => {
  const content = `relay = "10.40.12.7"\napi = "https://orders-api.internal.contoso.com/v2"\npassword = "Lq8-vRz2!pWm"\n`;
  const kinds = (filePath: string) => scanText({ content, filePath }).map((finding) => finding.kind).sort();
  assert.deepEqual(kinds("src/orders/settings.py"), ["config", "config", "secret"]);
  assert.deepEqual(kinds("tests/test_settings.py"), ["secret"]);
});

test("examples and samples by folder or name are examples; words that only hold the letters are not", () => {
  for (const file of ["examples/relay/client.rb", "docs/samples/Orders/appsettings.json", "demo/app.py", ".env.example", "config/settings.sample.yml", "apis/ec2-2016-11-15.examples.json", "botocore/data/iam/2010-05-08/examples-1.json", "src/example.ts", "docs/setup.html", "usr/share/doc/orders/html/Pollers.html", "src/site/xdoc/mail-lists.xml", "release-notes/VERSION-2.x", "src/docbkx/fluent.xml", "docs-xml/smbdotconf/base/interfaces.xml", "man/redis-server.1", "manual/config.xml", "plugins/usercopy/config.inc.php.dist", "phpunit.xml.dist", ".env.template", "routing/bgp_sample_conf.py", "deploy/example-config.yaml", "app/sample_settings.py"]) {
    assert.equal(isExamplePath(file), true, file);
  }
  for (const file of ["src/audio/sample_rate.py", "src/audio/sample_config_reader.py", "src/resample.ts", "src/samples-2024q3.csv.py", "src/examplesite/settings.py", "config/appsettings.json", "src/demographics/client.ts", "src/docker/settings.py", "src/doctor/visits.ts", "site/config.toml", "src/website/settings.py", "src/manager/settings.py", "src/mana/config.ts"]) {
    assert.equal(isExamplePath(file), false, file);
  }
  const content = `RELAY_HOST=relay.orders.fabrikam.com\nRELAY_PASSWORD=Lq8-vRz2!pWm\n`;
  assert.deepEqual(scanText({ content, filePath: ".env.example" }).map((finding) => finding.kind), ["secret"]);
  assert.deepEqual(scanText({ content, filePath: ".env" }).map((finding) => finding.kind).sort(), ["config", "secret"]);
});

test("a sample of settings named so (`bgp_sample_conf.py`) keeps its secrets but no configuration values", () => {
  const content = `BGP = {\n    'router_id': '172.20.14.2',\n    'neighbors': [{'address': '172.20.14.3', 'password': 'Vq7#mTz2-Lp9'}],\n}\n`;
  assert.deepEqual(scanText({ content, filePath: "routing/bgp_sample_conf.py" }).map((finding) => finding.kind), ["secret"]);
  assert.deepEqual(scanText({ content, filePath: "routing/bgp_conf.py" }).map((finding) => finding.kind).sort(), ["config", "config", "secret"]);
});
