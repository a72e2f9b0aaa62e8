// The comment that "Ignore this finding…" writes above a finding, in the file's comment syntax.
// No `vscode` here, so a unit test can hold it together with the engine's parser.

/**
 * Languages whose comments may not hold `--` at all (XML 1.0, section 2.5): .NET, Java and
 * browsers refuse such a file, a web.config or a .csproj, as not well-formed.
 */
const NO_DOUBLE_HYPHEN = new Set(["xml", "xsl"]);

/**
 * `secret-hygiene-ignore-next-line <rule> -- <reason>` between the syntax's opener and closer, as
 * one line (with its line break). In XML, where ` -- ` cannot be written, the reason follows a colon
 * and loses its runs of hyphens: the marker and the rule id still apply, and a reviewer still reads why.
 */
export function ignoreCommentLine(languageId: string, syntax: readonly [string, string], indent: string, ruleId: string, reason: string): string {
  const why = commentReason(languageId, reason, syntax[1]);
  const separator = NO_DOUBLE_HYPHEN.has(languageId) ? ":" : " --";
  return `${indent}${syntax[0]} secret-hygiene-ignore-next-line ${ruleId}${why ? `${separator} ${why}` : ""}${syntax[1]}\n`;
}

/**
 * The reason as a comment may hold it: on one line, without XML's `--`, and without the comment's
 * closer (a `-->` typed in the reason would end an HTML comment early and show the rest as text).
 */
export function commentReason(languageId: string, reason: string, closer = ""): string {
  let why = reason.trim().replace(/[\r\n]+/g, " ");
  const end = closer.trim();
  if (end) why = why.split(end).join(" ");
  if (NO_DOUBLE_HYPHEN.has(languageId)) why = why.replace(/-{2,}/g, "-").replace(/-$/, "");
  return why.trim();
}
