/**
 * What every replacement builder shares: the request it gets, the result it returns, and the
 * checks that keep a rewrite from changing what the program reads.
 */
import { FixPlanError } from "./errors";
import type { FallbackRead } from "./fallback-read";
import type { FileKind } from "./file-kind";
import type { ConstantMadeVariable, ReplacementStyle, TextEdit } from "./types";

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ReplacementRequest {
  readonly text: string;
  readonly filePath: string;
  readonly kind: FileKind;
  /** The compound credential or the value: what leaves the file. */
  readonly target: Span;
  /** Whether `target` is a compound credential (a connection string) around the secret. */
  readonly compound?: boolean;
  /** `secret` goes to Key Vault, `config` to App Configuration. */
  readonly purpose: "secret" | "config";
  readonly style?: ReplacementStyle;
  /** The environment variable a program reads instead (`DB_PASSWORD`, `ConnectionStrings__Default`). */
  readonly environmentVariable: string;
  /** The secret name or App Configuration key: the token XML configuration builders and pipelines expand. */
  readonly storeName: string;
  /** The configuration key the application reads (`ConnectionStrings:Default`). */
  readonly configurationKey: string;
  /** `@Microsoft.KeyVault(SecretUri=…)` or `@Microsoft.AppConfiguration(…)`; undefined when none can be built. */
  readonly reference?: string;
  /** Why no reference can be built although the caller gave what it needs (a key a reference cannot hold). */
  readonly referenceProblem?: string;
  /** The App Configuration label the value (or, through App Configuration, its reference) is stored under. */
  readonly label?: string;
  /** For notes that show the provider call. */
  readonly storeUrl?: string;
  /** The vault's Resource Manager id, when the caller knows it (see MoveInput.vaultResourceId). */
  readonly vaultResourceId?: string;
  /** See MoveInput.throughAppConfiguration. */
  readonly throughAppConfiguration?: boolean;
  /** The engine's key name for the value (`auth:password`): where a replacement names the setting by its path (a Helm value's `--set`). */
  readonly keyName?: string;
  /** The read whose default the value is (a configuration value only): the move takes the default out. */
  readonly fallbackRead?: FallbackRead;
}

export interface Replacement {
  /** What gets stored (see MovePlan.value). */
  readonly value: string;
  readonly edits: TextEdit[];
  readonly description: string;
  readonly style: ReplacementStyle;
  readonly notes: string[];
  /** See MovePlan.readsConfigurationKey. */
  readonly configurationKey?: string;
  /**
   * The variable the edited code reads, where a framework spells it otherwise than the request's
   * (pydantic-settings with case_sensitive=True reads `orders_api_key`, not `ORDERS_API_KEY`).
   */
  readonly environmentVariable?: string;
  /** See MovePlan.constantMadeVariable. */
  readonly constantMadeVariable?: ConstantMadeVariable;
}

/** ASP.NET Core's own names for the environments whose labels the mappings write in lower case. */
const ASPNET_ENVIRONMENT_NAMES: Readonly<Record<string, string>> = { development: "Development", staging: "Staging", production: "Production" };

/**
 * What the provider must select to see a setting stored under `label`: by default it loads only
 * settings without a label. Labels match case, and ASP.NET Core's environment names are
 * capitalised, so `builder.Environment.EnvironmentName` would miss a lower-case label.
 */
function labelSelection(label: string | undefined): { select: string; why: string } {
  if (!label) return { select: "", why: "" };
  const environmentName = ASPNET_ENVIRONMENT_NAMES[label];
  const caseNote = environmentName
    ? ` Labels match case: builder.Environment.EnvironmentName is "${environmentName}", which does not select "${label}".`
    : " Labels match case.";
  return {
    select: `.Select(KeyFilter.Any, LabelFilter.Null).Select(KeyFilter.Any, ${JSON.stringify(label)})`,
    why: ` It is stored with the label '${label}', and the provider loads only settings without a label unless Select names the label.${caseNote}`,
  };
}

/**
 * How ASP.NET Core gets a setting from App Configuration, under its label; for a secret moved with
 * a Key Vault reference setting, the provider must also resolve references in the vault.
 */
export function appConfigurationProviderNote(request: ReplacementRequest, key = request.configurationKey): string {
  const { select, why } = labelSelection(request.label);
  return request.purpose === "secret"
    ? `Program.cs must call builder.Configuration.AddAzureAppConfiguration(options => options.Connect(…)${select}.ConfigureKeyVault(kv => kv.SetCredential(new DefaultAzureCredential()))) (package Microsoft.Extensions.Configuration.AzureAppConfiguration) so the Key Vault reference ${key} resolves.${why}`
    : `Program.cs must call builder.Configuration.AddAzureAppConfiguration(${select ? `options => options.Connect(…)${select}` : "…"}) (package Microsoft.Extensions.Configuration.AzureAppConfiguration) so ${key} comes from App Configuration.${why}`;
}

/**
 * What an AzureAppConfigurationBuilder (ASP.NET on .NET Framework) needs beyond mode="Token" to
 * find a setting stored under `label`: without labelFilter it reads whichever label comes first.
 */
export function configurationBuilderLabelAttribute(label: string | undefined): string {
  return label ? ` and labelFilter="${label}" (the setting is stored with that label, which matches case)` : "";
}

/** The style a family uses for a whole-value reference: a Key Vault reference, or App Configuration's. */
export function referenceStyle(request: ReplacementRequest): ReplacementStyle {
  return request.purpose === "secret" ? "keyVaultReference" : "configuration";
}

export function requireReference(request: ReplacementRequest): string {
  if (request.referenceProblem !== undefined) throw new FixPlanError("invalidInput", request.referenceProblem);
  if (request.reference === undefined) {
    throw new FixPlanError("invalidInput", "This file takes an @Microsoft.AppConfiguration reference: pass the App Configuration endpoint.");
  }
  return request.reference;
}

/** What App Service (and Functions) need to resolve an @Microsoft.AppConfiguration reference in an app setting, wherever it is written. */
export const APP_CONFIGURATION_REFERENCE_NOTE = "Give the app's managed identity the App Configuration Data Reader role on the store, so App Service can resolve the reference.";

/**
 * A configuration value in a file nothing reads App Configuration keys from by itself: there is no
 * replacement to write, and the user is told what works rather than a style no menu offers.
 */
export function noConfigurationReader(where: string): FixPlanError {
  return new FixPlanError("unsupported", `Nothing reads an App Configuration key from ${where} by itself: have the program read the key from App Configuration, then remove the value here by hand.`);
}

export function unsupportedStyle(style: ReplacementStyle, where: string, supported: readonly ReplacementStyle[]): FixPlanError {
  const choices = supported.length > 0 ? ` Choose ${supported.join(" or ")}.` : "";
  return new FixPlanError("unsupported", `The ${style} style does not work in ${where}.${choices}`);
}

/**
 * Whether replacing `target` amounts to replacing the whole `[contentStart, contentEnd)`: nothing
 * around it but whitespace and the `;`/`,` that the engine leaves off the end of a connection string.
 */
export function coversContent(text: string, contentStart: number, contentEnd: number, target: Span): boolean {
  return /^\s*$/.test(text.slice(contentStart, target.start)) && /^[\s;,]*$/.test(text.slice(target.end, contentEnd));
}

/**
 * Strings whose closing quote written twice stands for one (`''` in YAML and PowerShell, `""` in
 * Visual Basic): a finding stops at such a pair, so the span may be only the part of the value
 * before or after it. Where a pair touches `target`: "whole" when the string holds one word (no
 * blank), which is then the value, to be moved whole; "split" when it holds more, where the
 * value's end is not known. "none" where no pair touches it. (Inside the content every `close` is
 * one of a pair: a lone one would have ended the string.)
 */
export function doubledQuoteAtValue(text: string, contentStart: number, contentEnd: number, target: Span, close: string): "none" | "whole" | "split" {
  const before = text.slice(contentStart, target.start);
  const after = text.slice(target.end, contentEnd);
  if (!before.endsWith(close) && !after.startsWith(close)) return "none";
  return /\s/.test(before + after) ? "split" : "whole";
}

/** An odd run of `escapeChar` right before `at` means `at` is inside an escape sequence. */
export function splitsEscape(text: string, from: number, at: number, escapeChar: string | undefined): boolean {
  if (escapeChar === undefined) return false;
  let run = 0;
  while (at - run - 1 >= from && text[at - run - 1] === escapeChar) run++;
  return run % 2 === 1;
}

/**
 * Least privilege, as Microsoft's secrets guidance asks: whatever reads a moved secret needs only
 * read access. The one wording for every note that says so (the App Service and Terraform notes
 * name the same role for the identity they know).
 */
export function readAccessNote(vaultUrl: string | undefined): string {
  let vault = "the vault";
  try {
    if (vaultUrl) vault = new URL(vaultUrl).host;
  } catch {
    // (Not a URL: the generic wording.)
  }
  return `The identity that reads the secret (the app's managed identity in Azure, yours with "Run with secrets") needs only read access: give it the Key Vault Secrets User role on ${vault}, no more.`;
}

/**
 * For a secret read from the environment: the .env line whose Key Vault reference Run with Secrets
 * resolves (and an App Service app setting takes as it is), so the user need not write it by hand.
 */
export function runWithSecretsNote(name: string, reference: string | undefined): string {
  if (reference === undefined) return `Set ${name} in the environment before the program starts, for example with "Run with secrets".`;
  return `Set ${name} in the environment before the program starts: with the line ${name}="${reference}" in .env, "Run with secrets" sets it from Key Vault; in App Service or Functions, an app setting ${name} takes the same reference.`;
}

/**
 * The .env line that sets `name` from the moved key-value, in App Service's reference syntax (so an
 * app setting takes the same text), which Run with Secrets resolves. The plan's reference names the
 * endpoint and key, and the label where the plan has one. A plan without a reference gets the line
 * built from the store's URL, or one that shows where the endpoint goes.
 */
export function appConfigurationEnvLine(name: string, request: ReplacementRequest): string {
  const reference = request.reference ?? `@Microsoft.AppConfiguration(Endpoint=${request.storeUrl ?? "https://<store>.azconfig.io"}; Key=${request.storeName})`;
  const label = /;\s*Label=/i.test(reference) ? "" : ` (add "; Label=<label>" before the closing bracket if the value is stored under a label)`;
  return `${name}="${reference}"${label}`;
}

/** For a value moved to App Configuration and read from the environment: how the variable gets set. */
export function appConfigurationEnvironmentNote(name: string, request: ReplacementRequest): string {
  return `Set ${name} in the environment before the program starts: with the line ${appConfigurationEnvLine(name, request)} in .env, "Run with secrets" sets it from App Configuration; in App Service or Functions, an app setting ${name} takes the same reference.`;
}

/**
 * How a pipeline or a shell reads a configuration value from App Configuration, for the notes:
 * `az appconfig kv show --endpoint … --key … --label …`, quoted for a shell where needed.
 */
export function appConfigurationRead(request: ReplacementRequest): string {
  const quoted = (text: string) => (/^[\w.:/@+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`);
  const label = request.label ? ` --label ${quoted(request.label)}` : "";
  return `az appconfig kv show --endpoint ${request.storeUrl ?? "<endpoint>"} --key ${quoted(request.storeName)}${label} --auth-mode login --query value -o tsv`;
}

/** Where docker compose takes `${name}` from, and how the moved value gets there. */
export function composeEnvironmentNote(name: string, request: ReplacementRequest): string {
  return request.purpose === "config"
    ? `docker compose takes \${${name}} from the shell environment or the .env file beside the compose file, and resolves no reference itself: put the line ${appConfigurationEnvLine(name, request)} in that .env and start docker compose with "Run with secrets", which sets ${name} from App Configuration (the environment comes before the file).`
    : `docker compose takes \${${name}} from the shell environment or the .env file beside the compose file: set ${name} there, for example with "Run with secrets".`;
}

/** What sets `name` for the program: the secret's notes (with read access) or the App Configuration one, by the request's purpose. */
export function environmentNotes(request: ReplacementRequest, name = request.environmentVariable): string[] {
  return request.purpose === "config" ? [appConfigurationEnvironmentNote(name, request)] : [runWithSecretsNote(name, request.reference), readAccessNote(request.storeUrl)];
}
