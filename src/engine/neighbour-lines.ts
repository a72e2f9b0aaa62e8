import { lineEndOf, nearLineStartOf } from "./line-starts";
import { HOST_TLDS } from "./rules/config-hosts";
import { segmentsOf } from "./rules/name-segments";
import { looksRandom } from "./rules/secret-values";

/**
 * What the lines around a value under a secret's name say about it, where the rule that read the
 * name saw only its own line: the value repeats its sibling's id, or the name is one code of a
 * table of codes. Asked only of candidates, so it may read a few lines each time.
 */

/** How many lines above and below a value its siblings are looked for on. */
const SIBLING_REACH_LINES = 3;
/** A line longer than this is data, not a row of settings: it is not read again for its neighbours. */
const LONGEST_LINE = 1000;

/**
 * `X_CLIENT_ID = "orders-web"` above `X_CLIENT_SECRET = "orders-web"`, `DB_USER: app` above
 * `DB_PASSWORD: app`: a secret whose value is its sibling id's or user's (the same name before
 * the last word) is that name written twice, a stand-in, not a secret.
 *
 * …or the value an object is given as its bare `id` nearby: QEMU's
 * `-object tls-creds-x509,id=tls0 … -vnc :1,tls-creds=tls0` names the credentials object by its id.
 */
export function repeatsSiblingIdentifier(content: string, start: number, end: number, keyName: string | undefined): boolean {
  if (keyName === undefined || end - start > 200) return false;
  const stem = stemOf(keyName);
  if (stem === undefined) return false;
  const value = content.slice(start, end);
  // (Some services take one random token as both the user and the password: a random value is a
  // secret whoever else holds it.)
  if (looksRandom(value)) return false;
  for (const line of neighbourLines(content, start, SIBLING_REACH_LINES)) {
    for (let at = line.text.indexOf(value); at !== -1; at = line.text.indexOf(value, at + 1)) {
      if (line.start + at === start || /[\w-]/.test(line.text[at + value.length] ?? "")) continue;
      const sibling = SIBLING_NAME_BEFORE.exec(line.text.slice(Math.max(0, at - 100), at));
      if (!sibling) continue;
      const name = sibling.groups!.name!;
      if ((stemOf(name) === stem && ID_WORD.test(segmentsOf(name).pop() ?? "")) || name.toLowerCase() === "id") return true;
    }
  }
  return false;
}

/** A name (maybe its type after it: `db_user: str =`), an assignment's or a key's separator and maybe a quote, right before a value. */
const SIBLING_NAME_BEFORE = /(?<![\w.-])["']?(?<name>[A-Za-z_][\w.-]{0,80})["']?(?:[ \t]*:[ \t]*[\w.[\]|]{1,40})?[ \t]*(?::=|=>|=|:)[ \t]*["']?$/;
/** The last word of a name that says who or which: an id, a user, a login. */
const ID_WORD = /^(?:id|user|username|login|name|account)$/;

/** A name without its last word (`x_client` for `X_CLIENT_SECRET`), or undefined for a name of one word. */
function stemOf(name: string): string | undefined {
  const segments = segmentsOf(name.replace(/^.*[.:]/, ""));
  return segments.length >= 2 ? segments.slice(0, -1).join("_") : segments.length === 1 ? "" : undefined;
}

/**
 * `{ "PW", "i-Palau" }` among `{ "PT", … }` rows, `metaValue_PW = "P\u0101rau"` among
 * `metaValue_VN = …`: a name whose last part is two capitals, in a row that a line nearby repeats
 * with other two capitals there, is a code in a table of codes (ISO 3166's PW is Palau), and its
 * value a place's or a language's name (letters, escapes of letters, a hyphen). (Letters of any
 * script: Esperanto's table writes Palau with a ŭ, as other languages' tables write their accents.)
 */
export function isCodeTableRow(content: string, start: number, end: number, keyName: string | undefined): boolean {
  if (keyName === undefined || !/(?:^|[^A-Za-z])[A-Z]{2}$/.test(keyName) || !/^(?:[\p{L}\p{M}' -]|\\u[0-9A-Fa-f]{4})+$/u.test(content.slice(start, end))) return false;
  const lineStart = nearLineStartOf(content, start, LONGEST_LINE);
  if (lineStart === undefined) return false;
  const code = content.lastIndexOf(keyName, start) + keyName.length - 2;
  if (code < lineStart) return false;
  const prefix = content.slice(lineStart, code);
  const after = content[code + 2] ?? "";
  const own = content.slice(code, code + 2);
  return neighbourLines(content, start, 2).some((line) => {
    if (line.start === lineStart || !line.text.startsWith(prefix)) return false;
    const other = line.text.slice(prefix.length, prefix.length + 2);
    return /^[A-Z]{2}$/.test(other) && other !== own && (line.text[prefix.length + 2] ?? "") === after;
  });
}

/**
 * `'WinAPI_DuplicateTokenEx', 'WinAPI_DwmDefWindowProc',` among lines of more `'WinAPI_…'` names:
 * a list of one API's names wrapped two or three to a line (on one line, QUOTED_NAME_LIST tells
 * it from a name and its value). A value on a line of nothing but quoted names, that starts with
 * its name's own prefix (the API's `WinAPI_`, `CURLOPT_`), with four or more names of that prefix
 * on its line and the two lines each side, is the list's next name, not the name's value. (A
 * secret does not start with the prefix of the name it is stored under.)
 */
export function isInWrappedNameList(content: string, start: number, end: number, keyName: string | undefined): boolean {
  const quote = content[start - 1];
  if (keyName === undefined || end - start > 200 || (quote !== "'" && quote !== '"')) return false;
  const prefix = NAME_PREFIX.exec(keyName)?.[0];
  const value = content.slice(start, end);
  if (prefix === undefined || !value.startsWith(prefix) || !/^[\w.:-]+$/.test(value)) return false;
  const own = nearLineStartOf(content, start, LONGEST_LINE);
  if (own === undefined || !QUOTED_NAMES_LINE.test(content.slice(own, lineEndOf(content, own)))) return false;
  const listed = new RegExp(`${quote}${prefix.replace(/[.]/g, "\\.")}[\\w.:-]*${quote}`, "g");
  let names = 0;
  for (const line of neighbourLines(content, start, 2)) names += line.text.match(listed)?.length ?? 0;
  return names >= 4;
}

/** The first word of a name and its separator, when a word follows (`WinAPI_`, `CURLOPT_`, `gl.`). */
const NAME_PREFIX = /^[A-Za-z][A-Za-z0-9]{1,20}[_.:](?=[A-Za-z])/;
/** A line of nothing but quoted names and the commas between them. */
const QUOTED_NAMES_LINE = /^[ \t]*(["'])[\w.:-]+\1(?:[ \t]*,[ \t]*(["'])[\w.:-]+\2)*[ \t]*,?[ \t]*\r?$/;

/**
 * `'text': 'change', 'password': 'change', 'checkbox': 'click'`: a `password` key among keys that
 * are other types of an HTML form's input (`hidden`, `submit`, `checkbox`…) is one row of a table
 * keyed by input type (the event each fires, its widget, its label), and its value a word of that
 * table, not a password. Read in the text around the value, a minified bundle's one line included.
 */
export function isInputTypeTableRow(content: string, start: number, end: number, keyName: string | undefined): boolean {
  if (keyName?.toLowerCase() !== "password" || !/^[a-z]+(?:-[a-z]+)*$/.test(content.slice(start, end))) return false;
  const around = content.slice(Math.max(0, start - INPUT_TYPE_REACH), end + INPUT_TYPE_REACH);
  const types = new Set<string>();
  for (const match of around.matchAll(INPUT_TYPE_KEY)) types.add(match[2]!);
  return types.size >= 2;
}

/** How many characters before and after the value its table's other keys are looked for in. */
const INPUT_TYPE_REACH = 300;
/** A key that only an input's type is: `hidden:`, `"checkbox":`, `'select-one':` (not `text` or `email`, which records use too). */
const INPUT_TYPE_KEY = /(?<![\w-])(["']?)(textarea|hidden|checkbox|radio|submit|reset|select-one|select-multiple)\1[ \t]*:/g;

/**
 * `memory.bandwidth.local:` under `memory.bandwidth.total:` (a service's metrics),
 * `"docutils.languages.fr"` under `"docutils.languages.en"` (modules to bundle): a dotted name that
 * a line nearby (or its own) repeats with another last word, one no host name ends in, is one of a
 * family of dotted identifiers, and its last label reads as a top-level domain by chance. Hosts
 * of one network differ in their first labels (`db01.corp.local`, `db02.corp.local`), and the same
 * name under two domains (`orders.fabrikam.com`, `orders.fabrikam.net`) ends in a domain both times.
 */
export function isInDottedNameFamily(content: string, start: number, end: number): boolean {
  const value = content.slice(start, end);
  if (end - start > 200 || !DOTTED_NAME.test(value)) return false;
  const stem = value.slice(0, value.lastIndexOf(".") + 1);
  return neighbourLines(content, start, DOTTED_NAME_FAMILY_REACH).some((line) => {
    for (let at = line.text.indexOf(stem); at !== -1; at = line.text.indexOf(stem, at + 1)) {
      if (line.start + at === start || /[\w.-]/.test(line.text[at - 1] ?? "")) continue;
      const last = LAST_LABEL.exec(line.text.slice(at + stem.length, at + stem.length + 64))?.[0];
      if (last !== undefined && !HOST_TLDS.includes(last.toLowerCase())) return true;
    }
    return false;
  });
}

/** How many lines above and below a dotted name the rest of its family is looked for on. */
const DOTTED_NAME_FAMILY_REACH = 2;
/** Two or more labels, a letter first: a host name as the host rule reads it, not an address or a URL. */
const DOTTED_NAME = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/;
/** A sibling's last word, where its name ends. */
const LAST_LABEL = /^\w+(?![\w.-])/;

/** The lines up to `reach` above and below the one holding `offset`, that one included (lines too long to be rows left out). */
function neighbourLines(content: string, offset: number, reach: number): { start: number; text: string }[] {
  const own = nearLineStartOf(content, offset, LONGEST_LINE);
  if (own === undefined) return [];
  let first = own;
  for (let i = 0; i < reach && first > 0; i++) first = first >= 2 ? content.lastIndexOf("\n", first - 2) + 1 : 0;
  const lines: { start: number; text: string }[] = [];
  let at = first;
  for (let below = -1; below < reach; ) {
    const lineEnd = lineEndOf(content, at);
    if (lineEnd - at <= LONGEST_LINE) lines.push({ start: at, text: content.slice(at, lineEnd) });
    if (at >= own) below++;
    if (lineEnd === content.length) break;
    at = lineEnd + 1;
  }
  return lines;
}

/** A quoted string that a line gives as a value (`"token_str": " ocean"`), its escapes as written. */
const QUOTED_VALUE = /[:=][ \t]*"((?:[^"\\\n]|\\.){1,200})"/g;

/** Padded base64, as a value's own encoding is written (a length a multiple of four). */
const BASE64_WRITTEN = /^(?=.)(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A JSON string's text, escapes read; undefined if an escape is malformed. */
function jsonStringText(written: string): string | undefined {
  if (!written.includes("\\")) return written;
  try {
    return JSON.parse(`"${written}"`) as string;
  } catch {
    return undefined;
  }
}

/**
 * `"token_bytes": "IG9jZWFu"` beside `"token_str": " ocean"`: a value that is the base64 of a
 * string on a line next to it, or whose base64 is one, is that text shown twice (a tokenizer's
 * vocabulary lists each token so), not a secret: the text is in the clear beside it. Read from the
 * lines, for files too large for their key paths to be read (see isInsideVocabulary).
 */
export function isBesideItsBase64(content: string, start: number, end: number): boolean {
  if (end - start > 200) return false;
  const value = content.slice(start, end);
  // Each encoded or decoded once, and only when a neighbour may be it: most findings have none.
  let valueBase64: string | undefined;
  let valueText: string | null | undefined;
  return neighbourLines(content, start, 2).some((line) => {
    if (line.start <= start && start < line.start + line.text.length + 1) return false;
    if (!line.text.includes('"')) return false;
    for (const [, written] of line.text.matchAll(QUOTED_VALUE)) {
      if (BASE64_WRITTEN.test(written!)) {
        valueBase64 ??= Buffer.from(jsonStringText(value) ?? value, "utf8").toString("base64");
        if (written === valueBase64) return true;
      }
      valueText ??= BASE64_WRITTEN.test(value) ? Buffer.from(value, "base64").toString("utf8") : null;
      if (valueText !== null && jsonStringText(written!) === valueText) return true;
    }
    return false;
  });
}

/**
 * `"order": { …, "token": "…" }`, `"checkouts": [{ …, "token": "…" }]`, `Checkout.find({ token: "…" })`:
 * a bare `token` of an object named for a shop's order, checkout or cart is that object's
 * reference (Shopify's order and checkout token, which the order's status URL and the checkout's
 * page carry), as a `cart_token` or `checkout_token` is (see PROTOCOL_TOKEN_QUALIFIERS). Read back
 * over the object's earlier members, which an order has many of.
 */
export function isShopObjectsToken(content: string, start: number, keyName: string | undefined): boolean {
  if (keyName?.toLowerCase() !== "token") return false;
  const opener = unclosedOpenerBefore(content, content.lastIndexOf(keyName, start), OBJECT_REACH);
  if (opener === -1 || content[opener] !== "{") return false;
  // (An array's element: the array's name names its objects, `"orders": [{…}, {…}]`.)
  const array = unclosedOpenerBefore(content, opener, OBJECT_REACH);
  const named = array !== -1 && content[array] === "[" ? array : opener;
  const name = OBJECT_NAME_BEFORE.exec(content.slice(Math.max(0, named - 80), named))?.groups;
  const word = name?.member ?? name?.type;
  return word !== undefined && SHOP_OBJECT.test(segmentsOf(word).pop() ?? "");
}

/** How far back an object's `{` is looked for: an order's members before its token run to a few thousand characters. */
const OBJECT_REACH = 6000;
/** The member or the class an object is given to: `"orders": `, `order: `, `Checkout.find(`. */
const OBJECT_NAME_BEFORE = /(?:["']?(?<member>[A-Za-z_][\w]{0,60})["']?[ \t]*:|\b(?<type>[A-Z][A-Za-z]{0,60})\.[a-z]\w{0,40}\()[ \t\r\n]*$/;
/** A shop's order, checkout or cart, one or many. */
const SHOP_OBJECT = /^(?:order|checkout|cart)s?$/;

/**
 * Where the `{` or `[` that encloses `offset` opens, reading back over balanced ones; -1 if none
 * does within `reach`. (Brackets in strings are counted too: a wrong guess only keeps a finding.)
 */
function unclosedOpenerBefore(content: string, offset: number, reach: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i >= offset - reach; i--) {
    const character = content[i];
    if (character === "}" || character === "]") depth++;
    else if (character === "{" || character === "[") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
