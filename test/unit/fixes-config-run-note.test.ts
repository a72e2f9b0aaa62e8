// A configuration value moved to App Configuration and read from the environment (outside .NET):
// the note gives the .env line with the move's App Configuration reference, and that very line,
// resolved as Run with Secrets resolves it, gives the program the moved value.
import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryConfigurationStore, MemorySecretStore, resolveEnvFile } from "../../src/azure";
import { scanText } from "../../src/engine";
import { planConfigMove, planMove } from "../../src/fixes";
import { appConfigurationEnvLine, type ReplacementRequest } from "../../src/fixes/replacement-common";

const ENDPOINT = "https://contoso-config.azconfig.io";

function planned(text: string, filePath: string, options: { endpoint?: string } = { endpoint: ENDPOINT }) {
  const finding = scanText({ content: text, filePath }).find((candidate) => candidate.kind === "config");
  assert.ok(finding, `a configuration value in ${filePath}`);
  return planConfigMove({ text, filePath, finding, key: "ordersUrl", ...options });
}

/** The `NAME="…"` line a note tells the user to put in .env. */
function envLineIn(notes: readonly string[]): string {
  const line = /the line ([A-Z_][A-Z0-9_]*="[^"]*")/.exec(notes.join(" "))?.[1];
  assert.ok(line, `a .env line in: ${notes.join(" ")}`);
  return line;
}

test("code that now reads the environment: the note's .env line, resolved as Run with Secrets does, gives the moved value", async () => {
  const plan = planned(`const ordersUrl = "https://orders.internal.contoso.com/api";\n`, "src/client.ts");
  const line = envLineIn(plan.notes);
  assert.equal(line, `ORDERSURL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ordersUrl)"`);
  assert.ok(!plan.notes.some((note) => note.endsWith('for example with "Run with secrets".')), "not the secret's note, which names no key");
  assert.match(plan.notes.join(" "), /Label=<label>.*if the value is stored under a label/, "the plan has no label: the note says where one goes");

  const store = new MemoryConfigurationStore({ storeName: "contoso-config" });
  await store.setSetting({ key: "ordersUrl", value: plan.value });
  const resolved = await resolveEnvFile(`${line}\n`, ".env", {
    policy: { allowLoopback: false },
    openVault: () => new MemorySecretStore(),
    openConfigurationStore: () => store,
  });
  assert.deepEqual(resolved.env, { ORDERSURL: plan.value });
});

test("Python, docker compose and Maven name the same line; compose says that it resolves no reference itself", () => {
  const python = planned(`ORDERS_URL = "http://10.1.2.3:8080/api"\n`, "app.py");
  assert.match(envLineIn(python.notes), /^ORDERSURL="@Microsoft\.AppConfiguration\(Endpoint=https:\/\/contoso-config\.azconfig\.io; Key=ordersUrl\)"$/);
  const compose = planned(`services:\n  web:\n    environment:\n      ORDERS_URL: http://10.1.2.3:8080/api\n`, "docker-compose.yml");
  assert.equal(compose.replacementDescription, "${ORDERSURL:?ORDERSURL is not set}");
  assert.match(compose.notes.join(" "), /resolves no reference itself: put the line ORDERSURL="@Microsoft\.AppConfiguration\(Endpoint=https:\/\/contoso-config\.azconfig\.io; Key=ordersUrl\)".* in that \.env and start docker compose with "Run with secrets"/);
  const maven = planned(`<settings><profiles><profile><properties><orders.url>http://10.1.2.3:8080/api</orders.url></properties></profile></profiles></settings>\n`, "settings.xml");
  assert.match(maven.notes.join(" "), /^Maven reads \$\{env\.ORDERSURL\} from the environment\. .*the line ORDERSURL="@Microsoft\.AppConfiguration/);
});

test("without an endpoint the line shows where it goes; with a label in the plan's reference the line carries it and says no more", () => {
  assert.equal(envLineIn(planned(`const ordersUrl = "https://orders.internal.contoso.com/api";\n`, "src/client.ts", {}).notes), 'ORDERSURL="@Microsoft.AppConfiguration(Endpoint=https://<store>.azconfig.io; Key=ordersUrl)"');
  const request = { purpose: "config", storeName: "ordersUrl", reference: `@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ordersUrl; Label=development)` } as ReplacementRequest;
  assert.equal(appConfigurationEnvLine("ORDERSURL", request), `ORDERSURL="@Microsoft.AppConfiguration(Endpoint=${ENDPOINT}; Key=ordersUrl; Label=development)"`);
});

test("a secret moved to Key Vault keeps its own note", () => {
  const text = `const token = "ghp_${"V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e"}";\n`;
  const finding = scanText({ content: text, filePath: "src/a.ts" }).find((candidate) => candidate.kind === "secret");
  assert.ok(finding);
  const plan = planMove({ text, filePath: "src/a.ts", finding, secretName: "github-token", vaultUrl: "https://contoso-orders-kv.vault.azure.net" });
  assert.ok(
    plan.notes.includes('Set TOKEN in the environment before the program starts: with the line TOKEN="@Microsoft.KeyVault(SecretUri=https://contoso-orders-kv.vault.azure.net/secrets/github-token/)" in .env, "Run with secrets" sets it from Key Vault; in App Service or Functions, an app setting TOKEN takes the same reference.'),
    plan.notes.join(" "),
  );
  assert.ok(!plan.notes.join(" ").includes("AppConfiguration"));
});
