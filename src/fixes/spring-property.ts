/**
 * Keys for values in Spring Boot's property files (`application*.yml`, `.yaml`, `.properties`,
 * `bootstrap*`), as Spring Cloud Azure App Configuration reads them: the property's dotted name
 * under the `/application/` prefix its default key filter loads (`/application/spring.datasource.url`),
 * list items by their index (`…property-sources[0].endpoint`). The store then supplies the
 * property itself.
 */
import type { Finding } from "../engine";
import { isSpringSettingsFile } from "../engine/file-type";
import { fallbackReadAt } from "./fallback-read";
import type { FileKind } from "./file-kind";
import { lineAt } from "./lines";
import { yamlScalarAt, yamlSequenceItemAt } from "./yaml";

/** The prefix Spring Cloud Azure App Configuration's default key filter selects, and trims. */
export const SPRING_KEY_PREFIX = "/application/";

/** A YAML line: its indentation, an item's dash, and the key. */
const YAML_LINE = /^( *)(- +)?([^\s#:][^:#]*?)\s*:(?:\s|$)/;

/**
 * `property-sources:endpoint` with the index of the list item the key sits in, or undefined
 * where the value is in no list item (or one the engine's path does not end in).
 */
function yamlListIndex(text: string, valueStart: number, keyColumn: number, path: readonly string[]): number | undefined {
  const lines = text.slice(0, lineAt(text, valueStart).start).split("\n");
  const valueLine = text.slice(lineAt(text, valueStart).start, lineAt(text, valueStart).end);
  lines.pop();
  // The item's dash: on the value's own line (`- endpoint: …`), or on a line above, two columns left of the key.
  let dash = YAML_LINE.exec(valueLine)?.[2] !== undefined ? keyColumn - YAML_LINE.exec(valueLine)![2]!.length : undefined;
  let row = lines.length;
  if (dash === undefined) {
    for (row = lines.length - 1; row >= 0; row--) {
      const line = lines[row]!;
      if (/^\s*(?:#|$)/.test(line)) continue;
      const indent = /^ */.exec(line)![0].length;
      if (indent === keyColumn - 2 && line.slice(indent).startsWith("- ")) {
        dash = indent;
        break;
      }
      if (indent < keyColumn) return undefined;
    }
    if (dash === undefined) return undefined;
  }
  // Items before it at the dash's column, up to the list's key.
  let index = 0;
  for (let r = row - 1; r >= 0; r--) {
    const line = lines[r]!;
    if (/^\s*(?:#|$)/.test(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    if (indent > dash) continue;
    if (indent === dash && line.slice(indent).startsWith("-")) {
      index++;
      continue;
    }
    const key = YAML_LINE.exec(line)?.[3];
    return key !== undefined && key === path[path.length - 2] ? index : undefined;
  }
  return undefined;
}

/** The property a YAML value is the value of: its path dotted, a list item's index after the list. */
function yamlProperty(text: string, start: number, end: number, keyName: string | undefined): { property: string; whole: boolean } | undefined {
  const path = keyName?.split(":");
  if (!path || path.length < 2 || !path.every((segment) => /^[A-Za-z0-9_][\w.-]*$/.test(segment))) return undefined;
  // A sequence's item, in flow (`[a, b]`) or block (`- a`) form, is the list property's by index, as Spring binds it.
  const item = yamlSequenceItemAt(text, start, end);
  if (item) return { property: `${path.join(".")}[${item.index}]`, whole: true };
  const scalar = yamlScalarAt(text, start, end);
  const whole = scalar !== undefined && scalar.contentStart === start && scalar.contentEnd === end;
  const index = scalar?.keyColumn === undefined ? undefined : yamlListIndex(text, start, scalar.keyColumn, path);
  const property = index === undefined ? path.join(".") : `${path.slice(0, -1).join(".")}[${index}].${path[path.length - 1]}`;
  return { property, whole };
}

/** A `.properties` line's key (`…property-sources[0].endpoint`), and whether the value is all of the line's value. */
function propertiesProperty(text: string, start: number, end: number): { property: string; whole: boolean } | undefined {
  const line = lineAt(text, start);
  const match = /^[ \t\f]*([^\s=:#!][^\s=:]*)[ \t\f]*[=:\s][ \t\f]*/.exec(text.slice(line.start, line.end));
  if (!match || line.start + match[0].length > start || end > line.end) return undefined;
  return { property: match[1]!, whole: line.start + match[0].length === start && text.slice(end, line.end).trim() === "" };
}

/**
 * The App Configuration key for a value in a Spring property file: `/application/<property>`
 * where the value is the property's whole value. Where it is a part (`host:9093` of
 * `bootstrap-servers`) undefined, and the key is the path as elsewhere: under the property's own
 * name the store would set the property to the part alone. A placeholder's default
 * (`${orders.url:https://…}`) is the name the placeholder reads, in a property file and in code
 * (`@Value`, `Environment.getProperty`).
 */
export function springPropertyKey(text: string, typePath: string, kind: FileKind, finding: Finding): string | undefined {
  const { startOffset: start, endOffset: end } = finding.range;
  // (In code too: `@Value("${orders.url:…}")`, `env.getProperty("orders.url", "…")`.)
  const fallback = fallbackReadAt(text, typePath, kind, { start, end });
  if (fallback?.source === "spring") return `${SPRING_KEY_PREFIX}${fallback.name}`;
  if (!isSpringSettingsFile(typePath)) return undefined;
  const found = kind.family === "yaml" ? yamlProperty(text, start, end, finding.keyName) : /\.properties$/i.test(typePath) ? propertiesProperty(text, start, end) : undefined;
  return found?.whole ? `${SPRING_KEY_PREFIX}${found.property}` : undefined;
}

/**
 * The environment variable Spring Boot binds to a property, for a key under a `/prefix/`:
 * `.` as `_`, `-` left out, an index as `_0_`, upper case (`spring.data.redis.host` →
 * `SPRING_DATA_REDIS_HOST`); undefined for any other key.
 */
export function springEnvironmentVariable(key: string): string | undefined {
  const property = /^\/[^/]+\/(.+)$/.exec(key)?.[1];
  if (property === undefined || property.includes("/")) return undefined;
  const name = property
    .replace(/\[(\d+)\]/g, "_$1_")
    .replace(/-/g, "")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .toUpperCase();
  return /^[A-Za-z_]\w*$/.test(name) ? name : undefined;
}

/**
 * The profile a document of a Spring property file is for: `spring.config.activate.on-profile`
 * (or Boot 2.3's `spring.profiles`) in the `---` document (a `.properties` file's `#---` or
 * `!---` one) that holds the value. `expression` as written, a list's items (`- prod`, `[prod]`,
 * `on-profile[0]=prod`) joined with `, `; `profile` where it names one profile (`prod`, a list of
 * one too), not an expression (`prod & eu`, `!dev`) or several (`prod, staging`): a document for
 * several is no one environment's, so its value has no one store and label to go to.
 */
export interface SpringDocumentProfile {
  readonly expression: string;
  readonly profile?: string;
}

/** The properties that say which profiles a document is for. */
const PROFILE_PROPERTY = /^spring\.(?:config\.activate\.on-profile|profiles)$/;
/** One profile's name, as a label and an environment's name can be. */
const PROFILE_NAME = /^[A-Za-z0-9][\w.-]*$/;

/** The lines of the `---` (YAML) or `#---` / `!---` (.properties) document around `offset`. */
function documentAround(text: string, offset: number, yaml: boolean): string {
  const separator = yaml ? /^---[ \t]*(?:#.*)?$/gm : /^[#!]---[ \t]*$/gm;
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(separator)) {
    if (match.index + match[0].length <= offset) start = match.index + match[0].length;
    else if (match.index >= offset) {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** A YAML list item of one scalar, `- prod` (not `- key: value`). */
const YAML_SCALAR_ITEM = /^( *)- +([^\s#:"'][^#:]*?|"[^"]*"|'[^']*')\s*(?:#.*)?$/;

/**
 * A YAML document's `key: value` lines with their dotted paths (`spring.config.activate.on-profile`),
 * read by indentation. A list of scalars under a key, in block (`- prod` lines) or flow (`[prod]`)
 * form, is one value: its items joined with `, `, as the `.properties` form writes a list.
 */
function yamlScalars(document: string): Array<{ property: string; value: string }> {
  const scalars: Array<{ property: string; value: string }> = [];
  const lists: Array<{ property: string; items: string[] }> = [];
  const path: Array<{ indent: number; key: string; list: { property: string; items: string[] } }> = [];
  const unquoted = (item: string) => item.trim().replace(/^(["'])(.*)\1$/, "$2");
  for (const raw of document.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const item = YAML_SCALAR_ITEM.exec(line);
    const owner = path[path.length - 1];
    // (Its dashes may sit at the key's own column: `on-profile:` / `- prod`.)
    if (item && owner && item[1]!.length >= owner.indent) {
      owner.list.items.push(unquoted(item[2]!));
      continue;
    }
    const match = /^( *)([^\s#:-][^:#]*?|"[^"]*"|'[^']*')\s*:(?:[ \t]+(.*?))?\s*$/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    while (path.length > 0 && path[path.length - 1]!.indent >= indent) path.pop();
    const key = match[2]!.replace(/^(["'])(.*)\1$/, "$2");
    const value = match[3]?.replace(/[ \t]+#.*$/, "");
    const property = [...path.map((segment) => segment.key), key].join(".");
    if (value === undefined || value === "") {
      const list = { property, items: [] };
      lists.push(list);
      path.push({ indent, key, list });
    } else {
      const flow = /^\[(.*)\]$/.exec(value);
      scalars.push({ property, value: flow ? flow[1]!.split(",").map(unquoted).join(", ") : value });
    }
  }
  return [...scalars, ...lists.filter((list) => list.items.length > 0).map(({ property, items }) => ({ property, value: items.join(", ") }))];
}

/**
 * The profile the document holding `offset` of a Spring property file (`application*.yml`,
 * `.properties`, `bootstrap*`) is activated for; undefined in a document for every profile, or
 * in another kind of file.
 */
export function springDocumentProfile(text: string, typePath: string, offset: number): SpringDocumentProfile | undefined {
  if (!isSpringSettingsFile(typePath)) return undefined;
  const yaml = /\.ya?ml$/i.test(typePath);
  const document = documentAround(text, offset, yaml);
  const scalars = yaml
    ? yamlScalars(document)
    : document.split("\n").flatMap((line) => {
        const match = /^[ \t\f]*([^\s=:#!][^\s=:]*)[ \t\f]*[=:][ \t\f]*(.*?)\s*$/.exec(line);
        return match ? [{ property: match[1]!, value: match[2]! }] : [];
      });
  // (`.properties` writes a list by index too: `…on-profile[0]=prod`.)
  const listed = scalars.filter((scalar) => PROFILE_PROPERTY.test(scalar.property.replace(/\[\d+\]$/, "")));
  if (listed.length === 0) return undefined;
  const written = listed.map((scalar) => scalar.value).join(", ");
  const expression = written.replace(/^(["'])(.*)\1$/, "$2").trim();
  return PROFILE_NAME.test(expression) ? { expression, profile: expression } : { expression };
}
