/**
 * planMove / planConfigMove: check that the finding still matches the text, name what replaces
 * it, ask replacement.ts for the edits, and check the result before anyone applies it.
 */
import { configPreview, secretPreview, urlCarriesCredential } from "../engine";
import { fileTypeOf, takesConfigurationMove } from "../engine/file-type";
import type { Finding } from "../engine";
import { fingerprint } from "../engine/fingerprint";
import { cellMagicRefusal, cellTypePathOf, refuseEditingCellMagic } from "./cell-magic";
import { bundledValueRefusal, shippedCodeRefusal } from "./browser-code";
import { appServiceConfigurationReference, appServiceReferencePartProblem, keyVaultReference, vaultResourceOf } from "./references";
import { FixPlanError, type FixPlanErrorCode } from "./errors";
import { fallbackAt, type FallbackRead } from "./fallback-read";
import { fileKindOf, type FileKind } from "./file-kind";
import { withLfLineBreaks } from "./lines";
import { refuseMisdecoded } from "./misdecoded";
import { appConfigurationKeyProblem, distinctEnvironmentVariable, environmentVariableFor, environmentVariableForKey, isValidSecretName, numberedVariable, secretNameFor } from "./names";
import { planReplacement } from "./replacement";
import { coversContent, noConfigurationReader } from "./replacement-common";
import type { Replacement, ReplacementRequest, Span } from "./replacement-common";
import { settingNameFor, targetSpan, withMovableCompound } from "./setting-name";
import { springDocumentProfile } from "./spring-property";
import { readsVariable, writtenVariable } from "./variable-reads";
import { refuseUnmovable } from "./tool-files";
import type { ConfigMoveInput, MoveInput, MovePlan, TextEdit } from "./types";

/** Identical values are told apart by their index among the findings: at most one per earlier copy. */
const MAX_OCCURRENCES_TRIED = 100;

/** Whether `value` at `start` has the finding's fingerprint, for some occurrence index the engine may have given it. */
function fingerprintMatches(text: string, filePath: string, finding: Finding, value: string, start: number): boolean {
  let occurrence = 0;
  for (let i = text.indexOf(value); occurrence <= MAX_OCCURRENCES_TRIED; i = text.indexOf(value, i + 1)) {
    if (fingerprint(finding.ruleId, filePath, value, occurrence) === finding.fingerprint) return true;
    if (i === -1 || i >= start) return false;
    occurrence++;
  }
  return false;
}

/**
 * The finding's spans, after checking that the text still holds what was scanned: the redacted
 * preview (length and leading characters) and the fingerprint (a hash of the value under the
 * scanned path), so a changed character anywhere in the value is caught.
 */
function verifiedTarget(text: string, filePath: string, finding: Finding): Span {
  const { startOffset: start, endOffset: end } = finding.range;
  const stale = new FixPlanError("stale", "The text changed since it was scanned: scan it again before moving the value.");
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) throw stale;
  const value = text.slice(start, end);
  // (Previewed as the engine read it: a CRLF file's value over several lines with `\n` breaks.)
  const scanned = value.includes("\r") ? value.replaceAll("\r\n", "\n") : value;
  if ((finding.kind === "secret" ? secretPreview(finding.ruleId, scanned) : configPreview(scanned)) !== finding.preview) throw stale;
  if (!fingerprintMatches(text, filePath, finding, value, start)) {
    throw new FixPlanError("stale", "The text changed since it was scanned, or it was scanned under another path: scan it again before moving the value.");
  }
  const { compound } = finding;
  if (compound && !(0 <= compound.startOffset && compound.startOffset <= start && end <= compound.endOffset && compound.endOffset <= text.length)) throw stale;
  return targetSpan(finding);
}

/** An https origin with nothing after it; emulator URLs (`https://127.0.0.1:8443`) included. */
function storeOrigin(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new FixPlanError("invalidInput", `${what} must be an https URL such as https://<name>.vault.azure.net.`);
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password || parsed.search || parsed.hash || (parsed.pathname !== "/" && parsed.pathname !== "")) {
    throw new FixPlanError("invalidInput", `${what} must be an https URL with no path, query or credentials.`);
  }
  return parsed.origin;
}

/** A Key Vault resource id, written into ARM parameters files and shown in notes. */
function checkedVaultResourceId(id: string): string {
  const resource = vaultResourceOf(id);
  if (!resource) throw new FixPlanError("invalidInput", "The vault resource id must look like /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>.");
  return resource.id;
}

/** Edits the extension can apply in one WorkspaceEdit: in bounds, sorted, not overlapping. */
function checkedEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = 0;
  for (const edit of sorted) {
    if (edit.start < previousEnd || edit.end < edit.start || edit.end > text.length) throw new Error("fix planner produced overlapping or out-of-range edits");
    previousEnd = edit.end;
  }
  return sorted;
}

function occurrencesElsewhere(text: string, value: string, at: number): number {
  let count = 0;
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + value.length)) if (i !== at) count++;
  return count;
}

/**
 * A value written over several lines, as the program reading the file gets it. JavaScript template
 * literals, Python, Go raw strings, Java text blocks, Rust, Swift, YAML, XML and dotenv readers turn CRLF line
 * breaks into LF: a PEM key in a file with Windows line endings is used with LF, and the vault
 * must hold what was used (OpenSSH refuses a private key with CR in it). C# verbatim strings and
 * the other languages keep the file's line breaks, so their values are stored as written.
 */
function lineBreaksAsRead(value: string, kind: FileKind): string {
  // (XML values are normalised by decodeXml, before their references are decoded: a `&#13;` is a CR.)
  const normalizes = kind.family === "yaml" || kind.family === "dotenv" || (kind.family === "code" && ["javascript", "python", "go", "java", "rust", "swift"].includes(kind.language));
  return normalizes ? withLfLineBreaks(value) : value;
}

/** The most a Key Vault secret's value holds, in UTF-8 bytes: 25 KB. */
const KEY_VAULT_VALUE_BYTES = 25 * 1024;
/**
 * The most an App Configuration key-value holds: 10,000 characters (Microsoft's keys-and-values
 * page; newer versions say 10 KB) for the key, label, value, content type and tags together.
 * Counted in UTF-8 bytes, which is never fewer than the characters, so either reading holds.
 */
const APP_CONFIGURATION_KEY_VALUE_SIZE = 10_000;

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Refuses a value the store would refuse, before anything is written: an empty one, or one too
 * large. `storedWith` is what App Configuration stores beside the value (key, label, tag names
 * and values), which its limit counts too.
 */
function checkStorable(value: string, kind: Finding["kind"], storedWith: readonly string[]): void {
  if (value === "") throw new FixPlanError("invalidInput", "The value is empty: there is nothing to store.");
  const bytes = utf8Bytes(value);
  if (kind === "secret") {
    if (bytes <= KEY_VAULT_VALUE_BYTES) return;
    throw new FixPlanError(
      "unsupported",
      `The value is ${Math.ceil(bytes / 1024)} KB, and Key Vault holds a secret of at most 25 KB: keep a value this large (a bundle of certificates, a file) in Blob Storage and its key in Key Vault, or move it by hand.`,
    );
  }
  const whole = bytes + storedWith.reduce((sum, part) => sum + utf8Bytes(part), 0);
  if (whole <= APP_CONFIGURATION_KEY_VALUE_SIZE) return;
  throw new FixPlanError(
    "unsupported",
    `The setting would take ${whole.toLocaleString("en-US")} bytes with its key, label and tags (the value ${bytes.toLocaleString("en-US")}), and App Configuration holds at most 10,000 characters in a key-value, all of them counted: move it by hand.`,
  );
}

function finish(text: string, finding: Finding, replacement: Replacement, extraNotes: readonly string[], kind: FileKind, environmentVariable?: string, storedWith: readonly string[] = []): MovePlan {
  checkStorable(lineBreaksAsRead(replacement.value, kind), finding.kind, storedWith);
  const edits = checkedEdits(text, replacement.edits);
  const secretText = text.slice(finding.range.startOffset, finding.range.endOffset);
  const notes = [...new Set([...replacement.notes, ...extraNotes])];
  const others = occurrencesElsewhere(text, secretText, finding.range.startOffset);
  if (others > 0 && finding.kind === "secret") notes.push(`The same value appears ${others} more time${others === 1 ? "" : "s"} in this file: move ${others === 1 ? "it" : "them"} too.`);
  // The one promise the plan must keep: the secret leaves the file and shows up only in `value`.
  const leaks = [replacement.description, ...notes, ...edits.map((edit) => edit.newText)].some((part) => part.includes(secretText));
  if (finding.kind === "secret" && leaks) {
    // (The value written twice in the text an edit rewrites, `"… <value> … <value> …"`: the rest kept holds it.)
    const again = edits.some((edit) => edit.newText.includes(secretText) && occurrencesElsewhere(text.slice(edit.start, edit.end), secretText, finding.range.startOffset - edit.start) > 0);
    if (again) throw new FixPlanError("unsupported", "The same value is written again in the string (or the text) this move rewrites, and the rest kept would still hold it: move the value by hand.");
    throw new Error("fix planner would write the secret back into the file");
  }
  return {
    value: lineBreaksAsRead(replacement.value, kind),
    compound: finding.compound !== undefined,
    edits,
    replacementDescription: replacement.description,
    style: replacement.style,
    notes,
    ...(replacement.configurationKey !== undefined ? { readsConfigurationKey: replacement.configurationKey } : {}),
    ...(environmentVariable !== undefined ? { environmentVariable } : {}),
    ...(replacement.constantMadeVariable ? { constantMadeVariable: replacement.constantMadeVariable } : {}),
  };
}

/** `typePath` (typePathOf) decides the replacement's language, `kind` its file kind; the fingerprint is of the path scanned. */
function request(input: MoveInput | ConfigMoveInput, typePath: string, kind: FileKind, rest: Omit<ReplacementRequest, "text" | "filePath" | "kind" | "target" | "style">): ReplacementRequest {
  const target = verifiedTarget(input.text, input.filePath, input.finding);
  refuseMisdecoded(input.text, target);
  return {
    text: input.text,
    filePath: typePath,
    kind,
    target,
    ...(input.finding.compound ? { compound: true } : {}),
    ...(input.style ? { style: input.style } : {}),
    ...(input.finding.keyName !== undefined ? { keyName: input.finding.keyName } : {}),
    ...rest,
  };
}

/** `base` or a numbered `base_N` that Move all's earlier plans read for `secretName`, if any. */
function variableOwnedBy(variablesInUse: ReadonlyMap<string, string> | undefined, kind: FileKind, base: string, secretName: string): string | undefined {
  if (!variablesInUse?.size) return undefined;
  const wanted = secretName.toLowerCase();
  for (let n = 1; n <= variablesInUse.size + 1; n++) {
    const candidate = numberedVariable(base, n);
    if (variablesInUse.get(writtenVariable(kind, candidate))?.toLowerCase() === wanted) return candidate;
  }
  return undefined;
}

/**
 * The variable the value is read from: its setting's (environmentVariableFor), unless another
 * secret's replacement reads that one already. Move all says which its earlier plans read
 * (variablesInUse). Otherwise the file's text says whether a replacement reads it already: of
 * another secret when this value was stored as a new secret (storedAsNew), since the value was in
 * no other place's replacement. Before it is stored: when it goes under another name than the one
 * proposed (`api-key-2`, as `api-key` holds another value); under that name it may be the same
 * value, moved again from its second place.
 */
function variableFor(input: MoveInput, kind: FileKind, setting: string | undefined): string {
  const { text, secretName, finding } = input;
  const base = environmentVariableFor(setting, secretName);
  // The same secret moved from another place earlier in the run reads what that place reads
  // (`TOKEN_2`, where the file read `TOKEN` for another value).
  const owned = variableOwnedBy(input.variablesInUse, kind, base, secretName);
  if (owned !== undefined) return owned;
  const anotherSecret = input.storedAsNew ?? secretName.toLowerCase() !== secretNameFor(setting, { filePath: input.filePath, ruleId: finding.ruleId }).toLowerCase();
  // (Compared as the file writes them: `GITHUB_TOKEN` and `GH_TOKEN` are one Actions secret.)
  return distinctEnvironmentVariable(base, (variable) => {
    const written = writtenVariable(kind, variable);
    const owner = input.variablesInUse?.get(written);
    if (owner !== undefined) return owner.toLowerCase() !== secretName.toLowerCase();
    return anotherSecret && readsVariable(text, kind, written);
  });
}

/** A compound is a connection string, or a service principal's JSON credentials (`{"clientId": …}`). */
function compoundNote(text: string, compoundStart: number): string {
  return text[compoundStart] === "{"
    ? "The whole JSON credential (client id, secret, tenant) is stored as one secret, as Key Vault recommends for compound credentials."
    : "The whole connection string is stored as one secret, as Key Vault recommends for compound credentials.";
}

/** Why a connection string the code fills values into (withMovableCompound) is not stored whole. */
const BUILT_COMPOUND_NOTE = "The connection string around the password is built when the program runs (the code fills a value into it), so the password alone is stored; a connection string written out whole is stored whole, as Key Vault recommends for compound credentials.";

/**
 * The read a secret is the whole default of, where the move takes the default out
 * (`process.env.API_KEY ?? "…"`, `os.getenv("API_KEY", "…")`, `@Value("${orders.api-key:…}")`,
 * C#'s `configuration["Payments:ApiKey"] ?? "…"`): the read then stands alone, where replacing the
 * literal would write a second read beside it. Not with another style asked for; not where Move all
 * gave the variable to another secret; and a configuration key's read only when the secret's name
 * is the one the Key Vault provider gives the application as that key (`Payments--ApiKey`), and the
 * application reads the vault itself, not through App Configuration.
 */
function secretFallback(input: MoveInput, typePath: string, kind: FileKind): FallbackRead | undefined {
  // (A connection string moves whole: its span, not its password's.)
  const target = targetSpan(input.finding);
  const found = fallbackAt(input.text, typePath, kind, target);
  // (In code the literal's replacement may stand as a second read; a deployment file's expansion
  // would not resolve it: `${ssm:/orders/key, "${KEY}"}`.)
  if (found && "refusal" in found && kind.family !== "code") throw new FixPlanError("unsupported", found.refusal);
  if (!found || !("fallback" in found)) return undefined;
  const { fallback } = found;
  if (!coversContent(input.text, fallback.value.start, fallback.value.end, target)) return undefined;
  // Browser code, and a build's bundled values, build what they read into the page: the literal's replacement refuses them.
  if (kind.family === "code" && kind.language === "javascript" && (shippedCodeRefusal(input.text, input.filePath) !== undefined || bundledValueRefusal(input.text, input.filePath, target.start) !== undefined)) return undefined;
  // (The read's own style, or none asked for: another keeps the literal's replacement.)
  if (input.style !== undefined && input.style !== (fallback.source === "configuration" ? "configuration" : "environmentVariable")) return undefined;
  if (fallback.source === "configuration") {
    const readAs = input.secretName.replace(/--/g, ":").toLowerCase();
    return !input.throughAppConfiguration && readAs === fallback.name.toLowerCase() ? fallback : undefined;
  }
  if (fallback.variable === undefined) return undefined;
  const owner = input.variablesInUse?.get(writtenVariable(kind, fallback.variable));
  return owner === undefined || owner.toLowerCase() === input.secretName.toLowerCase() ? fallback : undefined;
}

/**
 * Plans "Move to Key Vault" for one secret finding: what to store, the edits that take the literal
 * out, and what the user must do next. Throws FixPlanError when the literal cannot be replaced safely.
 */
export function planMove(given: MoveInput): MovePlan {
  const input = { ...given, finding: withMovableCompound(given.text, given.finding, given.filePath) };
  const { text, filePath, finding, secretName } = input;
  if (finding.kind !== "secret") throw new FixPlanError("unsupported", "This is a configuration value: plan it with planConfigMove (App Configuration).");
  const check = isValidSecretName(secretName);
  if (!check.valid) throw new FixPlanError("invalidInput", check.reason);
  const vault = storeOrigin(input.vaultUrl, "The vault URL");
  // The notebook's file holds the cells as JSON strings. (A cell in the notebook editor comes with
  // the notebook's path too, and with its language id: it is planned as code in that language, or
  // in the one its cell magic runs: cell-magic.ts.)
  if (input.languageId === undefined && /\.ipynb$/i.test(filePath) && /^\s*\{/.test(text) && text.includes('"cells"')) {
    throw new FixPlanError("unsupported", "This is a Jupyter notebook's file: open it in the notebook editor and move the secret from its cell.");
  }
  refuseUnmovable(filePath, finding.ruleId, text, finding.range.startOffset, finding.range.endOffset, input.languageId);
  const typePath = cellTypePathOf(filePath, input.languageId, text);
  const setting = settingNameFor(text, typePath, given.finding);
  const kind = fileKindOf(typePath, text);
  const fallbackRead = secretFallback(input, typePath, kind);
  const planned = request(input, typePath, kind, {
    purpose: "secret",
    environmentVariable: fallbackRead?.variable ?? variableFor(input, kind, setting),
    ...(fallbackRead ? { fallbackRead } : {}),
    storeName: secretName,
    configurationKey: secretName.replace(/--/g, ":"),
    reference: keyVaultReference(`${vault}/secrets/${secretName}/`),
    storeUrl: vault,
    ...(input.vaultResourceId !== undefined ? { vaultResourceId: checkedVaultResourceId(input.vaultResourceId) } : {}),
    ...(input.throughAppConfiguration ? { throughAppConfiguration: true, ...(input.appConfigurationLabel ? { label: input.appConfigurationLabel } : {}) } : {}),
  });
  const replacement = planReplacement(planned);
  refuseEditingCellMagic(filePath, text, replacement.edits);
  const notes = finding.compound ? [compoundNote(text, finding.compound.startOffset)] : given.finding.compound ? [BUILT_COMPOUND_NOTE] : [];
  // Whether to say "rotate it" is the caller's call: it can tell whether the value was committed.
  // (A configuration key's read reads no variable: none is taken from Move all's others.)
  const readsVariable = fallbackRead === undefined || fallbackRead.variable !== undefined;
  // (The replacement's own spelling of the variable, where the code reads it so: on Linux a name's case counts.)
  const variable = replacement.environmentVariable ?? planned.environmentVariable;
  return finish(text, finding, replacement, notes, planned.kind, readsVariable ? writtenVariable(planned.kind, variable) : undefined);
}

/**
 * The reference App Service reads the value through, or why none can be written: its parts are
 * separated by `;` and `=`, so a key or label holding them cannot be named in one.
 */
function appServiceReference(endpoint: string, key: string, label: string | undefined): Pick<ReplacementRequest, "reference" | "referenceProblem" | "storeUrl"> {
  const problem = appServiceReferencePartProblem(key) ?? (label === undefined ? undefined : appServiceReferencePartProblem(label));
  if (problem !== undefined) return { referenceProblem: `${problem}: App Service could not find the setting. Move the value by hand.`, storeUrl: endpoint };
  return { reference: appServiceConfigurationReference(endpoint, key, label), storeUrl: endpoint };
}

/** What a configuration move's replacement needs beside the text: where, under which key and label, for which store. */
type ConfigReplacementInput = Pick<ConfigMoveInput, "text" | "filePath" | "languageId" | "key" | "label" | "endpoint" | "style">;

/** The replacement request of a configuration move at `target`: one for planConfigMove and configMoveRefusal alike. */
function configRequest(input: ConfigReplacementInput, target: Span, compound: boolean, keyName?: string): ReplacementRequest {
  const { text, key } = input;
  // App Configuration keeps settings readable to every reader of the store, untagged and never
  // rotated: a URL whose token or password lets its reader in is a secret.
  if (urlCarriesCredential(text.slice(target.start, target.end))) {
    throw new FixPlanError(
      "unsupported",
      "This URL carries a credential (a token in its path or query, or a password parameter), which makes it a secret: App Configuration would keep it readable to anyone who can read settings. Use Move to Key Vault on it instead (Secret Hygiene reports such a URL as a secret), and have App Configuration hold a Key Vault reference if the application reads it from there.",
    );
  }
  const label = input.label || undefined;
  const endpoint = input.endpoint === undefined ? undefined : storeOrigin(input.endpoint, "The App Configuration endpoint");
  // (A notebook cell's magic decides its language, or that nothing in it can read a variable.)
  const cellRefusal = cellMagicRefusal(input.filePath, text, target.start);
  if (cellRefusal !== undefined) throw new FixPlanError("unsupported", cellRefusal);
  const typePath = cellTypePathOf(input.filePath, input.languageId, text);
  // The file kinds no move can rewrite, as the engine's message says (set per environment).
  if (input.style === undefined && !takesConfigurationMove(typePath)) throw noConfigurationReader(fileTypeOf(typePath) === "code" ? "code in this language" : "this file type");
  refuseMisdecoded(text, target);
  // A Spring document for several profiles (`prod & eu`, `prod, staging`) is no one environment's, and
  // under the file's label its value would take the place of the default document's. (One profile's: the move's environment.)
  const profiles = springDocumentProfile(text, typePath, target.start);
  if (profiles !== undefined && profiles.profile === undefined) {
    throw new FixPlanError("unsupported", `The value is in the document for the Spring profiles '${profiles.expression}', which no one environment's store and label can stand for: give the value a document of one profile (on-profile: prod), or move it by hand.`);
  }
  const kind = fileKindOf(typePath, text);
  // The default of a read (`process.env.ORDERS_URL ?? "…"`) is set through the variable read; one
  // the move cannot take out whole would leave the read with a second source.
  const fallback = fallbackAt(text, typePath, kind, target);
  if (fallback && "refusal" in fallback) throw new FixPlanError("unsupported", fallback.refusal);
  const fallbackRead = fallback?.fallback;
  return {
    text,
    filePath: typePath,
    kind,
    target,
    ...(compound ? { compound: true } : {}),
    ...(input.style ? { style: input.style } : {}),
    ...(keyName !== undefined ? { keyName } : {}),
    purpose: "config",
    environmentVariable: fallbackRead?.variable ?? environmentVariableForKey(key),
    ...(fallbackRead ? { fallbackRead } : {}),
    storeName: key,
    configurationKey: key,
    ...(label !== undefined ? { label } : {}),
    ...(endpoint ? appServiceReference(endpoint, key, label) : {}),
  };
}

/** Plans moving a configuration value (host, internal URL) to App Configuration under `key` (and `label`). */
export function planConfigMove(input: ConfigMoveInput): MovePlan {
  const { text, finding, key } = input;
  if (finding.kind !== "config") throw new FixPlanError("unsupported", "This is a secret: plan it with planMove (Key Vault).");
  const keyProblem = appConfigurationKeyProblem(key);
  if (keyProblem !== undefined) throw new FixPlanError("invalidInput", keyProblem);
  const target = verifiedTarget(text, input.filePath, finding);
  const planned = configRequest(input, target, finding.compound !== undefined, finding.keyName);
  const replacement = planReplacement(planned);
  refuseEditingCellMagic(input.filePath, text, replacement.edits);
  // The provider hands the application each key as it is stored: another key would leave the path
  // the file read (its member now removed) with no value.
  if (replacement.configurationKey !== undefined && replacement.configurationKey !== key) {
    throw new FixPlanError("invalidInput", `The application reads this value as ${replacement.configurationKey}, so App Configuration must hold it under exactly that key, not ${key}.`);
  }
  const label = planned.label;
  const tags = Object.entries(input.tags ?? {}).flat();
  return finish(text, finding, replacement, [], planned.kind, undefined, [key, label ?? "", ...tags]);
}

/** Stand-ins for what only the move knows: which key and store do not decide whether the place can be rewritten. */
const PROBE = { key: "setting", endpoint: "https://example.azconfig.io" } as const;
/** The planner's answers that are about the place itself, not about a key, a store or a stale scan. */
const PLACE_REFUSALS: ReadonlySet<FixPlanErrorCode> = new Set(["unsupported", "noBounds", "notLiteral", "brokenFile"]);

/**
 * Why no "Move to App Configuration" can rewrite the configuration value at `[start, end)` of
 * `text` (a plain JSON file nothing reads as configuration, a .properties file, Terraform…);
 * undefined where one can. The planner's own answer, asked without a store, a key or a fresh scan,
 * so the light bulb can offer the reason instead of a move that could only fail. (A key the user
 * types may still be refused: appsettings.json takes only the member's own path.)
 */
export function configMoveRefusal(place: Pick<ConfigMoveInput, "text" | "filePath" | "languageId"> & Span): string | undefined {
  const { text, start, end } = place;
  if (!(0 <= start && start < end && end <= text.length)) return undefined;
  try {
    planReplacement(configRequest({ ...place, ...PROBE }, { start, end }, false));
    return undefined;
  } catch (error) {
    if (error instanceof FixPlanError) return PLACE_REFUSALS.has(error.code) ? error.message : undefined;
    throw error;
  }
}
