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
import { lineStartOf, lineStartsOf } from "../line-starts";
import { isLinkSettingName, isSkippedFile } from "./config-value-place";
import { isNamedAddress } from "./config-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

const DOCS = "https://learn.microsoft.com/azure/azure-app-configuration/overview";

/** The words an address's setting name ends in: the rule's keywords. */
const ADDRESS_WORDS = ["url", "uri", "endpoint", "origin", "authority", "issuer", "host", "server"];
/** `SEARCH_URL`, `search-url`, `Jwt:Authority`, `searchUrl`, `REDIS_HOST`, `ALLOWED_ORIGINS`: the last word is an address's. */
const ADDRESS_NAME = /(?:^|[_.:-])(?:url|uri|endpoint|origin|authority|issuer|host|hostname|server)s?$|[a-z0-9](?:Url|Uri|URL|URI|Endpoint|Origin|Authority|Issuer|Host|HostName|Hostname|Server)s?$/i;

/** `- name: SEARCH_URL` or `name: SEARCH_URL` (an item's other key), quoted or not. */
const NAME_KEY = /^(?<column>[ \t]*(?:-[ \t]+)?)name[ \t]*:[ \t]*(?<quote>["']?)(?<name>[A-Za-z_][\w.:-]{0,200})\k<quote>[ \t]*(?:#.*)?$/;
/** `value: https://…`, quoted or not, the whole value (a template such as `$(X)` or `{{ … }}` is no address). */
const VALUE_KEY = /^(?<column>[ \t]*(?:-[ \t]+)?)value[ \t]*:[ \t]*(?<quote>["']?)(?<value>[A-Za-z0-9][^\s"'#{}$<>]{0,2047})\k<quote>[ \t]*(?:#.*)?$/d;
/** How many lines apart an item's name and value may stand. */
const ITEM_LINES = 6;

/** The lines of `text` from the one starting at `lineStart`, downwards or upwards, with their start offsets. */
function* linesFrom(text: string, lineStart: number, direction: 1 | -1): Generator<{ readonly start: number; readonly line: string }> {
  let start = lineStart;
  for (let seen = 0; seen < ITEM_LINES; seen++) {
    if (direction === 1) {
      const newline = text.indexOf("\n", start);
      if (newline === -1) return;
      start = newline + 1;
    } else {
      if (start === 0) return;
      start = lineStartOf(text, start - 1);
    }
    const end = text.indexOf("\n", start);
    yield { start, line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "") };
  }
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
  for (const direction of nameStartsItem ? ([1] as const) : ([1, -1] as const)) {
    for (const { start, line } of linesFrom(text, nameStart, direction)) {
      const trimmed = line.trimStart();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      const key = /^[ \t]*(?:-[ \t]+)?/.exec(line)![0];
      if (columnOf(key) !== column || (direction === 1 && startsItem(key))) break;
      const value = VALUE_KEY.exec(line);
      if (value) return { start, match: value };
      if (direction === -1 && startsItem(key)) break;
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
    if (!ADDRESS_NAME.test(name) || isLinkSettingName(name)) continue;
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
    keywords: ADDRESS_WORDS,
    scope: "text",
    find: findEnvListAddresses,
  },
];
