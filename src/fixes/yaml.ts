/**
 * Just enough YAML for a one-line edit: the scalar on the value's line (plain, '…' or "…"), and
 * the `name:` next to a `value:` in a list item (Kubernetes `env`). Procedural and per line, so a
 * long line costs linear time; block scalars and flow collections are not parsed.
 */
import { lineAt } from "./lines";

export interface YamlScalar {
  readonly contentStart: number;
  readonly contentEnd: number;
  /** `"`, `'`, or "" for a plain scalar. */
  readonly quote: string;
  /** Column of the key the scalar belongs to, when it has one. */
  readonly keyColumn?: number;
  readonly key?: string;
}

/** Where `key:` ends on the line (offset after the colon), scanning from `from`; -1 without a key. */
function keyColon(text: string, from: number, end: number): number {
  let i = from;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, i + 1);
    if (close === -1 || close >= end) return -1;
    i = close + 1;
    while (text[i] === " " || text[i] === "\t") i++;
    return text[i] === ":" && (i + 1 >= end || /\s/.test(text[i + 1]!)) ? i + 1 : -1;
  }
  for (; i < end; i++) {
    const ch = text[i]!;
    if (ch === "#" && /\s/.test(text[i - 1] ?? " ")) return -1;
    if (ch === ":" && (i + 1 >= end || /\s/.test(text[i + 1]!))) return i + 1;
  }
  return -1;
}

/** The scalar value on the line of `[start, end)` that holds it, or undefined (comment, block scalar, flow). */
export function yamlScalarAt(text: string, start: number, end: number): YamlScalar | undefined {
  const line = lineAt(text, start);
  if (end > line.end) return undefined;
  let i = line.start;
  while (text[i] === " " || text[i] === "\t") i++;
  while (text[i] === "-" && (text[i + 1] === " " || text[i + 1] === "\t")) {
    i += 2;
    while (text[i] === " " || text[i] === "\t") i++;
  }
  if (text[i] === "#") return undefined;
  const keyColumn = i - line.start;
  const colon = keyColon(text, i, line.end);
  const key = colon === -1 ? undefined : text.slice(i, colon - 1).trim().replace(/^["']|["']$/g, "");
  let v = colon === -1 ? i : colon;
  while (text[v] === " " || text[v] === "\t") v++;
  const quote = text[v];
  let scalar: YamlScalar;
  if (quote === '"' || quote === "'") {
    let k = v + 1;
    for (; k < line.end; k++) {
      if (quote === '"' && text[k] === "\\") k++;
      else if (text[k] === quote) {
        if (quote === "'" && text[k + 1] === "'") k++;
        else break;
      }
    }
    if (k >= line.end) return undefined;
    scalar = { contentStart: v + 1, contentEnd: k, quote };
  } else {
    if (quote === "|" || quote === ">" || quote === "{" || quote === "[" || quote === "&" || quote === "*" || quote === "!") return undefined;
    let k = v;
    while (k < line.end && !(text[k] === "#" && /\s/.test(text[k - 1]!))) k++;
    while (k > v && /\s/.test(text[k - 1]!)) k--;
    scalar = { contentStart: v, contentEnd: k, quote: "" };
  }
  if (start < scalar.contentStart || end > scalar.contentEnd) return undefined;
  return key === undefined ? scalar : { ...scalar, key, keyColumn };
}

/** In a list item `- name: X` … `value: …`, the X that names the value (searching up to 50 lines back). */
export function yamlSiblingName(text: string, valueLineStart: number, keyColumn: number): string | undefined {
  let lineEnd = valueLineStart - 1;
  for (let n = 0; n < 50 && lineEnd > 0; n++) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    lineEnd = lineStart - 1;
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const match = /^(\s*(?:-\s+)?)name:\s*["']?([^"'#\s]+)/.exec(line);
    if (match && match[1]!.length === keyColumn) return match[2];
    const indent = /^\s*/.exec(line)![0].length;
    if (indent < keyColumn && !/^\s*-\s/.test(line)) return undefined;
    if (/^\s*-\s/.test(line)) return undefined;
  }
  return undefined;
}
