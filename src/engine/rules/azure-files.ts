import { SECRETS_GUIDE } from "./docs";
import { base64OfBase64Url } from "../base64";
import { isKeyVaultSecretName, SECRET_NAME_PATTERN } from "../key-vault-names";
import { lineEndOf, lineStartsOf } from "../line-starts";
import { readContainerMembers } from "./json-containers";
import { isSecretUnderName } from "./secret-values";
import { isGeneratedBase64 } from "./value-shapes";
import type { PatternRule, RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Azure credentials that the file holding them says are credentials, where the value alone has no
 * format of its own (or one shared with harmless values):
 * - a classic (Service Management) `.publishsettings` file's `ManagementCertificate`: a PKCS#12
 *   (PFX) blob in base64 with the private key of a certificate that manages the subscription;
 * - the `key=` of an Azure SDK for Java auth file (`.azureauth`): a service principal's secret;
 * - the `value` of a Terraform `azurerm_key_vault_secret`: a secret written into the configuration
 *   (and its state) instead of generated or passed in;
 * - the `properties.value` of a Key Vault secret resource in Bicep or an ARM template, the same
 *   mistake in Azure's own languages;
 * - the keys of an Azure Functions secrets file (`host.json`, `<function>.json` in the
 *   `azure-webjobs-secrets` container or a `Secrets` folder), which before the identifiable format
 *   had no signature of their own.
 */

const LEARN = "https://learn.microsoft.com";

/** Removing the certificate from the subscription is what revokes it: the classic API's page. */
const MANAGEMENT_CERTIFICATE_DOCS = `${LEARN}/previous-versions/azure/reference/jj154127(v=azure.100)`;
const CLIENT_SECRET_DOCS = `${LEARN}/entra/identity-platform/how-to-add-credentials`;
const KEY_VAULT_DOCS = SECRETS_GUIDE;
const FUNCTIONS_KEY_DOCS = `${LEARN}/azure/azure-functions/function-keys-how-to`;

// --- .publishsettings -------------------------------------------------------------------------

/**
 * `ManagementCertificate="MII…"` on `<Subscription …/>` (schema 2.0) or `<PublishProfile …>`
 * (schema 1.0): DER in base64, a SEQUENCE with a two-byte length (`MII`), at least 500 characters
 * (a PFX with an RSA key and its certificate is 2,000 and more). The attribute is written on one
 * line; XML names are case-sensitive.
 */
const MANAGEMENT_CERTIFICATE = /\bManagementCertificate[ \t]{0,5}=[ \t]{0,5}(["'])(?<value>MII[A-Za-z0-9+/]{500,60000}={0,2})\1/dg;
/**
 * A bare X.509 certificate (SEQUENCE, SEQUENCE: `MII??[DTjz]CC`), not a PFX (SEQUENCE, INTEGER 3:
 * `MII??[AQgw]IBAzCC`): the public half only, which is no secret.
 */
const CERTIFICATE_ONLY = /^MII[A-Za-z0-9+/]{2}[DTjz]CC/;

/** A keyword end test: blanks (fewer than `reach` characters) and then `=` follow the keyword. */
function equalsWithin(reach: number): (text: string, end: number) => boolean {
  return (text, end) => {
    for (let at = end; at < end + reach && at < text.length; at++) {
      const char = text.charCodeAt(at);
      if (char === 61 /* = */) return true;
      if (char !== 32 && char !== 9) return false;
    }
    return false;
  };
}

/** After the keyword, the `=` of an attribute: other mentions (`.ManagementCertificate`, prose) do not wake the rule. */
const attributeFollows = equalsWithin(6);

// --- .azureauth ---------------------------------------------------------------------------------

/**
 * `key=<secret>` (Java properties: maybe commented out, `:`, `=` and `#` maybe escaped). Entra
 * client secrets are 32 to 44 characters: `…8Q~…` (40), `…7Q~…` (37), the portal's older 32
 * (with `[]?@:=._-`) and 44 (base64 of 32 bytes).
 */
const AUTH_FILE_KEY = /^[ \t]*(?:[#!][ \t]*)?key[ \t]*=[ \t]*(?<value>(?:[A-Za-z0-9_~.+/=@?*:[\]-]|\\[:=#!\\]){32,44})[ \t]*\r?$/d;
/** The other lines of an auth file: the application's id (a GUID) and its tenant. */
const AUTH_FILE_CLIENT = /^[ \t]*client[ \t]*=[ \t]*[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}[ \t]*\r?$/m;
const AUTH_FILE_TENANT = /^[ \t]*tenant[ \t]*=[ \t]*[^\s=]/m;
const GUID = /^[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$/;
/** Auth file lines are short: a longer one is something else. */
const AUTH_FILE_LINE_LIMIT = 200;

/** After `key`, blanks and `=`: `apikey=`, `key =` wake the rule; `keys`, `key:` and `key.name` do not. */
const equalsFollows = equalsWithin(10);

/** The file is an auth file by name, or has an auth file's `client=<guid>` and `tenant=` lines. */
function isAuthFile(text: string, context: RuleContext): boolean {
  return /\.azureauth$/i.test(context.filePath) || (AUTH_FILE_CLIENT.test(text) && AUTH_FILE_TENANT.test(text));
}

function findAuthFileKeys(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  let authFile: boolean | undefined;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > AUTH_FILE_LINE_LIMIT) continue;
    const match = AUTH_FILE_KEY.exec(text.slice(lineStart, lineEnd));
    if (!match) continue;
    const value = match.groups!.value!;
    // The secret's id (a GUID, shown beside the value in the portal) is a common mistake, no secret.
    if (GUID.test(value) || !isSecretUnderName("client_secret", value, "config")) continue;
    // Judged once, and only when a line has the shape: most texts with `key=` have none.
    if (!(authFile ??= isAuthFile(text, context))) return hits;
    const [start, end] = match.indices!.groups!.value!;
    hits.push({ start: lineStart + start, end: lineStart + end });
  }
  return hits;
}

// --- Terraform azurerm_key_vault_secret ---------------------------------------------------------

/** `resource "azurerm_key_vault_secret" "name" {` (labels may be bare identifiers, as HCL allows). */
const KEY_VAULT_SECRET_HEADER = /^[ \t]*resource[ \t]+"?azurerm_key_vault_secret"?[ \t]+"?[A-Za-z_][\w-]{0,100}"?[ \t]*\{/;
/** An argument of the block: `value`, `value_wo` (write-only, azurerm 4) or `name`. */
const ARGUMENT = /^[ \t]*(?<key>value|value_wo|name)[ \t]*=[ \t]*(?<rest>[^\n]*)$/d;
/** A quoted literal and nothing after it but a comment: not `"a" == var.b ? …`, not a call's argument. */
const STRING_LITERAL = /^"(?<body>(?:[^"\\\n]|\\.){1,4000})"[ \t\r]*(?:(?:#|\/\/)[^\n]*)?$/d;
const HEREDOC_OPENS = /<<-?(?<id>[A-Za-z_][\w-]{0,60})[ \t]*\r?$/;
/** `${…}` or `%{…}` (not `$${`, an escaped dollar): a template, computed when Terraform runs. */
const TEMPLATE = /(?<![$%])[$%]\{/;
/** String literals and comments, taken out of a line before its braces are counted. */
const STRINGS_AND_COMMENTS = /"(?:[^"\\\n]|\\.)*"|(?:#|\/\/)[^\n]*$/g;
/** A top-level block begins: the one before has ended, however its braces were counted. */
const TOP_LEVEL_BLOCK = /^(?:resource|data|module|variable|output|locals|provider|terraform|moved|import|removed|check)\b/;
/** Key Vault's own rule for a secret's name: what a quick fix can store it under. */
/** How far a block and a heredoc are read (lines): resources are short. */
const BLOCK_LINES = 300;
const HEREDOC_LINES = 500;

/** After the keyword, a label's closing quote or a blank: not `azurerm_key_vault_secret.db.value`. */
function labelEnds(text: string, end: number): boolean {
  const char = text.charCodeAt(end);
  return char === 34 /* " */ || char === 32 || char === 9;
}

/** A literal written as a Key Vault secret's value, as the generic rule judges a value under a secret's name. */
function isLiteralSecret(value: string): boolean {
  // A PEM block is the private-key rules' to judge (a certificate's is no secret).
  return !TEMPLATE.test(value) && !value.includes("-----BEGIN") && isSecretUnderName("secret", value, "config");
}

/**
 * The body of a heredoc whose opener ends the line at `lineEnd`, trimmed, and the offset just
 * after its closing marker's line; undefined when it is not closed within {@link HEREDOC_LINES} or
 * before the next top-level block.
 */
function heredocAt(text: string, lineEnd: number, id: string): { start: number; end: number; after: number } | undefined {
  const bodyStart = lineEnd + 1;
  let at = bodyStart;
  for (let n = 0; n < HEREDOC_LINES && at < text.length; n++) {
    const end = lineEndOf(text, at);
    const line = text.slice(at, end);
    // A top-level block: the heredoc was never closed (or this is not Terraform).
    if (TOP_LEVEL_BLOCK.test(line)) return undefined;
    if (line.trim() === id) {
      let start = bodyStart;
      let stop = at;
      while (start < stop && /\s/.test(text[start]!)) start++;
      while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
      return { start, end: stop, after: end + 1 };
    }
    at = end + 1;
  }
  return undefined;
}

/**
 * Reads the block that opens just before `from` (after its `{`) for its `value` and `name`
 * arguments at the block's own depth; nested blocks (`timeouts { … }`) and heredocs are skipped.
 */
function keyVaultSecretValue(text: string, from: number): RuleHit | undefined {
  let depth = 1;
  let at = from;
  let value: { start: number; end: number } | undefined;
  let name: string | undefined;
  for (let n = 0; n < BLOCK_LINES && at <= text.length; n++) {
    const lineEnd = lineEndOf(text, at);
    const line = text.slice(at, lineEnd);
    if (n > 0 && TOP_LEVEL_BLOCK.test(line)) break;
    const argument = depth === 1 ? ARGUMENT.exec(line) : null;
    const code = line.replace(STRINGS_AND_COMMENTS, "");
    const heredoc = HEREDOC_OPENS.exec(code);
    if (argument) {
      const key = argument.groups!.key!;
      const rest = argument.groups!.rest!;
      const restAt = at + argument.indices!.groups!.rest![0];
      const literal = STRING_LITERAL.exec(rest);
      if (literal) {
        const body = literal.groups!.body!;
        const [start, end] = literal.indices!.groups!.body!;
        if (key === "name") name = isKeyVaultSecretName(body) ? body : undefined;
        else if (isLiteralSecret(body)) value = { start: restAt + start, end: restAt + end };
      } else if (key !== "name" && heredoc && rest.startsWith("<<")) {
        const body = heredocAt(text, lineEnd, heredoc.groups!.id!);
        if (!body) break;
        // One line of text: a password or key. Several (JSON, a certificate, a script) are left
        // to the rules that read what they hold.
        const content = text.slice(body.start, body.end);
        if (body.start < body.end && !content.includes("\n") && isLiteralSecret(content)) value = { start: body.start, end: body.end };
        at = body.after;
        continue;
      }
    }
    if (heredoc) {
      // Another argument's heredoc (`content_type`, `tags`): its lines are no arguments.
      const body = heredocAt(text, lineEnd, heredoc.groups!.id!);
      if (!body) break;
      at = body.after;
      continue;
    }
    for (const char of code) {
      if (char === "{") depth++;
      else if (char === "}") depth--;
    }
    if (depth <= 0 || lineEnd >= text.length) break;
    at = lineEnd + 1;
  }
  return value && { ...value, keyName: name };
}

function findKeyVaultSecretValues(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const lineEnd = lineEndOf(text, lineStart);
    const header = KEY_VAULT_SECRET_HEADER.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 300)));
    if (!header) continue;
    const hit = keyVaultSecretValue(text, lineStart + header[0].length);
    if (hit) hits.push(hit);
  }
  return hits;
}

// --- Bicep and ARM Microsoft.KeyVault/vaults/secrets --------------------------------------------

/**
 * How a line opens a resource of `type`: Bicep's `resource kvSecret
 * 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {` or the child form inside its parent,
 * `resource dbSecret 'secrets' = {` (maybe in a `[for … :` loop or behind `if (…)`; not
 * `existing`: a reference holds no value), whose members follow; or an ARM template's
 * `"type": "<type>",` (or the child's `"type": "secrets"` in its parent's `resources`), which may
 * come anywhere among its object's members.
 */
type ResourceHeader = (line: string) => "bicep" | "json" | undefined;

function resourceHeader(type: string): ResourceHeader {
  const escaped = type.replace(/[./]/g, "\\$&");
  const child = type.slice(type.lastIndexOf("/") + 1);
  const bicep = new RegExp(
    String.raw`^[ \t]*resource[ \t]+[A-Za-z_]\w{0,100}[ \t]+'(?:${escaped}@[^'\n]{1,40}|${child}(?:@[^'\n]{1,40})?)'[ \t]*=[ \t]*(?:\[[ \t]*for[ \t][^\n]{0,300}?:[ \t]*)?(?:if[ \t]*\([^\n]{0,300}\)[ \t]*)?\{[ \t]*(?:\/\/[^\n]*)?\r?$`,
  );
  const arm = new RegExp(String.raw`^[ \t]*"type"[ \t]*:[ \t]*"(?:${escaped}|${child})"[ \t]*,?[ \t]*\r?$`, "i");
  return (line) => (bicep.test(line) ? "bicep" : arm.test(line) ? "json" : undefined);
}
const SECRET_RESOURCE_HEADER = resourceHeader("Microsoft.KeyVault/vaults/secrets");
/** API Management named values. */
const NAMED_VALUE_HEADER = resourceHeader("Microsoft.ApiManagement/service/namedValues");
/** `secret: true` (Bicep) or `"secret": true` (JSON): a named value the author marked secret. */
const SECRET_FLAG = /^[ \t]*(?:secret|"secret")[ \t]*:[ \t]*true[ \t]*,?[ \t]*(?:\/\/[^\n]*)?\r?$/;
/** `properties: {` (Bicep) or `"properties": {` (JSON), opening the object that holds the value. */
const PROPERTIES_OPENS = /^[ \t]*(?:properties|"properties")[ \t]*:[ \t]*\{[ \t]*\r?$/;
/**
 * `properties: { value: '…' }` on one line (Bicep's single-line object, JSON written compactly):
 * its members, read by PROPERTIES_MEMBER.
 */
const PROPERTIES_ON_ONE_LINE = /^[ \t]*(?:properties|"properties")[ \t]*:[ \t]*\{(?<members>[^{}\n]{1,4000})\}[ \t]*,?[ \t]*(?:\/\/[^\n]*)?\r?$/d;
/** One `value: '…'`, `"value": "…"` or `secret: true` member of a one-line properties object. */
const PROPERTIES_MEMBER = /(?:^|[,{\s])(?:value[ \t]*:[ \t]*'(?<bicep>(?:[^'\\\n]|\\.){1,4000})'|"value"[ \t]*:[ \t]*"(?<json>(?:[^"\\\n]|\\.){1,4000})"|(?<flag>secret|"secret")[ \t]*:[ \t]*true\b)[ \t]*(?=,|$)/dg;
/** `value: '…'` (Bicep) or `"value": "…"` (JSON): a literal and nothing after it but a comma or comment. */
const RESOURCE_VALUE = /^[ \t]*(?:value[ \t]*:[ \t]*'(?<bicep>(?:[^'\\\n]|\\.){1,4000})'|"value"[ \t]*:[ \t]*"(?<json>(?:[^"\\\n]|\\.){1,4000})")[ \t]*,?[ \t]*(?:\/\/[^\n]*)?\r?$/d;
/** `name: 'db-password'`, `"name": "[concat(parameters('kv'), '/db-password')]"`: the secret's name. */
const RESOURCE_NAME = /^[ \t]*["']?name["']?[ \t]*:[ \t]*["'](?<body>[^"'\n]{1,300})["']/;
/** Strings and comments, taken out of a line before its braces are counted (`'${x}'`, `"[f('{0}')]"`). */
const BICEP_JSON_STRINGS = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*$/g;
/** How far a resource is read (lines): secret resources are short. */
const RESOURCE_LINES = 100;

/** Bicep's multi-line string delimiter: what it holds (a policy, a script) may have braces of its own. */
const BICEP_MULTILINE_QUOTE = "'''";

interface ResourceReading {
  /** Report the value only with `secret: true` beside it (API Management named values). */
  readonly needsSecretFlag: boolean;
  /** False to take any literal value, secret-looking or not (where a value is stored). */
  readonly judged: boolean;
  /** The resource is Bicep: `'''` opens and closes multi-line strings. */
  readonly bicep: boolean;
}

/**
 * Reads the resource whose object is open at `from` (depth 1) for `properties.value` and `name`.
 * Bicep interpolations (`'${…}'`) and ARM expressions (`"[…]"`) are computed at deployment.
 */
function secretResourceValue(text: string, from: number, { needsSecretFlag, judged, bicep }: ResourceReading): { hit: RuleHit | undefined; end: number } {
  let depth = 1;
  let inProperties = false;
  let secretFlag = false;
  let inMultilineString = false;
  let at = from;
  let value: { start: number; end: number } | undefined;
  let name: string | undefined;
  for (let n = 0; n < RESOURCE_LINES && at < text.length; n++) {
    const lineEnd = lineEndOf(text, at);
    let line = text.slice(at, lineEnd);
    const startsInString = inMultilineString;
    if (bicep && (inMultilineString || line.includes(BICEP_MULTILINE_QUOTE))) {
      // Only what lies outside the multi-line strings is read as members or counted as braces;
      // the rest is blanked, so offsets in the line stay true.
      let outside = "";
      line.split(BICEP_MULTILINE_QUOTE).forEach((part, index) => {
        if (index > 0) {
          outside += "   ";
          inMultilineString = !inMultilineString;
        }
        outside += inMultilineString ? " ".repeat(part.length) : part;
      });
      line = outside;
    }
    if (startsInString) {
      // The end of a multi-line string: no member starts on this line.
    } else if (depth === 1) {
      const named = RESOURCE_NAME.exec(line)?.groups!.body;
      // The last segment of `vault/secret` (older templates), if Key Vault would take it as a name.
      const last = named?.startsWith("[") ? undefined : named?.split("/").pop();
      if (last !== undefined) name = isKeyVaultSecretName(last) ? last : undefined;
      if (PROPERTIES_OPENS.test(line)) inProperties = true;
      const oneLine = PROPERTIES_ON_ONE_LINE.exec(line);
      if (oneLine) {
        const membersAt = at + oneLine.indices!.groups!.members![0];
        for (const member of oneLine.groups!.members!.matchAll(PROPERTIES_MEMBER)) {
          if (member.groups!.flag !== undefined) secretFlag = true;
          else if (!value) {
            const body = member.groups!.bicep ?? member.groups!.json!;
            const span = member.indices!.groups!.bicep ?? member.indices!.groups!.json!;
            const computed = member.groups!.bicep !== undefined ? body.includes("${") : body.startsWith("[") && !body.startsWith("[[");
            if (!judged || (!computed && isLiteralSecret(body))) value = { start: membersAt + span[0], end: membersAt + span[1] };
          }
        }
      }
    } else if (depth === 2 && inProperties && needsSecretFlag && SECRET_FLAG.test(line)) {
      secretFlag = true;
    } else if (depth === 2 && inProperties && !value) {
      const match = RESOURCE_VALUE.exec(line);
      const body = match?.groups!.bicep ?? match?.groups!.json;
      const span = match?.indices!.groups!.bicep ?? match?.indices!.groups!.json;
      const computed = body === undefined || (match!.groups!.bicep !== undefined ? body.includes("${") : body.startsWith("[") && !body.startsWith("[["));
      if (span && (!judged || (!computed && isLiteralSecret(body)))) value = { start: at + span[0], end: at + span[1] };
    }
    for (const char of line.replace(BICEP_JSON_STRINGS, "")) {
      if (char === "{") depth++;
      else if (char === "}") {
        depth--;
        if (depth === 1) inProperties = false;
      }
    }
    at = lineEnd + 1;
    if (depth <= 0 || lineEnd >= text.length) break;
  }
  if (needsSecretFlag && !secretFlag) return { hit: undefined, end: at };
  return { hit: value && { ...value, keyName: name }, end: at };
}

/**
 * Each resource that opens on a line HEADER matches, read for its value. A header inside the
 * lines the resource before it was read over is part of that resource (a secret or named value
 * holds no other resource) and is not read again: text made of headers alone would otherwise be
 * read a hundred times over.
 */
function findResourceValues(text: string, header: ResourceHeader, needsSecretFlag: boolean, wokenAt?: readonly number[], judged = true): RuleHit[] {
  const hits: RuleHit[] = [];
  let readUntil = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    if (lineStart < readUntil) continue;
    const lineEnd = lineEndOf(text, lineStart);
    if (lineEnd - lineStart > 600) continue;
    const opens = header(text.slice(lineStart, lineEnd));
    if (!opens) continue;
    // An ARM resource's `"properties"` and `"name"` may come before its `"type"`: read its whole object.
    const from = (opens === "json" ? membersStartBefore(text, lineStart) : undefined) ?? lineEnd + 1;
    const { hit, end } = secretResourceValue(text, from, { needsSecretFlag, judged, bicep: opens === "bicep" });
    readUntil = end;
    if (hit) hits.push(hit);
  }
  return hits;
}

/**
 * Where the members of the JSON object around the line at `lineStart` begin: the line after the one
 * whose `{` opens it, looked for at most RESOURCE_LINES lines back. Undefined when not found (the
 * object opens on a line with members of its own, or too far back).
 */
function membersStartBefore(text: string, lineStart: number): number | undefined {
  let depth = 0;
  let end = lineStart - 1;
  for (let n = 0; n < RESOURCE_LINES && end >= 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const code = text.slice(start, end).replace(BICEP_JSON_STRINGS, "");
    for (let i = code.length - 1; i >= 0; i--) {
      if (code[i] === "}") depth++;
      else if (code[i] === "{") {
        if (depth === 0) return code.slice(i + 1).trim() === "" ? end + 1 : undefined;
        depth--;
      }
    }
    end = start - 1;
  }
  return undefined;
}

function findSecretResourceValues(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  return [...findResourceValues(text, SECRET_RESOURCE_HEADER, false, wokenAt), ...findPulumiSecretValues(text, wokenAt)];
}

// --- Pulumi YAML azure-native:keyvault:Secret ----------------------------------------------------

/** A Pulumi YAML resource's `type: azure-native:keyvault:Secret` (versioned, `azure-native:keyvault/v20230701:Secret`, or the classic `azure:keyvault:Secret`). */
const PULUMI_SECRET_TYPE = /^(?<indent>[ \t]*)type[ \t]*:[ \t]*["']?azure(?:-native)?:keyvault(?:\/v[\w-]{1,40})?:Secret["']?[ \t]*(?:#.*)?\r?$/;
/** `value: …` under the resource's `properties: properties:`: where the value starts (read by pulumiValueSpan). */
const PULUMI_VALUE_KEY = /^[ \t]+value[ \t]*:[ \t]*/;
/** How long a line the Pulumi reader looks at: a secret's value line is short. */
const PULUMI_LINE_LIMIT = 4000;

/**
 * The value of a `value: …` line, quoted or plain, less a ` #` comment and trailing blanks; offsets
 * in the line. Undefined for no value, a block scalar, an anchor or tag, a flow collection.
 */
function pulumiValueSpan(line: string): [number, number] | undefined {
  const key = PULUMI_VALUE_KEY.exec(line);
  if (!key) return undefined;
  const start = key[0].length;
  const first = line[start];
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, start + 1);
    return close > start + 1 ? [start + 1, close] : undefined;
  }
  if (first === undefined || /[\s#|>&*!{[]/.test(first)) return undefined;
  const comment = line.indexOf(" #", start);
  const end = start + (comment === -1 ? line.slice(start) : line.slice(start, comment)).trimEnd().length;
  return end > start ? [start, end] : undefined;
}
const PULUMI_SECRET_NAME = new RegExp(String.raw`^[ \t]+secretName[ \t]*:[ \t]*["']?(?<name>${SECRET_NAME_PATTERN})["']?[ \t]*\r?$`);

/**
 * Pulumi's YAML programs: a `azure-native:keyvault:Secret` resource's `properties.properties.value`
 * written as a literal (`${…}` reads configuration or another resource's output at deployment).
 * The resource's members are the lines indented at least as far as its `type:`.
 */
function findPulumiSecretValues(text: string, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  // A header inside lines already read (headers one after another) is read once, not a hundred times.
  let readUntil = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    if (lineStart < readUntil) continue;
    const headerEnd = lineEndOf(text, lineStart);
    if (headerEnd - lineStart > PULUMI_LINE_LIMIT) continue;
    const header = PULUMI_SECRET_TYPE.exec(text.slice(lineStart, headerEnd));
    if (!header) continue;
    const indent = header.groups!.indent!.length;
    // The resource's members may come before `type:` too: start at the first line of its block.
    let from = lineStart;
    for (let n = 0; n < RESOURCE_LINES && from > Math.max(0, readUntil); n++) {
      const previous = text.lastIndexOf("\n", from - 2) + 1;
      const line = text.slice(previous, Math.min(from - 1, previous + PULUMI_LINE_LIMIT));
      if (line.trim() !== "" && line.length - line.trimStart().length < indent) break;
      from = previous;
    }
    let value: { start: number; end: number } | undefined;
    let name: string | undefined;
    let at = from;
    for (let n = 0; at < text.length && n < RESOURCE_LINES; n++) {
      const lineEnd = lineEndOf(text, at);
      const line = text.slice(at, Math.min(lineEnd, at + PULUMI_LINE_LIMIT));
      const lineIndent = line.length - line.trimStart().length;
      if (line.trim() !== "" && !line.trimStart().startsWith("#") && lineIndent < indent) break;
      if (lineEnd - at <= PULUMI_LINE_LIMIT) {
        name ??= PULUMI_SECRET_NAME.exec(line)?.groups!.name;
        const span = !value && lineIndent > indent ? pulumiValueSpan(line) : undefined;
        if (span && isLiteralSecret(line.slice(...span))) value = { start: at + span[0], end: at + span[1] };
      }
      at = lineEnd + 1;
    }
    readUntil = at;
    if (value) hits.push({ ...value, keyName: name });
  }
  return hits;
}

// --- Azure Functions secrets files -----------------------------------------------------------

/**
 * The runtime keeps each key as `{ "name": "default", "value": "<key>", "encrypted": false }` under
 * `masterKey`, `functionKeys`, `systemKeys` or `keys`. `"encrypted": false` says the value is the
 * key itself (an encrypted one is sealed with the app's machine key), and is what wakes the rule:
 * on its own line, with `"value"` on one of the two lines before; or in one object on one line.
 */
const FUNCTIONS_KEY_NOT_ENCRYPTED = /^[ \t]*"encrypted"[ \t]*:[ \t]*false[ \t]*,?[ \t]*\r?$/;
const FUNCTIONS_KEY_VALUE_LINE = /^[ \t]*"value"[ \t]*:[ \t]*"(?<value>[A-Za-z0-9_+/-]{40,100}={0,2})"[ \t]*,?[ \t]*\r?$/d;
const FUNCTIONS_KEY_OBJECT = /"name"[ \t]*:[ \t]*"[^"\n]{1,100}"[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"(?<value>[A-Za-z0-9_+/-]{40,100}={0,2})"[ \t]*,[ \t]*"encrypted"[ \t]*:[ \t]*false\b/dg;
/**
 * The members that hold a secrets file's keys. Required somewhere in the text: a
 * `"name"`/`"value"`/`"encrypted"` object alone is a shape other tools write too (deployment
 * variables, exported settings), and the quick fix's advice for this place is the Functions host's.
 */
const FUNCTIONS_KEY_CONTAINER = /"(?:masterKey|functionKeys|systemKeys|keys)"[ \t]*:/;
/** A key is generated: base64 (or base64url) of random bytes. */
function isFunctionsKey(value: string): boolean {
  return isGeneratedBase64(base64OfBase64Url(value));
}

function findFunctionsSecretsFileKeys(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  return functionsKeyValues(text, isFunctionsKey, wokenAt);
}

/** The values of a Functions secrets file's keys that `accept` takes. */
function functionsKeyValues(text: string, accept: (value: string) => boolean, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  // Searched for once, when a line has the shape (an edit elsewhere in a big file does not pay).
  let inSecretsFile: boolean | undefined;
  const isSecretsFile = () => (inSecretsFile ??= FUNCTIONS_KEY_CONTAINER.test(text));
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const lineEnd = lineEndOf(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (FUNCTIONS_KEY_NOT_ENCRYPTED.test(line)) {
      if (!isSecretsFile()) continue;
      // The value is one of the two lines before (`"name"` may come between).
      let end = lineStart - 1;
      for (let n = 0; n < 2 && end > 0; n++) {
        const start = text.lastIndexOf("\n", end - 1) + 1;
        const match = FUNCTIONS_KEY_VALUE_LINE.exec(text.slice(start, end));
        if (match) {
          if (accept(match.groups!.value!)) hits.push({ start: start + match.indices!.groups!.value![0], end: start + match.indices!.groups!.value![1] });
          break;
        }
        end = start - 1;
      }
      continue;
    }
    for (const match of line.matchAll(FUNCTIONS_KEY_OBJECT)) {
      if (!isSecretsFile()) break;
      if (accept(match.groups!.value!)) hits.push({ start: lineStart + match.indices!.groups!.value![0], end: lineStart + match.indices!.groups!.value![1] });
    }
  }
  return hits;
}

/**
 * What `az functionapp keys list` and the `listKeys` API print, pasted into notes and scripts:
 * `"functionKeys": { "default": "<key>", … }` (JSON) or `functionKeys:` with one `name: key` per
 * indented line (`-o yaml`). The members' names are whatever the owner chose, so the container is
 * the evidence, and each value must be generated base64 like every Functions key.
 */
const FUNCTIONS_KEY_LISTING_JSON = /"(?:functionKeys|systemKeys)"[ \t]*:[ \t]*\{/g;
const FUNCTIONS_KEY_LISTING_MEMBER = /\s*"(?<name>[^"\\\n]{1,100})"[ \t]*:[ \t]*"(?<value>[^"\\\n]{0,200})"[ \t]*,?/dy;
const FUNCTIONS_KEY_LISTING_YAML = /^(?<indent>[ \t]*)(?:functionKeys|systemKeys):[ \t]*\r?$/;
const FUNCTIONS_KEY_LISTING_YAML_MEMBER = /^(?<indent>[ \t]+)(?<name>[\w.-]{1,100}):[ \t]+(?<quote>["']?)(?<value>[A-Za-z0-9_+/-]{40,100}={0,2})\k<quote>[ \t]*\r?$/d;
/** At most this many members are read per container: a listing holds a handful. */
const FUNCTIONS_KEY_LISTING_MEMBERS = 100;
const FUNCTIONS_KEY_LISTING = { container: FUNCTIONS_KEY_LISTING_JSON, member: FUNCTIONS_KEY_LISTING_MEMBER, most: FUNCTIONS_KEY_LISTING_MEMBERS };

function findFunctionsKeyListings(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const take = (value: string, start: number, name: string) => {
    if (/^[A-Za-z0-9_+/-]{40,100}={0,2}$/.test(value) && isFunctionsKey(value)) hits.push({ start, end: start + value.length, keyName: name });
  };
  let readUntil = 0;
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    if (lineStart < readUntil) continue;
    const lineEnd = lineEndOf(text, lineStart);
    const yaml = FUNCTIONS_KEY_LISTING_YAML.exec(text.slice(lineStart, lineEnd));
    if (yaml) {
      let at = lineEnd + 1;
      for (let n = 0; n < FUNCTIONS_KEY_LISTING_MEMBERS && at < text.length; n++) {
        const end = lineEndOf(text, at);
        const member = FUNCTIONS_KEY_LISTING_YAML_MEMBER.exec(text.slice(at, end));
        if (!member || member.groups!.indent!.length <= yaml.groups!.indent!.length) break;
        take(member.groups!.value!, at + member.indices!.groups!.value![0], member.groups!.name!);
        at = end + 1;
      }
      readUntil = at;
      continue;
    }
    readUntil = readContainerMembers(text, lineStart, lineEnd, FUNCTIONS_KEY_LISTING, readUntil, (member) => take(member.value, member.valueStart, member.name));
  }
  return hits;
}

/**
 * API Management named values marked `secret: true` (the portal masks them; Key Vault-backed ones
 * carry `keyVault` instead of `value`). Unmarked named values are configuration: not reported.
 */
function findNamedValueSecrets(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  return findResourceValues(text, NAMED_VALUE_HEADER, true, wokenAt);
}

/**
 * Which of the rules below owns the place that holds `[start, end)` in `text`: a Key Vault secret
 * resource's value, an API Management named value's (marked secret or not), a key of a Functions
 * secrets file. Whatever rule found the value there (an identifiable Functions key, a vendor's
 * token), the place itself stores it as written, and a reference put there would be stored in its
 * stead. Undefined elsewhere.
 */
export function secretStoringPlace(text: string, start: number, end: number): string | undefined {
  const holds = (hits: readonly RuleHit[]) => hits.some((hit) => hit.start <= start && end <= hit.end);
  if (/microsoft\.keyvault\/vaults\/secrets|['"]secrets['"]/i.test(text) && holds(findResourceValues(text, SECRET_RESOURCE_HEADER, false, undefined, false))) {
    return "azure/key-vault-secret-resource";
  }
  if (/microsoft\.apimanagement\/service\/namedvalues|['"]namedvalues['"]/i.test(text) && holds(findResourceValues(text, NAMED_VALUE_HEADER, false, undefined, false))) {
    return "azure/api-management-secret-named-value";
  }
  if (/keyvault:secret/i.test(text) && holds(findPulumiSecretValues(text))) return "azure/key-vault-secret-resource";
  if (text.includes('"encrypted"') && holds(functionsKeyValues(text, () => true))) return "azure/functions-secrets-file";
  return undefined;
}

export const AZURE_FILE_RULES: readonly (PatternRule | ScannerRule)[] = [
  {
    id: "azure/management-certificate",
    title: "Azure management certificate with its private key (.publishsettings)",
    kind: "secret",
    docsUrl: MANAGEMENT_CERTIFICATE_DOCS,
    keywords: ["managementcertificate"],
    keywordEnd: attributeFollows,
    pattern: MANAGEMENT_CERTIFICATE,
    minLength: 530,
    structured: true,
    reject: (value) => CERTIFICATE_ONLY.test(value),
  },
  {
    id: "azure/auth-file-client-secret",
    title: "Service principal secret in an Azure SDK auth file (.azureauth)",
    kind: "secret",
    docsUrl: CLIENT_SECRET_DOCS,
    keywords: ["key"],
    keywordEnd: equalsFollows,
    scope: "text",
    find: findAuthFileKeys,
  },
  {
    id: "azure/terraform-key-vault-secret",
    title: "Secret value written into a Terraform azurerm_key_vault_secret",
    kind: "secret",
    docsUrl: KEY_VAULT_DOCS,
    keywords: ["azurerm_key_vault_secret"],
    keywordEnd: labelEnds,
    scope: "text",
    // The finding is named after the secret in Key Vault (the block's `name`), not `value`.
    declaresName: true,
    find: findKeyVaultSecretValues,
  },
  {
    id: "azure/key-vault-secret-resource",
    title: "Secret value written into a Key Vault secret resource (Bicep, ARM template, Pulumi YAML)",
    kind: "secret",
    docsUrl: KEY_VAULT_DOCS,
    keywords: ["microsoft.keyvault/vaults/secrets", "'secrets'", '"secrets"', "keyvault:secret"],
    scope: "text",
    // The finding is named after the secret in Key Vault (the resource's `name`), not `value`.
    declaresName: true,
    find: findSecretResourceValues,
  },
  {
    id: "azure/api-management-secret-named-value",
    title: "Secret API Management named value written into a Bicep file or ARM template",
    kind: "secret",
    docsUrl: `${LEARN}/azure/api-management/api-management-howto-properties`,
    keywords: ["microsoft.apimanagement/service/namedvalues", "'namedvalues'", '"namedvalues"'],
    scope: "text",
    declaresName: true,
    find: findNamedValueSecrets,
  },
  {
    id: "azure/functions-secrets-file",
    title: "Azure Functions key in a Functions secrets file",
    kind: "secret",
    docsUrl: FUNCTIONS_KEY_DOCS,
    keywords: ['"encrypted"'],
    scope: "text",
    find: findFunctionsSecretsFileKeys,
  },
  {
    id: "azure/functions-key-listing",
    title: "Azure Functions key as listed by az functionapp keys list",
    kind: "secret",
    docsUrl: FUNCTIONS_KEY_DOCS,
    keywords: ["functionkeys", "systemkeys"],
    scope: "text",
    find: findFunctionsKeyListings,
  },
];
