// Configuration values in a Docker Compose file: a single-label host that is one of the file's own
// `services:` keys is the name Compose gives that service on the project's network, the same
// wherever the file runs. Whole-engine scans: the services are a fact of the file, not of a line.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DocumentScanner, scanText } from "../../src/engine";

const COMPOSE = [
  "services:",
  "  api:",
  "    image: orders-api:dev",
  "    environment:",
  "      REDIS_URL: redis://redis:6379",
  "      DB_HOST: db",
  "      SEARCH_URL: http://elasticsearch:9200",
  '      ConnectionStrings__Storage: "UseDevelopmentStorage=true;DevelopmentStorageProxyUri=http://azurite:10000/devstoreaccount1"',
  "      CACHE_HOST: cache-orders",
  "      LEGACY_URL: http://legacy-orders.corp.fabrikam.com:8080",
  "  redis:",
  "    image: redis:7",
  '  "db":',
  "    image: postgres:16",
  "  elasticsearch:",
  "    image: elasticsearch:8.13.0",
  "  azurite: # the Storage emulator",
  "    image: mcr.microsoft.com/azure-storage/azurite",
  "volumes:",
  "  search-data:",
  "",
].join("\n");

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("a host that is one of the Compose file's services is its network name, not a configuration value", () => {
  // `cache-orders` and the corporate host are no service of this file: each environment sets them.
  assert.deepEqual(configValues(COMPOSE, "docker-compose.yml"), ["cache-orders", "http://legacy-orders.corp.fabrikam.com:8080"]);
  // Whatever the file is called (`docker compose -f stack.yml`), and in the editor's untitled compose
  // file. (Not named as a settings file, it has no single-label host under a setting's name.)
  assert.deepEqual(configValues(COMPOSE, "deploy/stack.yaml"), ["http://legacy-orders.corp.fabrikam.com:8080"]);
  const untitled = scanText({ content: COMPOSE, filePath: "Untitled-1", languageId: "dockercompose" }).filter((finding) => finding.kind === "config");
  assert.deepEqual(untitled.map((finding) => finding.preview), ["http://legacy-orders.corp.fabrikam.com:8080"]);
});

test("only the top-level services' own keys count, and only a single label", () => {
  // `image` and `environment` are a service's settings, `search-data` a volume: no service names.
  const keys = ["services:", "  api:", "    environment:", "      SEARCH_HOST: environment", "      VOLUME_HOST: search-data", "volumes:", "  search-data:", ""].join("\n");
  assert.deepEqual(configValues(keys, "docker-compose.yml"), ["environment", "search-data"]);
  // A dotted host is a name on some other network, even if its first label is a service's.
  const dotted = ["services:", "  api:", "    environment:", "      SEARCH_URL: http://search.corp.fabrikam.com:9200", "  search:", "    image: elasticsearch:8.13.0", ""].join("\n");
  assert.deepEqual(configValues(dotted, "docker-compose.yml"), ["http://search.corp.fabrikam.com:9200"]);
  // Not a `services:` nested in something else (a Helm values file's), nor outside YAML.
  const nested = ["app:", "  services:", "    search:", "      port: 9200", "  environment:", "    SEARCH_URL: http://search:9200", ""].join("\n");
  assert.deepEqual(configValues(nested, "values.yaml"), ["http://search:9200"]);
});

test("an edit that adds the service is seen by the next scan of the same document", () => {
  const scanner = new DocumentScanner();
  const before = ["services:", "  api:", "    environment:", "      SEARCH_URL: http://search:9200", ""].join("\n");
  const count = (content: string) => scanner.scan({ content, filePath: "docker-compose.yml" }).filter((finding) => finding.kind === "config").length;
  assert.equal(count(before), 1);
  assert.equal(count(`${before}  search:\n    image: elasticsearch:8.13.0\n`), 0);
  assert.equal(count(before), 1);
});
