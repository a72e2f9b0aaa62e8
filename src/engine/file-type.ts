import type { FileType } from "./rules/types";

/**
 * C's and C++'s sources and headers, with C++'s template and inline implementation files
 * (`asio/impl/context.ipp`), modules, and Pump's templates (`gtest-param-util-generated.h.pump`):
 * C++ with `$var` and `$range` lines that Google Test generates its headers from. And CUDA's
 * sources and headers (`.cu`, `.cuh`): C++ with GPU kernels.
 */
export const C_AND_CPP_EXTENSIONS: readonly string[] = ["c", "h", "cc", "cpp", "cxx", "hpp", "hh", "hxx", "ipp", "tpp", "tcc", "txx", "inl", "ixx", "cppm", "pump", "cu", "cuh"];

/**
 * Interface definition languages whose comments are C's `//` and `/* … *\/` (Protocol Buffers,
 * Thrift, FlatBuffers, Avro IDL, Smithy). Their comments document each field, often with an
 * example value (`// dnsSuffix: shard-1.example.com`).
 */
export const INTERFACE_DEFINITION_EXTENSIONS: readonly string[] = ["proto", "thrift", "fbs", "avdl", "smithy"];

/**
 * Languages whose comments are C's, `//` to the end of the line and `/* … *\/` blocks, and no
 * other: their strings are quoted (with backticks too in JavaScript and Go). JSON is here for its
 * JSONC and JSON5 dialects. The config rules read a line's comments by this list, and the
 * multi-line comment regions start from it.
 */
export const C_COMMENT_EXTENSIONS: readonly string[] = [
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "cs", "java", "kt", "kts", "go", "rs", "swift", "scala", "groovy", "gradle",
  ...C_AND_CPP_EXTENSIONS, "m", "mm", "dart", "fs", "bicep", "json", "jsonc", "json5", "sol", "zig", ...INTERFACE_DEFINITION_EXTENSIONS,
];

/**
 * Whether a bare word after `=` is a literal value or an expression decides whether
 * `password = hunter2` is a secret (in .env, YAML, .properties) or a variable (in Python, C#).
 */
const CODE_EXTENSIONS = new Set([
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "py", "cs", "java", "kt", "kts", "go", "rb", "php", "rs", "swift",
  "scala", "groovy", "gradle", ...C_AND_CPP_EXTENSIONS, "m", "dart", "lua", "pl", "pm", "r", "vb", "fs", "ps1", "psm1", "bicep", "tf",
  "pyi", "pyw", "pyx", "rbs", "mm", "vue", "svelte", "ex", "exs", "erl", "hrl", "clj", "cljs", "hs", "jl", "zig", "sol", "coffee", "sbt",
  // (`inc`: PHP's include files, and C's, Pascal's and assembly's: code in every one.)
  "inc", "phtml",
  // Pascal's units and Delphi's and Lazarus's programs: `LazKey := VK_NUMPAD0` assigns a constant,
  // `start_pass : procedure(…)` declares a field's type.
  "pas", "dpr", "lpr",
  // Jsonnet: `creds: importstr "…"` takes an expression, `password: self.db.password` a field.
  "jsonnet", "libsonnet",
  // GraphQL schemas: `password: String!` declares a field's type.
  "graphql", "graphqls", "gql",
  // ANTLR grammars: `token:SAFEUTF8STRING` labels an element with the rule or token it matches.
  "g", "g4",
  // Assembly (`# pass: result addr` documents a register) and device trees (`hdmi_pw: regulator-hdmi-pw {`, a node's label).
  "s", "asm", "dts", "dtsi",
  // Languages whose `name = expression` assigns an expression, as code's does: SystemTap's probes
  // (`cred = @defined($cred) ? $cred : $file->f_cred`), Macaulay2's and Modula-2's programs
  // (`pw := (v,wts) -> (`), GLSL's shaders (`pass_Distance = abs(…)`), RELAX NG's compact schemas
  // (`NMTOKEN.datatype = xsd:NMTOKEN`, a pattern's definition), and D's modules (GCC's D runtime
  // headers: `enum NELOG_NetlogonAuthDCFail=(ERRLOG_BASE+110);` names a constant's expression).
  "stp", "m2", "glsl", "rnc", "d",
  // Ada's bodies and specifications: `Result.Password := To_XString (Password);` calls a function
  // (Ada puts a blank before the bracket), and `Api_Token : constant String := "…"` declares a
  // constant, whose literal plain text would not find after its type.
  "adb", "ads",
  // OCaml and its Reason and ReScript syntaxes: `let pass = actual == "";` binds an expression, and
  // `| Token.Default => applyCode(…)` is a match arm; their strings are quoted.
  "ml", "mli", "re", "rei", "res", "resi",
]);
// (`cnf`: MySQL's option files, `my.cnf`; `pypirc`: `.pypirc`. INI files, named for their tool.)
const CONFIG_EXTENSIONS = new Set([
  "json", "jsonc", "har", "yaml", "yml", "toml", "ini", "cfg", "conf", "config", "properties", "env", "xml", "plist", "tfvars", "npmrc", "netrc",
  "cnf", "pypirc",
]);

/** The file name, lower-cased, without its folders. */
export function baseNameOf(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1).toLowerCase();
}

/**
 * A file's (lower-cased) name without the number an atomic write gives its temporary copy: npm
 * (write-file-atomic) writes `package-lock.json.3920995001` and renames it over the file, and an
 * interrupted install leaves it behind. Such a copy holds what the file holds.
 */
export function withoutAtomicWriteSuffix(base: string): string {
  return base.replace(/\.\d{6,12}$/, "");
}

/** The lower-cased extension without its dot; "" when the name has none. */
function extensionOf(base: string): string {
  const dot = base.lastIndexOf(".");
  return dot >= 0 ? base.slice(dot + 1) : "";
}

/** A path's extension, lower-cased, without its dot; "" when the file name has none. */
export function fileExtensionOf(filePath: string): string {
  return extensionOf(baseNameOf(filePath));
}

/**
 * VS Code language ids as the extensions this engine and the fixes read a text's language from.
 * Ids that need no mapping of their own (plain text, and languages read as text anyway) are absent.
 */
const LANGUAGE_ID_EXTENSIONS: Readonly<Record<string, string>> = {
  python: "py", csharp: "cs", fsharp: "fs", powershell: "ps1", javascript: "js", javascriptreact: "jsx", typescript: "ts",
  typescriptreact: "tsx", java: "java", kotlin: "kt", scala: "scala", groovy: "groovy", go: "go", rust: "rs", ruby: "rb",
  php: "php", r: "r", julia: "jl", c: "c", cpp: "cpp", swift: "swift", dart: "dart", lua: "lua", perl: "pl", vb: "vb",
  bicep: "bicep", terraform: "tf", shellscript: "sh", json: "json", jsonc: "jsonc", yaml: "yaml", xml: "xml", ini: "ini",
  properties: "properties", toml: "toml", dotenv: "env", dockerfile: "dockerfile", markdown: "md", cmake: "cmake",
  clojure: "clj", elixir: "ex", erlang: "erl", haskell: "hs", coffeescript: "coffee", graphql: "graphql", jsonnet: "jsonnet",
  "objective-c": "m", "objective-cpp": "mm", solidity: "sol", svelte: "svelte", vue: "vue", zig: "zig",
  // SQL cells (SQL-kernel notebooks, Polyglot, Azure Data Studio) and SQL editors: a script a
  // database runs, so a move refuses it as it refuses a `.sql` file.
  sql: "sql", pgsql: "sql", postgres: "sql", mysql: "sql", plsql: "sql",
  // YAML under the ids of the extensions that give its dialects a mode of their own (Docker,
  // GitHub Actions, Azure Pipelines, Kubernetes' Helm): without them an untitled compose file
  // would be read as extension-less text and lose its keys' paths.
  dockercompose: "yaml", "github-actions-workflow": "yaml", "azure-pipelines": "yaml", helm: "yaml",
};

/**
 * Extensions a language's files carry under another name than the language's own, as the
 * extension of that language. Nmap's scripts (`.nse`) are Lua: read as plain text, their
 * `local creds = require "creds"` (Lua's call without parentheses) and
 * `local c = creds.Credentials:new(…)` would be bare values under secret names, where Lua reads
 * them as a module's load and a method's call.
 */
const LANGUAGE_EXTENSION_ALIASES: Readonly<Record<string, string>> = { nse: "lua" };

/**
 * The path whose extension tells a text's language. A text's own path usually does; one that does
 * not comes with the editor's language id: a notebook cell carries its notebook's path
 * (`nb.ipynb` + python reads as `nb.ipynb.py`), an untitled editor a bare name.
 */
export function typePathOf(filePath: string, languageId: string | undefined, content?: string): string {
  const extension =
    languageId === undefined
      ? content === undefined
        ? undefined
        : (interpreterExtension(filePath, content) ?? modeLineExtension(filePath, content) ?? LANGUAGE_EXTENSION_ALIASES[extensionOf(baseNameOf(filePath))] ?? templatedCodeExtension(filePath))
      : LANGUAGE_ID_EXTENSIONS[languageId];
  return extension === undefined ? filePath : `${filePath}.${extension}`;
}

/** Template engines' extensions, written after the extension of the file a template renders. */
const TEMPLATE_EXTENSIONS = new Set(["ejs", "hbs", "handlebars", "mustache", "njk", "jinja", "jinja2", "j2", "tmpl", "tpl", "eta"]);

/**
 * A generator's template of a source file (`User.kt.ejs`, `service.ts.hbs`) is that language's
 * code with the engine's tags among it: `var password: String? = null` declares a field there as
 * it does in the file it renders. Only code: a template of a settings file (`.env.ejs`) is read as
 * text, as before. Undefined for any other name.
 */
function templatedCodeExtension(filePath: string): string | undefined {
  const base = baseNameOf(filePath);
  if (!TEMPLATE_EXTENSIONS.has(extensionOf(base))) return undefined;
  const inner = extensionOf(base.slice(0, base.lastIndexOf(".")));
  return CODE_EXTENSIONS.has(inner) ? inner : undefined;
}

/** Interpreters a script names on its `#!` line, as the extensions of their languages. */
const INTERPRETER_EXTENSIONS: Readonly<Record<string, string>> = {
  node: "js", nodejs: "js", bun: "js", deno: "ts", "ts-node": "ts", tsx: "ts", python: "py", python2: "py", python3: "py",
  ruby: "rb", perl: "pl", php: "php", pwsh: "ps1", sh: "sh", bash: "sh", zsh: "sh", dash: "sh", ksh: "sh",
};
/** `#!/usr/bin/env node`, `#!/usr/bin/env -S deno run`, `#!/usr/local/bin/python3.11`: the interpreter's name. */
const SHEBANG = /^#![ \t]*(?:\/[\w./-]*\/)?(?:env[ \t]+(?:-S[ \t]+)?)?([\w-]+?)(?:[0-9.]*)(?=[ \t\r\n]|$)/;

/**
 * A script without an extension (`bin/cli`, `hooks/pre-commit`) is written in the language its
 * `#!` line names, as an editor reads it: `#!/usr/bin/env node` is JavaScript, with `//`
 * comments. Only for a name without an extension; `undefined` for anything else.
 */
function interpreterExtension(filePath: string, content: string): string | undefined {
  if (!content.startsWith("#!") || extensionOf(baseNameOf(filePath)) !== "") return undefined;
  const interpreter = SHEBANG.exec(content.slice(0, 200))?.[1];
  return interpreter === undefined ? undefined : INTERPRETER_EXTENSIONS[interpreter];
}

/** Emacs's names of major modes, as the extensions of their languages. */
const EMACS_MODE_EXTENSIONS: Readonly<Record<string, string>> = {
  "c++": "cpp", c: "c", objc: "m", python: "py", perl: "pl", cperl: "pl", ruby: "rb", sh: "sh", "shell-script": "sh",
  js: "js", javascript: "js", java: "java", lua: "lua",
};
/** `// -*- C++ -*-`, `# -*- mode: python; coding: utf-8 -*-`: the mode an Emacs mode line sets. */
const EMACS_MODE_LINE = /-\*-[ \t]*(?:mode:[ \t]*)?([\w+-]+)[ \t]*(?:;[^\n]*?)?-\*-/i;

/**
 * A file without an extension whose first line is an Emacs mode line is in the language it names,
 * as the editor reads it: C++'s standard headers (`optional`, `bitset`, libc++'s and libstdc++'s)
 * open with `// -*- C++ -*-`, and their comments cite the standard's sections (`// 23.6.3.1,
 * constructors`), which read as addresses where the comments are not known. Only for a name
 * without an extension; `undefined` for anything else.
 */
function modeLineExtension(filePath: string, content: string): string | undefined {
  if (extensionOf(baseNameOf(filePath)) !== "") return undefined;
  const firstLineEnd = content.indexOf("\n");
  const mode = EMACS_MODE_LINE.exec(content.slice(0, firstLineEnd === -1 ? 200 : Math.min(firstLineEnd, 200)))?.[1];
  return mode === undefined ? undefined : EMACS_MODE_EXTENSIONS[mode.toLowerCase()];
}

/**
 * The extension of the language an interpreter runs, named as a command names it (`bash`,
 * `/usr/bin/python3.11`, `node`): a notebook's `%%script` cell is as a `#!` script. Undefined for
 * one this table does not know.
 */
export function interpreterLanguageExtension(command: string): string | undefined {
  const name = /^(?:[\w./-]*\/)?([\w-]+?)(?:[0-9.]*)$/.exec(command)?.[1];
  return name === undefined ? undefined : INTERPRETER_EXTENSIONS[name];
}

export function fileTypeOf(filePath: string): FileType {
  const base = baseNameOf(filePath);
  if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env")) return "config";
  const extension = extensionOf(base);
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
const CHARACTER_LITERAL_EXTENSIONS = new Set([...C_AND_CPP_EXTENSIONS, "cs", "java", "kt", "kts", "scala", "rs", "swift", "fs"]);

export function singleQuotesMarkCharacters(filePath: string): boolean {
  return CHARACTER_LITERAL_EXTENSIONS.has(extensionOf(baseNameOf(filePath)));
}

/**
 * Go writes a declaration's type after its name: `var dbPassword string = "…"`, and in a const
 * block `NoNewVars TypeErrorPass = "nonewvars"`, where the name beside `=` is the type.
 */
export function typeFollowsName(filePath: string): boolean {
  // Asked for every candidate line: the suffix test is enough (`.go`, any case).
  return filePath.length > 3 && filePath.charCodeAt(filePath.length - 3) === 46 /* . */ && filePath.slice(-2).toLowerCase() === "go";
}

/** C and C++ name a struct's member with a leading `.` in a designated initializer: `{ .password = "…" }`. */
export function designatesMembers(filePath: string): boolean {
  return C_AND_CPP_EXTENSIONS.includes(extensionOf(baseNameOf(filePath)));
}

/**
 * Visual Basic writes a declaration's type after its name, with `As`: `Dim dbPassword As String =
 * "…"`, `Private Const ApiKey As String = "…"`, where the name beside `=` is the type.
 */
export function typeFollowsAs(filePath: string): boolean {
  return filePath.length > 3 && filePath.charCodeAt(filePath.length - 3) === 46 /* . */ && filePath.slice(-2).toLowerCase() === "vb";
}

/** YAML files, where a bare value may start with a tag (`!Ref`) or a flow collection (`{…}`). */
export function isYamlFile(filePath: string): boolean {
  const extension = extensionOf(baseNameOf(filePath));
  return extension === "yaml" || extension === "yml";
}

const SHELL_EXTENSIONS = new Set(["sh", "bash", "zsh", "ksh"]);

/** Shell scripts (by extension, or by a `#!` line that gave the path one: see typePathOf). */
export function isShellScript(filePath: string): boolean {
  return SHELL_EXTENSIONS.has(extensionOf(baseNameOf(filePath)));
}

/** `Dockerfile`, `Dockerfile.prod`, Podman's `Containerfile`, `api.dockerfile`. */
const DOCKERFILE = /^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$|\.dockerfile$/;

/** A Dockerfile (or Containerfile), by its name. */
export function isDockerfile(filePath: string): boolean {
  return DOCKERFILE.test(baseNameOf(filePath));
}

/** ASP.NET Core's settings files: `appsettings.json`, `appsettings.Production.json`. */
const APP_SETTINGS_FILE = /^appsettings(?:\.[^/\\]*)?\.json$/;
/** Azure Functions' local settings. */
const LOCAL_SETTINGS_FILE = /^local\.settings\.json(?:\.json)?$/;
/** Docker Compose's files: `docker-compose.yml`, `compose.prod.yaml`, `docker-compose.override.yml`. */
const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][^/\\]*)?\.ya?ml$/;

/**
 * Spring Boot's settings files: `application.yml`, `application-staging.properties`, and Spring
 * Cloud's `bootstrap*.yml` (Micronaut's and Quarkus's `application.yml` alike). (The editor may
 * add its language's extension: `application.yml.yaml`.)
 */
const SPRING_SETTINGS_FILE = /^(?:application|bootstrap)(?:-[^/\\.]+)?\.(?:ya?ml|properties)(?:\.(?:ya?ml|properties))?$/;

/** A Spring Boot settings file (`application*.yml/.yaml/.properties`, `bootstrap*`), by its name. */
export function isSpringSettingsFile(filePath: string): boolean {
  return SPRING_SETTINGS_FILE.test(baseNameOf(filePath));
}

/** An ASP.NET Core settings file (`appsettings*.json`), by its name. */
export function isAppSettingsFile(filePath: string): boolean {
  return APP_SETTINGS_FILE.test(baseNameOf(filePath));
}

/**
 * Files an application's settings are written in, one setting a line, and nothing else: `.env`
 * files, `appsettings*.json`, Azure Functions' `local.settings.json`, Docker Compose files (whose
 * `environment:` sets the container's variables), Spring's `application*` and `bootstrap*`
 * files. A value under a setting's name there is what the program reads, never a link for people
 * or a message.
 */
export function isSettingsFile(filePath: string): boolean {
  const base = baseNameOf(filePath);
  // (The editor may add its language's extension: `local.settings.json.json`, `docker-compose.yml.yaml`.)
  return base === ".env" || base.startsWith(".env.") || base.endsWith(".env") || LOCAL_SETTINGS_FILE.test(base) || APP_SETTINGS_FILE.test(base) || COMPOSE_FILE.test(base) || SPRING_SETTINGS_FILE.test(base);
}

/**
 * Configuration files the move to App Configuration has a reader for: JSON (appsettings, App
 * Service settings), YAML (compose, pipelines, Kubernetes, Spring), XML (.NET's *.config, Maven,
 * MSBuild). A file of another kind needs a program that reads the value (source code, .env,
 * Spring's .properties).
 */
const CONFIGURATION_MOVE_EXTENSIONS = new Set(["json", "jsonc", "yaml", "yml", "config", "xml", "csproj", "props"]);

/**
 * The extensions of the languages a move writes an environment or configuration read in
 * (fixes/file-kind.ts maps each to its language, and the compiler holds that map to this list).
 */
export const MOVE_LANGUAGE_EXTENSIONS = [
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "py", "pyw", "cs", "csx", "java", "kt", "kts", "groovy", "gradle", "go",
  "ps1", "psm1", "sh", "bash", "zsh", "ksh", "rb", "php", "rs", "swift", "scala", "sc", "sbt", "c", "h", "cc", "cpp", "cxx", "hh",
  "hpp", "hxx", "ino", "lua", "pl", "pm", "r", "ex", "exs", "vb", "fs", "fsx", "dart", "jsonnet", "libsonnet", "cmake", "bicep",
  "bicepparam", "tf", "tfvars",
] as const;
export type MoveLanguageExtension = (typeof MOVE_LANGUAGE_EXTENSIONS)[number];
const MOVE_LANGUAGE_EXTENSION_SET: ReadonlySet<string> = new Set(MOVE_LANGUAGE_EXTENSIONS);

/**
 * Whether "Move to App Configuration" has a place to put a configuration value's reference in this
 * kind of file: source code in a language it writes a read for, .env files, Spring's settings, and
 * the configuration formats above. Not an nginx or other `.conf`, an HTML page, INI, TOML, a
 * .properties file nothing says who reads, plain text, a Dockerfile, .npmrc, or code in a language
 * the move knows no read for: there the value can only be set per environment by hand. The
 * engine's message says which, and the fix planner refuses the rest up front by this same answer.
 */
export function takesConfigurationMove(filePath: string): boolean {
  const base = baseNameOf(filePath);
  if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env") || SPRING_SETTINGS_FILE.test(base) || base === "cmakelists.txt") return true;
  const extension = extensionOf(base);
  return CONFIGURATION_MOVE_EXTENSIONS.has(extension) || MOVE_LANGUAGE_EXTENSION_SET.has(extension);
}

const TEMPLATE_LITERAL_EXTENSIONS = new Set(["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"]);

/** JavaScript and TypeScript: a backtick string with `${…}` is computed when it runs, not a literal. */
export function backticksInterpolate(filePath: string): boolean {
  return TEMPLATE_LITERAL_EXTENSIONS.has(extensionOf(baseNameOf(filePath)));
}

const QUOTE_LIKE_LANGUAGE_EXTENSIONS: Readonly<Record<string, "perl" | "ruby">> = { pl: "perl", pm: "perl", t: "perl", rb: "ruby", rake: "ruby", gemspec: "ruby", ru: "ruby" };

/** Perl and Ruby, whose quote-like operators (`q{…}`, `%q(…)`) write a string with delimiters of the writer's choice. */
export function quoteLikeLanguageOf(filePath: string): "perl" | "ruby" | undefined {
  return QUOTE_LIKE_LANGUAGE_EXTENSIONS[extensionOf(baseNameOf(filePath))];
}

const DOUBLE_QUOTE_INTERPOLATION_EXTENSIONS = new Set(["php", "phtml", "inc", "pl", "pm", "t"]);

/** PHP and Perl: a double-quoted string with `$name` in it is built when it runs (`"STORAGE_$cap"`). */
export function doubleQuotesInterpolate(filePath: string): boolean {
  return DOUBLE_QUOTE_INTERPOLATION_EXTENSIONS.has(extensionOf(baseNameOf(filePath)));
}
