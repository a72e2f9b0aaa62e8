/**
 * Keys for values in Spring Boot's property files (`application*.yml`, `.yaml`, `.properties`,
 * `bootstrap*`), as Spring Cloud Azure App Configuration reads them: the property's dotted name
 * under the `/application/` prefix its default key filter loads (`/application/spring.datasource.url`),
 * list items by their index (`…property-sources[0].endpoint`). The store then supplies the
 * property itself.
 */
import type { Finding } from "../engine";
import { fallbackReadAt, isSpringPropertiesFile } from "./fallback-read";
import type { FileKind } from "./file-kind";
import { lineAt } from "./lines";
import { yamlScalarAt } from "./yaml";

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
 * (`${orders.url:https://…}`) is the name the placeholder reads.
 */
export function springPropertyKey(text: string, typePath: string, kind: FileKind, finding: Finding): string | undefined {
  if (!isSpringPropertiesFile(typePath)) return undefined;
  const { startOffset: start, endOffset: end } = finding.range;
  const fallback = fallbackReadAt(text, typePath, kind, { start, end });
  if (fallback) return `${SPRING_KEY_PREFIX}${fallback.name}`;
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
