import type { FileType } from "./rules/types";

/**
 * Whether a bare word after `=` is a literal value or an expression decides whether
 * `password = hunter2` is a secret (in .env, YAML, .properties) or a variable (in Python, C#).
 */
const CODE_EXTENSIONS = new Set([
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "py", "cs", "java", "kt", "kts", "go", "rb", "php", "rs", "swift",
  "scala", "groovy", "gradle", "c", "h", "cc", "cpp", "hpp", "m", "dart", "lua", "pl", "r", "vb", "fs", "ps1", "psm1", "bicep", "tf",
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
