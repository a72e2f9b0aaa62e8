/**
 * The edit that names this environment's vault in an appsettings*.json file (`KeyVault:Uri`), for
 * the Key Vault provider that aspnet-provider.ts adds to Program.cs. Made as the file's author
 * would: in the file's own indentation and line breaks, under the spelling of `KeyVault` the file
 * uses already (configuration keys are case-insensitive, and the JSON provider refuses a key
 * written twice), and only in a file that parses and holds objects along the way.
 */
import { modify, type FormattingOptions, type Node } from "jsonc-parser";
import { KEY_VAULT_URI_SETTING } from "./aspnet-provider";
import { FixPlanError } from "./errors";
import { baseNameOf } from "./file-kind";
import { parsedJson } from "./json-edits";
import { lineBreakOf } from "./lines";
import type { TextEdit } from "./types";

/** What the user does when the file cannot be edited: the move's note says what Program.cs needs. */
const BY_HAND = "add the Key Vault provider by hand";

/**
 * The file's indentation: tabs when its first indented member line starts with one, else its
 * smallest indentation in spaces (2 when nothing is indented), and its line break.
 */
export function formattingOf(text: string): FormattingOptions {
  const indents = [...text.matchAll(/^([ \t]+)["}\]]/gm)].map((match) => match[1]!);
  const eol = lineBreakOf(text);
  if (indents[0]?.startsWith("\t")) return { insertSpaces: false, tabSize: 4, eol };
  const spaces = indents.filter((indent) => !indent.includes("\t")).map((indent) => indent.length);
  return { insertSpaces: true, tabSize: spaces.length ? Math.min(...spaces) : 2, eol };
}

/** The member of `object` named `name` in any case, as ASP.NET Core's configuration finds it. */
function memberNamed(object: Node, name: string): Node | undefined {
  return object.children?.find((member) => {
    const written: unknown = member.children?.[0]?.value;
    return typeof written === "string" && written.toLowerCase() === name.toLowerCase();
  });
}

/**
 * Edits that set `KeyVault:Uri` to `vaultUrl` in the appsettings file at `filePath`, keeping
 * everything else as it is. Throws FixPlanError when the file does not parse, is not an object,
 * or has a `KeyVault` that is not an object (or a `KeyVault:Uri` that is not a string).
 */
export function keyVaultUriEdits(text: string, filePath: string, vaultUrl: string): TextEdit[] {
  const name = baseNameOf(filePath);
  const root = parsedJson(text, filePath, BY_HAND);
  if (root?.type !== "object") throw new FixPlanError("unsupported", `${name} is not a JSON object: ${BY_HAND}.`);
  const segments = KEY_VAULT_URI_SETTING.split(":");
  const path: string[] = [];
  let parent: Node | undefined = root;
  for (const segment of segments) {
    const member: Node | undefined = parent && memberNamed(parent, segment);
    const written: unknown = member?.children?.[0]?.value;
    path.push(typeof written === "string" ? written : segment);
    const value: Node | undefined = member?.children?.[1];
    const last = path.length === segments.length;
    if (value && value.type !== (last ? "string" : "object")) {
      throw new FixPlanError("unsupported", `${name} has a ${path.join(":")} value that is not ${last ? "a string" : "an object"}: set ${KEY_VAULT_URI_SETTING} to ${vaultUrl} and ${BY_HAND}.`);
    }
    parent = value;
  }
  return modify(text, path, vaultUrl, { formattingOptions: formattingOf(text) }).map((edit) => ({ start: edit.offset, end: edit.offset + edit.length, newText: edit.content }));
}

/** The appsettings file every environment reads: ASP.NET Core loads it before appsettings.{Environment}.json. */
const BASE_APPSETTINGS = /^appsettings\.json$/i;
const ENVIRONMENT_APPSETTINGS = /^appsettings\.([^.]+)\.json$/i;

/** Where `KeyVault:Uri` goes: a file (existing in the folder or to be created), or nowhere and why. */
export type KeyVaultUriFile = { readonly fileName: string; readonly exists: boolean } | { readonly fileName?: undefined; readonly reason: string };

/**
 * The appsettings file that names `environment`'s vault, next to `fileName`. An environment's own
 * file (appsettings.Production.json) takes it. The base appsettings.json does not: every
 * environment reads it, so a vault named there would be production's too unless each environment
 * overrode it. Its environment's file does: the one in `siblings` (the folder's file names) whose
 * word is that environment (`canonical`, the mapping's names and aliases); else, when the folder
 * has none, `appsettings.{Environment}.json`, capitalised as ASP.NET Core names its environments
 * (Development, Staging, Production), to be created. None when the environment is unknown or two
 * files of the folder name it.
 */
export function keyVaultUriFileFor(fileName: string, environment: string | undefined, siblings: readonly string[], canonical: (word: string) => string | undefined): KeyVaultUriFile {
  if (!BASE_APPSETTINGS.test(fileName)) return { fileName, exists: true };
  if (!environment) return { reason: `${fileName} is read in every environment, and this file's environment is not known: set ${KEY_VAULT_URI_SETTING} in each environment's appsettings.{Environment}.json` };
  return environmentAppSettings(environment, siblings, canonical);
}

/** `environment`'s appsettings.{Environment}.json among `siblings`, or the name to create (see keyVaultUriFileFor). */
export function environmentAppSettings(environment: string, siblings: readonly string[], canonical: (word: string) => string | undefined): KeyVaultUriFile {
  const own = siblings.filter((sibling) => {
    const word = ENVIRONMENT_APPSETTINGS.exec(sibling)?.[1];
    return word !== undefined && (word.toLowerCase() === environment.toLowerCase() || canonical(word) === environment.toLowerCase());
  });
  // The environment's own name first (appsettings.Production.json beside appsettings.prod.json).
  const exact = own.filter((sibling) => sibling.toLowerCase() === `appsettings.${environment.toLowerCase()}.json`);
  const chosen = exact.length === 1 ? exact : own;
  if (chosen.length === 1) return { fileName: chosen[0]!, exists: true };
  if (chosen.length > 1) return { reason: `${chosen.join(" and ")} both name ${environment}: set ${KEY_VAULT_URI_SETTING} in the one ASP.NET Core reads for it` };
  return { fileName: `appsettings.${environment.charAt(0).toUpperCase()}${environment.slice(1)}.json`, exists: false };
}
