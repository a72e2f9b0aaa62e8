/**
 * Files that no deployment reads: tests and their data, examples and samples, manuals. The
 * configuration rules skip them, since App Configuration has nothing to serve there: an address
 * in a test is the test's own input (`10.0.0.5` in a subnet parser's test, a made-up
 * `db01.corp.local` in a settings loader's), and one in an example or a manual shows a format.
 * Secrets in them are still reported: a real key leaks from a test or a sample as easily as from
 * anywhere else. (Only passwords that read as words beside a secret's name are not, in tests and
 * in examples: see scan.ts.)
 */

/**
 * Folders of tests and their data: `test/`, `__tests__/`, Go's `testdata/`, RSpec's `spec/`, `e2e/`,
 * Jest's `__snapshots__/`, pg_regress's `expected/` outputs, Perl's `t/`, Gradle's `testFixtures/`, OpenSSH's and the BSDs' `regress/`, Samba's and Linux's `selftest/`, GCC's `testsuite/`, Samba's `testprogs/`, recorded HTTP traffic that
 * tests replay (the Azure SDKs' `recordings/`, VCR's `cassettes/`), and benchmarks (`benches/`,
 * JMH's `jmh/`, `microbench/`), whose addresses are inputs to time. Cypress keeps its specs,
 * fixtures, support code and the pages they load in its own `cypress/` folder.
 */
const TEST_FOLDERS = new Set([
  "test", "tests", "spec", "specs", "__tests__", "__mocks__", "__fixtures__", "__snapshots__", "testing", "testdata", "test-data", "test_data",
  "fixtures", "e2e", "testfixtures", "testcases", "recordings", "cassettes", "vcr_cassettes", "regress",
  "bench", "benches", "benchmark", "benchmarks", "microbench", "jmh", "expected", "t", "selftest", "selftests",
  "testsuite", "testsuites", "testprogs", "unittest", "unittests", "cypress",
]);
/**
 * Test projects named after what they test: `Orders.Tests/`, `Orders.UnitTests/`, `orders-test/`,
 * Swift's `OrdersTests/`. A capital `T` after a lower-case letter, or a separator before the word,
 * so that `latest/` and `contest/` are not tests.
 */
const TEST_PROJECT_FOLDER = /(?:[._-](?:[Uu]nit|[Ii]ntegration|[Ff]unctional|[Aa]cceptance)?[Tt]ests?|[a-z0-9](?:Unit|Integration|Functional|Acceptance)?Tests?)$/;

/**
 * Test files by name: pytest's `test_*.py` and `conftest.py`; Perl's `basic.t`; `orders.test.ts`, `orders_test.go`,
 * `test.js`; C's and Node's `test-uri.c`, `test-http-client.js`; specs in the languages whose
 * runners name them so (`orders.spec.ts`, `orders_spec.rb`; not `openapi-spec.yaml`, which is an
 * API's description); JUnit's, NUnit's and XCTest's `OrdersTest.java`, `OrdersTests.cs`; Maven
 * Failsafe's `OrdersIT.java`; Spock's and ScalaTest's `OrdersSpec.groovy`.
 */
const TEST_FILE_LOWER = /^test_.|^test-.+\.(?:c|cc|cpp|js|mjs|ts)$|^conftest\.py$|\.t$|(?:^|[._-])tests?\.[a-z0-9]+$|[._-]spec\.(?:[jt]sx?|mjs|cjs|mts|cts|rb|py|coffee|exs?|dart|lua|php)$/;
const TEST_FILE_CAMEL = /[a-z0-9](?:Tests?|TestCase)\.(?:java|kt|scala|groovy|cs|vb|fs|swift|php|m|mm|dart)$|[a-z0-9]IT\.(?:java|kt)$|[a-z0-9]Spec\.(?:groovy|scala|kt)$/;

/**
 * What a test compares its output with, by name: `form1.expected.txt`, Go's `render.golden`,
 * Verify's `Orders.Tests.verified.txt` and ApprovalTests' `….approved.json`.
 */
const EXPECTED_OUTPUT_FILE = /(?:^|[._-])(?:expected|golden|verified|approved)\.[a-z0-9]+$|\.golden$/;

/** Whether a path, relative to its workspace or repository root, is a test or a test's data. */
export function isTestPath(filePath: string): boolean {
  const parts = filePath.split(/[\\/]/);
  const base = parts.pop() ?? "";
  const lowerBase = base.toLowerCase();
  if (TEST_FILE_LOWER.test(lowerBase) || TEST_FILE_CAMEL.test(base) || EXPECTED_OUTPUT_FILE.test(lowerBase)) return true;
  return parts.some((folder) => TEST_FOLDERS.has(folder.toLowerCase()) || TEST_PROJECT_FOLDER.test(folder));
}

/**
 * Folders of example programs and settings (`examples/`, `samples/`, `demo/`) and of
 * documentation (`docs/`, and Debian's `/usr/share/doc/`, `release-notes/`, DocBook sources and
 * Samba's `docs-xml/`, `manual/`, manual pages' `man/`),
 * whatever format its pages are in.
 */
const EXAMPLE_FOLDERS = new Set(["example", "examples", "sample", "samples", "demo", "demos"]);
const EXAMPLE_OR_MANUAL_FOLDERS = new Set([...EXAMPLE_FOLDERS, "doc", "docs", "documentation", "release-notes", "docbook", "docbkx", "docs-xml", "doc-src", "docsrc", "manual", "manuals", "man"]);
/**
 * Examples and templates by name: `.env.example`, `config.sample.yml`, `example.py`, AWS's
 * `ec2-2016-11-15.examples.json` and botocore's numbered `examples-1.json`, PHP's `config.inc.php.dist` and `.env.template`. The word must stand apart (`sample_rate.py`, `resample.ts` are
 * code), or name a sample of settings: `bgp_sample_conf.py`, `example-config.yaml` (a program
 * loads the copy a user makes of it, not the file itself).
 */
const EXAMPLE_FILE = /(?:^|[._-])(?:examples?|samples?)(?:-\d{1,3})?(?:[_-](?:conf|config|configuration|settings|cfg))?(?:\.|$)|\.dist$|^\.env\.template$/;

/** Whether a path, relative to its workspace or repository root, is an example, a sample or documentation. */
export function isExamplePath(filePath: string): boolean {
  const parts = filePath.split(/[\\/]/);
  const base = (parts.pop() ?? "").toLowerCase();
  return EXAMPLE_FILE.test(base) || parts.some((folder, i) => EXAMPLE_OR_MANUAL_FOLDERS.has(folder.toLowerCase()) || isMavenSite(parts, i));
}

/**
 * Whether a path is an example or a sample (`examples/`, `samples/`, `demo/`, `.env.example`,
 * `config.sample.yml`): code and settings written to be copied and filled in. Not manuals: a
 * project's own documents (a runbook in `docs/`) may hold a real password pasted there.
 */
export function isExampleOrSamplePath(filePath: string): boolean {
  const parts = filePath.split(/[\\/]/);
  const base = (parts.pop() ?? "").toLowerCase();
  return EXAMPLE_FILE.test(base) || parts.some((folder) => EXAMPLE_FOLDERS.has(folder.toLowerCase()));
}

/** Maven's `src/site/`: the project's web pages about itself (mailing lists, a user guide), not a site it deploys. */
function isMavenSite(folders: readonly string[], index: number): boolean {
  return folders[index] === "site" && folders[index - 1] === "src";
}
