/**
 * Secrets given as a template parameter's default: Bicep `param p string = '…'` and an ARM
 * template's `"defaultValue"`. Whoever deploys without a value gets the default, so the default
 * goes and the parameter becomes secure: the deployment must now supply the value, and the notes
 * say how to supply it from the vault (a `.bicepparam` `getSecret`, a parameters-file reference).
 * A deployment that forgets the value fails loudly instead of using a stale secret.
 */
import { FixPlanError } from "./errors";
import { removeMemberEdits } from "./json-edits";
import type { JsonString } from "./json-edits";
import { lineAt, lineBreakOf } from "./lines";
import type { StringLiteral } from "./literals";
import { sourceIsNotValue } from "./literals";
import { vaultResourceOf } from "./references";
import type { Replacement, ReplacementRequest } from "./replacement-common";
import type { TextEdit } from "./types";

/**
 * The template parameter whose `member` the string is, the whole of it (`parameters.<name>.value`
 * in a parameters file, `parameters.<name>.defaultValue` in a template), or undefined.
 */
export function parameterOf(json: JsonString, member: "value" | "defaultValue"): string | undefined {
  const [root, name, key] = json.path;
  return json.path.length === 3 && root === "parameters" && typeof name === "string" && key === member && json.property ? name : undefined;
}

/** Subscription, resource group and vault name for the notes: known ones, or placeholders to fill in. */
export function vaultParts(request: ReplacementRequest): { subscriptionId: string; resourceGroup: string; vaultName: string; id: string } {
  const resource = request.vaultResourceId === undefined ? undefined : vaultResourceOf(request.vaultResourceId);
  if (resource) return resource;
  const host = request.storeUrl ? new URL(request.storeUrl).hostname : "";
  const vaultName = /^([0-9a-z-]{3,24})\.vault\.azure\.(?:net|cn|us)$/i.exec(host)?.[1] ?? "<vault-name>";
  return { subscriptionId: "<subscription-id>", resourceGroup: "<resource-group>", vaultName, id: `/subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/${vaultName}` };
}

export const TEMPLATE_DEPLOYMENT_NOTE = "The vault must allow template deployment (enabledForTemplateDeployment), and whoever deploys needs Microsoft.KeyVault/vaults/deploy/action on it.";

function supplyNotes(request: ReplacementRequest, parameter: string): string[] {
  const vault = vaultParts(request);
  const secret = request.storeName;
  return [
    `${parameter} has no default now: supply it at deployment from the vault, in a .bicepparam file as param ${parameter} = az.getSecret('${vault.subscriptionId}', '${vault.resourceGroup}', '${vault.vaultName}', '${secret}'), or in a parameters file as "reference": { "keyVault": { "id": "${vault.id}" }, "secretName": "${secret}" }.`,
    TEMPLATE_DEPLOYMENT_NOTE,
  ];
}

// `param name type = ` up to the literal; a decorator line, a comment, or the line before.
const BICEP_PARAM_BEFORE = /^([ \t]*)param[ \t]+([A-Za-z_]\w*)[ \t]+[A-Za-z_][\w.]*(?:\[\])?\??([ \t]*=[ \t]*)$/;
const REST_OF_LINE_IS_EMPTY = /^[ \t]*(?:\/\/[^\n]*)?(?:\r?\n|$)/;
const BICEP_SECURE = /^[ \t]*@(?:sys\.)?secure\(\)/;
/** Where the decorators of the statement below end, reading upwards: a blank line or another statement. */
const BICEP_STATEMENT_START = /^[ \t]*(?:$|(?:param|var|resource|module|output|targetScope|import|type|func|metadata|existing)\b|\})/;

function hasSecureDecorator(text: string, lineStart: number): boolean {
  let end = lineStart;
  // Decorators can span lines (@allowed([…])); 40 lines is more than any parameter's decorators.
  for (let lines = 0; lines < 40 && end > 0; lines++) {
    const start = text.lastIndexOf("\n", end - 2) + 1;
    const line = text.slice(start, end).replace(/\r?\n$/, "");
    if (BICEP_SECURE.test(line)) return true;
    if (BICEP_STATEMENT_START.test(line)) return false;
    end = start;
  }
  return false;
}

/** `param p string = '…'`: the default goes and `@secure()` is added; undefined when the literal is not a parameter's whole default. */
export function bicepParameterDefault(request: ReplacementRequest, literal: StringLiteral): Replacement | undefined {
  const { text } = request;
  const lineStart = lineAt(text, literal.start).start;
  const declaration = BICEP_PARAM_BEFORE.exec(text.slice(lineStart, literal.start));
  if (!declaration || !REST_OF_LINE_IS_EMPTY.test(text.slice(literal.end, literal.end + 2000))) return undefined;
  const reason = sourceIsNotValue(text, literal, literal.contentStart, literal.contentEnd);
  if (reason) throw new FixPlanError("notLiteral", `The default holds ${reason}, so its source is not the value: move it by hand.`);
  const [, indent, parameter, assignment] = declaration;
  const edits: TextEdit[] = [];
  if (!hasSecureDecorator(text, lineStart)) edits.push({ start: lineStart, end: lineStart, newText: `${indent}@secure()${lineBreakOf(text)}` });
  edits.push({ start: literal.start - assignment!.length, end: literal.end, newText: "" });
  return {
    value: text.slice(literal.contentStart, literal.contentEnd),
    edits,
    description: `the secure parameter ${parameter} without a default`,
    style: "removeValue",
    notes: supplyNotes(request, parameter!),
  };
}

/**
 * The text Resource Manager deploys for a string of a template: `[[…]` is its escape for a literal
 * `[…]` (one bracket goes); another string starting with `[` is an expression, and a `[[` without
 * the closing bracket is not documented as an escape: both refused.
 */
export function armLiteral(value: string): string {
  if (value.startsWith("[[") && value.endsWith("]")) return value.slice(1);
  if (value.startsWith("[[")) {
    throw new FixPlanError("notLiteral", "The value starts with [[, which Resource Manager documents as an escape only for text in brackets ([[…]): what it deploys is not certain, so move it by hand.");
  }
  if (value.startsWith("[")) throw new FixPlanError("notLiteral", "The value is an ARM template expression ([…]), not a literal: move it by hand.");
  return value;
}

/** An ARM template's `parameters.<p>.defaultValue`: the member goes and a `string` type becomes `securestring`. */
export function armTemplateDefault(request: ReplacementRequest, json: JsonString): Replacement | undefined {
  const parameter = parameterOf(json, "defaultValue");
  if (parameter === undefined) return undefined;
  const value = armLiteral(json.value);
  const edits = removeMemberEdits(request.text, json.property!);
  const type = json.property!.parent?.children?.find((sibling) => sibling.children?.[0]?.value === "type")?.children?.[1];
  if (type?.type === "string" && typeof type.value === "string" && type.value.toLowerCase() === "string") {
    edits.push({ start: type.offset, end: type.offset + type.length, newText: '"securestring"' });
  }
  return {
    value,
    edits: edits.sort((a, b) => a.start - b.start),
    description: `the securestring parameter ${parameter} without a default`,
    style: "removeValue",
    notes: supplyNotes(request, parameter),
  };
}
