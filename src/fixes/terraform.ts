/**
 * Terraform. Terraform reads an input variable from `TF_VAR_<name>` when nothing else sets it, so a
 * secret given as a variable's default (`variable "p" { default = "…" }`) loses the default and the
 * variable becomes `sensitive`, and one in a `.tfvars` file loses its line. Either way a run that
 * lacks the value asks for it or fails, instead of deploying the old secret. A value written as an
 * argument of a resource, module, provider or locals block is read from the vault instead, by a
 * `data "azurerm_key_vault_secret"` block added after the block that uses it; that block names the
 * vault by its Resource Manager id, so the plan asks for it (FixPlanError `needsVaultResource`).
 * An App Service or Functions app setting (`app_settings = { … }`, on its own lines or on one, a
 * `connection_string { value }`) becomes an `@Microsoft.KeyVault(…)` reference instead: the app
 * resolves it with its identity, and the secret stays out of Terraform's state. A configuration
 * value there becomes an `@Microsoft.AppConfiguration(…)` reference, which App Service resolves
 * the same way; Terraform itself has no App Configuration reference, so elsewhere it is refused.
 */
import { plainReplacement } from "./config-replacement";
import { FixPlanError } from "./errors";
import { sourceIsNotValue, stringLiteralAt } from "./literals";
import type { StringLiteral } from "./literals";
import { vaultParts } from "./deployment-parameters";
import { lineAt, lineBreakOf } from "./lines";
import { APP_CONFIGURATION_REFERENCE_NOTE, coversContent, requireReference, unsupportedStyle } from "./replacement-common";
import type { Replacement, ReplacementRequest } from "./replacement-common";
import type { TextEdit } from "./types";

const REST_OF_LINE_IS_EMPTY = /^[ \t]*(?:(?:#|\/\/)[^\n]*)?(?:\r?\n|$)/;
const DEFAULT_BEFORE = /^([ \t]*)default[ \t]*=[ \t]*$/;
const TFVARS_BEFORE = /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*$/;
const VARIABLE_HEADER = /^[ \t]*variable[ \t]+"([A-Za-z_][\w-]*)"[ \t]*\{[ \t]*(?:(?:#|\/\/)[^\n]*)?$/;
const ARGUMENT_BEFORE = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*$/;
/** A map entry may quote its key: `"ConnectionStrings__Orders" = "…"`. */
const MAP_ENTRY_BEFORE = /^[ \t]*(?:"[^"\n]+"|[A-Za-z_][\w-]*)[ \t]*=[ \t]*$/;
/** The maps and blocks whose values App Service (and Functions) resolve as Key Vault references. */
const APP_SERVICE_SETTINGS_OPENER = /^[ \t]*(?:app_settings[ \t]*=[ \t]*\{|connection_string[ \t]*\{)[ \t]*(?:(?:#|\/\/)[^\n]*)?$/;
/**
 * An entry of an `app_settings` map written on one line (`app_settings = { "A" = "x", "B" = "…" }`),
 * up to the value: the opener, earlier entries up to a comma, the key and `=`.
 */
const ONE_LINE_APP_SETTING_BEFORE = /^[ \t]*app_settings[ \t]*=[ \t]*\{(?:[^{}\n]*,)?[ \t]*(?:"[^"\n]+"|[A-Za-z_][\w-]*)[ \t]*=[ \t]*$/;
/** What may follow a value in a one-line map: the next entry's comma or the closing brace. */
const ONE_LINE_ENTRY_END = /^[ \t]*[,}]/;
const KEY_VAULT_SECRET_RESOURCE = /^[ \t]*resource[ \t]+"?azurerm_key_vault_secret"?[ \t]/;
/** Top-level blocks whose arguments may read a data source (a variable's default may not). */
const READING_BLOCK = /^(?:resource|module|provider|locals|output)\b/;

interface Line {
  readonly start: number;
  /** Before the line break. */
  readonly end: number;
  /** After the line break (or the end of the text). */
  readonly next: number;
  readonly text: string;
}

function lineAround(text: string, offset: number): Line {
  const { start, end } = lineAt(text, offset);
  const newline = text.indexOf("\n", end);
  return { start, end, next: newline === -1 ? text.length : newline + 1, text: text.slice(start, end) };
}

/** `{` minus `}` on a line, outside strings and comments. */
function braceBalance(line: string): number {
  const code = line.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(?:#|\/\/).*$/, "");
  let balance = 0;
  for (const ch of code) balance += ch === "{" ? 1 : ch === "}" ? -1 : 0;
  return balance;
}

/** How far the brace walks below look, in lines: blocks longer than this are left to the user. */
const BLOCK_REACH = 400;

/** The line that opens the innermost block or map around the line at `lineStart`, if any. */
function innermostOpener(text: string, lineStart: number): Line | undefined {
  let depth = 0;
  let end = lineStart;
  for (let lines = 0; lines < BLOCK_REACH && end > 0; lines++) {
    const line = lineAround(text, end - 1);
    depth += braceBalance(line.text);
    if (depth > 0) return line;
    end = line.start;
  }
  return undefined;
}

/** Just past the line that closes the block `opener` opens; undefined when it does not close in reach. */
function blockEnd(text: string, opener: Line): number | undefined {
  let depth = 0;
  let at = opener.start;
  for (let lines = 0; lines < BLOCK_REACH && at < text.length; lines++) {
    const line = lineAround(text, at);
    depth += braceBalance(line.text);
    if (depth <= 0) return line.next;
    at = line.next;
  }
  return undefined;
}

/** The `variable "name" {` block whose direct member is the line at `lineStart`, with the block's lines. */
function enclosingVariable(text: string, lineStart: number): { name: string; body: string } | undefined {
  const opener = innermostOpener(text, lineStart);
  const header = opener && VARIABLE_HEADER.exec(opener.text);
  if (!opener || !header) return undefined;
  const end = blockEnd(text, opener);
  return end === undefined ? undefined : { name: header[1]!, body: text.slice(opener.start, end) };
}

function supplyNotes(request: ReplacementRequest, variable: string): string[] {
  const vault = vaultParts(request).vaultName;
  return [
    `Terraform now reads ${variable} from TF_VAR_${variable} (or asks for it): set it where Terraform runs, for example export TF_VAR_${variable}="$(az keyvault secret show --vault-name ${vault} --name ${request.storeName} --query value -o tsv)", or read the secret in the configuration with a data "azurerm_key_vault_secret" block.`,
  ];
}

function variableDefault(request: ReplacementRequest, literal: StringLiteral): Replacement | undefined {
  const { text } = request;
  const line = lineAround(text, literal.start);
  const before = DEFAULT_BEFORE.exec(text.slice(line.start, literal.start));
  if (!before) return undefined;
  const variable = enclosingVariable(text, line.start);
  if (!variable) return undefined;
  const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*(\w+)/m.exec(variable.body);
  // A comment after the value (`# rotate by May`) stays, on the new line or on its own.
  const comment = /^[ \t]*((?:#|\/\/|\/\*).*?)[ \t]*\r?$/.exec(text.slice(literal.end, line.end))?.[1];
  const eol = text.slice(line.end, line.next);
  const newText = sensitive ? (comment ? `${before[1]}${comment}${eol}` : "") : `${before[1]}sensitive = true${comment ? ` ${comment}` : ""}${eol}`;
  const edits: TextEdit[] = [{ start: line.start, end: line.next, newText }];
  const notes = supplyNotes(request, variable.name);
  if (sensitive && sensitive[1] !== "true") notes.push(`Set sensitive = true on ${variable.name}, so plans and logs do not print the value.`);
  return { value: literalValue(text, literal), edits, description: `the sensitive variable ${variable.name} without a default`, style: "removeValue", notes };
}

function tfvarsLine(request: ReplacementRequest, literal: StringLiteral): Replacement | undefined {
  const { text } = request;
  const line = lineAround(text, literal.start);
  const assignment = TFVARS_BEFORE.exec(text.slice(line.start, literal.start));
  if (!assignment) return undefined;
  return {
    value: literalValue(text, literal),
    edits: [{ start: line.start, end: line.next, newText: "" }],
    description: `removes ${assignment[1]} from the file`,
    style: "removeValue",
    notes: supplyNotes(request, assignment[1]!),
  };
}

/**
 * The top-level block that holds the line at `lineStart` (the outermost opener above it): its
 * header line and the offset just past its closing line. Undefined when the line is not inside
 * one, or the braces do not balance (a heredoc holding braces, say).
 */
function enclosingTopLevelBlock(text: string, lineStart: number): { header: string; next: number } | undefined {
  let opener = innermostOpener(text, lineStart);
  if (!opener) return undefined;
  for (let outer = innermostOpener(text, opener.start); outer; outer = innermostOpener(text, opener.start)) opener = outer;
  const end = blockEnd(text, opener);
  return end === undefined ? undefined : { header: opener.text, next: end };
}

/** A data source label from the secret's name: letters, digits and underscores, not starting with a digit. */
function dataSourceLabel(text: string, secretName: string, vaultResourceId: string): { label: string; exists: boolean } {
  const base = secretName.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(?=\d)/, "_");
  for (let n = 1; ; n++) {
    const label = n === 1 ? base : `${base}_${n}`;
    const header = new RegExp(`^data[ \\t]+"azurerm_key_vault_secret"[ \\t]+"${label}"[ \\t]*\\{`, "m").exec(text);
    if (!header) return { label, exists: false };
    // The same secret of the same vault under this label: read it again rather than declare it twice.
    const close = text.indexOf("\n}", header.index);
    const body = text.slice(header.index, close === -1 ? text.length : close);
    if (body.includes(JSON.stringify(secretName)) && body.includes(JSON.stringify(vaultResourceId))) return { label, exists: true };
  }
}

/**
 * Whether the string is the `value` of a `resource "azurerm_key_vault_secret"`: Terraform writes it
 * into the vault itself. Reading it from the vault (a data block over the same secret) or writing a
 * reference string as its value would make the resource manage what it reads, or store the
 * reference text as the secret.
 */
function isKeyVaultSecretValue(text: string, literal: StringLiteral): boolean {
  const line = lineAround(text, literal.start);
  const argument = ARGUMENT_BEFORE.exec(text.slice(line.start, literal.start));
  if (!argument || !/^value(?:_wo)?$/.test(argument[1]!)) return false;
  return KEY_VAULT_SECRET_RESOURCE.test(enclosingTopLevelBlock(text, line.start)?.header ?? "");
}

function resourceArgument(request: ReplacementRequest, literal: StringLiteral): Replacement | undefined {
  const { text } = request;
  const line = lineAround(text, literal.start);
  const argument = ARGUMENT_BEFORE.exec(text.slice(line.start, literal.start));
  if (!argument) return undefined;
  const block = enclosingTopLevelBlock(text, line.start);
  if (!block || !READING_BLOCK.test(block.header)) return undefined;
  if (!coversContent(text, literal.contentStart, literal.contentEnd, request.target)) return undefined;
  const value = literalValue(text, literal);
  if (request.vaultResourceId === undefined) {
    throw new FixPlanError("needsVaultResource", "The data block names the vault by its Resource Manager id: look the vault up (sign in to Azure, or start the local emulator) and try again.");
  }
  const { label, exists } = dataSourceLabel(text, request.storeName, request.vaultResourceId);
  const eol = lineBreakOf(text);
  const edits: TextEdit[] = [{ start: literal.start, end: literal.end, newText: `data.azurerm_key_vault_secret.${label}.value` }];
  if (!exists) {
    // After the block that reads it, as a module's own data sources usually sit; a file that ends
    // without a line break gets one first.
    const lead = block.next === text.length && !text.endsWith("\n") ? eol : "";
    const data = [`data "azurerm_key_vault_secret" "${label}" {`, `  name         = ${JSON.stringify(request.storeName)}`, `  key_vault_id = ${JSON.stringify(request.vaultResourceId)}`, "}"];
    edits.push({ start: block.next, end: block.next, newText: `${lead}${eol}${data.join(eol)}${eol}` });
  }
  const vault = vaultParts(request).vaultName;
  return {
    value,
    edits,
    description: `data.azurerm_key_vault_secret.${label}.value (read from ${vault} when Terraform plans)`,
    style: "keyVaultReference",
    notes: [
      `Terraform reads the secret at plan and apply time: the identity that runs Terraform needs to read secrets in ${vault} (the Key Vault Secrets User role, or a Get secret access policy).`,
      "The value is kept in Terraform's state (the provider marks it sensitive in plans and output): keep the state in a backend with restricted access, such as an Azure Storage container.",
    ],
  };
}

/**
 * Whether the string is a value of App Service's settings: an entry on its own line of an
 * `app_settings` map or a `connection_string` block (`wholeLine`), or an entry of an `app_settings`
 * map written on one line.
 */
function isAppServiceSetting(text: string, literal: StringLiteral, wholeLine: boolean): boolean {
  const line = lineAround(text, literal.start);
  const before = text.slice(line.start, literal.start);
  if (wholeLine) return MAP_ENTRY_BEFORE.test(before) && APP_SERVICE_SETTINGS_OPENER.test(innermostOpener(text, line.start)?.text ?? "");
  // The map closes on this line, so the entries before and after the value are all on it.
  return ONE_LINE_APP_SETTING_BEFORE.test(before) && ONE_LINE_ENTRY_END.test(text.slice(literal.end, line.end)) && braceBalance(line.text) === 0;
}

function appServiceSetting(request: ReplacementRequest, literal: StringLiteral, wholeLine: boolean): Replacement | undefined {
  const { text } = request;
  if (!isAppServiceSetting(text, literal, wholeLine)) return undefined;
  if (!coversContent(text, literal.contentStart, literal.contentEnd, request.target)) return undefined;
  const value = literalValue(text, literal);
  const reference = requireReference(request);
  if (request.purpose === "config") {
    return { value, edits: [{ start: literal.contentStart, end: literal.contentEnd, newText: terraformStringText(reference) }], description: reference, style: "configuration", notes: [APP_CONFIGURATION_REFERENCE_NOTE] };
  }
  const vault = vaultParts(request).vaultName;
  return {
    value,
    edits: [{ start: literal.contentStart, end: literal.contentEnd, newText: reference }],
    description: reference,
    style: "keyVaultReference",
    notes: [
      `App Service resolves the reference with the app's managed identity: give that identity the Key Vault Secrets User role on ${vault} (a user-assigned identity also goes in key_vault_reference_identity_id).`,
    ],
  };
}

/** `text` inside a Terraform "…" string: an App Configuration key or label may hold `${` or `%{`, which Terraform would evaluate. */
function terraformStringText(text: string): string {
  return text.replace(/([$%])\{/g, (opener: string, sign: string) => `${sign}${opener}`);
}

/**
 * A configuration value: only App Service's settings resolve a reference to App Configuration,
 * as they do a Key Vault reference; anywhere else Terraform would need a data block the user wires up.
 */
function terraformConfigReplacement(request: ReplacementRequest): Replacement {
  const { text, target, filePath, style } = request;
  if (style !== undefined && style !== "configuration") throw unsupportedStyle(style, "Terraform files", ["configuration"]);
  const literal = inHeredoc(text, lineAround(text, target.start).start) || /\.tfvars$/i.test(filePath) ? undefined : stringLiteralAt(text, "terraform", target);
  const setting = literal && appServiceSetting(request, literal, REST_OF_LINE_IS_EMPTY.test(text.slice(literal.end, literal.end + 2000)));
  if (setting) return setting;
  throw new FixPlanError("unsupported", 'Outside app_settings and connection_string, Terraform has no App Configuration reference: read the key with a data "azurerm_app_configuration_key" block (its value attribute), then replace the value by hand.');
}

function literalValue(text: string, literal: StringLiteral): string {
  const reason = sourceIsNotValue(text, literal, literal.contentStart, literal.contentEnd);
  if (reason) throw new FixPlanError("notLiteral", `The string holds ${reason}, so its source is not the value: move it by hand.`);
  return text.slice(literal.contentStart, literal.contentEnd);
}

/** A heredoc's opening line: `<<EOT` or `<<-EOT` ends it. */
const HEREDOC_OPENER = /<<-?([A-Za-z_][\w-]*)[ \t]*\r?$/;

/**
 * Whether the line at `lineStart` is inside a heredoc (`<<EOT` … `EOT`): its text is a template,
 * not arguments, whatever it looks like. Looks back as far as the brace walks do.
 */
function inHeredoc(text: string, lineStart: number): boolean {
  const closers = new Set<string>();
  let end = lineStart;
  for (let lines = 0; lines < BLOCK_REACH * 5 && end > 0; lines++) {
    const line = lineAround(text, end - 1);
    end = line.start;
    const closer = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*$/.exec(line.text)?.[1];
    if (closer) closers.add(closer);
    const opener = HEREDOC_OPENER.exec(line.text)?.[1];
    // A heredoc closed before the value's line (a script's own `<<EOF … EOF` inside Terraform's
    // `<<-EOT`) says nothing yet: the one around it may still be open.
    if (opener && !closers.has(opener)) return true;
    if (opener) closers.delete(opener);
  }
  return false;
}

export function terraformReplacement(request: ReplacementRequest): Replacement {
  const { text, target, filePath, style } = request;
  if (request.purpose === "config") return terraformConfigReplacement(request);
  if (style !== undefined && style !== "removeValue" && style !== "keyVaultReference") throw unsupportedStyle(style, "Terraform files", ["removeValue", "keyVaultReference"]);
  if (inHeredoc(text, lineAround(text, target.start).start)) {
    throw new FixPlanError("noBounds", "The value is inside a heredoc (<<EOT … EOT), whose text Terraform passes on as written (only ${…} is evaluated): move it by hand, for example into a sensitive variable interpolated as ${var.…}.");
  }
  const literal = stringLiteralAt(text, "terraform", target);
  if (!literal) {
    if (style === "keyVaultReference") return plainReplacement(request, "Terraform files");
    throw new FixPlanError("noBounds", "The value is not inside a string the fix can find (a heredoc, a comment?): move it by hand.");
  }
  if (isKeyVaultSecretValue(text, literal)) {
    throw new FixPlanError(
      "unsupported",
      'This azurerm_key_vault_secret block already puts the secret in Key Vault; the literal is the problem, in your Terraform files and state. Storing it again would collide with the secret the block manages: give the value through a sensitive variable (variable "…" { sensitive = true }, set from TF_VAR_… by the pipeline) or generate it with random_password, then rotate the old value.',
    );
  }
  const wholeLine = REST_OF_LINE_IS_EMPTY.test(text.slice(literal.end, literal.end + 2000));
  const tfvars = /\.tfvars$/i.test(filePath);
  const argument = wholeLine && !tfvars;
  // A Key Vault reference is the vault's own way into each place: App Service's reference string in
  // app settings, a data block for other arguments, the reference string as a last resort.
  if (style !== "removeValue" && !tfvars) {
    const setting = appServiceSetting(request, literal, wholeLine);
    if (setting) return setting;
  }
  if (style === "keyVaultReference") return (argument ? resourceArgument(request, literal) : undefined) ?? plainReplacement(request, "Terraform files");
  const replacement = wholeLine ? (tfvars ? tfvarsLine(request, literal) : (variableDefault(request, literal) ?? (style === undefined ? resourceArgument(request, literal) : undefined))) : undefined;
  if (replacement) return replacement;
  throw new FixPlanError(
    "unsupported",
    'In Terraform a variable\'s default, a .tfvars value, an App Service setting and a whole-string argument of a resource, module, provider, locals or output block are rewritten: move this one by hand, through a sensitive variable or a data "azurerm_key_vault_secret" block.',
  );
}
