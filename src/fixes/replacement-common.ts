/**
 * What every replacement builder shares: the request it gets, the result it returns, and the
 * checks that keep a rewrite from changing what the program reads.
 */
import { FixPlanError } from "./errors";
import type { FileKind } from "./file-kind";
import type { ReplacementStyle, TextEdit } from "./types";

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
  /** For notes that show the provider call. */
  readonly storeUrl?: string;
  /** The vault's Resource Manager id, when the caller knows it (see MoveInput.vaultResourceId). */
  readonly vaultResourceId?: string;
  /** See MoveInput.throughAppConfiguration. */
  readonly throughAppConfiguration?: boolean;
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
}

/**
 * How ASP.NET Core gets a setting from App Configuration; for a secret moved with a Key Vault
 * reference setting, the provider must also resolve references in the vault.
 */
export function appConfigurationProviderNote(request: ReplacementRequest, key = request.configurationKey): string {
  return request.purpose === "secret"
    ? `Program.cs must call builder.Configuration.AddAzureAppConfiguration(options => options.Connect(…).ConfigureKeyVault(kv => kv.SetCredential(new DefaultAzureCredential()))) (package Microsoft.Extensions.Configuration.AzureAppConfiguration) so the Key Vault reference ${key} resolves.`
    : `Program.cs must call builder.Configuration.AddAzureAppConfiguration(…) so ${key} comes from App Configuration.`;
}

/** The style a family uses for a whole-value reference: a Key Vault reference, or App Configuration's. */
export function referenceStyle(request: ReplacementRequest): ReplacementStyle {
  return request.purpose === "secret" ? "keyVaultReference" : "configuration";
}

export function requireReference(request: ReplacementRequest): string {
  if (request.reference === undefined) {
    throw new FixPlanError("invalidInput", "This file takes an @Microsoft.AppConfiguration reference: pass the App Configuration endpoint.");
  }
  return request.reference;
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

/** An odd run of `escapeChar` right before `at` means `at` is inside an escape sequence. */
export function splitsEscape(text: string, from: number, at: number, escapeChar: string | undefined): boolean {
  if (escapeChar === undefined) return false;
  let run = 0;
  while (at - run - 1 >= from && text[at - run - 1] === escapeChar) run++;
  return run % 2 === 1;
}

export function runWithSecretsNote(name: string): string {
  return `Set ${name} in the environment before the program starts, for example with "Run with secrets".`;
}
