/**
 * The import an environment read needs: `import os` in Python, `"os"` in Go, `<stdlib.h>` in C,
 * Foundation in Swift, `dart:io` in Dart, `java.util.Objects` for Java's read that stops where the
 * variable is unset. Other languages reach the environment without one (`process.env`,
 * `System.getenv`, C#'s `System.Environment` where `System` is not imported (importsSystem), Rust's
 * `std::env` written out). Line-based and linear.
 */
import { lineBreakOf } from "./lines";
import type { TextEdit } from "./types";

interface Line {
  readonly start: number;
  /** Offset of the line's newline (or the end of the text). */
  readonly end: number;
  /** The line without its line break (`\r\n` or `\n`): it ends at `start + text.length`. */
  readonly text: string;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    yield { start, end, text: text.slice(start, end).replace(/\r$/, "") };
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** `import os`, `import os.path`, `import sys, os` bind the name `os`; `import os as o` does not. */
function pythonImportsOs(line: string): boolean {
  const match = /^import\s+([^#]+)/.exec(line);
  return !!match && match[1]!.split(",").some((part) => /^os(?:\.[\w.]+)?$/.test(part.trim()));
}

/**
 * `import os` for a Python file that does not bind `os` at the top level: before the first
 * top-level import, or else after the shebang, header comments, module docstring and
 * `from __future__` imports (which must stay first), and in a notebook cell after IPython's
 * magics and shell escapes (`%%time`, `%matplotlib inline`, `!pip install …`): a cell magic must
 * be the cell's first line.
 */
export function pythonImportOsEdit(text: string, usedAt = text.length): TextEdit | undefined {
  /** After the header: shebang, comments, the module docstring, `from __future__` imports. */
  let insertAt = 0;
  let firstImport: number | undefined;
  let docstringClose: string | undefined;
  /** The quotes of a triple-quoted string open after the header: its lines are text, not imports. */
  let stringClose: string | undefined;
  let inHeader = true;
  let docstringAllowed = true;
  for (const line of lines(text)) {
    if (docstringClose !== undefined) {
      if (line.text.includes(docstringClose)) {
        docstringClose = undefined;
        insertAt = line.end + 1;
      }
      continue;
    }
    if (!inHeader) {
      const wasInString = stringClose !== undefined;
      stringClose = tripleQuoteOpenAfter(line.text, stringClose);
      if (wasInString) continue;
    }
    // (An `import os` below the line that reads it comes too late: settings.py's layout.)
    if (pythonImportsOs(line.text) && line.start < usedAt) return undefined;
    const future = /^from\s+__future__\s/.test(line.text);
    if (/^(?:import|from)\s/.test(line.text) && !future) {
      firstImport ??= line.start;
      inHeader = false;
      continue;
    }
    if (!inHeader) continue;
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    // (No Python line starts with % or !: only IPython's.)
    if (trimmed.startsWith("#") || future || /^[%!]/.test(trimmed)) {
      insertAt = line.end + 1;
      if (future) docstringAllowed = false;
      continue;
    }
    const docstring = docstringAllowed ? /^[rRuU]?("""|''')/.exec(line.text) : null;
    docstringAllowed = false;
    if (docstring) {
      const quote = docstring[1]!;
      if (line.text.indexOf(quote, docstring[0].length) === -1) docstringClose = quote;
      else insertAt = line.end + 1;
      continue;
    }
    inHeader = false;
    stringClose = tripleQuoteOpenAfter(line.text, undefined);
  }
  // (An import after the line that reads the variable comes too late: the header is earlier.)
  const lineBreak = lineBreakOf(text);
  if (firstImport !== undefined && firstImport < usedAt) return { start: firstImport, end: firstImport, newText: `import os${lineBreak}` };
  // The read is in the header itself (the module docstring was the value): the import goes on the line before it.
  if (usedAt < insertAt) {
    const lineStart = text.lastIndexOf("\n", usedAt - 1) + 1;
    return { start: lineStart, end: lineStart, newText: `import os${lineBreak}` };
  }
  return lineAfterHeader(text, insertAt, "import os");
}

/**
 * Which triple-quoted string is still open after `line`, given the one open before it (`open`):
 * quotes are counted in order, each `"""` or `'''` opening or closing. (A `#` outside a string
 * ends the line's code.)
 */
function tripleQuoteOpenAfter(line: string, open: string | undefined): string | undefined {
  for (let i = 0; i < line.length; i++) {
    if (open === undefined && line[i] === "#") break;
    const triple = line.startsWith('"""', i) ? '"""' : line.startsWith("'''", i) ? "'''" : undefined;
    if (!triple) continue;
    if (open === undefined) open = triple;
    else if (open === triple) open = undefined;
    else continue;
    i += 2;
  }
  return open;
}

/**
 * `line` inserted after a file's header, which ends at `headerEnd`: blank lines after the header
 * stay between it and the line, and one blank line follows the line. (The file's own line break:
 * a CRLF file keeps CRLF throughout.)
 */
function lineAfterHeader(text: string, headerEnd: number, line: string): TextEdit {
  let at = Math.min(headerEnd, text.length);
  if (at > 0) {
    while (/^[ \t]*\r?\n/.test(text.slice(at, at + 80))) at = text.indexOf("\n", at) + 1;
  }
  const lineBreak = lineBreakOf(text);
  const lead = at === text.length && at > 0 && !text.endsWith("\n") ? lineBreak : "";
  const blank = at === text.length || /^[ \t]*\r?\n/.test(text.slice(at, at + 80)) ? "" : lineBreak;
  return { start: at, end: at, newText: `${lead}${line}${lineBreak}${blank}` };
}

const GO_IMPORT_PATH = /^\s*(?:[\w.]+\s+)?"([^"]+)"/;

/** `"os"` for a Go file that does not import it: into the import block, after single imports, or after `package`. */
export function goImportOsEdit(text: string): TextEdit | undefined {
  let packageEnd: number | undefined;
  let lastSingleImport: Line | undefined;
  let inBlock = false;
  let blockInsert: number | undefined;
  let blockIndent = "\t";
  let blockGroupOpen = true;
  for (const line of lines(text)) {
    const trimmed = line.text.trim();
    if (inBlock) {
      if (trimmed.startsWith(")")) {
        inBlock = false;
        blockInsert ??= line.start;
        continue;
      }
      const path = GO_IMPORT_PATH.exec(line.text);
      if (path) {
        if (path[1] === "os" && /^\s*"os"/.test(line.text)) return undefined;
        blockIndent = /^\s*/.exec(line.text)![0] || "\t";
        // Keep the first group sorted, as gofmt leaves it.
        if (blockGroupOpen && blockInsert === undefined && path[1]! > "os") blockInsert = line.start;
      } else if (trimmed === "" && blockInsert === undefined) {
        blockGroupOpen = false;
        blockInsert = line.start;
      }
      continue;
    }
    if (packageEnd === undefined) {
      // (Before a CRLF's \r, so that the lines added after it end as the file's do.)
      if (/^package\s+\w+/.test(trimmed)) packageEnd = line.start + line.text.length;
      continue;
    }
    if (/^import\s*\($/.test(trimmed) || /^import\s*\(\s*(?:\/\/.*)?$/.test(trimmed)) {
      inBlock = true;
      continue;
    }
    const single = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(trimmed);
    if (single) {
      if (single[1] === "os" && /^import\s+"os"/.test(trimmed)) return undefined;
      lastSingleImport = line;
      continue;
    }
    if (/^(?:func|type|var|const)\b/.test(trimmed)) break;
  }
  const lineBreak = lineBreakOf(text);
  if (blockInsert !== undefined) return { start: blockInsert, end: blockInsert, newText: `${blockIndent}"os"${lineBreak}` };
  if (lastSingleImport) {
    const end = lastSingleImport.start + lastSingleImport.text.length;
    return { start: end, end, newText: `${lineBreak}import "os"` };
  }
  if (packageEnd !== undefined) return { start: packageEnd, end: packageEnd, newText: `${lineBreak}${lineBreak}import "os"` };
  return undefined;
}

/**
 * A line the file's header needs (`#include <stdlib.h>`, `import Foundation`), unless `present`
 * finds one that already does the job: before the first line `first` matches (the file's other
 * includes or imports), or else after the leading comments, with a blank line after it.
 */
function headerLineEdit(text: string, newLine: string, present: RegExp, first: RegExp): TextEdit | undefined {
  let afterComments = 0;
  let inHeader = true;
  let inBlockComment = false;
  let firstMatch: number | undefined;
  for (const line of lines(text)) {
    if (present.test(line.text)) return undefined;
    if (firstMatch === undefined && first.test(line.text)) firstMatch = line.start;
    if (!inHeader) continue;
    const trimmed = line.text.trim();
    if (inBlockComment) {
      if (trimmed.includes("*/")) inBlockComment = false;
      afterComments = line.end + 1;
    } else if (trimmed.startsWith("//")) afterComments = line.end + 1;
    else if (trimmed.startsWith("/*")) {
      inBlockComment = !trimmed.includes("*/", 2);
      afterComments = line.end + 1;
    } else if (trimmed !== "") inHeader = false;
  }
  if (firstMatch !== undefined) return { start: firstMatch, end: firstMatch, newText: `${newLine}${lineBreakOf(text)}` };
  return lineAfterHeader(text, afterComments, newLine);
}

/** `#include <stdlib.h>` (C) or `<cstdlib>` (C++) for getenv, unless either is included. */
export function cIncludeStdlibEdit(text: string, cpp: boolean): TextEdit | undefined {
  return headerLineEdit(text, cpp ? "#include <cstdlib>" : "#include <stdlib.h>", /^\s*#\s*include\s*[<"](?:stdlib\.h|cstdlib)[>"]/, /^\s*#\s*include\b/);
}

/** `import Foundation` for ProcessInfo, unless the file imports a framework that brings it. */
export function swiftImportFoundationEdit(text: string): TextEdit | undefined {
  return headerLineEdit(text, "import Foundation", /^\s*(?:@\w+\s+)*import\s+(?:Foundation|UIKit|AppKit|SwiftUI|Cocoa|WatchKit)\b/, /^\s*(?:@\w+\s+)*import\s/);
}

/** `import 'dart:io';` for Platform, unless the file imports it already. */
export function dartImportIoEdit(text: string): TextEdit | undefined {
  return headerLineEdit(text, "import 'dart:io';", /^\s*import\s+['"]dart:io['"]/, /^\s*import\s/);
}

/**
 * Whether `Objects` in a Java file names a type other than java.util's, so that importing
 * java.util's would clash with it or hide it: the file imports another (Guava's
 * com.google.common.base.Objects), declares one, or uses the name without importing java.util's
 * (its package's own, or one a wildcard import brings). requireNonNull is then written by its full name.
 */
export function javaObjectsIsAnother(text: string): boolean {
  if (/^\s*import\s+java\.util\.Objects\s*;/m.test(text)) return false;
  if (/^\s*import\s+[\w.]+\.Objects\s*;/m.test(text) || /\b(?:class|interface|enum|record)\s+Objects\b/.test(text)) return true;
  return !/^\s*import\s+java\.util\.\*\s*;/m.test(text) && /(?<![\w.])Objects\b/.test(text);
}

/**
 * `import java.util.Objects;` for requireNonNull, unless the file imports it (or `java.util.*`) or
 * another `Objects` (javaObjectsIsAnother): before the first import whose name sorts after it, or
 * else after the last import, or after the package line, or at the head of a file that has neither.
 */
export function javaImportObjectsEdit(text: string): TextEdit | undefined {
  if (javaObjectsIsAnother(text)) return undefined;
  const newLine = "import java.util.Objects;";
  const lineBreak = lineBreakOf(text);
  let packageEnd: number | undefined;
  let lastImportEnd: number | undefined;
  let firstAfter: number | undefined;
  for (const line of lines(text)) {
    if (/^\s*import\s+java\.util\.(?:Objects|\*)\s*;/.test(line.text)) return undefined;
    const imported = /^\s*import\s+(static\s+)?([\w.]+(?:\.\*)?)\s*;/.exec(line.text);
    if (imported) {
      lastImportEnd = line.start + line.text.length;
      if (!imported[1] && firstAfter === undefined && imported[2]! > "java.util.Objects") firstAfter = line.start;
    } else if (packageEnd === undefined && /^\s*package\s+[\w.]+\s*;/.test(line.text)) packageEnd = line.start + line.text.length;
  }
  if (firstAfter !== undefined) return { start: firstAfter, end: firstAfter, newText: `${newLine}${lineBreak}` };
  if (lastImportEnd !== undefined) return { start: lastImportEnd, end: lastImportEnd, newText: `${lineBreak}${newLine}` };
  if (packageEnd !== undefined) return { start: packageEnd, end: packageEnd, newText: `${lineBreak}${lineBreak}${newLine}` };
  return headerLineEdit(text, newLine, /^\s*import\s+java\.util\.(?:Objects|\*)\s*;/, /^\s*import\s/);
}

/**
 * Whether `Environment` resolves in a C# file: it has `using System;`, or it is written as .NET 6
 * and later templates write files (a file-scoped `namespace X;`, or top-level statements: no
 * namespace and no type declared), whose projects import System implicitly. Otherwise (a block
 * namespace, a class in the global namespace as Unity writes them) the full name.
 */
export function importsSystem(text: string): boolean {
  if (/^[ \t]*(?:global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text) || /^[ \t]*namespace[ \t]+[\w.]+[ \t]*;/m.test(text)) return true;
  return !/^[ \t]*namespace\b/m.test(text) && !/\b(?:class|struct|record|interface|enum)[ \t]+[A-Za-z_]\w*/.test(text);
}
