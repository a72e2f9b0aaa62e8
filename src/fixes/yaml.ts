/**
 * Just enough YAML for a one-line edit: the scalar on the value's line (plain, '…' or "…"), and
 * the `name:` next to a `value:` in a list item (Kubernetes `env`). Procedural and per line, so a
 * long line costs linear time; flow collections are not parsed, and block scalars only as far as
 * finding the line that opens one (yaml-multi-line.ts reads them).
 */
import { lineAt } from "./lines";
import { opensFlowCollection } from "../engine/flow-collection";

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

/**
 * Where the quoted scalar opened at `open` closes, before `until`; -1 when it does not. In double
 * quotes a backslash escapes the next character; in single quotes `''` stands for one quote.
 */
export function yamlClosingQuote(text: string, open: number, until: number): number {
  const quote = text[open];
  for (let k = open + 1; k < until; k++) {
    if (quote === '"' && text[k] === "\\") k++;
    else if (text[k] === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k;
    }
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
    const k = yamlClosingQuote(text, v, line.end);
    if (k === -1) return undefined;
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

/**
 * The quoted scalar around `[start, end)` among the several a flow collection's line holds
 * (`- {"name": "API_TOKEN", "value": "…"}`), where yamlScalarAt reads one key and its value a line.
 * A quote opens a scalar after the line's start, a `- `, `{`, `[`, `,` or `:` (a `'` elsewhere is a
 * plain scalar's own letter). Undefined outside a flow collection.
 */
export function flowQuotedScalarAt(text: string, start: number, end: number): YamlScalar | undefined {
  const line = lineAt(text, start);
  if (end > line.end || !opensFlowCollection(text.slice(line.start, start))) return undefined;
  for (let i = line.start; i < line.end; i++) {
    const character = text[i];
    if (character === "#" && (i === line.start || /\s/.test(text[i - 1]!))) return undefined;
    if ((character !== '"' && character !== "'") || !/(?:^|[{[,:]|-)\s*$/.test(text.slice(line.start, i))) continue;
    const close = yamlClosingQuote(text, i, line.end);
    if (close === -1) return undefined;
    if (start > i && end <= close) return { contentStart: i + 1, contentEnd: close, quote: character };
    i = close;
  }
  return undefined;
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

/** What a line holds, as far as telling a one-line scalar from one that goes on over several lines needs. */
interface LineShape {
  readonly indent: number;
  /** Column after `- ` indicators: where the key or the scalar starts. */
  readonly column: number;
  readonly hasKey: boolean;
  readonly hasDash: boolean;
  /** `empty` after `key:` or `-`; `open`: a quoted scalar that does not close on the line. */
  readonly value: "empty" | "plain" | "quoted" | "open" | "block" | "other";
  readonly comment: boolean;
}

/** Where the value on the line `[start, end)` starts: after its indentation, `- ` indicators, `key:` and blanks. */
export function yamlValueStart(text: string, start: number, end: number): number {
  return linePrefix(text, start, end).valueStart;
}

function linePrefix(text: string, start: number, end: number): { indent: number; column: number; hasDash: boolean; colon: number; valueStart: number } {
  let i = start;
  while (text[i] === " " || text[i] === "\t") i++;
  const indent = i - start;
  let hasDash = false;
  while (text[i] === "-" && (i + 1 >= end || text[i + 1] === " " || text[i + 1] === "\t")) {
    hasDash = true;
    i++;
    while (text[i] === " " || text[i] === "\t") i++;
  }
  const column = i - start;
  const colon = text[i] === "#" ? -1 : keyColon(text, i, end);
  let v = colon === -1 ? i : colon;
  while (text[v] === " " || text[v] === "\t") v++;
  return { indent, column, hasDash, colon, valueStart: v };
}

function lineShape(text: string, start: number, end: number): LineShape {
  const { indent, column, hasDash, colon, valueStart: v } = linePrefix(text, start, end);
  if (text[start + column] === "#") return { indent, column, hasKey: false, hasDash, value: "empty", comment: !hasDash };
  const base = { indent, column, hasKey: colon !== -1, hasDash, comment: false };
  const first = text[v];
  if (v >= end || first === "#") return { ...base, value: "empty" };
  if (first === '"' || first === "'") return { ...base, value: yamlScalarAt(text, v + 1, v + 1) ? "quoted" : "open" };
  // (Anchors and tags before a block indicator: `key: &a |`, `key: !!str >-`.)
  if (/^(?:[&!]\S*[ \t]+)*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(text.slice(v, end))) return { ...base, value: "block" };
  return { ...base, value: first === "{" || first === "[" || first === "&" || first === "*" || first === "!" ? "other" : "plain" };
}

/**
 * The path to the key on the line at `lineStart`, list items by their index: `env`, 0, `value` for
 * `env:` / `- name: X` / `value: …`. (The engine's key names skip list items, which a Helm `--set`
 * path must not.) Undefined where the line holds no key, or a list nests in a list's item (`- - x`).
 */
export function yamlPathAt(text: string, lineStart: number): (string | number)[] | undefined {
  const keyOf = (start: number, end: number): string | undefined => {
    const { indent, column, colon } = linePrefix(text, start, end);
    if (colon === -1 || (text.slice(start + indent, start + column).match(/-/g)?.length ?? 0) > 1) return undefined;
    return text.slice(start + column, colon - 1).trim().replace(/^(["'])(.*)\1$/, "$2");
  };
  const own = lineAt(text, lineStart);
  const ownKey = keyOf(own.start, own.end);
  if (ownKey === undefined) return undefined;
  const path: (string | number)[] = [ownKey];
  let { column, indent, hasDash } = linePrefix(text, own.start, own.end);
  // The dash of the item the current mapping is in, once known, and how many items come before it.
  let itemDash = hasDash ? indent : undefined;
  let index = 0;
  for (const line of linesBefore(text, own.start)) {
    if (/^---(?:\s|$)/.test(text.slice(line.start, line.end))) break;
    const above = linePrefix(text, line.start, line.end);
    if (text[line.start + above.column] === "#" && !above.hasDash) continue;
    if (itemDash !== undefined) {
      if (above.hasDash && above.indent === itemDash) index++;
      else if (above.column <= itemDash) {
        // The key the list is the value of.
        const key = keyOf(line.start, line.end);
        if (key === undefined) return undefined;
        path.unshift(key, index);
        ({ column, indent, hasDash } = above);
        itemDash = hasDash ? indent : undefined;
        index = 0;
      }
      continue;
    }
    if (above.column > column) continue;
    if (above.column === column) {
      if (above.hasDash) itemDash = above.indent;
      continue;
    }
    const key = keyOf(line.start, line.end);
    if (key === undefined) return undefined;
    path.unshift(key);
    ({ column, indent, hasDash } = above);
    itemDash = hasDash ? indent : undefined;
    if (column === 0) break;
  }
  // (A document that is a list has no key above its items.)
  return itemDash === undefined ? path : undefined;
}

/** The non-blank lines before `lineStart`, nearest first (at most `limit`). */
function* linesBefore(text: string, lineStart: number, limit = 1000): Generator<{ start: number; end: number }> {
  let end = lineStart - 1;
  for (let n = 0; n < limit && end >= 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const lineEnd = text[end - 1] === "\r" ? end - 1 : end;
    end = start - 1;
    if (text.slice(start, lineEnd).trim() !== "") yield { start, end: lineEnd };
  }
}

/** The line (`key: |`, `- >-`) whose block scalar holds the line at `lineStart` as content, if any. */
export function yamlBlockHeaderAbove(text: string, lineStart: number): { start: number; end: number } | undefined {
  const own = lineAt(text, lineStart);
  let lowest = lineShape(text, own.start, own.end).indent;
  for (const line of linesBefore(text, lineStart)) {
    const shape = lineShape(text, line.start, line.end);
    if (shape.indent >= lowest) continue;
    if (shape.value === "block") return line;
    lowest = shape.indent;
    if (lowest === 0) return undefined;
  }
  return undefined;
}

/** Whether the line at `lineStart` is content of a block scalar (`key: |`, `- >-`) above it. */
export function inYamlBlockScalar(text: string, lineStart: number): boolean {
  return yamlBlockHeaderAbove(text, lineStart) !== undefined;
}

/**
 * Why the scalar on the line at `lineStart` is not all on that line, or undefined when it is: a
 * quoted scalar that does not close, a plain scalar that goes on over more indented lines (YAML
 * folds them into one value), or a line that is itself such a continuation.
 */
export function yamlScalarSpansLines(text: string, lineStart: number): string | undefined {
  const own = lineAt(text, lineStart);
  const shape = lineShape(text, own.start, own.end);
  if (shape.value === "open") return "its quotes do not close on the line";
  const parentColumn = (line: LineShape) => (line.hasKey ? line.column : line.hasDash ? line.column - 1 : undefined);
  // The line above: this one continues its scalar, or is the value of its `key:`.
  let parent = parentColumn(shape);
  for (const line of linesBefore(text, lineStart, 1)) {
    const above = lineShape(text, line.start, line.end);
    if (above.comment) break;
    const aboveParent = parentColumn(above);
    if (above.value === "open" || ((above.value === "plain" || above.value === "quoted") && shape.indent > (aboveParent ?? above.indent - 1))) {
      return "it goes on from the line above";
    }
    if (parent === undefined) {
      if (above.value !== "empty") return "it goes on from the line above";
      parent = aboveParent ?? above.indent;
    }
  }
  if (shape.value !== "plain") return undefined;
  // The line below: more indented than the key, it goes on with this scalar.
  const below = /\n((?:[ \t]*\r?\n)*)([ \t]*)(\S)/.exec(text.slice(own.end, own.end + 4096));
  if (below && below[3] !== "#" && below[2]!.length > (parent ?? -1)) return "it goes on over the next, more indented line";
  return undefined;
}

/**
 * The place of the value `[start, end)` among a YAML sequence's items, where it is a whole item:
 * in a flow sequence on its line (`allowed: [https://a…, https://b…]`, quoted or not) or a block
 * sequence's `- https://a…` line. Its index and how many items there are; undefined elsewhere (a
 * key's value, a part of an item, an item that is a mapping).
 */
export function yamlSequenceItemAt(text: string, start: number, end: number): { index: number; count: number } | undefined {
  const line = lineAt(text, start);
  if (end > line.end) return undefined;
  const open = openFlowSequence(text, line.start, start);
  if (open !== undefined) return flowSequenceItem(text, open, start, end, line.end);
  const scalar = yamlScalarAt(text, start, end);
  const item = /^([ \t]*)-[ \t]+(?=\S)/.exec(text.slice(line.start, line.end));
  if (!scalar || scalar.key !== undefined || scalar.contentStart !== start || scalar.contentEnd !== end || !item) return undefined;
  // (Only `- value`: `- - value` nests a list in the item.)
  if (line.start + item[0].length !== start - scalar.quote.length) return undefined;
  const dash = item[1]!.length;
  const itemsIn = (lines: Iterable<{ start: number; end: number }>) => {
    let items = 0;
    for (const { start: from, end: to } of lines) {
      const shape = /^([ \t]*)(-(?=[ \t]|$)|#)?/.exec(text.slice(from, to))!;
      const indent = shape[1]!.length;
      if (shape[2] === "#" || indent > dash) continue;
      if (indent < dash || shape[2] !== "-") break;
      items++;
    }
    return items;
  };
  const index = itemsIn(linesBefore(text, line.start));
  return { index, count: index + 1 + itemsIn(linesAfter(text, line.end)) };
}

/** The `[` of the flow sequence the value at `at` is directly in, on its line; undefined in none (or in a `{…}`). */
function openFlowSequence(text: string, lineStart: number, at: number): number | undefined {
  const opens: number[] = [];
  let quote: string | undefined;
  for (let i = lineStart; i < at; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && /\s/.test(text[i - 1] ?? " ")) return undefined;
    else if (ch === "[" || ch === "{") opens.push(i);
    else if ((ch === "]" || ch === "}") && opens.length > 0) opens.pop();
  }
  const innermost = opens[opens.length - 1];
  return innermost !== undefined && text[innermost] === "[" ? innermost : undefined;
}

/** The item at `start` of the flow sequence opened at `open`, which must close on the line: its index and the count. */
function flowSequenceItem(text: string, open: number, start: number, end: number, lineEnd: number): { index: number; count: number } | undefined {
  let index = 0;
  let count = 0;
  let itemStart = open + 1;
  let found: number | undefined;
  let quote: string | undefined;
  for (let i = open + 1; i < lineEnd; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[" || ch === "{") return undefined;
    else if (ch === "," || ch === "]") {
      const item = text.slice(itemStart, i).trim();
      // (The value is the item whole, quotes aside.)
      if (itemStart <= start && end <= i) found = item.replace(/^(["'])(.*)\1$/, "$2") === text.slice(start, end) ? index : -1;
      if (item !== "") {
        count++;
        index++;
      }
      itemStart = i + 1;
      if (ch === "]") return found === undefined || found < 0 ? undefined : { index: found, count };
    }
  }
  return undefined;
}

/** The non-blank lines after `lineEnd`, nearest first (at most `limit`). */
function* linesAfter(text: string, lineEnd: number, limit = 1000): Generator<{ start: number; end: number }> {
  let start = text.indexOf("\n", lineEnd) + 1;
  for (let n = 0; n < limit && start > 0 && start < text.length; n++) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const lineEnd = text[end - 1] === "\r" ? end - 1 : end;
    if (text.slice(start, lineEnd).trim() !== "") yield { start, end: lineEnd };
    start = newline + 1;
  }
}
