/**
 * ARM deployment parameters files (`"$schema": "…/deploymentParameters.json#"`). A parameter's
 * `"value": "…"` becomes the reference Resource Manager resolves at deployment:
 *
 *   "reference": { "keyVault": { "id": "/subscriptions/…/vaults/<vault>" }, "secretName": "<name>" }
 *
 * An `@Microsoft.KeyVault(…)` string in its place would be deployed as the password itself: only
 * App Service resolves that form. The reference names the vault by its Resource Manager id, which
 * the vault URL does not tell, so the plan asks for it (FixPlanError `needsVaultResource`).
 */
import { TEMPLATE_DEPLOYMENT_NOTE } from "./deployment-parameters";
import { FixPlanError } from "./errors";
import type { JsonString } from "./json-edits";
import { lineAt, lineBreakOf } from "./lines";
import type { Replacement, ReplacementRequest } from "./replacement-common";


/** The whitespace before `offset` on its line when nothing else precedes it there; undefined when something does. */
function lineIndentBefore(text: string, offset: number): string | undefined {
  const before = text.slice(lineAt(text, offset).start, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

export function parameterReference(request: ReplacementRequest, json: JsonString, parameter: string): Replacement {
  const property = json.property!;
  if (request.vaultResourceId === undefined) {
    throw new FixPlanError("needsVaultResource", "A parameters file names the vault by its Resource Manager id: look the vault up (sign in to Azure, or start the local emulator) and try again.");
  }
  const id = JSON.stringify(request.vaultResourceId);
  const secretName = JSON.stringify(request.storeName);
  const indent = lineIndentBefore(request.text, property.offset);
  // A member on its own line gets the reference spread over lines, as the portal writes it; one
  // written inline (`{ "value": "…" }`) stays inline.
  const unit = indent?.includes("\t") ? "\t" : "  ";
  const newText =
    indent === undefined
      ? `"reference": { "keyVault": { "id": ${id} }, "secretName": ${secretName} }`
      : `"reference": {\n${indent}${unit}"keyVault": { "id": ${id} },\n${indent}${unit}"secretName": ${secretName}\n${indent}}`;
  const eol = lineBreakOf(request.text);
  return {
    value: json.value,
    edits: [{ start: property.offset, end: property.offset + property.length, newText: newText.replace(/\n/g, eol) }],
    description: `a Key Vault reference to ${request.storeName} (resolved by Resource Manager at deployment)`,
    style: "keyVaultReference",
    notes: [
      `The template must declare ${parameter} as securestring (or secureObject): Resource Manager passes Key Vault references only to secure parameters.`,
      TEMPLATE_DEPLOYMENT_NOTE,
    ],
  };
}
