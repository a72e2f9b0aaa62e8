/**
 * Which replacement family a file belongs to. The engine's fileTypeOf only says code / config /
 * text; the fix also needs to know which runtime reads the file (App Service, ASP.NET Core,
 * docker compose, a language), because that decides what may stand where the value was.
 */
import { fileTypeOf, isSpringSettingsFile, type MoveLanguageExtension } from "../engine/file-type";

/** `other`: source code (by the engine's fileTypeOf) in a language without a known replacement. */
export type CodeLanguage =
  | "other"
  | "javascript"
  | "python"
  | "csharp"
  | "java"
  | "kotlin"
  | "groovy"
  | "go"
  | "powershell"
  | "shell"
  | "ruby"
  | "php"
  | "rust"
  | "swift"
  | "scala"
  | "c"
  | "cpp"
  | "lua"
  | "perl"
  | "r"
  | "elixir"
  | "vb"
  | "fsharp"
  | "dart"
  | "jsonnet"
  | "cmake"
  | "bicep"
  | "bicepparam"
  | "terraform";

/** armParameters: an ARM deployment parameters file, whose parameters can name a Key Vault secret. */
export type JsonFlavour = "localSettings" | "appSettings" | "armTemplate" | "armParameters" | "other";

/** spring: Spring Boot's `application*.yml` and `bootstrap*.yml`, in which Spring resolves `${…}` when the application starts. */
export type YamlDialect = "compose" | "azurePipelines" | "githubActions" | "spring" | "helmValues" | "other";

/** Whether a JavaScript-family file is TypeScript, whose types the move's reads must keep: `.ts`, `.tsx`, `.mts`, `.cts`. */
export function isTypeScriptPath(filePath: string): boolean {
  return /\.[mc]?tsx?$/i.test(filePath);
}

/** A Helm chart's values file, and the per-environment ones beside it: `values.yaml`, `values-prod.yaml`, `values.prod.yaml`, `prod-values.yaml`. */
const HELM_VALUES_FILE = /^(?:[\w-]+[.-])?values(?:[.-][\w.-]+)?\.ya?ml$/;

export type FileKind =
  | { readonly family: "json"; readonly flavour: JsonFlavour }
  | { readonly family: "dotenv" }
  | { readonly family: "yaml"; readonly dialect: YamlDialect }
  | { readonly family: "xml" }
  | { readonly family: "code"; readonly language: CodeLanguage }
  /** npm's `.npmrc` (pnpm and Yarn 1 read it too): `key=value` lines in which npm expands `${NAME}`. */
  | { readonly family: "npmrc" }
  /** ini, properties, toml, conf and anything else read as `key = value` lines. */
  | { readonly family: "plain" };

/** Keyed by exactly the engine's MOVE_LANGUAGE_EXTENSIONS, which decide the engine's advice (takesConfigurationMove). */
const LANGUAGES: Readonly<Record<MoveLanguageExtension, CodeLanguage>> = {
  js: "javascript", jsx: "javascript", mjs: "javascript", cjs: "javascript", ts: "javascript", tsx: "javascript", mts: "javascript", cts: "javascript",
  py: "python", pyw: "python",
  cs: "csharp", csx: "csharp",
  java: "java",
  kt: "kotlin", kts: "kotlin",
  groovy: "groovy", gradle: "groovy",
  go: "go",
  ps1: "powershell", psm1: "powershell",
  sh: "shell", bash: "shell", zsh: "shell", ksh: "shell",
  rb: "ruby",
  php: "php",
  rs: "rust",
  swift: "swift",
  scala: "scala", sc: "scala", sbt: "scala",
  // (`h`: C's and C++'s headers alike; getenv from <stdlib.h> serves both.)
  c: "c", h: "c",
  cc: "cpp", cpp: "cpp", cxx: "cpp", hh: "cpp", hpp: "cpp", hxx: "cpp", ino: "cpp",
  lua: "lua",
  pl: "perl", pm: "perl",
  r: "r",
  ex: "elixir", exs: "elixir",
  vb: "vb",
  fs: "fsharp", fsx: "fsharp",
  dart: "dart",
  jsonnet: "jsonnet", libsonnet: "jsonnet",
  cmake: "cmake",
  bicep: "bicep",
  bicepparam: "bicepparam",
  tf: "terraform",
  tfvars: "terraform",
};

/** An ARM template declares its schema; a parameters file or any other JSON does not match. */
const ARM_SCHEMA = /"\$schema"\s*:\s*"[^"\n]{0,200}deploymentTemplate\.json/i;
const ARM_PARAMETERS_SCHEMA = /"\$schema"\s*:\s*"[^"\n]{0,200}deploymentParameters\.json/i;

export function baseNameOf(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1);
}

export function fileKindOf(filePath: string, text: string): FileKind {
  const base = baseNameOf(filePath).toLowerCase();
  const normalized = filePath.replace(/\\/g, "/").toLowerCase();
  // The same names the engine reads as .env files (file-type.ts): `.env`, `.env.local`, `prod.env`.
  if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env")) return { family: "dotenv" };
  if (base === ".npmrc") return { family: "npmrc" };
  const dot = base.lastIndexOf(".");
  const extension = dot >= 0 ? base.slice(dot + 1) : "";
  if (extension === "json" || extension === "jsonc") {
    if (base === "local.settings.json") return { family: "json", flavour: "localSettings" };
    if (/^appsettings(?:\.[^.]+)*\.json$/.test(base)) return { family: "json", flavour: "appSettings" };
    // The schema is declared at the top; looking further would only cost time on big files.
    const head = text.slice(0, 4096);
    if (ARM_SCHEMA.test(head)) return { family: "json", flavour: "armTemplate" };
    if (ARM_PARAMETERS_SCHEMA.test(head)) return { family: "json", flavour: "armParameters" };
    return { family: "json", flavour: "other" };
  }
  if (extension === "yml" || extension === "yaml") {
    if (/^(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/.test(base)) return { family: "yaml", dialect: "compose" };
    if (normalized.includes(".github/workflows/")) return { family: "yaml", dialect: "githubActions" };
    if (base.startsWith("azure-pipelines") || normalized.includes(".azure-pipelines/") || normalized.includes(".azuredevops/")) return { family: "yaml", dialect: "azurePipelines" };
    if (isSpringSettingsFile(base)) return { family: "yaml", dialect: "spring" };
    if (HELM_VALUES_FILE.test(base)) return { family: "yaml", dialect: "helmValues" };
    return { family: "yaml", dialect: "other" };
  }
  if (extension === "config" || extension === "xml" || extension === "csproj" || extension === "props") return { family: "xml" };
  const language = base === "cmakelists.txt" ? "cmake" : LANGUAGES[extension as MoveLanguageExtension];
  if (language) return { family: "code", language };
  return fileTypeOf(filePath) === "code" ? { family: "code", language: "other" } : { family: "plain" };
}

/**
 * Files whose default move leaves them reading a configuration key (C# through IConfiguration,
 * ASP.NET Core's appsettings.json), so a Key Vault reference in App Configuration can supply it.
 */
export function readsConfigurationKeys(filePath: string, text: string): boolean {
  const kind = fileKindOf(filePath, text);
  return (kind.family === "code" && kind.language === "csharp") || (kind.family === "json" && kind.flavour === "appSettings");
}
