/**
 * A .env line's `NAME=` (maybe after `export`), as shells, dotenv and "Run with secrets" read it:
 * a name holds no `-`. One grammar for the reader (src/azure/env-file.ts) and for the quick fix,
 * which must write only references that reader reads back. The match ends after the blanks
 * following `=`, where the value starts.
 */
export const DOTENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*/;

/**
 * The escapes a double-quoted .env value decodes, as python-dotenv and "Run with secrets" read
 * them: `\n`, `\r`, `\t`, `\"` and `\\`. Any other backslash is kept with the character after
 * it (`"C:\Users\deploy"` is that path). The reader's table (src/azure/env-file.ts); the quick
 * fix moves only values whose one escape is `\n`, on which every .env reader agrees (see
 * dotenvDoubleQuotedValue in src/fixes/config-replacement.ts).
 */
export const DOTENV_DOUBLE_QUOTED_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
