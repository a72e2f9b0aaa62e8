/**
 * Addresses in YAML lists of name/value pairs, where the name says what the value is and stands on
 * another line: a Kubernetes container's `env` (Helm charts, Container Apps and Container Instances
 * write theirs alike),
 *
 *   - name: SEARCH_URL
 *     value: "https://search.fabrikam.com"
 *
 * and a JSON settings file's list written one member a line (`appsettings.json`'s
 *
 *   "AllowedOrigins": [
 *     "https://portal.fabrikam.com",
 *
 * ). The line rules see the value's line alone, with nothing on it to say the URL is a setting; here
 * the item's `name:` or the list's key is the evidence, as a setting's name is in a `.env` file
 * (isNamedAddress). The secret rules read the same pairs for secrets (parameter-values.ts).
 */
import { isSettingsFile, isYamlFile } from "../file-type";
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
/** `"AllowedOrigins": [` with nothing after the bracket: the members follow, one a line. */
const JSON_LIST_OPENS = /^[ \t]*"(?<name>[A-Za-z_][\w.:-]{0,200})"[ \t]*:[ \t]*\[[ \t]*$/;
/** `"https://portal.fabrikam.com",`: a list member alone on its line. */
const JSON_LIST_MEMBER = /^[ \t]*"(?<value>[A-Za-z0-9][^\s"\\{}$<>]{0,2047})"[ \t]*,?[ \t]*$/d;
/** How many members of one list are read: settings lists are short; a longer one is data. */
const LIST_MEMBERS = 32;

/**
 * For the keyword pass: the address word ends the name of a YAML item's `name:` line or of a JSON
 * list's key opening a list at the end of its line, as NAME_KEY and JSON_LIST_OPENS read them (the
 * name may end in `s`, `host` may go on as `hostname`). `host`, `origin` and `url` are on every
 * hundredth line of code; this rule reads only lines of these two shapes.
 */
const NAME_LINE_ENDS_AFTER_WORD = /(?:name)?s?(?:["']?[ \t]*(?:#[^\r\n]*)?|"[ \t]*:[ \t]*\[[ \t]*)(?:\r?\n|$)/iy;
function endsNameLine(text: string, end: number): boolean {
  NAME_LINE_ENDS_AFTER_WORD.lastIndex = end;
  return NAME_LINE_ENDS_AFTER_WORD.test(text);
}

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
    for (const { start, text: line } of neighbourLines(text, nameStart, direction, ITEM_LINES)) {
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

const namesAddress = (name: string) => (SEPARATED_ADDRESS_NAME.test(name) || CAMEL_ADDRESS_NAME.test(name)) && !isLinkSettingName(name);

/** A YAML list item's address under its `name:` on the line at `lineStart`. */
function envListItemAddress(text: string, lineStart: number, line: string, hits: RuleHit[]): void {
  const named = NAME_KEY.exec(line);
  if (!named || !namesAddress(named.groups!.name!)) return;
  const name = named.groups!.name!;
  const found = valueOfItem(text, lineStart, columnOf(named.groups!.column!), startsItem(named.groups!.column!));
  if (!found || !isNamedAddress(found.match.groups!.value!, name)) return;
  const [start, valueEnd] = found.match.indices!.groups!.value!;
  hits.push({ start: found.start + start, end: found.start + valueEnd, keyName: name });
}

/**
 * The addresses among the members of a JSON list opened on the line at `lineStart`, up to the
 * first line that is not one member. Named by the file's path to the list (`Cors:AllowedOrigins`),
 * as the line rules name a list written on one line.
 */
function jsonListAddresses(text: string, lineStart: number, line: string, hits: RuleHit[]): void {
  const name = JSON_LIST_OPENS.exec(line)?.groups?.name;
  if (name === undefined || !namesAddress(name.slice(name.lastIndexOf(":") + 1))) return;
  for (const { start, text: member } of neighbourLines(text, lineStart, "down", LIST_MEMBERS)) {
    const match = JSON_LIST_MEMBER.exec(member);
    if (!match) return;
    if (!isNamedAddress(match.groups!.value!, name)) continue;
    const [valueStart, valueEnd] = match.indices!.groups!.value!;
    hits.push({ start: start + valueStart, end: start + valueEnd });
  }
}

function findNamedAddresses(text: string, context: RuleContext, wokenAt?: readonly number[]): readonly RuleHit[] {
  if (isSkippedFile(context.filePath)) return [];
  const read = isYamlFile(context.filePath) ? envListItemAddress : isJsonSettingsFile(context.filePath) ? jsonListAddresses : undefined;
  if (!read) return [];
  const hits: RuleHit[] = [];
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const end = text.indexOf("\n", lineStart);
    read(text, lineStart, text.slice(lineStart, end === -1 ? text.length : end), hits);
  }
  return hits;
}

/** `appsettings*.json` and `local.settings.json`: settings files written in JSON. */
function isJsonSettingsFile(filePath: string): boolean {
  return /\.json$/i.test(filePath) && isSettingsFile(filePath);
}

export const CONFIG_ENV_LIST_RULES: readonly ScannerRule[] = [
  {
    id: "config/named-address",
    title: "Address under a setting named for one",
    kind: "config",
    docsUrl: DOCS,
    declaresName: true,
    keywords: ADDRESS_SETTING_WORDS,
    keywordEnd: endsNameLine,
    scope: "text",
    find: findNamedAddresses,
  },
];
