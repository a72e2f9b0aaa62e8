import { SECRET_NAME_KEYWORDS } from "./generic";
import { isNotKeyOfAnotherWord } from "./secret-names";
import { authorizationSchemeLength, isSecretUnderName } from "./secret-values";
import { lineStartOf, lineStartsOf, neighbourLines } from "../line-starts";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Secrets given as the default or the value of a declared parameter or setting, where the name
 * that says secret belongs to the declaration, not to the key the value sits under:
 * - Bicep: `param adminPassword string = '…'` (and `.bicepparam`: `param adminPassword = '…'`), and
 *   name/value objects such as App Service settings, `{ name: 'DB_PASSWORD', value: '…' }`;
 * - Terraform: `variable "admin_password" { … default = "…" }`, and name/value blocks such as a
 *   Helm release's `set_sensitive { name = "auth.postgresPassword"  value = "…" }`;
 * - CloudFormation: a parameter's `Default` (`DBPassword:` / `NoEcho: true` / `Default: "…"`, in
 *   YAML or JSON);
 * - Hadoop-style XML properties: `<name>fs.s3a.secret.key</name>` then `<value>…</value>` (Hadoop,
 *   Hive, HBase, Oozie);
 * - ARM templates and parameter files: `"adminPassword": { "type": "securestring",
 *   "defaultValue": "…" }`, `"adminPassword": { "value": "…" }`, and name/value pairs such as
 *   App Service settings, `{ "name": "DB_PASSWORD", "value": "…" }`, or the key/value pairs of an
 *   App Configuration export, `{ "key": "Orders:DbPassword", "value": "…" }`; CloudFormation's
 *   parameter files, `{ "ParameterKey": "DbPassword", "ParameterValue": "…" }`;
 * - TOML inline tables: `symmetric_key = { value = "…" }` (IoT Edge's `config.toml`);
 * - Terraform state (`terraform.tfstate`): the `result` of a `random_password` resource, the
 *   password Terraform generated, in the clear;
 * - YAML lists of name/value pairs: Kubernetes `env` (`- name: DB_PASSWORD` / `value: …`, or on one
 *   line, `- { name: DB_PASSWORD, value: "…" }`), Azure Pipelines `variables`;
 * - YAML block scalars of one line, the value on the line after its key: `signing_secret: >-` then
 *   the secret (longer blocks are certificates, scripts or prose, read by the rules for those);
 * - Container Instances' environment variables, whose secrets go in `secureValue` instead of
 *   `value` (YAML, ARM JSON and Bicep: `- name: DB_PASSWORD` / `secureValue: …`).
 * The value is judged as the generic rule judges a value under that name, so references
 * (`[parameters('x')]`, `${var.x}`, `$(x)`, `{{ .Values.x }}`) and placeholders are not reported.
 */

const DOCS = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/scenarios-secrets";

/** How far back a declaration may open before its value (characters): blocks and objects are short. */
const LOOK_BACK = 2000;
/** How many lines before its name a value may stand (`- value: …` then `name: …`). */
const LINES_BEFORE_NAME = 8;

const BICEP_PARAM = /^[ \t]*param[ \t]+(?<name>[A-Za-z_]\w{0,100})(?:[ \t]+[A-Za-z_][\w.]{0,100}(?:\[\])?)?[ \t]*=[ \t]*'(?<value>(?:[^'\\\n]|\\.){1,400})'/d;
const BICEP_VALUE = /(?:^|[{,\s])(?:value|secureValue)[ \t]*:[ \t]*'(?<value>(?:[^'\\\n]|\\.){1,400})'/d;
const BICEP_NAME_MEMBER = /\bname[ \t]*:[ \t]*'(?<name>[^'\\\n]{1,200})'/g;
const HCL_DEFAULT = /(?:^|[{;\s])default[ \t]*=[ \t]*"(?<value>(?:[^"\\\n]|\\.){1,400})"/d;
const HCL_VARIABLE_OPENS = /\bvariable[ \t]+"(?<name>[^"\n]{1,100})"[ \t]*$/;
const HCL_VALUE = /(?:^|[{;\s])value[ \t]*=[ \t]*"(?<value>(?:[^"\\\n]|\\.){1,400})"/d;
const HCL_NAME_MEMBER = /(?:^|[{;\s])name[ \t]*=[ \t]*"(?<name>[^"\\\n]{1,200})"/g;
const JSON_VALUE = /"(?:defaultValue|value|secureValue|ParameterValue|Default)"[ \t]*:[ \t]*"(?<value>(?:[^"\\\n]|\\.){1,4000})"/dg;
/**
 * `"name": "DB_PASSWORD"` (App Service settings), `"key": "Orders:DbPassword"` (App Configuration
 * exports), `"ParameterKey": "DbPassword"` (CloudFormation).
 */
const JSON_NAME_MEMBER = /"(?:name|key|ParameterKey)"[ \t]*:[ \t]*"(?<name>[^"\\\n]{1,200})"/g;
const JSON_KEY_BEFORE = /"(?<name>[^"\\\n]{1,200})"[ \t]*:[ \t]*$/;
/**
 * `value: …`, quoted or plain; a plain value ends before a comment (a `#` after a blank). (Also
 * `secureValue`: Container Instances' environment variables keep their secrets there.)
 */
const YAML_VALUE = /^(?<indent>[ \t]*(?:-[ \t]+)?)(?:value|secureValue|Default)[ \t]*:[ \t]*(?:(?<quote>["'])(?<quoted>[^"'\n]{1,400})\k<quote>|(?<bare>[^\s"'#][^\n]{0,400}?))[ \t]*(?:[ \t]#.*)?$/d;
/** A YAML key line: its indentation with any list dash (the key's column) and the key. */
const YAML_KEY = /^(?<indent>[ \t]*(?:-[ \t]+)?)[A-Za-z_][\w.-]{0,100}[ \t]*:(?:[ \t]|$)/;
/** A key that opens a mapping (nothing after its colon but a comment), not a list item: `SONAR_TOKEN:`. */
const YAML_PARENT_KEY = /^[ \t]*(?<quote>["']?)(?<name>[A-Za-z_][\w.-]{0,100})\k<quote>[ \t]*:[ \t]*(?:#.*)?\r?$/;
const YAML_NAME = /^(?<indent>[ \t]*(?:-[ \t]+)?)name[ \t]*:[ \t]*(?<quote>["']?)(?<name>[A-Za-z_][\w.-]{0,100})\k<quote>[ \t]*(?:#.*)?$/;

/** A TOML inline table's `value = "…"`, and the key the table is under (`symmetric_key = {`). */
const TOML_VALUE = /(?:^|[{,\s])value[ \t]*=[ \t]*(?<q>"|')(?<value>(?:(?!\k<q>)[^\\\n]|\\.){1,400})\k<q>/d;
const TOML_KEY_BEFORE = /(?<![\w."-])(?<q>"?)(?<name>[A-Za-z_][\w-]{0,100})\k<q>[ \t]*=[ \t]*$/;

/** A key whose value is a block scalar (`|`, `>`, with chomping or indentation indicators). */
const YAML_BLOCK_KEY = /^(?<indent>[ \t]*(?:-[ \t]+)?)(?<q>["']?)(?<name>[A-Za-z_][\w.-]{0,100})\k<q>[ \t]*:[ \t]*[|>][-+0-9]{0,2}[ \t]*(?:#.*)?\r?$/;

/** A flow mapping on one line: `- { name: REDIS_PASSWORD, value: "…" }`. */
const YAML_FLOW_PAIR = /\{[ \t]*name[ \t]*:[ \t]*(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,100})\k<nq>[ \t]*,[ \t]*value[ \t]*:[ \t]*(?:(?<q>["'])(?<quoted>[^"'\n]{1,400})\k<q>|(?<bare>[^\s"',{}][^,{}\n]{0,400}?))[ \t]*\}/d;
/** An XML property's `<value>…</value>`, and the `<name>…</name>` it follows (Hadoop's `*-site.xml`). */
const XML_VALUE = /<value>(?<value>[^<\n]{1,400})<\/value>/d;
const XML_NAME_ELEMENT = /<name>(?<name>[^<\n]{1,200})<\/name>/g;

type Syntax = "bicep" | "terraform" | "json" | "yaml" | "toml" | "xml";

function syntaxOf(filePath: string): Syntax | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith(".bicep") || lower.endsWith(".bicepparam")) return "bicep";
  // (`.pkr.hcl`: Packer's variables are declared as Terraform's are.)
  if (lower.endsWith(".tf") || lower.endsWith(".hcl")) return "terraform";
  // (A HAR file is JSON: a browser's or a proxy's record of requests, headers and cookies.)
  if (lower.endsWith(".json") || lower.endsWith(".jsonc") || lower.endsWith(".har") || TFSTATE.test(lower)) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".toml")) return "toml";
  if (lower.endsWith(".xml")) return "xml";
  return undefined;
}

/**
 * Where the `{` that encloses `offset` opens, reading back over balanced braces (and brackets);
 * -1 if an array encloses it first or nothing does within {@link LOOK_BACK}. Braces inside
 * strings are counted too: declarations hold few of them, and a wrong guess only means a name is
 * not found.
 */
function enclosingBrace(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i >= offset - LOOK_BACK; i--) {
    const char = text[i];
    if (char === "}" || char === "]") depth++;
    else if (char === "[") {
      if (depth === 0) return -1;
      depth--;
    } else if (char === "{") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The name an object gives itself before a value: the last `nameMember` (`name: '…'`, `name =
 * "…"`) between the `{` that encloses the value's match at `matchAt` and that match.
 */
function nameMemberBefore(text: string, matchAt: number, nameMember: RegExp): string | undefined {
  // (+1: the match may start at the brace itself, `{value = …`.)
  const brace = enclosingBrace(text, matchAt + 1);
  if (brace === -1) return undefined;
  const members = text.slice(brace + 1, matchAt);
  let name: string | undefined;
  nameMember.lastIndex = 0;
  for (let member = nameMember.exec(members); member; member = nameMember.exec(members)) name = member.groups!.name;
  return name;
}

/** The member that holds a name/value pair's value (a path's last segment there). */
export const PAIR_VALUE_MEMBER = /^(?:value|secureValue|defaultValue|ParameterValue)$/;

/** The languages whose name/value objects declaredNameOf reads besides JSON and YAML. */
export function pairSyntaxOf(filePath: string): "bicep" | "terraform" | undefined {
  const syntax = syntaxOf(filePath);
  return syntax === "bicep" || syntax === "terraform" ? syntax : undefined;
}

/**
 * The name a name/value pair declares for the value at `valueStart` (its `value` member): App
 * Service settings' `{ "name": "AzureWebJobsStorage", "value": … }` (Bicep's `{ name: '…', value:
 * '…' }`), App Configuration exports' `"key"`, Dapr's and Kubernetes' `- name: accountKey` /
 * `value: …`, Terraform's `set_sensitive { name = "…" value = "…" }`. Undefined when the value's
 * object or item declares none: then its path is its name (`Db:value` is what an app reads).
 */
export function declaredNameOf(text: string, valueStart: number, format: "json" | "yaml" | "bicep" | "terraform"): string | undefined {
  if (format === "json") return jsonObjectName(text, valueStart, true);
  // (From the value's opening quote: the value's own first character may be a brace.)
  if (format === "bicep") return nameMemberBefore(text, valueStart - 1, BICEP_NAME_MEMBER);
  if (format === "terraform") return nameMemberBefore(text, valueStart - 1, HCL_NAME_MEMBER);
  const lineStart = lineStartOf(text, valueStart);
  const indent = /^[ \t]*(?:-[ \t]+)?/.exec(text.slice(lineStart, valueStart))![0];
  return yamlItemName(text, lineStart, indent.length, indent.includes("-"), true);
}

function push(hits: RuleHit[], name: string, start: number, end: number): void {
  if (!hits.some((hit) => hit.start === start)) hits.push({ start, end, keyName: name });
}

/**
 * The value at `[start, end)` of `line` under `name`, when it is a secret there. An Authorization
 * header's value is found from its credential on: the scheme (`Bearer `) is the header's syntax.
 */
function pushIfSecret(hits: RuleHit[], name: string, line: string, lineStart: number, start: number, end: number): void {
  const value = line.slice(start, end);
  if (isSecretUnderName(name, value, "config")) push(hits, name, lineStart + start + authorizationSchemeLength(name, value), lineStart + end);
}

function inBicep(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const param = BICEP_PARAM.exec(line);
  if (param) {
    const [start, end] = param.indices!.groups!.value!;
    const name = param.groups!.name!;
    pushIfSecret(hits, name, line, lineStart, start, end);
    return;
  }
  // `{ name: 'DB_PASSWORD', value: '…' }`, one member a line or on one line: App Service settings.
  const pair = BICEP_VALUE.exec(line);
  if (!pair) return;
  const name = nameMemberBefore(text, lineStart + pair.index, BICEP_NAME_MEMBER);
  const [start, end] = pair.indices!.groups!.value!;
  if (name) pushIfSecret(hits, name, line, lineStart, start, end);
}

function inTerraform(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const pair = HCL_VALUE.exec(line);
  if (pair) {
    const name = nameMemberBefore(text, lineStart + pair.index, HCL_NAME_MEMBER);
    const [start, end] = pair.indices!.groups!.value!;
    if (name) pushIfSecret(hits, name, line, lineStart, start, end);
    return;
  }
  const match = HCL_DEFAULT.exec(line);
  if (!match) return;
  const brace = enclosingBrace(text, lineStart + match.index);
  if (brace === -1) return;
  const name = HCL_VARIABLE_OPENS.exec(text.slice(lineStartOf(text, brace), brace))?.groups?.name;
  const [start, end] = match.indices!.groups!.value!;
  if (name) pushIfSecret(hits, name, line, lineStart, start, end);
}

/** The name of the object a JSON value sits in: its `"name"` or `"key"` member, else the key it is under. */
function jsonObjectName(text: string, valueKeyAt: number, declaredOnly = false): string | undefined {
  const brace = enclosingBrace(text, valueKeyAt);
  if (brace === -1) return undefined;
  const members = text.slice(brace + 1, valueKeyAt);
  let name: string | undefined;
  JSON_NAME_MEMBER.lastIndex = 0;
  for (let match = JSON_NAME_MEMBER.exec(members); match; match = JSON_NAME_MEMBER.exec(members)) name = match.groups!.name;
  return name ?? (declaredOnly ? undefined : JSON_KEY_BEFORE.exec(text.slice(Math.max(0, brace - 200), brace))?.groups?.name);
}

/** A Terraform state's `"result": "…"`, and the resource type it belongs to (the last `"type"` before it). */
const TFSTATE_RESULT = /"result"[ \t]*:[ \t]*"(?<value>(?:[^"\\\n]|\\.){1,400})"/d;
const TFSTATE_TYPE = /"type"[ \t]*:[ \t]*"([\w-]{1,100})"/g;
const TFSTATE = /\.tfstate(?:\.backup)?$/i;

/** `"result"` in a `random_password` resource of a Terraform state: the generated password. */
function inTerraformState(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const match = TFSTATE_RESULT.exec(line);
  if (!match) return;
  const before = text.slice(Math.max(0, lineStart - LOOK_BACK), lineStart + match.index);
  let type: string | undefined;
  TFSTATE_TYPE.lastIndex = 0;
  for (let found = TFSTATE_TYPE.exec(before); found; found = TFSTATE_TYPE.exec(before)) type = found[1];
  const [start, end] = match.indices!.groups!.value!;
  if (type === "random_password" && isSecretUnderName("random_password", line.slice(start, end), "config")) push(hits, "random_password", lineStart + start, lineStart + end);
}

function inJson(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  JSON_VALUE.lastIndex = 0;
  for (let match = JSON_VALUE.exec(line); match; match = JSON_VALUE.exec(line)) {
    const [start, end] = match.indices!.groups!.value!;
    const name = jsonObjectName(text, lineStart + match.index);
    if (name) pushIfSecret(hits, name, line, lineStart, start, end);
  }
}

/**
 * The `<name>` of the property a `<value>` belongs to: the last one since the property opened
 * (within {@link LOOK_BACK}), in the same or an earlier line.
 */
function inXml(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const match = XML_VALUE.exec(line);
  if (!match) return;
  const valueAt = lineStart + match.index;
  const before = text.slice(Math.max(0, valueAt - LOOK_BACK), valueAt);
  const opened = Math.max(before.lastIndexOf("<property"), before.lastIndexOf("</property>"), before.lastIndexOf("</value>"));
  let name: string | undefined;
  XML_NAME_ELEMENT.lastIndex = Math.max(0, opened);
  for (let element = XML_NAME_ELEMENT.exec(before); element; element = XML_NAME_ELEMENT.exec(before)) name = element.groups!.name;
  const [start, end] = match.indices!.groups!.value!;
  if (name) pushIfSecret(hits, name, line, lineStart, start, end);
}

function inToml(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const match = TOML_VALUE.exec(line);
  if (!match) return;
  const brace = enclosingBrace(text, lineStart + match.index + 1);
  // (An inline table is one line in TOML 1.0.)
  if (brace < lineStart) return;
  const name = TOML_KEY_BEFORE.exec(line.slice(0, brace - lineStart))?.groups?.name;
  const [start, end] = match.indices!.groups!.value!;
  if (name) pushIfSecret(hits, name, line, lineStart, start, end);
}

/**
 * The `name:` of the list item a `value:` line belongs to, looked for among the item's other keys
 * (those in the same column) a few lines up, back to the line that starts the item, and down, up
 * to the next item. A line indented less is outside the item; one indented more belongs to a key.
 * Outside a list, a mapping without a `name:` is named by the key it sits under: GitLab CI's
 * `variables:` give a variable's value so, `SONAR_TOKEN:` / `value: "…"` / `description: "…"`.
 */
function yamlItemName(text: string, lineStart: number, column: number, valueStartsItem: boolean, declaredOnly = false): string | undefined {
  let parent: string | undefined;
  for (const direction of valueStartsItem ? (["down"] as const) : (["up", "down"] as const)) {
    for (const { text: line } of neighbourLines(text, lineStart, direction, 8)) {
      if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
      const key = YAML_KEY.exec(line);
      if (!key || key.groups!.indent!.length < column) {
        if (direction === "up" && key) parent = YAML_PARENT_KEY.exec(line)?.groups?.name;
        break;
      }
      if (key.groups!.indent!.length > column) continue;
      const startsItem = key.groups!.indent!.includes("-");
      if (direction === "down" && startsItem) break;
      const name = YAML_NAME.exec(line)?.groups?.name;
      if (name) return name;
      if (direction === "up" && startsItem) break;
    }
  }
  return declaredOnly ? undefined : parent;
}

/** A block scalar of one line below its key: the line, if the next one is blank, less indented or the end. */
function inYamlBlockScalar(text: string, keyLineStart: number, keyIndent: number, name: string, hits: RuleHit[]): void {
  const [first, second] = [...neighbourLines(text, keyLineStart, "down", 2)].map((line) => line.text);
  if (first === undefined) return;
  const indent = first.length - first.trimStart().length;
  const value = first.trim();
  if (indent <= keyIndent || value === "") return;
  if (second !== undefined && second.trim() !== "" && second.length - second.trimStart().length > keyIndent) return;
  const start = text.indexOf("\n", keyLineStart) + 1 + indent;
  if (isSecretUnderName(name, value, "config")) push(hits, name, start, start + value.length);
}

function inYaml(text: string, line: string, lineStart: number, hits: RuleHit[]): void {
  const flow = YAML_FLOW_PAIR.exec(line);
  if (flow) {
    const span = flow.indices!.groups!.quoted ?? flow.indices!.groups!.bare!;
    const name = flow.groups!.name!;
    const value = line.slice(span[0], span[1]).trimEnd();
    if (isSecretUnderName(name, value, "config")) push(hits, name, lineStart + span[0], lineStart + span[0] + value.length);
    return;
  }
  const block = YAML_BLOCK_KEY.exec(line);
  if (block) {
    inYamlBlockScalar(text, lineStart, block.groups!.indent!.length, block.groups!.name!, hits);
    return;
  }
  const match = YAML_VALUE.exec(line);
  if (!match) return;
  const span = match.indices!.groups!.quoted ?? match.indices!.groups!.bare!;
  const indent = match.groups!.indent!;
  const name = yamlItemName(text, lineStart, indent.length, indent.includes("-"));
  const value = line.slice(span[0], span[1]).trimEnd();
  if (name && isSecretUnderName(name, value, "config")) push(hits, name, lineStart + span[0], lineStart + span[0] + value.length);
}

/**
 * The lines where a value may stand for a name on one of `nameLines` (ascending): from a few lines
 * before each (a YAML item may give its value first) to {@link LOOK_BACK} characters after it (a
 * value comes after its name, within its object or block). Ascending, each line once. The rule
 * wakes on the words a secret's name holds, which are rare, not on `value`, which a large JSON or
 * YAML file may hold on every other line: each edit re-runs this rule over the whole text.
 */
function valueLinesNear(text: string, nameLines: readonly number[]): number[] {
  const lines: number[] = [];
  let taken = 0; // the first offset not yet taken
  for (const nameLine of nameLines) {
    let start = nameLine;
    for (let up = 0; up < LINES_BEFORE_NAME && start > 0; up++) start = lineStartOf(text, start - 1);
    start = Math.max(start, taken);
    const until = Math.min(text.length, nameLine + LOOK_BACK);
    while (start < until) {
      lines.push(start);
      const newline = text.indexOf("\n", start);
      start = newline === -1 ? text.length : newline + 1;
    }
    taken = Math.max(taken, start);
  }
  return lines;
}

function findParameterValues(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const syntax = syntaxOf(context.filePath);
  const hits: RuleHit[] = [];
  if (!syntax) return hits;
  const starts = valueLinesNear(text, wokenAt ?? lineStartsOf(text));
  for (const lineStart of starts) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (syntax === "bicep") inBicep(text, line, lineStart, hits);
    else if (syntax === "terraform") inTerraform(text, line, lineStart, hits);
    else if (syntax === "json") {
      inJson(text, line, lineStart, hits);
      if (TFSTATE.test(context.filePath)) inTerraformState(text, line, lineStart, hits);
    }
    else if (syntax === "toml") inToml(text, line, lineStart, hits);
    else if (syntax === "xml") inXml(text, line, lineStart, hits);
    else inYaml(text, line, lineStart, hits);
  }
  return hits;
}

export const PARAMETER_VALUE_RULES: readonly ScannerRule[] = [
  {
    id: "generic/parameter-value",
    title: "Hardcoded secret in a parameter's default or value",
    kind: "secret",
    evidenceIsName: true,
    declaresName: true,
    docsUrl: DOCS,
    // The words of a secret's name (the generic rule's): the value is looked for near them.
    keywords: SECRET_NAME_KEYWORDS,
    keywordEnd: isNotKeyOfAnotherWord,
    scope: "text",
    find: findParameterValues,
  },
];
