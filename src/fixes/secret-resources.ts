/**
 * Key Vault secret resources in ARM templates and Bicep: the value of `properties.value` is stored
 * as the secret the resource names (`'${vaultName}/orders-db-password'` → `orders-db-password`).
 * That name, not the document path around the value (`resources:properties:value`), is the setting.
 */
import type { Node } from "jsonc-parser";
import { isKeyVaultSecretName } from "../engine";
import { siblingString } from "./json-edits";

/**
 * `Microsoft.KeyVault/vaults/secrets` (Bicep's with `@<api version>`), or the child form `secrets`
 * a vault's own `resources` (ARM) or body (Bicep) declares, as the engine's rule reads them.
 */
const SECRET_RESOURCE_TYPE = /^(?:Microsoft\.KeyVault\/vaults\/)?secrets(?:@[^@]*)?$/i;

export function isSecretResourceType(type: string | undefined): boolean {
  return type !== undefined && SECRET_RESOURCE_TYPE.test(type);
}

/**
 * The secret's own name in a resource's `name`: its last `/` segment (`vault/secret`, Bicep's
 * `'${vaultName}/secret'`), or in an ARM expression the literal that ends it
 * (`[concat(parameters('vault'), '/secret')]`, `[format('{0}/{1}', parameters('vault'), 'secret')]`).
 * Undefined when the deployment computes it (`'orders-${env}'`, `parameters('secretName')`).
 */
export function secretNameOfResourceName(name: string): string | undefined {
  let written = name;
  if (name.startsWith("[") && !name.startsWith("[[")) {
    // Only a literal that is the expression's last argument is the name's end: one followed by more
    // (`'/orders-', parameters('env')`) is a part, and a parameter's or variable's is its input's name.
    const last = /'((?:[^']|'')*)'\s*(?:\)\s*)*\]$/.exec(name);
    if (!last || /(?:parameters|variables)\(\s*$/i.test(name.slice(0, last.index))) return undefined;
    written = last[1]!.replace(/''/g, "'");
  }
  const secret = written.slice(written.lastIndexOf("/") + 1);
  return isKeyVaultSecretName(secret) ? secret : undefined;
}

/**
 * The secret name of the ARM resource whose `properties.value` member is `property`, or undefined
 * when the member is no Key Vault secret resource's value.
 */
export function armSecretResourceName(property: Node): string | undefined {
  // value → the properties object → its `"properties": {…}` member, a member of the resource.
  const properties = property.parent?.parent;
  if (properties?.type !== "property" || properties.children?.[0]?.value !== "properties") return undefined;
  if (!isSecretResourceType(siblingString(properties, "type"))) return undefined;
  const name = siblingString(properties, "name");
  return name === undefined ? undefined : secretNameOfResourceName(name);
}
