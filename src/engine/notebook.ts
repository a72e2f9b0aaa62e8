/**
 * Jupyter notebooks (`.ipynb`) keep each line of a cell's code as a JSON string, quotes escaped:
 * `"password = \"…\"\n",`. Read as they are, the rules see a JSON document whose every line is a
 * string, and the code inside is out of their reach. (VS Code's notebook editor hands us the cells
 * themselves; the CLI and the workspace scan read the file.)
 *
 * The view rewrites the text of each string under a `source` key (`input` in nbformat 3) as the code it holds (escapes
 * decoded, the JSON quotes blanked) and pads it with spaces to its old length, so the view is as
 * long as the file; `toRaw` maps an offset in the view back to the file. Each decoded line break
 * is the view's line break, and the comma and the file's own line break after a list entry are
 * blanked: a view line ends where the cell's line ends (`password =\`, `creds = (`), as the rules
 * that read the next line need, and the indentation and quote before the next entry are spaces
 * that open the next line. So a cell written as one string (`"x = 1\ntoken = …"`) or a file
 * written on one line gives the view more lines than the file: positions go back through `toRaw`,
 * and a value's text as the cell holds it (no padding) through `cellText`. Outputs' images (base64
 * of pixels) are blanked; everything else (other outputs, metadata) is left as it is.
 */

export interface NotebookView {
  /** The file's text with the cells' strings decoded in place. */
  readonly content: string;
  /** A path whose extension is the notebook's language (`….ipynb.py`), for the rules' file-type decisions. */
  readonly typePath: string;
  /** An offset in `content` as an offset in the file. */
  toRaw(offset: number): number;
  /**
   * The cell whose code holds `offset` (cells numbered from 0 in file order), or undefined for
   * the rest of the file (outputs, metadata). Fingerprints count repeats within one cell, as the
   * notebook editor sees one cell at a time.
   */
  cellAt(offset: number): number | undefined;
  /**
   * The cells' code between two offsets of `content`: the decoded characters only, without the
   * padding between list entries. A value over several lines (a PEM key) reads as in the cell, so
   * its fingerprint is the one the notebook editor's scan of the cell gives. Outside the cells'
   * code (an output printing a token), the text between the offsets.
   */
  cellText(start: number, end: number): string;
}

/** One decoded string: where it sits in the view, and the file offset of each decoded character. */
interface DecodedString {
  /** Offset in the view of the first decoded character (the file's opening quote is blank before it). */
  readonly start: number;
  /** `raw[k]`: the file offset where decoded character k starts; `raw[length]`: where the last one ends. */
  readonly raw: Int32Array;
  /** The cell the string is code of: a cell's lines are the strings of one `source` array. */
  readonly cell: number;
}

/** The notebook's language as an extension, from `language_info.name` or `kernelspec.language`. */
const LANGUAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  python: "py", "c#": "cs", csharp: "cs", "f#": "fs", fsharp: "fs", powershell: "ps1", pwsh: "ps1", javascript: "js",
  typescript: "ts", r: "r", julia: "jl", scala: "scala", java: "java", go: "go", rust: "rs", kotlin: "kt", ruby: "rb",
};
const LANGUAGE = /"(?:language|name)"\s*:\s*"([A-Za-z#+-]{1,20})"/g;

function languageExtension(content: string): string {
  // The metadata sits at the end of the file; the cells' text before it may name languages too.
  const metadata = content.lastIndexOf('"metadata"');
  for (const match of content.slice(Math.max(0, metadata)).matchAll(LANGUAGE)) {
    const extension = LANGUAGE_EXTENSIONS[match[1]!.toLowerCase()];
    if (extension) return extension;
  }
  return "py";
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * Decodes the JSON string whose opening quote is at `open` into `out` from `open + 1` on, and
 * returns the index of its closing quote (or -1 when the string does not close). A line break
 * stays one, so a cell is read line by line as its code is. (The escape's two characters become
 * one; the padding after the string makes up the length.)
 */
function decodeString(text: string, open: number, out: string[], raw: number[]): number {
  let at = open + 1;
  while (at < text.length) {
    const character = text[at]!;
    if (character === '"') return at;
    if (character === "\n" || character === "\r") return -1;
    raw.push(at);
    if (character !== "\\") {
      out.push(character);
      at++;
      continue;
    }
    const kind = text[at + 1] ?? "";
    if (kind === "u" && /^[0-9A-Fa-f]{4}$/.test(text.slice(at + 2, at + 6))) {
      out.push(String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16)));
      at += 6;
    } else {
      const decoded = SIMPLE_ESCAPES[kind] ?? kind;
      // `\r\n` is one line break; a `\r` alone is a space, as the cell's lines are split at `\n`.
      const lineBreakFollows = text[at + 2] === "\\" && text[at + 3] === "n";
      out.push(decoded === "\r" && !lineBreakFollows ? " " : decoded);
      at += 2;
    }
  }
  return -1;
}

/**
 * The index of the quote that closes the JSON string opened at `open`, or -1. Outputs hold
 * megabytes of base64 images in strings that are only stepped over, never decoded.
 */
function stringEnd(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \\ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/** The view of a notebook's text, or undefined for any other file (or a notebook without cells' code). */
export function notebookView(content: string, filePath: string): NotebookView | undefined {
  if (!/\.ipynb$/i.test(filePath) || (!content.includes('"source"') && !content.includes('"input"'))) return undefined;
  // The view in pieces: the file's text between the cells' strings, and each string rewritten.
  const pieces: string[] = [];
  let copiedUpTo = 0;
  const decoded: DecodedString[] = [];
  // Containers from the outside in: the key each one is the value of, and for objects the last key read.
  const stack: { readonly key: string | undefined; lastKey: string | undefined; readonly isArray: boolean }[] = [];
  // The container of the last cell's code (its `source` array, or the cell object when `source`
  // is one string) and its number: a string in another container starts the next cell.
  let cellContainer: object | undefined;
  let cell = -1;
  let index = 0;
  while (index < content.length) {
    const character = content[index]!;
    if (character === "{" || character === "[") {
      const parent = stack[stack.length - 1];
      stack.push({ key: parent ? (parent.isArray ? parent.key : parent.lastKey) : undefined, lastKey: undefined, isArray: character === "[" });
      index++;
    } else if (character === "}" || character === "]") {
      stack.pop();
      index++;
    } else if (character === '"') {
      const end = stringEnd(content, index);
      if (end === -1) return undefined; // not JSON: read the file as it is
      const frame = stack[stack.length - 1];
      let next = end + 1;
      while (next < content.length && /\s/.test(content[next]!)) next++;
      const isKey = frame !== undefined && !frame.isArray && content[next] === ":";
      // The key this string is the value of: `source` (nbformat 4), `input` (a code cell of nbformat 3).
      const holder = frame === undefined || isKey ? undefined : frame.isArray ? frame.key : frame.lastKey;
      const isSource = holder === "source" || holder === "input";
      if (!isKey && !isSource) {
        // An output's image is base64 of pixels: blank in the view, where a token pattern would
        // otherwise match by chance somewhere in megabytes of it.
        // (nbformat 3 keeps them under `png` and `jpeg`.)
        if (holder !== undefined && (holder.startsWith("image/") || holder === "png" || holder === "jpeg") && end - index > 64) {
          pieces.push(content.slice(copiedUpTo, index + 1), " ".repeat(end - index - 1));
          copiedUpTo = end;
        }
        index = end + 1;
        continue;
      }
      const out: string[] = [];
      const raw: number[] = [];
      const close = decodeString(content, index, out, raw);
      if (close === -1) return undefined;
      if (isKey) {
        frame.lastKey = out.join("");
      } else {
        // The code from the opening quote's place on, spaces up to the closing quote's: same length.
        const text = out.join("");
        pieces.push(content.slice(copiedUpTo, index), " ", text, " ".repeat(close - index - text.length));
        copiedUpTo = close + 1;
        raw.push(close);
        if (text.endsWith("\n")) {
          // The line ended with the code: the comma and the file's line break after the entry are
          // blank, so the next entry's code is the next line's, as in the cell.
          const separatorEnd = afterSeparator(content, copiedUpTo);
          pieces.push(" ".repeat(separatorEnd - copiedUpTo));
          copiedUpTo = separatorEnd;
        }
        if (frame !== cellContainer) {
          cellContainer = frame;
          cell++;
        }
        decoded.push({ start: index + 1, raw: Int32Array.from(raw), cell });
      }
      index = close + 1;
    } else {
      index++;
    }
  }
  if (decoded.length === 0 && copiedUpTo === 0) return undefined;
  pieces.push(content.slice(copiedUpTo));
  const language = languageExtension(content);
  const view = pieces.join("");
  const cellAt = (offset: number): number | undefined => {
    const string = decoded[decodedStringAt(decoded, offset)];
    // Inside the string's decoded characters (`raw` holds one more entry: where the string ends).
    return string && offset - string.start < string.raw.length - 1 ? string.cell : undefined;
  };
  return {
    content: view,
    typePath: `${filePath}.${language}`,
    toRaw(offset: number): number {
      const string = decoded[decodedStringAt(decoded, offset)];
      if (!string) return offset;
      const k = offset - string.start;
      return k < string.raw.length ? string.raw[k]! : offset;
    },
    cellAt,
    cellText(start: number, end: number): string {
      // (Outside the cells' code, an output's text or the metadata: the view holds it as the file does.)
      if (cellAt(start) === undefined) return view.slice(start, end);
      const parts: string[] = [];
      for (let i = Math.max(0, decodedStringAt(decoded, start)); i < decoded.length && decoded[i]!.start < end; i++) {
        const string = decoded[i]!;
        const from = Math.max(start, string.start);
        const to = Math.min(end, string.start + string.raw.length - 1);
        if (from < to) parts.push(view.slice(from, to));
      }
      return parts.join("");
    },
  };
}

/** Where the whitespace and the one comma after a list entry end: `",\n    "` from after the quote. */
function afterSeparator(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  if (text[at] === ",") at++;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** The index of the last decoded string that starts at or before `offset` (they are in file order), or -1. */
function decodedStringAt(decoded: readonly DecodedString[], offset: number): number {
  let low = 0;
  let high = decoded.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (decoded[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
