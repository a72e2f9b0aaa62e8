// Key Vault secret URIs (https://<vault>.vault.azure.net/secrets/<name>[/<version>]), what App
// Configuration references and App Service `@Microsoft.KeyVault(SecretUri=…)` settings point at.
import { SECRET_NAME_PATTERN } from "../engine/key-vault-names";
import { AzureError } from "./errors";
import { checkEndpoint, type EndpointPolicy } from "./endpoints";

const SECRET_PATH = new RegExp(String.raw`^/secrets/(${SECRET_NAME_PATTERN})(?:/([0-9a-fA-F]{32})?)?$`);

export interface SecretUri {
  readonly vaultUrl: string;
  readonly name: string;
  /** Undefined: the latest version. */
  readonly version?: string;
}

/** The URI of a secret; without a version it is the latest one (trailing slash, as App Service expects). */
export function secretUri(vaultUrl: string, name: string, version?: string): string {
  return `${vaultUrl.replace(/\/$/, "")}/secrets/${name}/${version ?? ""}`;
}

/**
 * Whether two secret URIs name the same secret, the same version or both the latest one, as
 * Key Vault reads them: host and name without regard to case, with or without the trailing slash
 * (the portal writes none, App Service's form has one). Not URIs of secrets: never the same.
 */
export function sameSecretUri(a: string, b: string): boolean {
  const [first, second] = [looseSecretUri(a), looseSecretUri(b)];
  return first !== undefined && second !== undefined && first === second;
}

/** `host/name/version` in lower case, without checking the host against an endpoint policy. */
function looseSecretUri(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    return undefined;
  }
  const match = SECRET_PATH.exec(url.pathname);
  if (!match || url.protocol !== "https:" || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") return undefined;
  return `${url.host}/${match[1]}/${match[2] ?? ""}`.toLowerCase();
}

const SECRET_URI_FORM = "https://<vault>.vault.azure.net/secrets/<name>";

/**
 * A URI as an error may show it: its scheme, host and path. Its user, password, query and
 * fragment may hold a credential (a pasted SAS URL's signature), and text that is no URL at all
 * may be the secret itself: neither is shown.
 */
function shownUri(uri: string, url: URL | undefined): string {
  if (!url) return `A value of ${uri.trim().length} characters that is no URL`;
  const hidden = url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "" ? " (its credentials, query and fragment not shown)" : "";
  return `'${url.protocol}//${url.host}${url.pathname}'${hidden}`;
}

/** Parses and checks a secret URI: its vault must pass the same endpoint rules as a vault URL. */
export function parseSecretUri(uri: string, policy: EndpointPolicy): SecretUri {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    throw new AzureError("endpointRefused", `${shownUri(uri, undefined)} is not a Key Vault secret URI (${SECRET_URI_FORM}).`);
  }
  const match = SECRET_PATH.exec(url.pathname);
  if (!match || url.search !== "" || url.hash !== "") {
    throw new AzureError("endpointRefused", `${shownUri(uri, url)} is not a Key Vault secret URI (${SECRET_URI_FORM}).`);
  }
  const verdict = checkEndpoint(`${url.protocol}//${url.host}`, "keyVault", policy);
  if (!verdict.accepted) throw new AzureError("endpointRefused", verdict.reason);
  if (url.username !== "" || url.password !== "") throw new AzureError("endpointRefused", "A secret URI must not contain a user name or password.");
  return { vaultUrl: verdict.endpoint.url, name: match[1]!, version: match[2]?.toLowerCase() };
}
