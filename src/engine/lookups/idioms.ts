/**
 * The one table of lookups that take a default: each idiom says how code reads a name (an
 * environment variable, a configuration key, a Spring property) and gives a literal to fall back
 * on. The engine names a configuration value by the read (lookupDefaultName), the generic rule
 * reports a secret there under that name, and the "Move to App Configuration" fix stores the value
 * under it and takes the default out (fallback-read.ts): all from these rows, so an idiom added
 * here is known to all three. (test/unit/lookup-idioms.test.ts runs each row's example through
 * the engine and the fix.)
 */

import { KEYWORD_ARGUMENT } from "./keyword-arguments";

/** A language whose code the move rewrites (the fixes' CodeLanguage, less `other`), for the idioms it may take apart. */
export type LookupLanguage = "javascript" | "python" | "csharp" | "java" | "kotlin" | "groovy" | "go" | "ruby" | "php" | "rust" | "c" | "cpp" | "perl" | "lua";

export interface LookupIdiom {
  /** A line of code in which the idiom gives the literal `"DEFAULT"` as the default of `name`. */
  readonly example: string;
  /** The name the example reads. */
  readonly name: string;
  /**
   * The text right before the default's literal (its quote, or a prefix such as C#'s `@`), as a
   * pattern's source. Its `name` group is the name read; its `read` group, where there is one,
   * the read without the default.
   */
  readonly before: string;
  /**
   * What follows the literal where the default is the whole operand and the move takes it out (its
   * `gone` group goes with it), or made from the groups of `before` where it must repeat one of them
   * (C#'s `string.IsNullOrEmpty(v) ? "…" : v`). Absent: the engine names the value only.
   */
  readonly after?: RegExp | ((groups: Record<string, string>) => RegExp);
  /** The default is the call's last argument: a literal followed by `,` is an argument of another kind (`config.get("Credentials", "gs_host", None)`). */
  readonly lastArgument?: boolean;
  /** The quotes the default is written in (both by default). */
  readonly quotes?: '"';
  readonly source: "environment" | "configuration" | "spring";
  /** The languages where the read alone means what the read with its default did, so the move may take the default out. */
  readonly movesIn?: readonly LookupLanguage[];
  /** The read as it stands alone, from the match (by default the `read` group as written). */
  readonly read?: (groups: Record<string, string>) => string;
  /** The name read (by default the `name` group). */
  readonly nameOf?: (groups: Record<string, string>) => string;
  /**
   * The read stays where it is and only what follows it goes: the last argument of an n-ary
   * `cmp.Or(a, b, "…")`, Go's `if v == "" { v = "…" }` after `v := os.Getenv(…)`.
   */
  readonly keepsRead?: boolean;
  /**
   * The idiom's operator binds least (`a ? a : "…"`, Python's `a if … else "…"`): `x + a ? a : "…"`
   * reads `(x + a) ? …`, so it is the idiom only where it starts an operand.
   */
  readonly wholeOperand?: boolean;
}

/** After the default: what ends an operand (`,`, `;`, a closing bracket, the line's end, a comment). */
const OPERAND_END = /^[ \t]*(?:[,;)\]}]|\r?\n|\/\/|#|$)/;
/** After a JavaScript default: an operand's end (a ternary's `:` too); a TypeScript `as string` (or `as const`) that typed only the literal goes with it. */
const TYPED_OPERAND_END = /^(?<gone>[ \t]+as[ \t]+(?:string|const)\b)?[ \t]*(?:[,;:)\]}]|\r?\n|\/\/|$)/;
/** After the default: the call's closing parenthesis (after gofmt's or black's trailing comma), which goes too. */
const CALL_END = /^(?<gone>\s*,?\s*\))/;
/** After the default: the closing brace of the block that gives it (Ruby's `fetch("X") { "…" }`, Go's `if v == "" { v = "…" }`). */
const BLOCK_END = /^(?<gone>\s*\})/;

/** A quoted name in a call: `"ORDERS_URL"` or `'ORDERS_URL'`. */
const QUOTED_NAME = String.raw`(?<q>["'])(?<name>[A-Za-z_][\w.:-]*)\k<q>`;
/** Not right after a word or a `.`: the read starts the operand. */
const STARTS = String.raw`(?<![\w$.])`;
/** A C# receiver's dotted path (`builder.Configuration.`), then its sections (`GetSection("Shipping").`). */
const CSHARP_SECTIONS = String.raw`(?:[A-Za-z_]\w*\.)*(?<sections>(?:GetSection\(\s*"[^"\\\n]+"\s*\)\s*\.\s*)*)`;
/** A C# configuration path: the sections' names, then the key, joined by `:` (`Shipping:Url`). */
function csharpPath(groups: Record<string, string>): string {
  const sections = [...(groups.sections ?? "").matchAll(/"([^"\\\n]+)"/g)].map((match) => match[1]!);
  return [...sections, groups.name!].join(":");
}
/** A C# read of the environment: `Environment.GetEnvironmentVariable("ORDERS_URL")`. */
const CSHARP_ENVIRONMENT_READ = String.raw`(?:System\.)?Environment\.GetEnvironmentVariable\(\s*"(?<name>[A-Za-z_][\w.:-]*)"\s*\)`;
/** A C# variable's declaration up to its initializer: `string url = ` (group `v` the variable). */
const CSHARP_DECLARATION = String.raw`${STARTS}(?:string\??|var)[ \t]+(?<v>[A-Za-z_]\w*)[ \t]*=[ \t]*`;
/**
 * Right before a C# declaration that gives the variable `v`, read from the environment on the line
 * before, a default (`var url = `, after `var v = Environment.GetEnvironmentVariable("X");`): what
 * the move replaces starts after it.
 */
const CSHARP_READ_INTO_VARIABLE = String.raw`(?<=${CSHARP_DECLARATION}(?<read>${CSHARP_ENVIRONMENT_READ})[ \t]*;[ \t]*\r?\n\s*(?:string\??|var)[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*)`;
/** A C# test that the variable `v` holds no value: `v == null`, `v is null`, `string.IsNullOrEmpty(v)`, `string.IsNullOrWhiteSpace(v)`. */
const CSHARP_UNSET_TEST = String.raw`(?:\k<v>[ \t]*==[ \t]*null|\k<v>[ \t]+is[ \t]+null|(?:System\.)?[Ss]tring\.IsNullOr(?:Empty|WhiteSpace)\([ \t]*\k<v>[ \t]*\))`;
/** A C# test that the variable `v` holds a value: `v != null`, `v is not null`, `!string.IsNullOrEmpty(v)`. */
const CSHARP_SET_TEST = String.raw`(?:\k<v>[ \t]*!=[ \t]*null|\k<v>[ \t]+is[ \t]+not[ \t]+null|![ \t]*(?:System\.)?[Ss]tring\.IsNullOr(?:Empty|WhiteSpace)\([ \t]*\k<v>[ \t]*\))`;
/** Spring's Environment (`env.getProperty`, `this.environment.getProperty`), not a Properties object or the JVM's System. */
const SPRING_ENVIRONMENT = String.raw`(?:[A-Za-z_]\w*\.)*(?:env|environment|[A-Za-z_]\w*Environment)`;
/** A Spring property's name: dotted, dashed, indexed. */
const SPRING_NAME = String.raw`[A-Za-z_][\w.-]*(?:\[\d+\][\w.-]*)*`;
/** Java's test that the variable `v` read nothing: `v == null`, or with `|| v.isEmpty()`. */
const JAVA_UNSET_TEST = String.raw`[ \t]*\k<v>[ \t]*==[ \t]*null(?:[ \t]*\|\|[ \t]*\k<v>\.isEmpty\(\))?[ \t]*`;
/** A read written as a call whose default is its last argument: the read alone is the call closed there. */
const withCall = (groups: Record<string, string>): string => `${groups.read})`;
/**
 * The idioms, the ones the move can take apart first: where two read the same text (C#'s
 * `GetSection("S").GetValue<string>("K", "…")`), the first names it (`S:K`, not `K`).
 */
export const LOOKUP_IDIOMS: readonly LookupIdiom[] = [
  // JavaScript: Node's, Vite's and Bun's member reads, a Worker's binding (`env.X`), Deno's call.
  {
    example: `const u = process.env.ORDERS_URL ?? "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>(?:(?:(?:process|Bun|import\.meta)\.)?env(?:\.(?<name>[A-Za-z_$][\w$]*)|\[\s*(?<q>["'])(?<quoted>[A-Za-z_][\w.-]*)\k<q>\s*\]))|Deno\.env\.get\(\s*(?<dq>["'])(?<called>[A-Za-z_][\w.-]*)\k<dq>\s*\))\s*(?:\?\?|\|\|)\s*`,
    after: TYPED_OPERAND_END,
    source: "environment",
    movesIn: ["javascript"],
    nameOf: (groups) => groups.name ?? groups.quoted ?? groups.called!,
  },
  // `const { PORT = "…" } = process.env`: the default goes, the pattern reads the variable.
  {
    example: `const { PORT = "DEFAULT" } = process.env;`,
    name: "PORT",
    before: String.raw`(?:\b(?:const|let|var)\s*\{|,)\s*(?<read>(?<name>[A-Za-z_$][\w$]*))\s*=\s*`,
    after: /^(?=\s*(?:,[^{}=]*)?\}\s*=\s*process\.env\b)/,
    source: "environment",
    movesIn: ["javascript"],
    keepsRead: true,
  },
  // `process.env.X ? process.env.X : "…"`: the same variable tested and read.
  {
    example: `const u = process.env.ORDERS_URL ? process.env.ORDERS_URL : "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<env>process\.env|import\.meta\.env)\.(?<name>[A-Za-z_$][\w$]*)\s*\?\s*(?<read>\k<env>\.\k<name>)\s*:\s*`,
    after: TYPED_OPERAND_END,
    source: "environment",
    movesIn: ["javascript"],
    wholeOperand: true,
  },
  // Python.
  {
    example: `url = os.getenv("ORDERS_URL", "DEFAULT")`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>(?:os\.)?(?:getenv|environ\.get)\(\s*${QUOTED_NAME})\s*,\s*(?:default\s*=\s*)?`,
    after: CALL_END,
    source: "environment",
    movesIn: ["python"],
    read: withCall,
  },
  {
    example: `url = os.environ.get("ORDERS_URL") or "DEFAULT"`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>(?:os\.)?(?:getenv|environ\.get)\(\s*${QUOTED_NAME}\s*\))\s+or\s+`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["python"],
  },
  {
    example: `url = os.environ["ORDERS_URL"] if "ORDERS_URL" in os.environ else "DEFAULT"`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>(?:os\.)?environ\[\s*${QUOTED_NAME}\s*\])\s+if\s+(?<q2>["'])\k<name>\k<q2>\s+in\s+(?:os\.)?environ\s+else\s+`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["python"],
    wholeOperand: true,
  },
  // C#.
  {
    example: `var url = Environment.GetEnvironmentVariable("ORDERS_URL") ?? "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>${CSHARP_ENVIRONMENT_READ})\s*\?\?\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["csharp"],
  },
  // `string v = Environment.GetEnvironmentVariable("X");` then `if (v == null) v = "…";` (or
  // `string.IsNullOrEmpty(v)`): the test and its assignment go, the `;` after them ends the read's statement.
  {
    example: `string url = Environment.GetEnvironmentVariable("ORDERS_URL");\nif (string.IsNullOrEmpty(url)) url = "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${CSHARP_DECLARATION}(?<read>${CSHARP_ENVIRONMENT_READ})[ \t]*;[ \t]*\r?\n\s*if[ \t]*\([ \t]*${CSHARP_UNSET_TEST}[ \t]*\)[ \t]*\k<v>[ \t]*=[ \t]*`,
    after: /^(?=[ \t]*;)/,
    source: "environment",
    movesIn: ["csharp"],
    keepsRead: true,
  },
  // C# 8's `v ??= "…";` after the read: the assignment goes, its `;` ends the read's statement.
  {
    example: `string? url = Environment.GetEnvironmentVariable("ORDERS_URL");\nurl ??= "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${CSHARP_DECLARATION}(?<read>${CSHARP_ENVIRONMENT_READ})[ \t]*;[ \t]*\r?\n\s*\k<v>[ \t]*\?\?=[ \t]*`,
    after: /^(?=[ \t]*;)/,
    source: "environment",
    movesIn: ["csharp"],
    keepsRead: true,
  },
  // The same with the assignment in braces, which go too: the read's statement keeps its `;` (the
  // `read` group ends after it, where the cut starts), as Java's braced row has it.
  {
    example: `string url = Environment.GetEnvironmentVariable("ORDERS_URL");\nif (url == null)\n{\n    url = "DEFAULT";\n}`,
    name: "ORDERS_URL",
    before: String.raw`${CSHARP_DECLARATION}(?<read>(?<call>${CSHARP_ENVIRONMENT_READ})[ \t]*;)[ \t]*\r?\n\s*if[ \t]*\([ \t]*${CSHARP_UNSET_TEST}[ \t]*\)\s*\{\s*\k<v>[ \t]*=[ \t]*`,
    after: /^(?<gone>[ \t]*;\s*\})/,
    source: "environment",
    movesIn: ["csharp"],
    keepsRead: true,
    read: (groups) => groups.call!,
  },
  // `var v = Environment.GetEnvironmentVariable("X");` then a ternary or `??` that gives `v` a default
  // in another variable (`var w = string.IsNullOrEmpty(v) ? "…" : v;`): it becomes `v` alone.
  {
    example: `var fromEnv = Environment.GetEnvironmentVariable("ORDERS_URL");\nvar url = string.IsNullOrEmpty(fromEnv) ? "DEFAULT" : fromEnv;`,
    name: "ORDERS_URL",
    before: String.raw`${CSHARP_READ_INTO_VARIABLE}${CSHARP_UNSET_TEST}[ \t]*\?[ \t]*`,
    after: (groups) => new RegExp(String.raw`^(?<gone>[ \t]*:[ \t]*${groups.v}\b)(?=[ \t]*(?:[,;)]|\r?\n|\/\/|$))`),
    source: "environment",
    movesIn: ["csharp"],
    read: (groups) => groups.v!,
  },
  {
    example: `var fromEnv = Environment.GetEnvironmentVariable("ORDERS_URL");\nvar url = !string.IsNullOrEmpty(fromEnv) ? fromEnv : "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${CSHARP_READ_INTO_VARIABLE}(?:${CSHARP_SET_TEST}[ \t]*\?[ \t]*\k<v>[ \t]*:|\k<v>[ \t]*\?\?)[ \t]*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["csharp"],
    read: (groups) => groups.v!,
  },
  // `builder.Configuration["Orders:Url"]`, `_configuration["…"]`, `config["…"]`.
  {
    example: `var url = builder.Configuration["Orders:Url"] ?? "DEFAULT";`,
    name: "Orders:Url",
    before: String.raw`${STARTS}(?<read>(?:[A-Za-z_]\w*\.)*[A-Za-z_]*[Cc]onfig(?:uration)?\s*\[\s*"(?<name>[^"\\\n]+)"\s*\])\s*\?\?\s*`,
    after: OPERAND_END,
    source: "configuration",
    movesIn: ["csharp"],
  },
  // `….GetSection("Shipping")["Url"]`: the key is the sections' path, then the indexer's.
  {
    example: `var url = configuration.GetSection("Shipping")["Url"] ?? "DEFAULT";`,
    name: "Shipping:Url",
    before: String.raw`${STARTS}(?<read>${CSHARP_SECTIONS}GetSection\(\s*"(?<last>[^"\\\n]+)"\s*\)\s*\[\s*"(?<name>[^"\\\n]+)"\s*\])\s*\?\?\s*`,
    after: OPERAND_END,
    source: "configuration",
    movesIn: ["csharp"],
    nameOf: (groups) => [csharpPath({ ...groups, name: groups.last! }), groups.name].join(":"),
  },
  {
    example: `var db = configuration.GetConnectionString("Orders") ?? "DEFAULT";`,
    name: "ConnectionStrings:Orders",
    before: String.raw`${STARTS}(?<read>(?:[A-Za-z_]\w*\.)*GetConnectionString\(\s*"(?<cs>[^"\\\n]+)"\s*\))\s*\?\?\s*`,
    after: OPERAND_END,
    source: "configuration",
    movesIn: ["csharp"],
    nameOf: (groups) => `ConnectionStrings:${groups.cs}`,
  },
  {
    example: `var url = configuration.GetSection("Shipping").GetValue<string>("Url", "DEFAULT");`,
    name: "Shipping:Url",
    before: String.raw`${STARTS}(?<read>${CSHARP_SECTIONS}GetValue(?:<[\w?]+>)?\(\s*"(?<name>[^"\\\n]+)")\s*,\s*`,
    after: CALL_END,
    source: "configuration",
    movesIn: ["csharp"],
    read: withCall,
    nameOf: csharpPath,
  },
  {
    example: `var url = configuration.GetValue<string>("Orders:Url") ?? "DEFAULT";`,
    name: "Orders:Url",
    before: String.raw`${STARTS}(?<read>${CSHARP_SECTIONS}GetValue(?:<[\w?]+>)?\(\s*"(?<name>[^"\\\n]+)"\s*\))\s*\?\?\s*`,
    after: OPERAND_END,
    source: "configuration",
    movesIn: ["csharp"],
    nameOf: csharpPath,
  },
  // Java and Kotlin.
  {
    example: `String url = System.getenv().getOrDefault("ORDERS_URL", "DEFAULT");`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}System\.getenv\(\)\.getOrDefault\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*,\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["java", "kotlin"],
    read: (groups) => `System.getenv("${groups.name}")`,
  },
  {
    example: `String url = Objects.requireNonNullElse(System.getenv("ORDERS_URL"), "DEFAULT");`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?:java\.util\.)?Objects\.requireNonNullElse\(\s*(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*,\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["java"],
  },
  {
    example: `String url = Optional.ofNullable(System.getenv("ORDERS_URL")).orElse("DEFAULT");`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?:java\.util\.)?Optional\.ofNullable\(\s*(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*\)\s*\.orElse\(\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["java"],
  },
  // `System.getenv("X") != null ? System.getenv("X") : "…"`: the same variable tested and read.
  {
    example: `String url = System.getenv("ORDERS_URL") != null ? System.getenv("ORDERS_URL") : "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\)\s*!=\s*null\s*\?\s*(?<read>System\.getenv\(\s*"\k<name>"\s*\))\s*:\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["java"],
    wholeOperand: true,
  },
  // `String v = System.getenv("X");` then `if (v == null) v = "…";`: the test and its assignment go,
  // the `;` after them ends the read's statement.
  {
    example: `String url = System.getenv("ORDERS_URL");\nif (url == null) url = "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?:final[ \t]+)?(?:String|var)[ \t]+(?<v>[A-Za-z_]\w*)[ \t]*=[ \t]*(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))[ \t]*;[ \t]*\r?\n\s*if[ \t]*\(${JAVA_UNSET_TEST}\)[ \t]*\k<v>[ \t]*=[ \t]*`,
    after: /^(?=[ \t]*;)/,
    source: "environment",
    movesIn: ["java"],
    keepsRead: true,
  },
  // The same with the assignment in braces, as formatters write it: the test and its block go, and
  // the read's statement keeps its `;` (the `read` group ends after it, where the cut starts).
  {
    example: `String url = System.getenv("ORDERS_URL");\nif (url == null || url.isEmpty()) {\n  url = "DEFAULT";\n}`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?:final[ \t]+)?(?:String|var)[ \t]+(?<v>[A-Za-z_]\w*)[ \t]*=[ \t]*(?<read>(?<call>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))[ \t]*;)[ \t]*\r?\n\s*if[ \t]*\(${JAVA_UNSET_TEST}\)\s*\{\s*\k<v>[ \t]*=[ \t]*`,
    after: /^(?<gone>[ \t]*;\s*\})/,
    source: "environment",
    movesIn: ["java"],
    keepsRead: true,
    read: (groups) => groups.call!,
  },
  {
    example: `String url = env.getProperty("orders.url", "DEFAULT");`,
    name: "orders.url",
    before: String.raw`${STARTS}(?<read>${SPRING_ENVIRONMENT}\.getProperty\(\s*"(?<name>${SPRING_NAME})")\s*,\s*`,
    after: CALL_END,
    source: "spring",
    movesIn: ["java", "kotlin"],
    read: withCall,
  },
  {
    example: `val url = System.getenv("ORDERS_URL") ?: "DEFAULT"`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>System\.getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*\?:\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["kotlin"],
  },
  // Go.
  {
    example: `url := cmp.Or(os.Getenv("ORDERS_URL"), "DEFAULT")`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}cmp\.Or\(\s*(?<read>os\.Getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*,\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["go"],
  },
  // `cmp.Or(os.Getenv("A"), os.Getenv("B"), "…")`: B is read last, and only the default argument goes.
  {
    example: `url := cmp.Or(os.Getenv("ORDERS_URL_V2"), os.Getenv("ORDERS_URL"), "DEFAULT")`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}cmp\.Or\(\s*(?:os\.Getenv\(\s*"[A-Za-z_][\w.-]*"\s*\)\s*,\s*)+(?<read>os\.Getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*,\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["go"],
    keepsRead: true,
  },
  // `v := os.Getenv("X")` then `if v == "" { v = "…" }` (or `len(v) == 0`), which goes whole.
  {
    example: `url := os.Getenv("ORDERS_URL")\nif url == "" { url = "DEFAULT" }`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<v>[A-Za-z_]\w*)[ \t]*:?=[ \t]*(?<read>os\.Getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))[ \t]*\r?\n\s*if[ \t]+(?:\k<v>[ \t]*==[ \t]*""|len\([ \t]*\k<v>[ \t]*\)[ \t]*==[ \t]*0)[ \t]*\{\s*\k<v>[ \t]*=[ \t]*`,
    after: BLOCK_END,
    source: "environment",
    movesIn: ["go"],
    keepsRead: true,
  },
  // `v, ok := os.LookupEnv("X")` then `if !ok { v = "…" }`: without the test `ok` would be unused,
  // which Go does not compile, so the pair becomes `v := os.Getenv("X")`.
  {
    example: `url, ok := os.LookupEnv("ORDERS_URL")\nif !ok { url = "DEFAULT" }`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<v>[A-Za-z_]\w*)[ \t]*,[ \t]*(?<ok>[A-Za-z_]\w*)[ \t]*(?<assign>:?=)[ \t]*os\.LookupEnv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\)[ \t]*\r?\n\s*if[ \t]+![ \t]*\k<ok>[ \t]*\{\s*\k<v>[ \t]*=[ \t]*`,
    after: BLOCK_END,
    source: "environment",
    movesIn: ["go"],
    read: (groups) => `${groups.v} ${groups.assign} os.Getenv("${groups.name}")`,
  },
  // C, C++: `const char *v = getenv("X");` then `if (v == NULL) v = "…";` (or `if (!v)`): as Java's,
  // the test and its assignment go, the `;` after them ends the read's statement.
  {
    example: `const char *url = getenv("ORDERS_URL");\nif (url == NULL) url = "DEFAULT";`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?:const[ \t]+)?char[ \t]*\*[ \t]*(?<v>[A-Za-z_]\w*)[ \t]*=[ \t]*(?<read>(?:std::)?getenv\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))[ \t]*;[ \t]*\r?\n\s*if[ \t]*\([ \t]*(?:\k<v>[ \t]*==[ \t]*(?:NULL|nullptr)|![ \t]*\k<v>)[ \t]*\)\s*\k<v>[ \t]*=[ \t]*`,
    after: /^(?=[ \t]*;)/,
    source: "environment",
    movesIn: ["c", "cpp"],
    keepsRead: true,
  },
  // Ruby.
  {
    example: `url = ENV.fetch("ORDERS_URL", "DEFAULT")`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>ENV\.fetch\(\s*${QUOTED_NAME})\s*,\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["ruby"],
    read: withCall,
  },
  {
    example: `url = ENV.fetch("ORDERS_URL") { "DEFAULT" }`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>ENV\.fetch\(\s*${QUOTED_NAME}\s*\))[ \t]*\{\s*`,
    after: BLOCK_END,
    source: "environment",
    movesIn: ["ruby"],
  },
  {
    example: `url = ENV["ORDERS_URL"] || "DEFAULT"`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>ENV\[\s*${QUOTED_NAME}\s*\])\s*\|\|\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["ruby"],
  },
  // PHP.
  {
    example: `$url = getenv('ORDERS_URL') ?: 'DEFAULT';`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>getenv\(\s*${QUOTED_NAME}\s*\))\s*\?:\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["php"],
  },
  {
    example: `$url = $_ENV['ORDERS_URL'] ?? 'DEFAULT';`,
    name: "ORDERS_URL",
    before: String.raw`(?<read>\$_(?:ENV|SERVER)\[\s*${QUOTED_NAME}\s*\])\s*\?\?\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["php"],
  },
  // Laravel's env('X', '…'), which gives null where X is unset. (Not a method: `$app->env(…)`.)
  {
    example: `'url' => env('ORDERS_URL', 'DEFAULT'),`,
    name: "ORDERS_URL",
    before: String.raw`(?<![\w$.>:\\])(?<read>env\(\s*${QUOTED_NAME})\s*,\s*`,
    after: CALL_END,
    source: "environment",
    movesIn: ["php"],
    read: withCall,
  },
  // Perl: `$ENV{X} // '…'` (or `||`), `$ENV{'X'}` too.
  {
    example: `my $url = $ENV{ORDERS_URL} // 'DEFAULT';`,
    name: "ORDERS_URL",
    before: String.raw`(?<read>\$ENV\{\s*(?:(?<q>["'])(?<quoted>[A-Za-z_]\w*)\k<q>|(?<name>[A-Za-z_]\w*))\s*\})\s*(?:\/\/|\|\|)\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["perl"],
    nameOf: (groups) => groups.name ?? groups.quoted!,
  },
  // `exists $ENV{X} ? $ENV{X} : '…'` (or `defined`): the same variable tested and read.
  {
    example: `my $url = exists $ENV{ORDERS_URL} ? $ENV{ORDERS_URL} : 'DEFAULT';`,
    name: "ORDERS_URL",
    before: String.raw`\b(?:exists|defined)[ \t]*\(?[ \t]*\$ENV\{\s*(?<q>["']?)(?<name>[A-Za-z_]\w*)\k<q>\s*\}[ \t]*\)?\s*\?\s*(?<read>\$ENV\{\s*(?<q2>["']?)\k<name>\k<q2>\s*\})\s*:\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["perl"],
    wholeOperand: true,
  },
  // Lua: `os.getenv("X") or "…"`. (A comment after it is Lua's `--`.)
  {
    example: `local url = os.getenv("ORDERS_URL") or "DEFAULT"`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>os\.getenv\(\s*${QUOTED_NAME}\s*\))\s+or\s+`,
    after: /^[ \t]*(?:[,;)\]}]|\r?\n|--|$)/,
    source: "environment",
    movesIn: ["lua"],
  },
  // click's `@click.option("--api-token", envvar="ORDERS_API_TOKEN", default="…")`: click reads
  // the variable itself when the option is not given, so only the default goes.
  {
    example: `@click.option("--api-token", envvar="ORDERS_API_TOKEN", default="DEFAULT")`,
    name: "ORDERS_API_TOKEN",
    before: String.raw`\b(?<read>option\(\s*(?:["']-{1,2}[\w-]{1,60}["']\s*,\s*)*["'][\w-]{1,60}["'](?:\s*,\s*${KEYWORD_ARGUMENT})*?\s*,\s*envvar\s*=\s*(?<q>["'])(?<name>[A-Za-z_]\w{0,80})\k<q>(?:\s*,\s*${KEYWORD_ARGUMENT})*)\s*,\s*default\s*=\s*`,
    after: OPERAND_END,
    source: "environment",
    movesIn: ["python"],
    keepsRead: true,
    read: withCall,
  },
  // Rust: `std::env::var("X").unwrap_or("…".to_string())`, `.unwrap_or_else(|_| String::from("…"))`
  // (dotenvy's `var` too). Without its default the read is a Result: `.expect` makes it the String
  // the default did, and stops the program where X is unset, as the move's other Rust reads do.
  {
    example: `let url = std::env::var("ORDERS_URL").unwrap_or("DEFAULT".to_string());`,
    name: "ORDERS_URL",
    before: String.raw`${STARTS}(?<read>(?:(?:std::)?env|dotenvy?)::var\(\s*"(?<name>[A-Za-z_][\w.-]*)"\s*\))\s*\.(?:unwrap_or\(|unwrap_or_else\(\s*\|[^|\n]{0,20}\|)\s*(?:String::from\(\s*)?`,
    after: /^(?<gone>(?:\.(?:to_string|to_owned|into)\(\)|\s*\))\s*\))/,
    quotes: '"',
    source: "environment",
    movesIn: ["rust"],
    read: (groups) => `${groups.read}.expect("${groups.name} is not set")`,
  },
  // Reads the move does not take apart (a helper whose behaviour without its default is not
  // known, a language it does not rewrite): the engine names the value by them, the fix refuses.
  // The default is the last argument: in `config.get("Credentials", "gs_host", None)` the second names an option.
  // (`GetValue<string>("Jwt:Key", "…")`: .NET's configuration binder, with its type argument; R's `Sys.getenv("DB_PWD", unset = "…")` names its default.)
  {
    example: `token = getEnv("API_TOKEN", "DEFAULT")`,
    name: "API_TOKEN",
    before: String.raw`\b(?:getenv|GetEnvOrDefault|get_env|environ\.get|getEnv|Getenv|env(?:\.str)?|ENV\.fetch|(?<config>config\.get)|GetValue)(?:<\w{1,20}>)?\s*\(\s*["'](?<name>[^"']{1,80})["']\s*,\s*(?:unset\s*=\s*)?`,
    lastArgument: true,
    source: "environment",
  },
  // An environment variable or a configuration key with a fallback operator: Vite's
  // `import.meta.env.X`, Bun's `Bun.env.X`, a Worker's `env.X`, `Deno.env.get("X")`, Ruby's
  // `ENV["X"]`, PHP's and Kotlin's `?:`, PHP's `$_SERVER`, Dart's `Platform.environment`, Swift's
  // `ProcessInfo.processInfo.environment`, .NET's `configuration["Jwt:Key"]`, a typed
  // `config.get<string>("x")`: each with any of `??`, `||`, `or`, `?:`.
  {
    example: `const key = Deno.env.get("OPENAI_KEY") ?? "DEFAULT";`,
    name: "OPENAI_KEY",
    before:
      String.raw`(?:(?:\b(?:process|Bun|meta)\.|(?<![\w$.]))env\.|(?:\b(?:process\.env|ENV|Platform\.environment|processInfo\.environment|_?[Cc]onfiguration|_?config)|\$_(?:ENV|SERVER))\[\s*["']|\bconfig\.get(?:<\w{1,20}>)?\(\s*["']|\b(?:os\.environ\.get|os\.getenv|getenv|GetEnvironmentVariable|System\.getenv|Deno\.env\.get)\(\s*["'])(?<name>[A-Za-z_][\w.:-]{0,80})(?:["']\s*[\])])?\s*(?:\?\?|\|\||\bor\b|\?:)\s*`,
    source: "environment",
  },
  // A default given by a call around the lookup: Java's `Optional.ofNullable(…).orElse("…")` and
  // `Objects.requireNonNullElse(…, "…")`, Go's `cmp.Or(…, "…")`, as any receiver or spacing writes them.
  {
    example: `String key = Optional.ofNullable(System.getenv("API_KEY")).orElse("DEFAULT");`,
    name: "API_KEY",
    before: String.raw`\b(?:Optional\.ofNullable|Objects\.requireNonNullElse|cmp\.Or)\(\s*(?:System\.getenv|os\.Getenv)\(\s*"(?<name>[A-Za-z_][\w.-]{0,80})"\s*\)\s*(?:\)\s*\.orElse\(|,)\s*`,
    quotes: '"',
    source: "environment",
  },
  // A default given by keyword: python-decouple's `config("SECRET_KEY", default="…")`,
  // django-environ's `env("SECRET_KEY", default="…")` and `env.str(…)`, `os.getenv("X", default="…")`.
  // (Only by keyword for `config(`: a bare `config("a", "b")` is any library's.)
  {
    example: `SECRET_KEY = config("SECRET_KEY", default="DEFAULT")`,
    name: "SECRET_KEY",
    before: String.raw`\b(?:getenv|env(?:\.str)?|config)\s*\(\s*["'](?<name>[^"']{1,80})["']\s*,\s*default\s*=\s*`,
    source: "environment",
  },
  // Ruby's `ENV.fetch("X") { "…" }` or `do … end`, with or without the block's parameter.
  {
    example: `key = ENV.fetch("API_KEY") do |_| "DEFAULT" end`,
    name: "API_KEY",
    before: String.raw`\bENV\.fetch\(\s*["'](?<name>[A-Za-z_]\w{0,80})["']\s*\)\s*(?:\{|do\b)\s*(?:\|\w*\|\s*)?`,
    source: "environment",
  },
];
