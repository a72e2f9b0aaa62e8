// Configuration values in Kubernetes manifests: an object's or item's `name:` is DNS-shaped when the
// API asks it to be (admission webhooks, CRDs, APIServices), but it names, it does not address.
// Whole-engine scans: whether the file is a manifest is a fact of the file, not of the name's line.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const configValues = (content: string, filePath: string) =>
  scanText({ content, filePath })
    .filter((finding) => finding.kind === "config")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));

test("a manifest's DNS-shaped names are identifiers; its addresses stay configuration", () => {
  const webhook = [
    "apiVersion: admissionregistration.k8s.io/v1",
    "kind: ValidatingWebhookConfiguration",
    "metadata:",
    "  name: orders-policy",
    "webhooks:",
    "  - name: orders.contoso.com",
    "    clientConfig:",
    "      url: https://orders-webhook.corp.fabrikam.com/validate",
    "  - admissionReviewVersions: [v1]",
    '    name: "billing.contoso.com"',
    "---",
    "apiVersion: apiextensions.k8s.io/v1",
    "kind: CustomResourceDefinition",
    "metadata:",
    "  name: orders.fabrikam.com",
    "",
  ].join("\n");
  assert.deepEqual(configValues(webhook, "deploy/k8s/webhook.yaml"), ["https://orders-webhook.corp.fabrikam.com/validate"]);
  // A Helm template, whose version the chart fills in.
  const template = ['apiVersion: {{ include "webhook.apiVersion" . }}', "kind: MutatingWebhookConfiguration", "webhooks:", "  - name: orders.contoso.com", ""].join("\n");
  assert.deepEqual(configValues(template, "charts/orders/templates/webhook.yaml"), []);
});

test("outside a manifest, a name may be a server's", () => {
  const servers = ["relays:", "  - name: relay01.corp.fabrikam.com", "    port: 25", ""].join("\n");
  assert.deepEqual(configValues(servers, "config/relays.yaml"), ["relay01.corp.fabrikam.com"]);
});
