/**
 * Whether a file reads an environment variable already, in one of the forms the fix writes for its
 * kind of file: a second secret must not be given a variable another one's replacement reads.
 */
import { environmentReads } from "./code-replacement";
import { stoppingExpansion } from "./stopping-read";
import { actionsSecretName, npmEnvironmentVariable } from "./config-replacement";
import { cellTypePathOf } from "./cell-magic";
import { fallbackReadAt } from "./fallback-read";
import { fileKindOf, type FileKind } from "./file-kind";
import { environmentVariableForKey } from "./names";

/**
 * The name a file of `kind` writes for `variable`: `.npmrc`'s `NPM_TOKEN` for `AUTH_TOKEN`, an
 * Actions secret's `GH_TOKEN` for `GITHUB_TOKEN`. Two variables a file writes alike are one.
 */
export function writtenVariable(kind: FileKind, variable: string): string {
  if (kind.family === "npmrc") return npmEnvironmentVariable(variable);
  if (kind.family === "yaml" && kind.dialect === "githubActions") return actionsSecretName(variable);
  return variable;
}

/** Configuration files' reads: compose's, envsubst's and npm's `${X}` (compose's `${X:?…}`), the tools' `%X%`, `${env.X}`, `${env:X}`, `$(X)`, Actions' `secrets.X`. */
function configurationReads(name: string): string[] {
  return [`\${${name}}`, stoppingExpansion(name), `%${name}%`, `\${env.${name}}`, `\${env:${name}}`, `$(${name})`, `secrets.${name}`];
}

export function readsVariable(text: string, kind: FileKind, name: string): boolean {
  const reads = kind.family === "code" ? environmentReads(kind.language, name) : configurationReads(name);
  // (Whole: `process.env.API_KEY` does not read `process.env.API_KEY_2`.)
  return reads.some((read) => {
    for (let at = text.indexOf(read); at !== -1; at = text.indexOf(read, at + 1)) if (!/\w/.test(text[at + read.length] ?? "")) return true;
    return false;
  });
}

/**
 * Whether the file already reads the variable a configuration move under `key` would write
 * (`SETTINGS__HOSTNAME` for `settings:hostname`): another value moved from it reads that one.
 * With the value's place (`start`, `end`), the read the value is the default of
 * (`process.env.ORDERS_URL ?? "…"`) is its own, not another value's.
 */
export function readsKeyVariable(place: { readonly text: string; readonly filePath: string; readonly languageId?: string; readonly start?: number; readonly end?: number }, key: string): boolean {
  const typePath = cellTypePathOf(place.filePath, place.languageId, place.text);
  const kind = fileKindOf(typePath, place.text);
  let { text } = place;
  if (place.start !== undefined && place.end !== undefined) {
    const own = fallbackReadAt(text, typePath, kind, { start: place.start, end: place.end });
    if (own) text = text.slice(0, own.whole.start) + " ".repeat(own.whole.end - own.whole.start) + text.slice(own.whole.end);
  }
  return readsVariable(text, kind, writtenVariable(kind, environmentVariableForKey(key)));
}
