import type { FileType } from "./rules/types";

/**
 * Whether a bare word after `=` is a literal value or an expression decides whether
 * `password = hunter2` is a secret (in .env, YAML, .properties) or a variable (in Python, C#).
 */
const CODE_EXTENSIONS = new Set([
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "py", "cs", "java", "kt", "kts", "go", "rb", "php", "rs", "swift",
  "scala", "groovy", "gradle", "c", "h", "cc", "cpp", "hpp", "m", "dart", "lua", "pl", "pm", "r", "vb", "fs", "ps1", "psm1", "bicep", "tf",
]);
const CONFIG_EXTENSIONS = new Set([
  "json", "jsonc", "yaml", "yml", "toml", "ini", "cfg", "conf", "config", "properties", "env", "xml", "plist", "tfvars", "npmrc", "netrc",
]);

export function fileTypeOf(filePath: string): FileType {
  const base = filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1).toLowerCase();
  if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env")) return "config";
  const dot = base.lastIndexOf(".");
  const extension = dot >= 0 ? base.slice(dot + 1) : "";
  if (CODE_EXTENSIONS.has(extension)) return "code";
  if (CONFIG_EXTENSIONS.has(extension)) return "config";
  return "text";
}

/**
 * Languages where `'…'` is a character literal, never a string: C, C++, C#, Java, Kotlin, Scala,
 * Rust, Swift, F#. In these a multi-character single-quoted value does not compile;
 * `password = 'x'` at code level is not a hardcoded string. Go's rune literals make the same
 * case, but other scanners (detect-secrets) accept any quote in Go, and snippets pasted into Go
 * files keep their own quotes: there we keep reporting, erring towards the secret.
 */
const CHARACTER_LITERAL_EXTENSIONS = new Set(["c", "h", "cc", "cpp", "cxx", "hpp", "hh", "hxx", "cs", "java", "kt", "kts", "scala", "rs", "swift", "fs"]);

export function singleQuotesMarkCharacters(filePath: string): boolean {
  const dot = filePath.lastIndexOf(".");
  return dot > Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) && CHARACTER_LITERAL_EXTENSIONS.has(filePath.slice(dot + 1).toLowerCase());
}

const TEMPLATE_LITERAL_EXTENSIONS = new Set(["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]);

/** JavaScript and TypeScript: a backtick string with `${…}` is computed when it runs, not a literal. */
export function backticksInterpolate(filePath: string): boolean {
  const dot = filePath.lastIndexOf(".");
  return dot > Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) && TEMPLATE_LITERAL_EXTENSIONS.has(filePath.slice(dot + 1).toLowerCase());
}
