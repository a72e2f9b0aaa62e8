/**
 * ASP.NET Core reads a secret removed from appsettings*.json back from Key Vault only when
 * Program.cs adds the Key Vault configuration provider. This plans that addition: one line after
 * the builder is created, reading the vault's URI from configuration (`KeyVault:Uri`, set per
 * environment in appsettings.{env}.json, since the vault differs per environment), and the
 * `using Azure.Identity;` it needs. Nothing when the provider is already there or no builder is found.
 */
import { lineBreakOf } from "./lines";
import type { TextEdit } from "./types";

/** The configuration key that names the vault, per environment. */
export const KEY_VAULT_URI_SETTING = "KeyVault:Uri";

const BUILDER = /^([ \t]*)var\s+(\w+)\s*=\s*(?:WebApplication\.CreateBuilder|Host\.CreateApplicationBuilder|WebApplication\.CreateSlimBuilder)\s*\([^)]*\)\s*;[ \t]*$/m;

export interface ProviderEdit {
  readonly edits: readonly TextEdit[];
  /** What the user must still do: the NuGet packages. */
  readonly note: string;
}

export function addAzureKeyVaultProvider(programText: string): ProviderEdit | undefined {
  if (/\bAddAzureKeyVault\s*\(/.test(programText)) return undefined;
  const builder = BUILDER.exec(programText);
  if (!builder) return undefined;
  const [line, indent, variable] = builder as unknown as [string, string, string];
  const eol = lineBreakOf(programText);
  const end = builder.index + line.length;
  const provider =
    `${eol}${indent}${variable}.Configuration.AddAzureKeyVault(` +
    `new Uri(${variable}.Configuration["${KEY_VAULT_URI_SETTING}"] ?? throw new InvalidOperationException("Set ${KEY_VAULT_URI_SETTING} for this environment.")), ` +
    `new DefaultAzureCredential());`;
  const edits: TextEdit[] = [];
  if (!/^\s*using\s+Azure\.Identity\s*;/m.test(programText)) edits.push({ start: 0, end: 0, newText: `using Azure.Identity;${eol}` });
  edits.push({ start: end, end, newText: provider });
  return { edits, note: "Add the NuGet packages Azure.Extensions.AspNetCore.Configuration.Secrets and Azure.Identity." };
}
