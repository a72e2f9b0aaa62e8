import { SECRETS_GUIDE } from "./docs";
import { SECRET_NAME_KEYWORDS } from "./generic";
import { isNotKeyOfAnotherWord, secretStrength } from "./secret-names";
import { acceptable } from "./secret-values";
import { closesBlock, openerName, openerOnLine } from "../block-string-opener";
import { lineStartsOf } from "../line-starts";
import { opensTerraformVariable } from "../terraform-variable";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/** How many lines below its `variable "…" {` a default is looked for. */
const VARIABLE_BLOCK_LINES = 8;

/**
 * The lines an opener may be on: those holding a secret's word (`wokenAt`), and in Terraform those
 * below a variable's block opening, whose `default = <<EOT` says nothing of what it holds.
 */
function openerLines(text: string, wokenAt: readonly number[], terraform: boolean): readonly number[] {
  if (!terraform) return wokenAt;
  const lines: number[] = [];
  for (const lineStart of wokenAt) {
    lines.push(lineStart);
    const newline = text.indexOf("\n", lineStart);
    if (newline === -1 || !opensTerraformVariable(text.slice(lineStart, newline))) continue;
    let next = newline + 1;
    for (let n = 0; n < VARIABLE_BLOCK_LINES && next < text.length; n++) {
      lines.push(next);
      const end = text.indexOf("\n", next);
      if (end === -1) break;
      next = end + 1;
    }
  }
  // (A woken line may also be below a variable's opening: each once, in order.)
  return [...new Set(lines)].sort((a, b) => a - b);
}

/**
 * A secret assigned as a multi-line string or heredoc whose body is the one line after its opener:
 *
 *     let apiKey = """              (Swift, C# 11 raw strings, Kotlin, Java text blocks, Python…)
 *         Zq9x…
 *         """
 *     admin_password = <<-EOT       (Terraform, Ruby's <<~, PHP's <<<, PowerShell's @")
 *       Zq9x…
 *     EOT
 *
 * The line-based rules see the opener without its value and the value without its name. A longer
 * body is a script, a certificate or prose: a PEM block inside is the private-key rule's.
 */
function findBlockStrings(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const nix = /\.nix$/i.test(context.filePath);
  const terraform = /\.(?:tf|hcl)$/i.test(context.filePath);
  for (const lineStart of wokenAt ? openerLines(text, wokenAt, terraform) : lineStartsOf(text)) {
    const newline = text.indexOf("\n", lineStart);
    if (newline === -1) continue;
    const opener = openerOnLine(text, lineStart, newline, nix);
    if (!opener) continue;
    const name = openerName(opener, text, lineStart);
    const strength = secretStrength(name);
    if (strength === undefined) continue;
    const bodyStart = newline + 1;
    const bodyEnd = text.indexOf("\n", bodyStart);
    if (bodyEnd === -1) continue;
    const closingEnd = text.indexOf("\n", bodyEnd + 1);
    if (!closesBlock(text.slice(bodyEnd + 1, closingEnd === -1 ? text.length : closingEnd), opener)) continue;
    const body = text.slice(bodyStart, bodyEnd);
    const value = body.trim();
    if (value === "" || !acceptable({ name, value, quoted: true }, strength, context.fileType)) continue;
    const start = bodyStart + body.indexOf(value);
    hits.push({ start, end: start + value.length, keyName: name });
  }
  return hits;
}

export const BLOCK_STRING_RULES: readonly ScannerRule[] = [
  {
    id: "generic/block-string",
    title: "Hardcoded secret in a multi-line string or heredoc",
    kind: "secret",
    evidenceIsName: true,
    declaresName: true,
    docsUrl: SECRETS_GUIDE,
    keywords: SECRET_NAME_KEYWORDS,
    keywordEnd: isNotKeyOfAnotherWord,
    scope: "text",
    find: findBlockStrings,
  },
];
