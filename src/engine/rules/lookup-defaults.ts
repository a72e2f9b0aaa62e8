/**
 * A literal given as the default of an environment or configuration lookup: `os.getenv("X", "…")`,
 * `process.env.X ?? "…"`, `configuration["Orders:Url"] ?? "…"`, `cmp.Or(os.Getenv("X"), "…")`,
 * `ENV.fetch("X") { "…" }`. Each pattern's `name` group is what the program reads and its `value`
 * group the literal it falls back on. The generic rule reports such a default as a secret under the
 * name read; a configuration value there is named by it too (lookupDefaultName): it is that
 * setting's value in code, not an entry of a table of addresses.
 */

/** `getenv("API_TOKEN", "fallback")`: the fallback is a hardcoded secret. */
// The default is the last argument: in `config.get("Credentials", "gs_host", None)` the second names an option.
// (`GetValue<string>("Jwt:Key", "…")`: .NET's configuration binder, with its type argument.)
// (R's `Sys.getenv("DB_PWD", unset = "…")` names its default.)
export const LOOKUP_WITH_DEFAULT = /\b(?:getenv|GetEnvOrDefault|get_env|environ\.get|getEnv|Getenv|env(?:\.str)?|ENV\.fetch|(?<config>config\.get)|GetValue)(?:<\w{1,20}>)?\s*\(\s*["'](?<name>[^"']{1,80})["']\s*,\s*(?:unset\s*=\s*)?["'](?<value>[^"']{1,300})["'](?!\s*,)/dg;
/**
 * An environment variable with a literal to fall back on: `process.env.OPENAI_KEY ?? "…"`,
 * `process.env["DB_PASSWORD"] || '…'`, `os.environ.get("API_KEY") or "…"`,
 * `Environment.GetEnvironmentVariable("X") ?? "…"`; Vite's `import.meta.env.X`, Bun's `Bun.env.X`,
 * a Worker's `env.X`, `Deno.env.get("X")`, Ruby's `ENV["X"]`; PHP's and Kotlin's `?:` (`getenv('X') ?:
 * '…'`, `System.getenv("X") ?: "…"`); PHP's `$_ENV['X'] ?? '…'`, Dart's `Platform.environment`,
 * Swift's `ProcessInfo.processInfo.environment`, .NET's `configuration["Jwt:Key"] ?? "…"`, a typed
 * `config.get<string>("x") ?? "…"`. When the variable is missing, the literal is the secret, and
 * it is in the code.
 */
export const ENVIRONMENT_FALLBACK =
  /(?:(?:\b(?:process|Bun|meta)\.|(?<![\w$.]))env\.|(?:\b(?:process\.env|ENV|Platform\.environment|processInfo\.environment|_?[Cc]onfiguration|_?config)|\$_(?:ENV|SERVER))\[\s*["']|\bconfig\.get(?:<\w{1,20}>)?\(\s*["']|\b(?:os\.environ\.get|os\.getenv|getenv|GetEnvironmentVariable|System\.getenv|Deno\.env\.get)\(\s*["'])(?<name>[A-Za-z_][\w.:-]{0,80})(?:["']\s*[\])])?\s*(?:\?\?|\|\||\bor\b|\?:)\s*["'](?<value>[^"'\n]{1,300})["']/dg;
/**
 * A default given by a call around the lookup: Java's `Optional.ofNullable(System.getenv("X")).orElse("…")`
 * and `Objects.requireNonNullElse(System.getenv("X"), "…")`, Go's `cmp.Or(os.Getenv("X"), "…")`.
 */
export const WRAPPED_LOOKUP_DEFAULT =
  /\b(?:Optional\.ofNullable|Objects\.requireNonNullElse|cmp\.Or)\(\s*(?:System\.getenv|os\.Getenv)\(\s*"(?<name>[A-Za-z_][\w.-]{0,80})"\s*\)\s*(?:\)\s*\.orElse\(|,)\s*"(?<value>[^"\n]{1,300})"/dg;
/**
 * A lookup's default given by keyword: python-decouple's `config("SECRET_KEY", default="…")`,
 * django-environ's `env("SECRET_KEY", default="…")` and `env.str(…)`, `os.getenv("X", default="…")`.
 * (Only by keyword for `config(`: a bare `config("a", "b")` is any library's.)
 */
export const LOOKUP_WITH_KEYWORD_DEFAULT = /\b(?:getenv|env(?:\.str)?|config)\s*\(\s*["'](?<name>[^"']{1,80})["']\s*,\s*default\s*=\s*["'](?<value>[^"']{1,300})["']/dg;
/** Ruby's `ENV.fetch("X") { "…" }` (or `do … end`): the block's literal is the default. */
export const ENV_FETCH_BLOCK = /\bENV\.fetch\(\s*["'](?<name>[A-Za-z_]\w{0,80})["']\s*\)\s*(?:\{|do\b)\s*(?:\|\w*\|\s*)?["'](?<value>[^"'\n]{1,300})["']/dg;

/** Copies of the patterns for lookupDefaultName: the generic rule's keep their own lastIndex. */
const LOOKUP_DEFAULTS = [LOOKUP_WITH_DEFAULT, ENVIRONMENT_FALLBACK, WRAPPED_LOOKUP_DEFAULT, LOOKUP_WITH_KEYWORD_DEFAULT, ENV_FETCH_BLOCK].map((pattern) => new RegExp(pattern.source, "dg"));

/**
 * How far around a value its lookup is read: the call and the name before it (a name of up to 80
 * characters, the call's words and blanks) and the literal after (up to 300 characters).
 */
const LOOKUP_REACH = 400;

/**
 * The name read by the lookup whose default literal starts at `start` in `content` (on one line),
 * or undefined when the value is no lookup's default. The patterns run over the value's line near
 * it only: on a 1 MB line of values, reading the whole line for each would be quadratic.
 */
export function lookupDefaultName(content: string, start: number): string | undefined {
  // (The line's ends are looked for within the reach only: on a long line, each search would be the line's length.)
  const around = Math.max(0, start - LOOKUP_REACH);
  const near = content.slice(around, start + LOOKUP_REACH);
  const from = around + near.lastIndexOf("\n", start - around - 1) + 1;
  const lineEnd = near.indexOf("\n", start - around);
  const window = near.slice(from - around, lineEnd === -1 ? near.length : lineEnd);
  for (const pattern of LOOKUP_DEFAULTS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
      if (match.indices!.groups!.value![0] === start - from) return match.groups!.name;
    }
  }
  return undefined;
}

/** A fallback operator, then the literal's opening quote: `?? "`, `|| '`, `?: "`, ` or "`, `?? ("`, C#'s `?? @"`. */
const FALLBACK_OPERAND_BEFORE = /(?:\?\?|\|\||\?:|[ \t]or)[ \t]*\(?[ \t]*[@$]?["'`]$/;

/**
 * Whether the literal whose text starts at `start` is the right operand of a fallback operator
 * (`builder.Configuration.GetValue<string>("Search:Url") ?? "…"`, a `??` that begins the next
 * line): a default of whatever the left side reads, which a lookup pattern may not know by name.
 * Read within the value's line, 40 characters back.
 */
export function isFallbackOperand(content: string, start: number): boolean {
  const before = content.slice(Math.max(0, start - 40), start);
  return FALLBACK_OPERAND_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1));
}
