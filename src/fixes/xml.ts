/**
 * Just enough XML for .config files: the attribute value or element text that holds a span, and
 * entity decoding so the stored value is what the program reads (`&amp;` is `&`).
 */
import { lineAt } from "./lines";
import type { Span } from "./replacement-common";

export interface XmlValue {
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The element's `name` or `key` attribute, for naming (`<add name="Default" connectionString="…">`). */
  readonly elementName?: string;
  readonly attribute?: string;
  /** An attribute value whose quotes close on a later line than the one the span starts on. */
  readonly attributeSpansLines?: true;
}

/**
 * The attribute value (`attr="…"`, opened on the line where the span starts) or element text
 * (`>…<`, over any number of lines) holding `[start, end)`.
 */
export function xmlValueAt(text: string, start: number, end: number): XmlValue | undefined {
  const line = lineAt(text, start);
  const before = text.slice(line.start, start);
  const commentOpen = before.lastIndexOf("<!--");
  if (commentOpen !== -1 && before.indexOf("-->", commentOpen) === -1) return undefined;
  // Attribute values: walk the line's quotes from its start, so a quote inside a value is not taken for an opener.
  let i = line.start;
  while (i < start) {
    const ch = text[i]!;
    if ((ch === '"' || ch === "'") && /=\s*$/.test(text.slice(Math.max(line.start, i - 20), i))) {
      const close = text.indexOf(ch, i + 1);
      if (close === -1 || (close > line.end && end > close)) return undefined;
      if (i < start && end <= close) {
        const attribute = /([\w:.-]+)\s*=\s*$/.exec(text.slice(Math.max(line.start, i - 120), i))?.[1];
        const element = text.slice(line.start, i);
        const elementName = /\b(?:name|key)\s*=\s*["']([^"']{1,200})["']/.exec(element)?.[1];
        const spansLines = close > line.end ? { attributeSpansLines: true as const } : {};
        return { contentStart: i + 1, contentEnd: close, ...(attribute ? { attribute } : {}), ...(elementName ? { elementName } : {}), ...spansLines };
      }
      i = close + 1;
      continue;
    }
    i++;
  }
  // Element text may span lines (a PEM key in <signingKey>): from the tag before it to the next one,
  // with no markup between (a comment's `<!--` or `-->`, a CDATA section).
  const open = text.lastIndexOf(">", start - 1);
  const close = text.indexOf("<", end);
  if (open !== -1 && close !== -1 && !/[<>]/.test(text.slice(open + 1, close))) {
    return { contentStart: open + 1, contentEnd: close };
  }
  return undefined;
}

/** How far around a value its element's siblings are looked for. */
const SIBLING_REACH = 4000;
/** A tag, or markup that holds none: a comment, a CDATA section, a declaration or processing instruction. */
const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
/** An id that can stand in a name: `nexus-releases`, `repo.fabrikam.com`. */
const ID_TEXT = /^\s*([A-Za-z0-9][\w.-]{0,100})\s*$/;

/**
 * The `<id>` of the element that holds the element whose text starts at `contentStart`: Maven's
 * `<server><id>nexus-releases</id>…<password>…</password></server>` says whose password it is (and
 * a `<proxy>`'s, a `<mirror>`'s). Read among the parent's direct children, before the value or
 * after it, within SIBLING_REACH characters; undefined where there is none.
 */
export function siblingIdAt(text: string, contentStart: number): string | undefined {
  const valueOpen = text.lastIndexOf("<", contentStart - 1);
  const parentEnd = valueOpen === -1 ? undefined : enclosingElements(text, valueOpen)[0]?.end;
  if (parentEnd === undefined) return undefined;
  // Forward over the parent's children to an `<id>` among them, until the parent closes.
  const children = text.slice(parentEnd, Math.min(text.length, valueOpen + SIBLING_REACH));
  let depth = 0;
  for (const tag of children.matchAll(TAG)) {
    if (tag[2] === undefined || tag[3] === "/") continue;
    if (tag[1] === "/") {
      if (--depth < 0) return undefined;
      continue;
    }
    if (depth === 0 && tag[2] === "id") {
      const textStart = tag.index + tag[0].length;
      const close = children.indexOf("<", textStart);
      return close === -1 ? undefined : ID_TEXT.exec(children.slice(textStart, close))?.[1];
    }
    depth++;
  }
  return undefined;
}

/**
 * The elements open at the tag at `tagOpen`, innermost first, within SIBLING_REACH characters
 * before it: each one's name (without a namespace prefix) and where its start tag ends.
 */
function enclosingElements(text: string, tagOpen: number): { name: string; end: number }[] {
  const from = Math.max(0, tagOpen - SIBLING_REACH);
  const before = [...text.slice(from, tagOpen).matchAll(TAG)].filter((tag) => tag[2] !== undefined);
  // Back over the siblings before the element, and each parent's before it, to the tags that open them.
  const open: { name: string; end: number }[] = [];
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const tag = before[i]!;
    if (tag[3] === "/") continue;
    if (tag[1] === "/") depth++;
    else if (depth > 0) depth--;
    else open.push({ name: tag[2]!.slice(tag[2]!.lastIndexOf(":") + 1), end: from + tag.index + tag[0].length });
  }
  return open;
}

/**
 * The names of the element whose text starts at `contentStart` and of those that hold it, outermost
 * first (`["configuration", "database", "password"]`), for naming a generic value by them.
 */
export function elementPathAt(text: string, contentStart: number): string[] {
  const valueOpen = text.lastIndexOf("<", contentStart - 1);
  const own = valueOpen === -1 ? undefined : /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(valueOpen, contentStart))?.[1];
  if (own === undefined) return [];
  return [...enclosingElements(text, valueOpen).map((element) => element.name).reverse(), own.slice(own.lastIndexOf(":") + 1)];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The text an XML parser gives for `source`: literal line breaks normalised first (CRLF and a lone
 * CR become LF, XML's end-of-line handling), then references decoded, so `&#13;` and `&#xD;` stay
 * the carriage returns they stand for.
 */
export function decodeXml(source: string): string {
  return source.replace(/\r\n?/g, "\n").replace(/&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (entity, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? entity;
  });
}

/**
 * Whether .NET's configuration system reads the file, so its configuration builders' `${token}`
 * means something there: a `*.config` file (web.config, app.config, Web.Release.config). Not by a
 * `<configuration>` root alone: Hadoop's `core-site.xml` and Logback's `logback.xml` have one too.
 * An Android resource, a Hibernate or Spring file would keep the token as its literal text.
 */
export function isDotNetConfigurationFile(filePath: string): boolean {
  return /\.config$/i.test(filePath);
}

/** An entity or character reference, by any entity's name (decodeXml knows the predefined five). */
const XML_REFERENCE = /^&(?:#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,30});/;

/** The end of the entity or character reference that `offset` is strictly inside, if any. */
function referenceAround(text: string, offset: number, from: number): number | undefined {
  const amp = text.lastIndexOf("&", offset - 1);
  if (amp < from) return undefined;
  const reference = XML_REFERENCE.exec(text.slice(amp, amp + 40));
  return reference && offset < amp + reference[0].length ? amp + reference[0].length : undefined;
}

/**
 * The span with no entity cut in two. A URL rule ends a URL at `;`, so `…?a=1&amp;b=2` is found as
 * `…?a=1&amp`: the end then runs on through the reference and the URL's characters (and further
 * references) to the value's end or a blank, quote or bare `;`. Undefined for a span starting inside one.
 */
export function withWholeReferences(text: string, target: Span, value: { contentStart: number; contentEnd: number }): Span | undefined {
  if (referenceAround(text, target.start, value.contentStart) !== undefined) return undefined;
  let end = referenceAround(text, target.end, value.contentStart);
  if (end === undefined) return target;
  while (end < value.contentEnd) {
    if (/[^\s"'<>;&]/.test(text[end]!)) end++;
    else {
      const reference = XML_REFERENCE.exec(text.slice(end, end + 40));
      if (!reference) break;
      end += reference[0].length;
    }
  }
  return { start: target.start, end };
}
