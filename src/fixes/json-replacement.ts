/**
 * JSON settings files. App Service and Functions settings (local.settings.json, ARM templates,
 * App Service settings arrays) take a reference in place of the whole string; appsettings*.json
 * loses the member, and the configuration provider (Key Vault or App Configuration) supplies the
 * same key. JSON cannot hold half a reference, so the stored value is always the whole string.
 */
import { parameterReference } from "./arm-parameters";
import { armLiteral, armTemplateDefault, parameterOf } from "./deployment-parameters";
import { FixPlanError } from "./errors";
import type { JsonFlavour } from "./file-kind";
import { jsonStringAt, removeMemberEdits, siblingString } from "./json-edits";
import { MAX_SECRET_NAME_LENGTH } from "./names";
import type { JsonString } from "./json-edits";
import { APP_CONFIGURATION_REFERENCE_NOTE, appConfigurationProviderNote, noConfigurationReader, readAccessNote, referenceStyle, requireReference, unsupportedStyle } from "./replacement-common";
import type { Replacement, ReplacementRequest } from "./replacement-common";
import type { ReplacementStyle } from "./types";

/** Where App Service resolves references: its app settings and connection strings. */
function isAppServiceSetting(json: JsonString, flavour: JsonFlavour): boolean {
  if (flavour === "localSettings") return true;
  if (json.path.some((key) => typeof key === "string" && /^(?:appSettings|connectionStrings)$/i.test(key))) return true;
  // `az webapp config appsettings list` and the portal's Advanced edit: [{ "name", "value", "slotSetting" }].
  return json.path.length === 2 && json.path[1] === "value" && json.property !== undefined && siblingString(json.property, "name") !== undefined;
}

/**
 * Why no secret name exists that the Key Vault configuration provider (its default
 * KeyVaultSecretManager) reads as this key, or undefined when one does: each segment letters,
 * digits and single inner `-` (a `--` would read as `:`), joined by `--`, 127 characters at most.
 */
function keyVaultNameProblem(path: readonly string[]): { readonly problem: "characters" } | { readonly problem: "length"; readonly length: number } | undefined {
  // (A member's name may hold the `:` itself: `"ConnectionStrings:Default"` is the same key.)
  const segments = path.flatMap((segment) => segment.split(":"));
  if (!segments.every((segment) => /^[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$/.test(segment))) return { problem: "characters" };
  const length = segments.join("--").length;
  return length > MAX_SECRET_NAME_LENGTH ? { problem: "length", length } : undefined;
}

/** Why the provider cannot supply `keyPath`, and the remedy that fits: other characters, or a shorter key. */
function unnameableKey(keyPath: string, path: readonly string[], problem: NonNullable<ReturnType<typeof keyVaultNameProblem>>): FixPlanError {
  const throughAppConfiguration = (keysMay: string) => `or use "Move Secret to Key Vault and Reference It from App Configuration", whose keys may ${keysMay}`;
  if (problem.problem === "length") {
    return new FixPlanError(
      "unsupported",
      `The Key Vault configuration provider cannot supply ${keyPath}: its secret's name would be ${problem.length} characters, and Key Vault allows at most ${MAX_SECRET_NAME_LENGTH}. Shorten the key where it is read and here, then move it; ${throughAppConfiguration("be longer")}.`,
    );
  }
  const renamed = path.flatMap((segment) => segment.split(":")).map((segment) => segment.replace(/[^0-9A-Za-z]+/g, "")).join(":") || "Db:Password";
  return new FixPlanError(
    "unsupported",
    `The Key Vault configuration provider cannot supply ${keyPath}: a secret's name holds only letters, digits and - (with -- read as :), so no secret maps to this key. Rename the key where it is read (for example ${renamed}) and here, then move it; ${throughAppConfiguration("hold it")}.`,
  );
}

function removeMember(request: ReplacementRequest, json: JsonString, flavour: JsonFlavour): Replacement {
  const { property } = json;
  if (!property || json.path.some((key) => typeof key === "number")) {
    throw new FixPlanError("unsupported", "Only an object member can be removed; this value is in an array (removing it would renumber the others).");
  }
  const keyPath = json.path.join(":");
  const notes: string[] = [];
  const unnameable = request.purpose === "secret" && !request.throughAppConfiguration && flavour === "appSettings" ? keyVaultNameProblem(json.path as string[]) : undefined;
  // No secret name maps to the key: the member would go, and the application would read nothing.
  if (unnameable) throw unnameableKey(keyPath, json.path as string[], unnameable);
  if (request.purpose === "secret" && request.throughAppConfiguration) {
    notes.push(appConfigurationProviderNote(request, keyPath));
  } else if (request.purpose === "secret") {
    const vault = request.storeUrl ?? "<vault URL>";
    notes.push(
      `Program.cs must call builder.Configuration.AddAzureKeyVault(new Uri("${vault}"), new DefaultAzureCredential()) (package Azure.Extensions.AspNetCore.Configuration.Secrets) so ${keyPath} comes from the vault.`,
      readAccessNote(request.storeUrl),
    );
    const mapsTo = request.storeName.replace(/--/g, ":");
    if (mapsTo.toLowerCase() !== keyPath.toLowerCase()) {
      notes.push(`The Key Vault provider reads the secret ${request.storeName} as ${mapsTo}, not ${keyPath}: name the secret ${keyPath.replace(/:/g, "--")} or read ${mapsTo} in code.`);
    }
  } else {
    notes.push(appConfigurationProviderNote(request, keyPath));
  }
  if (flavour !== "appSettings") notes.push("The setting is removed from this file: whatever reads the file must now get it from elsewhere.");
  return {
    value: json.value,
    edits: removeMemberEdits(request.text, property),
    description: `removes ${keyPath} from the file`,
    style: "removeValue",
    notes,
    // What ASP.NET Core reads in place of the removed member; other JSON files are read by whatever reads them.
    ...(flavour === "appSettings" ? { configurationKey: keyPath } : {}),
  };
}

export function jsonReplacement(request: ReplacementRequest, flavour: JsonFlavour): Replacement {
  const { text, target, purpose } = request;
  const json = jsonStringAt(text, request.filePath, target.start, target.end);
  const appService = flavour !== "appSettings" && isAppServiceSetting(json, flavour);
  const reference = referenceStyle(request);
  const parameter = flavour === "armParameters" && purpose === "secret" ? parameterOf(json, "value") : undefined;
  if (parameter !== undefined && (request.style === undefined || request.style === "keyVaultReference")) return parameterReference(request, json, parameter);
  if (flavour === "armTemplate" && purpose === "secret" && (request.style === undefined || request.style === "removeValue")) {
    const parameterDefault = armTemplateDefault(request, json);
    if (parameterDefault) return parameterDefault;
  }
  const defaultStyle: ReplacementStyle | undefined =
    flavour === "appSettings" ? "removeValue" : appService || (flavour === "other" && purpose === "secret") ? reference : undefined;
  if (request.style === undefined && defaultStyle === undefined) {
    if (flavour === "armTemplate") {
      throw new FixPlanError(
        "unsupported",
        purpose === "secret"
          ? "Outside appSettings and connectionStrings nothing resolves a reference in an ARM template: use a securestring parameter with a Key Vault reference in the parameters file, or choose the reference style explicitly."
          : "Outside appSettings and connectionStrings nothing resolves an App Configuration reference in an ARM template: pass the value as a parameter set at deployment (for example from az appconfig kv show), then remove it here by hand.",
      );
    }
    if (flavour === "armParameters" && purpose === "secret") {
      throw new FixPlanError("unsupported", "In a parameters file only a parameter's whole value can become a Key Vault reference: move this value by hand, or choose the reference style explicitly.");
    }
    // (Only a configuration value gets here: a secret in other JSON takes the Key Vault reference.)
    throw noConfigurationReader("this JSON file (it is neither appsettings.json nor an App Service setting)");
  }
  const style = request.style ?? defaultStyle!;
  if (style === "removeValue") return removeMember(request, json, flavour);
  if (style !== reference) throw unsupportedStyle(style, "JSON files", [reference, "removeValue"]);
  const value = flavour === "armTemplate" ? armLiteral(json.value) : json.value;
  const referenceText = requireReference(request);
  const notes: string[] = [];
  if (appService) {
    notes.push(
      purpose === "secret"
        ? "Give the app's managed identity the Key Vault Secrets User role on the vault, so App Service can resolve the reference."
        : APP_CONFIGURATION_REFERENCE_NOTE,
    );
  }
  if (flavour === "localSettings") notes.push('The Functions host resolves references in Azure; to run locally with the value, use "Run with secrets".');
  if (!appService) notes.push('Nothing resolves a reference in this file by itself: the program reading it must, or run it with "Run with secrets".');
  return {
    value,
    edits: [{ start: json.node.offset, end: json.node.offset + json.node.length, newText: JSON.stringify(referenceText) }],
    description: referenceText,
    style,
    notes,
  };
}
