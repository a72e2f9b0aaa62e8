/**
 * Addresses in YAML lists of name/value pairs, where the name says what the value is and stands on
 * another line: a Kubernetes container's `env` (Helm charts, Container Apps and Container Instances
 * write theirs alike),
 *
 *   - name: SEARCH_URL
 *     value: "https://search.fabrikam.com"
 *
 * The line rules see the value's line alone, with nothing on it to say the URL is a setting; here
 * the item's `name:` is the evidence, as a setting's name is in a `.env` file (isNamedAddress).
 * The secret rules read the same pairs for secrets (parameter-values.ts).
 */
import { isYamlFile } from "../file-type";
import { lineStartsOf, neighbourLines } from "../line-starts";
import { isLinkSettingName, isSkippedFile } from "./config-value-place";
import { ADDRESS_SETTING_WORDS, isNamedAddress } from "./config-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

const DOCS = "https://learn.microsoft.com/azure/azure-app-configuration/overview";

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
/** `SEARCH_URL`, `search-url`, `Jwt:Authority`, `REDIS_HOST`, `ALLOWED_ORIGINS`: the last word after a separator is an address's. */
const SEPARATED_ADDRESS_NAME = new RegExp(`(?:^|[_.:-])(?:${[...ADDRESS_SETTING_WORDS, "hostname"].join("|")})s?$`, "i");
/** `searchUrl`, `CatalogServer`: the last word in camel case (not `ghost`, not `localhost`). */
const CAMEL_ADDRESS_NAME = new RegExp(`[a-z0-9](?:${[...ADDRESS_SETTING_WORDS.map(capitalised), "URL", "URI", "HostName", "Hostname"].join("|")})s?$`);

/** `- name: SEARCH_URL` or `name: SEARCH_URL` (an item's other key), quoted or not. */
const NAME_KEY = /^(?<column>[ \t]*(?:-[ \t]+)?)name[ \t]*:[ \t]*(?<quote>["']?)(?<name>[A-Za-z_][\w.:-]{0,200})\k<quote>[ \t]*(?:#.*)?$/;
/** `value: https://…`, quoted or not, the whole value (a template such as `$(X)` or `{{ … }}` is no address). */
const VALUE_KEY = /^(?<column>[ \t]*(?:-[ \t]+)?)value[ \t]*:[ \t]*(?<quote>["']?)(?<value>[A-Za-z0-9][^\s"'#{}$<>]{0,2047})\k<quote>[ \t]*(?:#.*)?$/d;
/** How many lines apart an item's name and value may stand. */
const ITEM_LINES = 6;

/** A key's column: where the key starts, after the indentation and a list item's dash. */
const columnOf = (prefix: string) => prefix.length;
/** Whether a line starts a list item (`- …`) at `column`'s dash. */
const startsItem = (prefix: string) => prefix.includes("-");

/**
 * The `value:` of the item whose `name:` is on the line at `nameStart`: among the item's keys (the
 * same column), below the name down to the next item, or above it up to the line that starts it.
 */
function valueOfItem(text: string, nameStart: number, column: number, nameStartsItem: boolean): { readonly start: number; readonly match: RegExpExecArray } | undefined {
  for (const direction of nameStartsItem ? (["down"] as const) : (["down", "up"] as const)) {
    for (const { start, text: withBreak } of neighbourLines(text, nameStart, direction, ITEM_LINES)) {
      const line = withBreak.replace(/\r$/, "");
      const trimmed = line.trimStart();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      const key = /^[ \t]*(?:-[ \t]+)?/.exec(line)![0];
      if (columnOf(key) !== column || (direction === "down" && startsItem(key))) break;
      const value = VALUE_KEY.exec(line);
      if (value) return { start, match: value };
      if (direction === "up" && startsItem(key)) break;
    }
  }
  return undefined;
}

function findEnvListAddresses(text: string, context: RuleContext, wokenAt?: readonly number[]): readonly RuleHit[] {
  if (!isYamlFile(context.filePath) || isSkippedFile(context.filePath)) return [];
  const hits: RuleHit[] = [];
  const lineStarts = wokenAt ?? lineStartsOf(text);
  for (const lineStart of lineStarts) {
    const end = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, end === -1 ? text.length : end).replace(/\r$/, "");
    const named = NAME_KEY.exec(line);
    if (!named) continue;
    const name = named.groups!.name!;
    if (!(SEPARATED_ADDRESS_NAME.test(name) || CAMEL_ADDRESS_NAME.test(name)) || isLinkSettingName(name)) continue;
    const found = valueOfItem(text, lineStart, columnOf(named.groups!.column!), startsItem(named.groups!.column!));
    if (!found || !isNamedAddress(found.match.groups!.value!, name)) continue;
    const [start, valueEnd] = found.match.indices!.groups!.value!;
    hits.push({ start: found.start + start, end: found.start + valueEnd, keyName: name });
  }
  return hits;
}

export const CONFIG_ENV_LIST_RULES: readonly ScannerRule[] = [
  {
    id: "config/named-address",
    title: "Address under a setting named for one",
    kind: "config",
    docsUrl: DOCS,
    declaresName: true,
    keywords: ADDRESS_SETTING_WORDS,
    scope: "text",
    find: findEnvListAddresses,
  },
];
