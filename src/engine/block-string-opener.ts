import { terraformVariableAt } from "./terraform-variable";

/**
 * A name assigned a multi-line string or heredoc that opens at the end of its line, the value on
 * the lines below: `let apiKey = """`, `admin_password = <<-EOT`, `$password = @"`. Read by the
 * rule that finds such secrets and by key names, which name a vendor's token found there.
 *
 * The name may carry a type (`let apiKey: String = """`) or be a quoted key
 * (`settings["api_key"] = '''`); the opener is a triple quote (with Python's or Scala's prefix,
 * Swift's `#`, or C#'s `$` of interpolation), a heredoc's `<<ID`, `<<-ID`, `<<~ID`, PHP's
 * `<<<ID`, Nix's `''`, or PowerShell's here-string, `@"` or `@'`.
 */
export const BLOCK_STRING_OPENER =
  /(?<![\w$@.-])(?<name>(?:\$env:)?[A-Za-z_$@][\w$.-]{0,80}?)["'\]]{0,2}[ \t]*(?::[ \t]*[A-Za-z_][\w.<>?]{0,40}[ \t]*)?(?:=|:=|:|=>)[ \t]*(?<open>(?:[rRuUbBfs]{0,2}|#{1,3}|\${1,2})(?<triple>"{3,}|''')|<<[-~]?(?<hq>["']?)(?<heredoc>[A-Za-z_]\w{0,40})\k<hq>(?:\.[a-z_]\w{0,20}(?:\(\))?){0,3}[ \t]*[,;)]?|<<<[ \t]*(?<pq>["']?)(?<nowdoc>[A-Za-z_]\w{0,40})\k<pq>|(?<nix>'')|@(?<here>["']))[ \t]*\r?$/;

/** A heredoc's `<<ID` (any of its forms) at the end of a line, as BLOCK_STRING_OPENER reads it. */
const HEREDOC_AT_END = /<<[-~<]?[ \t]*["']?[A-Za-z_]\w*["']?(?:\.[a-z_]\w*(?:\(\))?)*[ \t]*[,;)]?[ \t]*\r?$/;

/**
 * The opener that ends the line `[start, end)` of `text` (`nix`: a Nix file's), or null. A look at the line's last
 * characters comes first, without copying it: the regex would try a name at every position of
 * every line that holds a secret's word, and most such lines end otherwise.
 */
export function openerOnLine(text: string, start: number, end: number, nix: boolean): RegExpExecArray | null {
  const opener = mayEndWithOpener(text, start, end) ? BLOCK_STRING_OPENER.exec(text.slice(start, end)) : null;
  // (`''` opens a block only in Nix; elsewhere it is an empty string.)
  return opener && (opener.groups!.nix === undefined || nix) ? opener : null;
}

/** Whether the line ends with a quote run (`"""`, `'''`, `''`, `@"`, `@'`) or a heredoc's `<<ID`. */
function mayEndWithOpener(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && (text[last - 1] === " " || text[last - 1] === "\t" || text[last - 1] === "\r")) last--;
  if (last === start) return false;
  const final = text[last - 1]!;
  if (final === '"' || final === "'") {
    const before = last - 2 >= start ? text[last - 2] : undefined;
    if (before === "@" || (before === final && (final === "'" || (last - 3 >= start && text[last - 3] === '"')))) return true;
  } else if (!/[\w,;)]/.test(final)) return false;
  // (Not every `<<`: `Flag = 1 << 3,` shifts, which flags' enums do line after line.)
  return HEREDOC_AT_END.test(text.slice(Math.max(start, last - 160), last));
}

/**
 * The opener's name without a sigil (`$password`, `@api_key`) or PowerShell's `$env:`: the
 * setting's name. A Terraform variable's `default = <<EOT` is named by its variable.
 */
export function openerName(opener: RegExpExecArray, text: string, lineStart: number): string {
  const name = opener.groups!.name!.replace(/^\$env:|^[$@]+/, "");
  return name === "default" ? (terraformVariableAt(text, lineStart) ?? name) : name;
}

/** Whether `line` closes the block `opener` opened: its delimiter first on the line (a here-string's at the very start). */
export function closesBlock(line: string, opener: RegExpExecArray): boolean {
  const groups = opener.groups!;
  const rest = line.trim();
  if (groups.triple !== undefined) return rest.startsWith(groups.triple);
  const id = groups.heredoc ?? groups.nowdoc;
  // (PHP's closing identifier may be followed by `;`, `)` or `,`.)
  if (id !== undefined) return rest === id || (groups.nowdoc !== undefined && rest.startsWith(id) && /^[;),]/.test(rest.slice(id.length)));
  if (groups.here !== undefined) return line.startsWith(`${groups.here}@`);
  return /^'';?$/.test(rest);
}

/**
 * The name of the block string whose first line starts at `lineStart` (the line before opens it),
 * or undefined.
 */
export function blockNameAbove(text: string, lineStart: number, nix: boolean): string | undefined {
  if (lineStart === 0) return undefined;
  const openerStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  const opener = openerOnLine(text, openerStart, lineStart - 1, nix);
  return opener ? openerName(opener, text, openerStart) : undefined;
}
