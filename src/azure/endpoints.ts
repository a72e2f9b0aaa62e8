// Endpoint safety. A vault URL or an App Configuration endpoint can come from a file committed to a
// repository; if we connected wherever it pointed, a malicious repository could collect our users'
// secrets (and their Azure tokens) on its own server. So an endpoint is accepted only when its host
// is on one of Azure's data-plane domains, over https on the default port, with no user name,
// path, query or fragment; or, when the *user* enabled the local emulator in a user-level setting,
// on a loopback address over https. Everything is checked on the parsed URL (WHATWG), which is what
// the SDKs connect to, never on the raw text.
import { AzureError } from "./errors";
import { LOOPBACK_HOSTS } from "./loopback";

export type DataPlaneService = "keyVault" | "appConfiguration";
export type AzureCloud = "AzurePublicCloud" | "AzureChinaCloud" | "AzureUSGovernment" | "AzureGermanCloud";

interface DataPlaneDomain {
  readonly service: DataPlaneService;
  /** Host suffix, without the leading dot. */
  readonly suffix: string;
  readonly cloud: AzureCloud;
}

/** Key Vault and App Configuration data-plane domains, public and sovereign clouds. */
export const DATA_PLANE_DOMAINS: readonly DataPlaneDomain[] = [
  { service: "keyVault", suffix: "vault.azure.net", cloud: "AzurePublicCloud" },
  { service: "keyVault", suffix: "vault.azure.cn", cloud: "AzureChinaCloud" },
  { service: "keyVault", suffix: "vault.usgovcloudapi.net", cloud: "AzureUSGovernment" },
  // Azure Germany closed in 2021; its vaults resolve nowhere, but the domain is still Microsoft's.
  { service: "keyVault", suffix: "vault.microsoftazure.de", cloud: "AzureGermanCloud" },
  { service: "appConfiguration", suffix: "azconfig.io", cloud: "AzurePublicCloud" },
  { service: "appConfiguration", suffix: "azconfig.azure.cn", cloud: "AzureChinaCloud" },
  { service: "appConfiguration", suffix: "azconfig.azure.us", cloud: "AzureUSGovernment" },
];

/** Resource Manager, for listing subscriptions, vaults and stores. */
export const ARM_ENDPOINTS: Readonly<Record<AzureCloud, string>> = {
  AzurePublicCloud: "https://management.azure.com",
  AzureChinaCloud: "https://management.chinacloudapi.cn",
  AzureUSGovernment: "https://management.usgovcloudapi.net",
  AzureGermanCloud: "https://management.microsoftazure.de",
};

/**
 * The first DNS label of a data-plane host. Vault names: 3–24 letters, digits and single hyphens,
 * starting with a letter. Store names: 5–50 letters, digits and hyphens; a geo-replica's endpoint
 * adds `-<replica>`. Neither may hold `--`, which also keeps punycode (`xn--…`) labels out.
 */
const RESOURCE_LABEL: Record<DataPlaneService, RegExp> = {
  keyVault: /^[a-z](?:[a-z0-9]|-(?!-)){1,22}[a-z0-9]$/,
  appConfiguration: /^[a-z0-9](?:[a-z0-9]|-(?!-)){3,100}[a-z0-9]$/,
};

const SERVICE_NAMES: Record<DataPlaneService, string> = { keyVault: "Key Vault", appConfiguration: "App Configuration" };

export interface AcceptedEndpoint {
  /** Canonical form: scheme, host and port (when not 443), no trailing slash. What clients use. */
  readonly url: string;
  readonly service: DataPlaneService;
  /** The vault or store name (the first label of the host), or `host:port` for the emulator. */
  readonly name: string;
  readonly cloud: AzureCloud | "localEmulator";
  readonly loopback: boolean;
}

export type EndpointVerdict = { readonly accepted: true; readonly endpoint: AcceptedEndpoint } | { readonly accepted: false; readonly reason: string };

export interface EndpointPolicy {
  /**
   * The user enabled the local emulator in a user-level setting (never a workspace one), so https
   * endpoints on loopback are allowed. A repository can never turn this on.
   */
  readonly allowLoopback: boolean;
  /**
   * How a user allows loopback where this check runs, for the refusal: the editor's user setting
   * by default; the CLI's `run` says its environment variable.
   */
  readonly loopbackHowTo?: string;
}

const EDITOR_LOOPBACK_HOW_TO = "when you enable the local emulator in your user settings (secretHygiene.localEmulator.enabled); a workspace cannot turn that on";

function refuse(reason: string): EndpointVerdict {
  return { accepted: false, reason };
}

function domainOf(host: string): DataPlaneDomain | undefined {
  return DATA_PLANE_DOMAINS.find((domain) => host.endsWith(`.${domain.suffix}`));
}

function isIpLiteral(host: string): boolean {
  return host.startsWith("[") || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

/** The checks every endpoint goes through, whatever its host; returns the parsed URL or why not. */
function parseStrict(input: string, label: string): URL | string {
  const text = input.trim();
  if (text === "") return `The ${label} is empty.`;
  // Whitespace or control characters inside: URL parsing would strip or encode them silently.
  if (/[\s\p{Cc}]/u.test(text)) return `The ${label} contains spaces or control characters.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `'${text}' is not a URL: write it as https://<name>.${label === "vault URL" ? "vault.azure.net" : "azconfig.io"}.`;
  }
  if (url.protocol === "http:") return `The ${label} must use https, not http.`;
  if (url.protocol !== "https:") return `The ${label} must be an https URL, not ${url.protocol}.`;
  // `https://vault.azure.net@evil.com` is a user name in front of evil.com.
  if (url.username !== "" || url.password !== "" || /^[a-z][a-z0-9+.-]*:[/\\]*[^/\\?#]*@/i.test(text)) {
    return `The ${label} must not contain a user name or password ('@' before the host).`;
  }
  if (url.search !== "" || url.hash !== "" || text.includes("?") || text.includes("#")) return `The ${label} must not have a query or a fragment.`;
  if (url.pathname !== "/" && url.pathname !== "") return `Use the ${label} without a path (just https://<host>), not '${url.pathname}'.`;
  return url;
}

/**
 * Decides whether we may connect to `input` for `service`. Reasons are sentences for a diagnostic
 * or an error message. Endpoints from the workspace and from user input both come through here.
 */
export function checkEndpoint(input: string, service: DataPlaneService, policy: EndpointPolicy): EndpointVerdict {
  const label = service === "keyVault" ? "vault URL" : "App Configuration endpoint";
  const parsed = parseStrict(input, label);
  if (typeof parsed === "string") return refuse(parsed);
  const host = parsed.hostname;

  if (LOOPBACK_HOSTS.has(host)) {
    if (!policy.allowLoopback) {
      return refuse(
        `${parsed.host} is a local address. Secret Hygiene connects to one only ${policy.loopbackHowTo ?? EDITOR_LOOPBACK_HOW_TO}.`,
      );
    }
    return { accepted: true, endpoint: { url: parsed.origin, service, name: parsed.host, cloud: "localEmulator", loopback: true } };
  }
  if (isIpLiteral(host)) return refuse(`${parsed.host} is an IP address, not a ${SERVICE_NAMES[service]} host: use the https://<name>.${service === "keyVault" ? "vault.azure.net" : "azconfig.io"} form.`);
  if (host.endsWith(".managedhsm.azure.net") || host.endsWith(".managedhsm.azure.cn") || host.endsWith(".managedhsm.usgovcloudapi.net")) {
    return refuse(`${host} is a Managed HSM, which Secret Hygiene does not support: use a Key Vault (https://<name>.vault.azure.net).`);
  }
  const domain = domainOf(host);
  if (!domain) {
    const suffixes = DATA_PLANE_DOMAINS.filter((candidate) => candidate.service === service).map((candidate) => `.${candidate.suffix}`);
    return refuse(`${host} is not a ${SERVICE_NAMES[service]} host: it must end with ${suffixes.join(", ")}.`);
  }
  if (domain.service !== service) {
    return refuse(`${host} is ${domain.service === "keyVault" ? "a Key Vault" : "an App Configuration store"}, not ${service === "keyVault" ? "a Key Vault" : "an App Configuration store"}.`);
  }
  const name = host.slice(0, host.length - domain.suffix.length - 1);
  if (!RESOURCE_LABEL[service].test(name)) {
    return refuse(`'${name}' is not a valid ${SERVICE_NAMES[service]} name (letters, digits and single hyphens${service === "keyVault" ? ", 3-24 characters, starting with a letter" : ""}).`);
  }
  // URL drops :443 itself; any other port is not the service.
  if (parsed.port !== "") return refuse(`${SERVICE_NAMES[service]} listens on the default https port only, not ${parsed.port}.`);
  return { accepted: true, endpoint: { url: parsed.origin, service, name, cloud: domain.cloud, loopback: false } };
}

/** checkEndpoint that throws an AzureError of kind `endpointRefused`. */
export function requireEndpoint(input: string, service: DataPlaneService, policy: EndpointPolicy): AcceptedEndpoint {
  const verdict = checkEndpoint(input, service, policy);
  if (!verdict.accepted) throw new AzureError("endpointRefused", verdict.reason);
  return verdict.endpoint;
}

/** The same rules for Resource Manager: Azure's management hosts, or loopback for the emulator. */
export function checkArmEndpoint(input: string, policy: EndpointPolicy): EndpointVerdict {
  const parsed = parseStrict(input, "Resource Manager endpoint");
  if (typeof parsed === "string") return refuse(parsed);
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname);
  if (loopback && !policy.allowLoopback) return refuse(`${parsed.host} is a local address, allowed only with the local emulator enabled in your user settings.`);
  const cloud = (Object.keys(ARM_ENDPOINTS) as AzureCloud[]).find((candidate) => ARM_ENDPOINTS[candidate] === parsed.origin);
  if (!loopback && !cloud) return refuse(`${parsed.host} is not an Azure Resource Manager endpoint.`);
  return {
    accepted: true,
    endpoint: { url: parsed.origin, service: "keyVault", name: parsed.host, cloud: loopback ? "localEmulator" : (cloud ?? "AzurePublicCloud"), loopback },
  };
}

/** Whether a URL points at this machine's loopback address (where only the local emulator may be). */
export function isLoopbackEndpoint(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Two endpoints are the same resource when their canonical URLs match (host is case-insensitive). */
export function sameEndpoint(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return a === b;
  }
}
