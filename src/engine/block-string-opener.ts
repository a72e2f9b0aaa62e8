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
 * Whether `line` may end with an opener, checked before BLOCK_STRING_OPENER, which would try its
 * name at every position of every line that holds a secret's word: the line's last character is
 * a quote that ends `"""`, `'''`, `''`, `@"` or `@'`, or the line ends with a heredoc's `<<ID`.
 */
export function mayEndWithOpener(line: string): boolean {
  // (Not every `<<`: `Flag = 1 << 3,` shifts, which flags' enums do line after line.)
  if (line.includes("<<") && HEREDOC_AT_END.test(line.slice(-160))) return true;
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\r")) end--;
  const last = line[end - 1];
  if (last === '"' || last === "'") {
    const before = line[end - 2];
    return before === "@" || (before === last && (last === "'" || line[end - 3] === '"'));
  }
  return false;
}

/**
 * The opener's name without a sigil (`$password`, `@api_key`) or PowerShell's `$env:`: the
 * setting's name. A Terraform variable's `default = <<EOT` is named by its variable.
 */
export function openerName(opener: RegExpExecArray, text: string, lineStart: number): string {
  const name = opener.groups!.name!.replace(/^\$env:|^[$@]+/, "");
  return name === "default" ? (terraformVariableAt(text, lineStart) ?? name) : name;
}

/**
 * Whether `line` closes the block `opener` opened: its delimiter first on the line (a here-string's
 * at the very start). `''` opens a block only in Nix (`nix`); elsewhere it is an empty string.
 */
export function closesBlock(line: string, opener: RegExpExecArray, nix: boolean): boolean {
  const groups = opener.groups!;
  const rest = line.trim();
  if (groups.triple !== undefined) return rest.startsWith(groups.triple);
  const id = groups.heredoc ?? groups.nowdoc;
  // (PHP's closing identifier may be followed by `;`, `)` or `,`.)
  if (id !== undefined) return rest === id || (groups.nowdoc !== undefined && rest.startsWith(id) && /^[;),]/.test(rest.slice(id.length)));
  if (groups.here !== undefined) return line.startsWith(`${groups.here}@`);
  return nix && /^'';?$/.test(rest);
}


/**
 * The name of the block string whose first line starts at `lineStart` (the line before opens it),
 * or undefined.
 */
export function blockNameAbove(text: string, lineStart: number, nix: boolean): string | undefined {
  if (lineStart === 0) return undefined;
  const line = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
  const opener = mayEndWithOpener(line) ? BLOCK_STRING_OPENER.exec(line) : null;
  return opener && (opener.groups!.nix === undefined || nix) ? openerName(opener, text, lineStart - line.length - 1) : undefined;
}
