/**
 * IPython's cell magics. A notebook cell whose first line is `%%bash` (or `%%script node`, `%%R`)
 * is not Python: IPython hands the rest of the cell to that language's interpreter, which inherits
 * the kernel's environment, so a move writes that language's read (`"${NAME}"` for bash, as in a
 * .sh file), never `os.environ`. A cell the notebook's page runs (`%%javascript`, `%%html`), one
 * written to a file (`%%writefile`), SQL (`%%sql`) or a magic this table does not know has no read
 * a move could write: it is refused, with why and what works.
 */
import { interpreterLanguageExtension, typePathOf } from "../engine/file-type";
import { FixPlanError } from "./errors";
import type { TextEdit } from "./types";

interface CellMagic {
  /** As written after `%%`: `bash`, `script`, `R`. */
  readonly name: string;
  /** The rest of the magic's line: its options and arguments. */
  readonly args: string;
  /** Where the magic's line ends (its line break, or the text's end). */
  readonly lineEnd: number;
}

/** Magics that run the cell's own text as Python (timing, capturing, profiling, Cython, ipyparallel's engines). */
const PYTHON_BODY = new Set(["time", "timeit", "capture", "prun", "debug", "memit", "px", "cython"]);

/** Magics that run the cell's text with another interpreter (IPython's script magics, rpy2's `%%R`), as the extension of its language. */
const INTERPRETER_BODY: Readonly<Record<string, string>> = {
  bash: "sh", sh: "sh", sx: "sh", system: "sh", perl: "pl", ruby: "rb", python: "py", python2: "py", python3: "py", pypy: "py", r: "r",
};

/** Magics whose text the notebook's page shows or runs, in the browser: it has no environment. */
const PAGE_BODY = new Set(["javascript", "js", "html", "svg", "latex", "markdown"]);

/** `%%script`'s options that take a value (`--out captured`), before the interpreter's command. */
const SCRIPT_OPTIONS_WITH_VALUE = new Set(["--proc", "--out", "--err"]);

/** A notebook cell's magic line (IPython skips blank lines before it); undefined for another file or a cell without one. */
function cellMagicOf(filePath: string, text: string): CellMagic | undefined {
  if (!/\.ipynb$/i.test(filePath)) return undefined;
  const match = /^(?:[ \t]*\r?\n)*%%([\w.-]+)([^\n]*)/.exec(text);
  if (!match) return undefined;
  return { name: match[1]!, args: match[2]!.trim(), lineEnd: match.index + match[0].length };
}

/** The interpreter `%%script [--bg] [--out OUT] … bash` names. */
function scriptInterpreter(args: string): string | undefined {
  const words = args.split(/\s+/).filter((word) => word !== "");
  let at = 0;
  while (words[at]?.startsWith("--")) at += SCRIPT_OPTIONS_WITH_VALUE.has(words[at]!) ? 2 : 1;
  return words[at];
}

/** The extension of the language the magic runs the cell's text in; undefined where it runs none a move can read from. */
function bodyLanguageExtension(magic: CellMagic): string | undefined {
  const name = magic.name.toLowerCase();
  if (PYTHON_BODY.has(name)) return "py";
  if (name === "script") {
    const interpreter = scriptInterpreter(magic.args);
    return interpreter === undefined ? undefined : interpreterLanguageExtension(interpreter);
  }
  return INTERPRETER_BODY[name];
}

/**
 * The path whose extension tells a text's language (typePathOf), for a Python notebook cell the
 * language its cell magic runs: `nb.ipynb.sh` for a `%%bash` cell. The text is given as the scan
 * gives it, so a move reads the language the scan read: a script named by its `#!` line
 * (`bin/deploy` is Python), an Nmap script (`.nse`) Lua.
 */
export function cellTypePathOf(filePath: string, languageId: string | undefined, text: string): string {
  const magic = languageId === "python" ? cellMagicOf(filePath, text) : undefined;
  const extension = magic && bodyLanguageExtension(magic);
  return extension === undefined || extension === "py" ? typePathOf(filePath, languageId, text) : `${filePath}.${extension}`;
}

/**
 * Why no move can rewrite the value at `start` of a notebook cell, for its cell magic: the text
 * runs where no environment variable can be read, or the move cannot tell what reads it.
 * Undefined for a cell with no magic, or one whose language a move writes a read for.
 */
export function cellMagicRefusal(filePath: string, text: string, start: number): string | undefined {
  const magic = cellMagicOf(filePath, text);
  if (!magic) return undefined;
  const name = magic.name.toLowerCase();
  if (name === "sql") {
    return 'This cell is SQL run by the %%sql magic, which reads no environment variable in it and cannot resolve a Key Vault reference: leave the connection string off the magic (ipython-sql then connects with DATABASE_URL from the environment, which "Run with secrets" sets) and pass other values from Python variables read with os.environ; then rotate the old value.';
  }
  if (start < magic.lineEnd) {
    return `The secret is on the cell's %%${magic.name} line, which IPython reads as the magic's arguments, not as code: move it by hand (into the cell's code, reading an environment variable that "Run with secrets" sets), then rotate the old value.`;
  }
  if (PAGE_BODY.has(name)) {
    return `The %%${magic.name} magic runs this cell in the notebook's page (the browser), which has no environment to read a variable from and resolves no Key Vault reference: use the secret from the kernel instead (Python, reading os.environ), never in the page, then rotate the old value.`;
  }
  if (name === "writefile" || name === "file") {
    const written = magic.args.split(/\s+/).filter((word) => !word.startsWith("-"))[0] ?? "a file";
    return `This cell writes its text as it stands to ${written} (%%${magic.name}), and what reads that file decides how it can get the secret: the move cannot tell. Write the cell's text so that the file reads the value where it runs (a script: an environment variable "Run with secrets" sets), then rotate the old value.`;
  }
  if (bodyLanguageExtension(magic) === undefined) {
    const what = name === "script" ? `the interpreter %%script names (${scriptInterpreter(magic.args) ?? "none"})` : `the %%${magic.name} magic`;
    return `This cell runs in ${what}, whose language the move does not know, so it cannot tell which read to write: move the secret by hand, reading an environment variable that "Run with secrets" sets, then rotate the old value.`;
  }
  return undefined;
}

/**
 * Throws FixPlanError `unsupported` where a plan's edit would change a notebook cell's magic line:
 * IPython reads the magic only as the cell's first line, as written.
 */
export function refuseEditingCellMagic(filePath: string, text: string, edits: readonly TextEdit[]): void {
  const magic = cellMagicOf(filePath, text);
  if (!magic || !edits.some((edit) => edit.start <= magic.lineEnd)) return;
  throw new FixPlanError("unsupported", `The move would change the cell's %%${magic.name} line, which IPython reads only as the cell's first line, as written: move the secret by hand.`);
}
