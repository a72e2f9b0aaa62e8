/**
 * Line-oriented configuration files: .env, YAML, XML .config files and plain `key = value` files
 * (ini, properties, toml, conf). Each edit stays on the value's lines: a value over several lines
 * (a quoted .env value, a YAML block scalar, XML element text) becomes one line.
 */
import { isSpringSettingsFile } from "../engine/file-type";
import { opensFlowCollection } from "../engine/flow-collection";
import { dotenvValueHolding } from "./dotenv-value";
import { FixPlanError } from "./errors";
import type { YamlDialect } from "./file-kind";
import { helmValuePath, helmValuesNotes } from "./helm-values";
import { notSetMessage, stoppingExpansion } from "./stopping-read";
import { appConfigurationEnvironmentNote, appConfigurationRead, composeEnvironmentNote, configurationBuilderLabelAttribute, doubledQuoteAtValue, environmentNotes, noConfigurationReader, readAccessNote, referenceStyle, requireReference, unsupportedStyle } from "./replacement-common";
import type { Replacement, ReplacementRequest, Span } from "./replacement-common";
import type { ReplacementStyle, TextEdit } from "./types";
import { decodeXml, isDotNetConfigurationFile, withWholeReferences, xmlValueAt } from "./xml";
import { lineAt } from "./lines";
import { stepActionBefore } from "./workflow-step";
import { flowQuotedScalarAt, inYamlBlockScalar, yamlScalarAt, yamlScalarSpansLines } from "./yaml";
import { multiLineYamlScalarAt } from "./yaml-multi-line";
import { pipelineVariableEntry } from "./pipeline-variables";
import type { YamlScalar } from "./yaml";

function noBounds(what: string): FixPlanError {
  return new FixPlanError("noBounds", `The value is not inside ${what} the fix can find: move it by hand.`);
}

function notLiteral(reason: string): FixPlanError {
  return new FixPlanError("notLiteral", `The setting uses ${reason}, so its text is not the value the program reads: move it by hand.`);
}

function inside(span: Span, start: number, end: number): boolean {
  return start <= span.start && span.end <= end;
}

interface AssignedValue {
  /** The value as written, quotes included. */
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly quote: string;
}

/** A quoted value, or the rest of the line after `valueStart` up to a ` #` comment. */
function valueFrom(text: string, valueStart: number, lineEnd: number, commentMarkers: string): AssignedValue | undefined {
  const quote = text[valueStart];
  if (quote === '"' || quote === "'" || quote === "`") {
    let k = valueStart + 1;
    while (k < lineEnd && text[k] !== quote) k += quote === '"' && text[k] === "\\" ? 2 : 1;
    if (k >= lineEnd) return undefined; // multi-line values are not edited
    return { start: valueStart, end: k + 1, contentStart: valueStart + 1, contentEnd: k, quote };
  }
  let end = valueStart;
  while (end < lineEnd && !(commentMarkers.includes(text[end]!) && /\s/.test(text[end - 1] ?? ""))) end++;
  while (end > valueStart && /\s/.test(text[end - 1]!)) end--;
  return { start: valueStart, end, contentStart: valueStart, contentEnd: end, quote: "" };
}

/** Quotes that keep `reference` as it is written: double ones, or single ones where double ones would expand or end early. */
function dotenvQuote(reference: string): string {
  return /["$`\\]/.test(reference) && !reference.includes("'") ? "'" : '"';
}

/**
 * A double-quoted .env value as its readers give it to the program: `\n` is a line break (a PEM
 * key kept on one line) for dotenv, python-dotenv, Docker Compose and "Run with secrets" alike.
 * Any other backslash they read differently (dotenv keeps `\"`, `\\` and `\t` as written, the
 * others take them for escapes), so a value holding one is refused.
 */
function dotenvDoubleQuotedValue(written: string): string {
  if (/\\(?!n)/.test(written)) throw notLiteral("escape sequences other than \\n, which .env readers disagree on");
  return written.replace(/\\n/g, "\n");
}

export function dotenvReplacement(request: ReplacementRequest): Replacement {
  const { text, target } = request;
  const value = dotenvValueHolding(text, target.start);
  if (!value) {
    const line = lineAt(text, target.start);
    const name = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/.exec(text.slice(line.start, line.end))?.[1];
    if (name?.includes("-")) {
      throw new FixPlanError("unsupported", `"Run with secrets" skips ${name}, as shells do: a variable's name holds no -. Rename it (for example ${name.replace(/-/g, "_")}) where it is read, then move the value.`);
    }
  }
  if (value?.unclosed) {
    throw new FixPlanError("noBounds", `The quote that opens ${value.assignment[1]}'s value never closes, so .env readers do not agree on where the value ends (or refuse the file): close it, then move the value.`);
  }
  if (!value || !inside(target, value.contentStart, value.contentEnd)) throw noBounds("a NAME=value line");
  if (value.quote === "`") {
    throw new FixPlanError(
      "notLiteral",
      'The value is in backticks, which .env readers disagree on (dotenv takes them for quotes, a shell runs the command, "Run with secrets" keeps them as text): write it in single quotes if that is what the program reads, then move it.',
    );
  }
  const written = text.slice(value.contentStart, value.contentEnd);
  const content = value.quote === '"' ? dotenvDoubleQuotedValue(written) : written;
  if (value.quote === "" && content.includes("\\")) throw notLiteral("escape sequences");
  if (value.quote !== "'" && written.includes("${")) throw notLiteral("variable expansion (${…})");
  // The value becomes App Service's reference (Key Vault's for a secret, App Configuration's for a
  // setting), which "Run with secrets" resolves as it starts the program.
  const style = request.style ?? referenceStyle(request);
  if (style === "removeValue") {
    const next = text.indexOf("\n", value.lastLineEnd);
    return {
      value: content,
      edits: [{ start: value.lineStart, end: next === -1 ? text.length : next + 1, newText: "" }],
      description: value.lastLineEnd === lineAt(text, value.lineStart).end ? "removes the line from the file" : "removes the value's lines from the file",
      style,
      notes: environmentNotes(request, value.assignment[1]),
    };
  }
  if (style !== referenceStyle(request)) throw unsupportedStyle(style, ".env files", [referenceStyle(request), "removeValue"]);
  const reference = requireReference(request);
  // Quotes stay, and an unquoted value gets them: a shell that sources the file (`set -a; . ./.env`)
  // cannot parse a bare `(`, `;` or blank, and dotenv readers and "Run with secrets" drop them.
  // (`docker run --env-file` keeps quotes as text: the reference is not resolved there anyway.)
  const quote = value.quote || dotenvQuote(reference);
  return {
    value: content,
    edits: [{ start: value.start, end: value.end, newText: `${quote}${reference}${quote}` }],
    description: reference,
    style,
    notes: ['"Run with secrets" resolves the reference when it starts the program; other tools read it as text.', ...(request.purpose === "secret" ? [readAccessNote(request.storeUrl)] : [])],
  };
}

/** GitHub reserves the GITHUB_ prefix for its own secrets: `GITHUB_TOKEN` is kept as `GH_TOKEN`. */
export function actionsSecretName(variable: string): string {
  return variable.replace(/^GITHUB_/i, "GH_");
}


/**
 * Spring Boot resolves `${NAME}` in its `application*` and `bootstrap*` files itself, when the
 * application starts, from its environment and property sources (environment variables among
 * them): unlike a Kubernetes manifest's, the placeholder needs no tool at deployment, only NAME set
 * where the application runs.
 */
function springPlaceholderNote(request: ReplacementRequest, name: string): string {
  return [`Spring resolves \${${name}} from its environment and property sources when the application starts.`, ...environmentNotes(request, name)].join(" ");
}

/** The placeholder a CI or deployment YAML file gets, and where its value comes from: a secret's vault, a configuration value's App Configuration store. */
function yamlPlaceholder(request: ReplacementRequest, dialect: YamlDialect): { text: string; notes: string[] } {
  const name = request.environmentVariable;
  const config = request.purpose === "config";
  switch (dialect) {
    // (`:?` stops compose where the variable is unset or empty, as a default the move takes out does.)
    case "compose":
      return { text: stoppingExpansion(name), notes: [`docker compose stops with "${notSetMessage(name)}" where ${name} is unset or empty, instead of starting the service without the value.`, composeEnvironmentNote(name, request)] };
    case "githubActions": {
      // (GitHub reserves the GITHUB_ prefix for variables as for secrets.)
      const secret = actionsSecretName(name);
      if (config) {
        return {
          text: `\${{ vars.${secret} }}`,
          notes: [`Add ${secret} to the repository's Actions variables (Settings › Secrets and variables › Actions › Variables), or read it from App Configuration in the workflow (azure/login, then ${appConfigurationRead(request)}).`],
        };
      }
      const { text, target } = request;
      // (azure/login's own credentials: it signs in before any vault can be read.)
      const azureLogin = stepActionBefore(text, target.start) === "azure/login";
      return {
        text: `\${{ secrets.${secret} }}`,
        notes: [
          azureLogin
            ? `Add ${secret} to the repository's Actions secrets: azure/login needs it before it can read a vault. It can sign in with OpenID Connect instead (a federated credential on the app registration, its client-id, tenant-id and subscription-id inputs, permissions: id-token: write), and then the workflow keeps no secret at all.`
            : `Add ${secret} to the repository's Actions secrets, or read it from the vault in the workflow (azure/login, then az keyvault secret show).`,
        ],
      };
    }
    case "azurePipelines": {
      if (config) {
        return {
          text: `$(${name})`,
          notes: [`Set ${name} from App Configuration before the steps that use it: an AzureCLI@2 step runs ${appConfigurationRead(request)} and writes ##vso[task.setvariable variable=${name}]<value>; or the Azure App Configuration Export task (AzureAppConfigurationExport@10, KeyFilter ${request.storeName}${request.label ? `, Label ${request.label}` : ""}) sets a variable named after the key.`],
        };
      }
      const variable = request.storeName;
      return {
        text: `$(${variable})`,
        notes: [`Link a variable group to the vault (Pipelines › Library › Link secrets from an Azure key vault), add ${variable} to it and reference the group from this pipeline, so $(${variable}) resolves.`],
      };
    }
    case "spring":
      return { text: `\${${name}}`, notes: [springPlaceholderNote(request, name)] };
    case "helmValues":
      // (Emptied where it stands: the text replaces the scalar, quotes and all.)
      return { text: `""`, notes: helmValuesNotes(request, helmValuePath(request.text, lineAt(request.text, request.target.start).start)) };
    case "other":
      return {
        text: `\${${name}}`,
        notes: [
          config
            ? `Kubernetes and YAML do not expand \${${name}}: substitute it when deploying (envsubst, Helm, Kustomize) with the value from App Configuration (${appConfigurationRead(request)}), or let the Azure App Configuration Kubernetes Provider put the store's settings in a ConfigMap.`
            : `Kubernetes and YAML do not expand \${${name}}: substitute it when deploying (envsubst, Helm, Kustomize), or mount the secret with the Secrets Store CSI driver.`,
        ],
      };
  }
}

/**
 * What docker compose passes on for the source text `[start, end)`: it interpolates every value of
 * the file, `$$` standing for `$`. A `$NAME` or `${…}` (the value depends on the environment
 * compose runs in) and a `$$` cut by the span are refused.
 */
function composeText(text: string, start: number, end: number): string {
  let before = 0;
  while (text[start - 1 - before] === "$") before++;
  let out = "";
  for (let i = start; i < end; i++) {
    if (text[i] !== "$") out += text[i];
    else if (before % 2 === 0 && i + 1 < end && text[i + 1] === "$") {
      out += "$";
      i++;
    } else throw notLiteral("docker compose's variable substitution ($NAME, ${NAME}; a $ written as $$)");
  }
  return out;
}

/** `Keyword=value;Key Word=value;…`: a connection string, keywords with spaces (`User ID`) included. */
const CONNECTION_STRING = /^[A-Za-z][A-Za-z0-9 ]*=[^;]*(?:;[ \t]*[A-Za-z][A-Za-z0-9 ]*=[^;]*)*$/;

/**
 * When the whole plain scalar is a connection string, the whole of it is the credential (less a
 * trailing `;`), whatever span the engine found.
 */
function wholeConnectionString(text: string, target: Span, scalar: YamlScalar | undefined, dialect: YamlDialect): Span {
  if (!scalar || scalar.quote !== "") return target;
  let end = scalar.contentEnd;
  while (end > target.end && text[end - 1] === ";") end--;
  if (scalar.contentStart === target.start && end === target.end) return target;
  // Compose's `- DB=Server=…`: the container gets what follows `DB=`, which is the string found.
  if (dialect === "compose" && end === target.end && /^[A-Za-z_][\w.-]*=$/.test(text.slice(scalar.contentStart, target.start)) && /^[ \t]*-[ \t]+$/.test(text.slice(text.lastIndexOf("\n", scalar.contentStart - 1) + 1, scalar.contentStart))) return target;
  if (CONNECTION_STRING.test(text.slice(scalar.contentStart, end))) return { start: scalar.contentStart, end };
  // Inside a longer value (`--connection Server=…;User ID=…`), a keyword with a blank is where a
  // reader that splits words would cut it, and where a keyword of lower-case words starts is a guess.
  if (/(?:^|;)[ \t]*[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)+=/.test(text.slice(target.start, target.end))) {
    throw new FixPlanError("noBounds", "The connection string is part of a longer unquoted YAML value and has keywords with spaces (User ID), so where it starts is not certain: quote it, then move it.");
  }
  return target;
}

/**
 * A block scalar or quoted scalar over several lines (a PEM key): all of it, indicator or quotes
 * included, becomes what a one-line scalar would, and the value stored is the one YAML reads.
 */
function multiLineYamlReplacement(request: ReplacementRequest, dialect: YamlDialect, style: ReplacementStyle): Replacement {
  const { text } = request;
  const scalar = multiLineYamlScalarAt(text, request.target);
  const written = text.slice(scalar.written.start, scalar.written.end);
  if ((scalar.form === '"' && written.includes("\\")) || (scalar.form === "'" && written.includes("''"))) throw notLiteral("escape sequences");
  const value = dialect === "compose" ? composeText(scalar.value, 0, scalar.value.length) : scalar.value;
  const removed = scalar.removed ? [{ ...scalar.removed, newText: "" }] : [];
  // (A PEM key in quotes reaches the program with spaces for its line breaks: worth knowing before it is stored so.)
  const folded = scalar.form === "block" ? [] : ["YAML reads each line break in a quoted value as a space: the value is stored as the program read it, with spaces where the file had line breaks."];
  if (style === "keyVaultReference") {
    const reference = requireReference(request);
    // (A quoted scalar keeps its quotes; a block becomes a quoted scalar, as `@` cannot start a plain one.)
    const newText = scalar.form === "block" ? JSON.stringify(reference) : reference;
    return { value, edits: [{ ...scalar.replaced, newText }, ...removed], description: reference, style, notes: ['Nothing resolves a Key Vault reference in this file by itself: the program reading it must, or run it with "Run with secrets".', ...folded] };
  }
  const placeholder = yamlPlaceholder(request, dialect);
  // A tool that pastes the value in for the placeholder as text would break the YAML at its first line break.
  const pasted = dialect === "other" && value.includes("\n") ? ["The value has line breaks: a tool that substitutes it as text must write it as a block scalar (key: |, then the placeholder on the next, indented line)."] : [];
  return { value, edits: [{ ...scalar.replaced, newText: placeholder.text }, ...removed], description: placeholder.text, style, notes: [...placeholder.notes, ...pasted, ...folded] };
}

/** A Go template's action left open before the value on its line: `apiKey: {{ .Values.apiKey | default "`. */
const TEMPLATE_ACTION_OPEN = /\{\{(?:(?!\}\})[^\n])*$/;

function inFlowCollection(): FixPlanError {
  return new FixPlanError("noBounds", "The value is inside a YAML flow collection ([…] or {…}): write the collection as a block, one item a line, then move the value.");
}

export function yamlReplacement(request: ReplacementRequest, dialect: YamlDialect): Replacement {
  const { text } = request;
  const found = yamlScalarAt(text, request.target.start, request.target.end);
  const target = request.compound ? wholeConnectionString(text, request.target, found, dialect) : request.target;
  const line = lineAt(text, target.start);
  // (A JSON-style flow mapping quotes its keys and values, several to a line: the value's own quotes bound it.)
  const inFlow = opensFlowCollection(text.slice(line.start, target.start)) && !inYamlBlockScalar(text, line.start);
  const scalar = (found && yamlScalarAt(text, target.start, target.end)) ?? (inFlow ? flowQuotedScalarAt(text, target.start, target.end) : undefined);
  if (!scalar && text.slice(line.start, line.end).trimStart().startsWith("#")) throw noBounds("a YAML value");
  // A template's action around the value (Helm's `{{ .Values.apiKey | default "…" }}`): the
  // template renders the YAML, and the value is the chart's default, no YAML value of its own.
  if (!scalar && TEMPLATE_ACTION_OPEN.test(text.slice(line.start, target.start))) {
    const path = /\.Values\.([\w.]{1,120})/.exec(text.slice(line.start, line.end))?.[1] ?? "apiKey";
    throw new FixPlanError(
      "unsupported",
      `The value is a default inside a template action ({{ … }}, as Helm charts write them), which no placeholder can replace: take the default out of the template (\`{{ required "${path} is required" .Values.${path} }}\`) and pass the value when installing (helm --set ${path}=… from the vault, or the Secrets Store CSI driver).`,
    );
  }
  // In `[…]` and `{…}` a `$` placeholder's braces are the collection's syntax, and the item's name
  // is not the line's key: refused rather than guessed. (A block scalar's `{` is its text's: a JSON
  // file a Secret's `stringData` holds.)
  if (!scalar && inFlow) throw inFlowCollection();
  const supported: ReplacementStyle[] = request.purpose === "secret" ? ["environmentVariable", "keyVaultReference"] : ["environmentVariable"];
  const style = request.style ?? "environmentVariable";
  if (!supported.includes(style)) throw unsupportedStyle(style, "YAML files", supported);
  if (target.end > line.end) return multiLineYamlReplacement(request, dialect, style);
  // A block scalar's lines are text: a placeholder may go into one, a quoted reference may not.
  const inBlock = inYamlBlockScalar(text, line.start);
  const spansLines = inBlock ? undefined : yamlScalarSpansLines(text, line.start);
  if (spansLines) {
    throw new FixPlanError("noBounds", `The YAML value is not on one line (${spansLines}), and YAML reads the lines as one value: write it on one line, then move it.`);
  }
  if (style === "keyVaultReference") {
    if (!scalar || inBlock) throw noBounds("a one-line YAML scalar");
    const content = text.slice(scalar.contentStart, scalar.contentEnd);
    if ((scalar.quote === '"' && content.includes("\\")) || (scalar.quote === "'" && content.includes("''"))) throw notLiteral("escape sequences");
    const reference = requireReference(request);
    // `@` cannot start a plain scalar: a plain value becomes a quoted one.
    const newText = scalar.quote === "" ? JSON.stringify(reference) : reference;
    return { value: dialect === "compose" ? composeText(text, scalar.contentStart, scalar.contentEnd) : content, edits: [{ start: scalar.contentStart, end: scalar.contentEnd, newText }], description: reference, style, notes: ['Nothing resolves a Key Vault reference in this file by itself: the program reading it must, or run it with "Run with secrets".'] };
  }
  // (A finding stops at a doubled '' in a single-quoted scalar, so the value may go on past the span.)
  const doubled = scalar?.quote === "'" ? doubledQuoteAtValue(text, scalar.contentStart, scalar.contentEnd, target, "'") : "none";
  if (doubled === "split") throw notLiteral("escape sequences");
  const span = doubled === "whole" && scalar ? { start: scalar.contentStart, end: scalar.contentEnd } : target;
  const source = text.slice(span.start, span.end);
  if ((scalar?.quote === '"' && source.includes("\\")) || (doubled === "none" && scalar?.quote === "'" && source.includes("''"))) throw notLiteral("escape sequences");
  const written = dialect === "compose" ? composeText(text, span.start, span.end) : source;
  const value = scalar?.quote === "'" ? written.replace(/''/g, "'") : written;
  const placeholder = yamlPlaceholder(request, dialect);
  if (dialect === "helmValues") {
    // Helm passes a value whole: emptying part of one would install the rest.
    if (!scalar || inBlock || span.start !== scalar.contentStart || span.end !== scalar.contentEnd) {
      throw new FixPlanError("noBounds", "The secret is part of a longer value in the chart's values, and Helm passes a value whole: give the secret a value of its own, then move it.");
    }
    const quotes = scalar.quote === "" ? 0 : 1;
    return { value, edits: [{ start: span.start - quotes, end: span.end + quotes, newText: placeholder.text }], description: placeholder.text, style, notes: placeholder.notes };
  }
  // A pipeline variable of the secret's own name would read itself: the entry goes, and the variable group gives the name.
  const entry = dialect === "azurePipelines" && request.purpose === "secret" && scalar && !inBlock && span.start === scalar.contentStart && span.end === scalar.contentEnd ? pipelineVariableEntry(text, line.start) : undefined;
  if (entry && entry.name.toLowerCase() === request.storeName.toLowerCase()) {
    return {
      value,
      edits: [{ start: entry.lines.start, end: entry.lines.end, newText: "" }],
      description: `removes the pipeline variable ${entry.name}, which the variable group gives`,
      style,
      notes: [
        `The pipeline variable ${entry.name} is removed: the variable group linked to the vault gives $(${entry.name}), and an entry of that name in the pipeline would hide it (a value of $(${entry.name}) would be that text).`,
        ...placeholder.notes,
        "A group is referenced from the list form of variables: (- group: <its name>, beside - name: / value: items).",
      ],
    };
  }
  return { value, edits: [flowSafeEdit(text, line.start, span, placeholder.text, scalar?.quote !== undefined && scalar.quote !== "")], description: placeholder.text, style, notes: placeholder.notes };
}

/**
 * In a flow collection (`- { name: API_TOKEN, value: … }`) `{`, `}`, `[`, `]` and `,` are the
 * collection's syntax, so a plain scalar cannot hold a placeholder written with them (`${X}`,
 * `${{ secrets.X }}`): a plain value is written double-quoted. (A quoted one, `quoted`, holds them as text; a
 * plain scalar the value is only part of is refused, as a value inside a collection the engine
 * cannot bound is.)
 */
function flowSafeEdit(text: string, lineStart: number, span: Span, placeholder: string, quoted: boolean): TextEdit {
  const plain = { start: span.start, end: span.end, newText: placeholder };
  const before = text.slice(lineStart, span.start);
  if (quoted || !/[{}[\],]/.test(placeholder) || !opensFlowCollection(before) || /["']$/.test(before)) return plain;
  const lineEnd = lineAt(text, span.start).end;
  if (/(?:^|[\s{[,]|:)\s*$/.test(before) && /^\s*(?:[,}\]]|$)/.test(text.slice(span.end, lineEnd))) return { ...plain, newText: JSON.stringify(placeholder) };
  throw inFlowCollection();
}

/**
 * XML files read by a tool that expands environment variables its own way: NuGet.config (`%NAME%`
 * in a source's credentials), Maven's settings.xml and POMs (`${env.NAME}`), Log4j 2's
 * configuration (`${env:NAME}`), MSBuild's project and props files (`$(NAME)`, an environment
 * variable as a property). ASP.NET's configuration builders' `${token}` means nothing to them.
 */
function toolEnvironmentRead(filePath: string, text: string, name: string): { text: string; tool: string } | undefined {
  const base = filePath.replace(/\\/g, "/").replace(/^.*\//, "").toLowerCase();
  if (base === "nuget.config") return { text: `%${name}%`, tool: "NuGet" };
  // (By the root element too: an Android app's res/values/settings.xml is no Maven file, and
  // GitLab's ci_settings.xml, given to `mvn -s`, is; so are a build's settings-ci.xml, settings.release.xml.)
  if ((/settings(?:[-_.][\w.-]*)?\.xml$/.test(base) && /<settings[\s>]/.test(text)) || (base === "pom.xml" && /<project[\s>]/.test(text))) return { text: `\${env.${name}}`, tool: "Maven" };
  if (/^log4j2?(?:[-.][\w-]+)?\.xml$/.test(base) && /<Configuration[\s>]/.test(text)) return { text: `\${env:${name}}`, tool: "Log4j" };
  if (/\.(?:csproj|vbproj|fsproj|props|targets)$/.test(base)) return { text: `$(${name})`, tool: "MSBuild" };
  return undefined;
}

export function xmlReplacement(request: ReplacementRequest): Replacement {
  const { text, purpose } = request;
  const found = xmlValueAt(text, request.target.start, request.target.end);
  const inComment = text.lastIndexOf("<!--", request.target.start) > text.lastIndexOf("-->", request.target.start);
  const spansLines = request.target.end > lineAt(text, request.target.start).end;
  if (!found && spansLines && !inComment) throw new FixPlanError("unsupported", "A value over several lines in an XML file cannot be replaced yet unless it is an element's text: move it by hand.");
  if (!found) throw noBounds("an XML attribute value or element text");
  // (XML parsers turn an attribute's line breaks into spaces, and some programs read the file otherwise.)
  if (found.attributeSpansLines) {
    throw new FixPlanError("unsupported", "A value over several lines in an XML attribute cannot be replaced yet: XML parsers read its line breaks as spaces, so what the program reads is not certain. Move it by hand.");
  }
  const target = withWholeReferences(text, request.target, found);
  if (!target) throw noBounds("an XML value (it starts inside an entity such as &amp;)");
  const toolRead = toolEnvironmentRead(request.filePath, text, request.environmentVariable);
  if (toolRead) {
    const style = request.style ?? "environmentVariable";
    if (style !== "environmentVariable") throw unsupportedStyle(style, `${toolRead.tool}'s files`, ["environmentVariable"]);
    return {
      value: decodeXml(text.slice(target.start, target.end)),
      edits: [{ start: target.start, end: target.end, newText: toolRead.text }],
      description: toolRead.text,
      style,
      notes: [
        purpose === "config"
          ? `${toolRead.tool} reads ${toolRead.text} from the environment. ${appConfigurationEnvironmentNote(request.environmentVariable, request)}`
          : `${toolRead.tool} reads ${toolRead.text} from the environment: set ${request.environmentVariable} before it runs (a pipeline's secret variable, or "Run with secrets").`,
      ],
    };
  }
  const builders = isDotNetConfigurationFile(request.filePath);
  if (!builders) {
    // Elsewhere (an Android resource, Hibernate's or Spring's XML) a builder's token would stay
    // literal text: the file is treated as a .properties file is, where nothing reads a key.
    if (purpose === "config" && request.style === undefined) throw noConfigurationReader("an XML file other than .NET's *.config files");
    const asked = request.style ?? "keyVaultReference";
    if (asked !== "keyVaultReference" || purpose !== "secret") throw unsupportedStyle(asked, "XML files other than .NET's *.config files", purpose === "secret" ? ["keyVaultReference"] : []);
  }
  const supported: ReplacementStyle[] = purpose === "secret" ? ["configuration", "environmentVariable", "keyVaultReference"] : ["configuration", "environmentVariable"];
  const style = request.style ?? (builders ? "configuration" : "keyVaultReference");
  if (!supported.includes(style)) throw unsupportedStyle(style, "XML files", supported);
  if (style === "keyVaultReference") {
    const reference = requireReference(request);
    return {
      value: decodeXml(text.slice(found.contentStart, found.contentEnd)),
      edits: [{ start: found.contentStart, end: found.contentEnd, newText: reference }],
      description: reference,
      style,
      notes: ["Nothing resolves a Key Vault reference in this file by itself: the program reading it must."],
    };
  }
  // Configuration builders (ASP.NET 4.7.1+) replace ${token} anywhere in a section in Token mode.
  const token = style === "configuration" ? request.storeName : request.environmentVariable;
  const builder =
    style === "environmentVariable" ? "an EnvironmentConfigBuilder" : purpose === "secret" ? "an AzureKeyVaultConfigBuilder (package Microsoft.Configuration.ConfigurationBuilders.Azure) for the vault" : "an AzureAppConfigurationBuilder for the store";
  const labelFilter = style === "configuration" && purpose === "config" ? configurationBuilderLabelAttribute(request.label) : "";
  const note = `Add ${builder} with mode="Token"${labelFilter} to <configBuilders> and name it in this section's configBuilders attribute, so \${${token}} is replaced when the application starts (Token mode was called Expand in version 1).`;
  return {
    value: decodeXml(text.slice(target.start, target.end)),
    edits: [{ start: target.start, end: target.end, newText: `\${${token}}` }],
    description: `\${${token}}`,
    style,
    notes: style === "environmentVariable" ? [note, ...environmentNotes(request, token)] : [note],
  };
}

/** The quoted string on the line that holds the span (`"…"` with backslash escapes, `'…'` raw). */
function quotedOnLine(text: string, target: Span): AssignedValue | undefined {
  const line = lineAt(text, target.start);
  let i = line.start;
  while (i < line.end && i < target.start) {
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const value = valueFrom(text, i, line.end, "");
      if (!value) return undefined;
      if (inside(target, value.contentStart, value.contentEnd)) return value;
      i = value.end;
      continue;
    }
    i++;
  }
  return undefined;
}

/** The value of a `key = value` or `key: value` line that holds `target`, or its quoted string. */
function plainValueAt(text: string, target: Span): AssignedValue {
  let value = quotedOnLine(text, target);
  if (!value) {
    const line = lineAt(text, target.start);
    const before = text.slice(line.start, target.start);
    const separator = before.includes("=") ? before.indexOf("=") : before.indexOf(":");
    if (separator !== -1) {
      let start = line.start + separator + 1;
      while (text[start] === " " || text[start] === "\t") start++;
      value = valueFrom(text, start, line.end, "#;");
    }
  }
  if (!value || !inside(target, value.contentStart, value.contentEnd)) throw noBounds("a quoted string or key = value line");
  // A reference stands for a whole value: around the secret, a header's `Bearer `, a URL or the
  // rest of a command (`RUN pip install --index-url https://u:…@host/simple pkg`) would go into the
  // vault with it, and out of the file.
  const around = text.slice(value.contentStart, target.start) + text.slice(target.end, value.contentEnd);
  if (around.replace(/[\s;]/g, "") !== "") {
    throw new FixPlanError("noBounds", "The secret is part of a longer value (a header, a URL or a command), and a reference can only stand for a whole value: move it by hand.");
  }
  // (A `;` or blanks after it are the line's, not the secret's.)
  return { ...value, contentStart: target.start, contentEnd: target.end };
}

/** The escapes Properties.store writes in a value: `\:` `\=` `\#` `\!`, an escaped blank or backslash. */
const STORED_ESCAPE = /\\([:=#! \\])/g;

/**
 * A `.properties` line's value as java.util.Properties reads it: after the key and one `=`, `:` or
 * blanks, to the end of the line, trailing blanks included; quotes and `#` are characters of it.
 * `read` is the value with the escapes Properties.store writes decoded (`https\://…` is
 * `https://…`). Other backslashes (`\uXXXX`, `\t`, line continuations) are not decoded: a line
 * with one, a key with any, or a line continuing the line above, is refused.
 */
function propertiesValueAt(text: string, target: Span): AssignedValue & { readonly read: string } {
  const line = lineAt(text, target.start);
  const previous = lineAt(text, Math.max(0, line.start - 1));
  const previousText = text.slice(previous.start, previous.end);
  // (An odd number of backslashes at the end continues the line; `C:\\` ends in an escaped one.)
  if (line.start > 0 && /(?:^|[^\\])(?:\\\\)*\\\r?$/.test(previousText) && !/^\s*[#!]/.test(previousText)) throw notLiteral("a line continued from the line above (\\ at its end)");
  const lineText = text.slice(line.start, line.end);
  const match = /^[ \t\f]*[^\s=:]+(?:[ \t\f]*[=:][ \t\f]*|[ \t\f]+)/.exec(lineText);
  if (!match || /^\s*[#!]/.test(lineText)) throw noBounds("a key=value line");
  const valueStart = line.start + match[0].length;
  // (In the value, the escapes Properties.store writes are read as it reads them; any other
  // backslash, a trailing one that continues the line among them, is refused.)
  const written = text.slice(valueStart, line.end);
  if (match[0].includes("\\") || written.replace(STORED_ESCAPE, "").includes("\\")) throw notLiteral("backslashes, which Java's Properties reads as escapes or line continuations");
  if (!inside(target, valueStart, line.end)) throw noBounds("a key=value line");
  // (A connection string's trailing `;`s, as the portal writes a JDBC URL, `…;loginTimeout=30;`, are
  // the value's too: they go into the vault with it, which then holds what Java reads.)
  const around = text.slice(valueStart, target.start) + text.slice(target.end, line.end).replace(/^;+/, "");
  if (/^["'].*["']\s*$/.test(text.slice(valueStart, line.end))) {
    throw new FixPlanError("noBounds", "In a .properties file quotes are part of the value (Java keeps them): take them out if the program does not expect them, then move the value.");
  }
  if (around.trim() !== "" || valueStart !== target.start) {
    throw new FixPlanError("noBounds", "The value found is part of a longer value (in a .properties file the whole rest of the line is the value, # included), and a reference can only stand for a whole value: move it by hand.");
  }
  // Trailing blanks are the value's for java.util.Properties, but Spring Boot trims them: which the
  // program reads is not certain.
  if (/[ \t\f]\r?$/.test(text.slice(target.end, line.end))) {
    throw new FixPlanError("noBounds", "The value ends in blanks, which Java's Properties keeps and Spring Boot trims, so what the program reads is not certain: take the blanks out, then move it.");
  }
  return { start: target.start, end: line.end, contentStart: target.start, contentEnd: line.end, quote: "", read: written.replace(STORED_ESCAPE, "$1") };
}

/**
 * INI dialects disagree: Python's configparser expands `%(name)s` and `%%`, keeps quotes and
 * `;`/`#` after a value, and continues a value on more-indented lines; other readers strip quotes
 * and comments. Where they would read different values, the move is refused.
 */
function refuseAmbiguousIni(text: string, value: AssignedValue, target: Span): void {
  const line = lineAt(text, target.start);
  const rest = text.slice(value.contentStart, line.end);
  const why = "INI readers read differently";
  if (value.quote) throw notLiteral(`quotes, which ${why} (Python's configparser keeps them)`);
  if (rest.includes("%")) throw notLiteral(`%, which ${why} (Python's configparser expands %% and %(name)s)`);
  if (text.slice(target.end, line.end).trim() !== "") throw notLiteral(`a comment after the value, which ${why} (Python's configparser reads it as part of the value)`);
  const following = /^(?:[ \t]*\r?\n)*([ \t]*)(\S?)/.exec(text.slice(text.indexOf("\n", line.end) + 1 || text.length));
  const lineIndent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0].length;
  if (following && following[2] && following[1]!.length > lineIndent && !"#;".includes(following[2])) throw notLiteral(`a value continued on the next, more indented line, which ${why}`);
}

/** ini, properties, toml, conf, unknown files; source code in languages without a known environment read. */
export function plainReplacement(request: ReplacementRequest, where: string): Replacement {
  const { text, target } = request;
  // (A secret too, unless a Key Vault reference is asked for: Spring resolves no reference itself.)
  if (isSpringSettingsFile(request.filePath) && (request.purpose === "config" || (request.style ?? "environmentVariable") === "environmentVariable")) return springPropertiesReplacement(request);
  if (request.purpose === "config" && request.style === undefined) throw noConfigurationReader(where);
  const style = request.style ?? referenceStyle(request);
  if (style !== "keyVaultReference" || request.purpose !== "secret") throw unsupportedStyle(style, where, request.purpose === "secret" ? ["keyVaultReference"] : []);
  const extension = /\.([^./\\]+)$/.exec(request.filePath)?.[1]?.toLowerCase();
  const properties = extension === "properties" ? propertiesValueAt(text, target) : undefined;
  const value = properties ?? plainValueAt(text, target);
  if (extension === "ini" || extension === "cfg") refuseAmbiguousIni(text, value, target);
  // (A .properties value as Java reads it: `\=` is `=`.)
  const content = properties?.read ?? text.slice(value.contentStart, value.contentEnd);
  if (value.quote === '"' && content.includes("\\")) throw notLiteral("escape sequences");
  const reference = requireReference(request);
  return {
    value: content,
    edits: [{ start: value.contentStart, end: value.contentEnd, newText: reference }],
    description: reference,
    style,
    notes: ['Nothing resolves a Key Vault reference in this file by itself: the program reading it must, or run it with "Run with secrets".'],
  };
}

/**
 * A value in Spring's `application*.properties` or `bootstrap*.properties`, a secret or a
 * configuration value: the value after the key becomes `${NAME}`, which Spring resolves when the
 * application starts (see springPlaceholderNote), as in Spring's YAML. The whole value, as
 * java.util.Properties reads it (propertiesValueAt).
 */
function springPropertiesReplacement(request: ReplacementRequest): Replacement {
  const style = request.style ?? "environmentVariable";
  if (style !== "environmentVariable") throw unsupportedStyle(style, "Spring's .properties files", ["environmentVariable"]);
  const value = propertiesValueAt(request.text, request.target);
  const name = request.environmentVariable;
  return {
    value: value.read,
    edits: [{ start: value.contentStart, end: value.contentEnd, newText: `\${${name}}` }],
    description: `\${${name}}`,
    style,
    notes: [springPlaceholderNote(request, name)],
  };
}

/**
 * The environment variable an `.npmrc` setting is read from: `NPM_TOKEN` for `_authToken`, as
 * npm's and CI providers' documentation write it; `NPM_PASSWORD`, `NPM_AUTH` for the others.
 * (`setting` is the generic name the plan derived from the key: `AUTH_TOKEN`, `_PASSWORD`.)
 */
export function npmEnvironmentVariable(setting: string): string {
  const bare = setting.replace(/^_+/, "");
  // (`AUTH_TOKEN_2`: the second registry's token, numbered as its secret's name is.)
  const token = /^(?:AUTH_?TOKEN)?(?:_(\d+))?$/.exec(bare);
  if (token) return token[1] ? `NPM_TOKEN_${token[1]}` : "NPM_TOKEN";
  return bare.startsWith("NPM_") ? bare : `NPM_${bare}`;
}

/**
 * `.npmrc`: npm expands `${NAME}` in it, so the token becomes `${NPM_TOKEN}` and npm reads it from
 * the environment. A Key Vault reference would be sent to the registry as the token.
 */
export function npmrcReplacement(request: ReplacementRequest): Replacement {
  const { text, target } = request;
  const style = request.style ?? "environmentVariable";
  if (style !== "environmentVariable" || request.purpose !== "secret") throw unsupportedStyle(style, ".npmrc files", request.purpose === "secret" ? ["environmentVariable"] : []);
  const value = plainValueAt(text, target);
  const content = text.slice(value.contentStart, value.contentEnd);
  if (content.includes("${")) throw notLiteral("an environment variable");
  const name = npmEnvironmentVariable(request.environmentVariable);
  return {
    value: content,
    edits: [{ start: value.contentStart, end: value.contentEnd, newText: `\${${name}}` }],
    description: `\${${name}}`,
    style,
    notes: [`npm reads \${${name}} from the environment: set ${name} before npm runs, for example with "Run with secrets".`],
  };
}
