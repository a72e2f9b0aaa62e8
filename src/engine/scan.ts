import { expandToConnectionString, servicePrincipalJson } from "./compound";
import { SectionKeys } from "./section-key";
import { CATALOGUE_LEAST_VALUES, catalogueEntries, DATA_LIST_LEAST_VALUES } from "./config-catalogues";
import { DATA_URI_MARKER, insideDataUriPayload } from "./data-uri";
import { insideEncodedBlock, insideWrappedBase64 } from "./encoded-block";
import { generatedFileReason, isGeneratedCode, isLockfile } from "./file-policy";
import { generatedFileRules } from "./generated-file-rules";
import { fileTypeOf, isAppSettingsFile, takesConfigurationMove, typePathOf } from "./file-type";
import { ConfigFileFacts } from "./config-file-facts";
import { joinedConfigValues } from "./config-value-runs";
import { isFallbackOperand, lookupDefaultName } from "./rules/lookup-defaults";
import { FingerprintAssigner, type FingerprintTable } from "./fingerprint";
import { DocumentationRegions, MultiLineComments } from "./documentation-regions";
import { CandidateLineIndex } from "./incremental";
import { withoutOverlaps } from "./overlaps";
import { KeyNames } from "./key-name";
import { namesWithoutSecretValues } from "./key-name-values";
import { declaredNameOf, PAIR_VALUE_MEMBER, pairSyntaxOf } from "./rules/parameter-values";
import { inUrlCredentials, lockfileRules } from "./lockfile-urls";
import { notebookView } from "./notebook";
import { lineFeedView } from "./line-feed-view";
import { isNonEndpointSettingPath } from "./rules/config-value-place";
import { isDomainBesideItsWildcard } from "./rules/config-values";
import { isLintianOverrides } from "./lintian-overrides";
import { isGitSigningKeySetting } from "./git-config";
import { isBesideItsBase64, isCodeTableRow, isInputTypeTableRow, isInWrappedNameList, isShopObjectsToken, repeatsSiblingIdentifier } from "./neighbour-lines";
import { encryptedDataRegions } from "./sealed-secrets";
import { candidateLines, LineResultCache, runRules } from "./pattern-scan";
import { isPlaceholder } from "./placeholder";
import { configPreview, secretPreview } from "./preview";
import { isPublicClientKey } from "./public-client-keys";
import { looksRandom, registryAuthPassword } from "./rules/secret-values";
import { percentDecoded } from "./rules/urls";
import { segmentsOf } from "./rules/name-segments";
import { isInsideVocabulary } from "./rules/secret-names";
import { isStoredPasswordHash } from "./rules/password-hashes";
import { isLeetspeakWords, spellsItsOwnName } from "./rules/leetspeak";
import { isTypedInParts, isTypedPassword, withEscapesDecoded } from "./rules/value-shapes";
import { isExampleOrSamplePath, isTestPath } from "./undeployed-paths";
import { isTestFixtureJwt } from "./rules/tokens";
import { forgetScanMemos } from "./scan-memo";
import { BUILT_IN_RULES } from "./rules";
import type { PatternRule, Rule, RuleContext, ScannerRule } from "./rules/types";
import { INLINE_IGNORE_MARKER_PIECES, parseInlineIgnores } from "./policy/inline-ignore";
import { isStatementIgnored } from "./statement-ignores";
import { TextIndex } from "./text-index";
import type { Finding, OffsetSpan, ScanInput, ScanOptions } from "./types";

/**
 * The setting each candidate is assigned to. A connection string's is the name before the whole
 * string (`conn = "Endpoint=…;SharedAccessKey=…"` is `conn`), not a keyword inside it such as
 * `DefaultEndpointsProtocol` or `AccountKey`, which every such string in the file would share.
 * Looked up in offset order: KeyNames reads a JSON or YAML document again from the top to go back.
 */
function keyNamesOf(candidates: readonly Candidate[], keyNames: KeyNames, content: string, typePath: string): (string | undefined)[] {
  const lookups = candidates.map(({ rule, start, keyName, compound }, index) => {
    const whole = compound !== undefined && !rule.declaresName;
    return { index, at: whole ? compound.start : start, keyName: whole ? undefined : keyName, declared: rule.declaresName };
  });
  const names: (string | undefined)[] = [];
  for (const { index, at, keyName, declared } of [...lookups].sort((a, b) => a.at - b.at)) names[index] = keyNames.at(at, keyName, declared);
  // A name/value pair's value is named by the pair, not by its path (`…:appSettings:value`) or its
  // member (Bicep's `{ name: 'DB_PASSWORD', value: '…' }`, Terraform's `name = …` / `value = …`). Not in
  // ASP.NET Core's appsettings files, which the app reads by path (`GitHub:value`).
  const format = keyNames.format ?? pairSyntaxOf(typePath);
  if (format && !isAppSettingsFile(typePath)) {
    lookups.forEach(({ index, at }) => {
      const path = names[index];
      // (A document's top-level `value:` is no pair's: a pair's value is inside the item or object.)
      if (!path || (keyNames.format && !path.includes(":")) || !PAIR_VALUE_MEMBER.test(path.slice(path.lastIndexOf(":") + 1))) return;
      // An ARM parameters file names a value by its parameter: `parameters:storageAccountKey:value`.
      names[index] = declaredNameOf(content, at, format) ?? ARM_PARAMETER_VALUE.exec(path)?.[1] ?? path;
    });
  }
  // No name before a connection string (`Open("…;Password=…")`): the keyword right before the value.
  lookups.forEach(({ index, at }) => {
    const { start } = candidates[index]!;
    if (names[index] !== undefined || at === start) return;
    const keyword = KEYWORD_BEFORE_VALUE.exec(content.slice(Math.max(at, start - 60), start));
    names[index] = keyword?.[1] ?? keyword?.[2];
  });
  return names;
}

const ARM_PARAMETER_VALUE = /^parameters:([^:]+):value$/;

/**
 * `Password=`, `AccountKey=`, `SharedAccessKey=`: a connection string's keyword just before its
 * value. One with blanks (`Application Key=`) starts the string or follows a `;`; in libpq's
 * `user=app password=` the keyword is one word.
 */
const KEYWORD_BEFORE_VALUE = /(?:^|[;"'`(][ \t]*)([A-Za-z][A-Za-z0-9 _.-]{0,40})[ \t]*=[ \t]*$|([A-Za-z][\w.-]{0,40})[ \t]*=[ \t]*$/;

/** A located value before it becomes a Finding. */
interface Candidate {
  readonly rule: Rule;
  readonly start: number;
  readonly end: number;
  readonly keyName?: string;
  readonly compound?: OffsetSpan;
  /** See RuleHit.needsSection. */
  readonly needsSection?: boolean;
}

/**
 * Not a detector: its keywords are the inline-ignore markers, so the keyword pass that finds
 * candidate lines also says whether the text has any marker at all (most texts have none, and
 * then the markers are never parsed). It reports nothing.
 */
const INLINE_IGNORE_MARKERS: ScannerRule = {
  id: "internal/inline-ignore-markers",
  title: "Inline ignore marker",
  kind: "secret",
  docsUrl: "",
  keywords: INLINE_IGNORE_MARKER_PIECES,
  find: () => [],
};
/**
 * Not a detector either: its keyword says whether the text may hold a data URI's payload (see
 * insideDataUriPayload). Searching a whole text for it apart was a fifth of the time of
 * re-diagnosing a keystroke in a 10,000-line file with findings.
 */
const DATA_URI_MARKERS: ScannerRule = {
  id: "internal/data-uri-markers",
  title: "Data URI",
  kind: "secret",
  docsUrl: "",
  keywords: [DATA_URI_MARKER],
  find: () => [],
};
/** The rules that only mark lines, kept in every rule set (lockfiles' and generated files' too). */
const MARKER_RULES: readonly Rule[] = [INLINE_IGNORE_MARKERS, DATA_URI_MARKERS];
const DEFAULT_RULES: readonly Rule[] = [...BUILT_IN_RULES, ...MARKER_RULES];

/** Built-in rules plus the workspace's own, minus those it switched off. Cached per options object. */
const ruleSets = new WeakMap<ScanOptions, readonly Rule[]>();
function activeRules(options: ScanOptions | undefined): readonly Rule[] {
  if (!options) return DEFAULT_RULES;
  let rules = ruleSets.get(options);
  if (!rules) {
    const disabled = new Set(options.disabledRules ?? []);
    // (The workspace's own secret rules first: where one of them and a built-in rule find the same
    // value, the workspace's is reported, with its id and severity. Its configuration rules last: a
    // URL with a password in it stays a secret, bound for Key Vault, not App Configuration.)
    const custom = options.customRules ?? [];
    const enabled = [...custom.filter((rule) => rule.kind === "secret"), ...BUILT_IN_RULES, ...custom.filter((rule) => rule.kind !== "secret")].filter(
      (rule) => !disabled.has(rule.id) && (options.includeConfig !== false || rule.kind !== "config"),
    );
    rules = [...enabled, ...MARKER_RULES];
    ruleSets.set(options, rules);
  }
  return rules;
}

/**
 * ODBC's password keyword (SQL Server's JDBC driver's too) right before a value, in a connection
 * string: after a `;` or a quote that opens the string. (On a line of its own, an ini file's
 * `Pwd={…}`, braces may be the password's own characters: the file's reader takes them as they are.)
 */
const ODBC_PASSWORD_KEYWORD_BEFORE = /[;"'`][ \t]*(?:pwd|password)[ \t]*=[ \t]*$/i;
/** A value in ODBC's braces, a `}` inside doubled: `{a;b}}c}`. */
const ODBC_BRACED = /^\{(?:[^{}]|\}\})+\}$/;

/**
 * ODBC quotes a password in braces (`Pwd={a;b}`) as ADO.NET does in quotes: the braces are the
 * string's syntax, and the password is inside them. The span reported, and stored by a move of
 * the password alone, is that; a move of the whole connection string keeps them in it. (Judged
 * with its braces, as the rules read it: `{mypassword}` is a placeholder, `mypassword` alone not.)
 */
function withoutOdbcBraces(content: string, span: OffsetSpan): OffsetSpan {
  const { start, end } = span;
  if (content[start] !== "{" || content[end - 1] !== "}" || !ODBC_BRACED.test(content.slice(start, end))) return span;
  return ODBC_PASSWORD_KEYWORD_BEFORE.test(content.slice(Math.max(0, start - 40), start)) ? { start: start + 1, end: end - 1 } : span;
}

/** Whitespace at either end of a span belongs to the syntax around the value. */
function trimmed(content: string, start: number, end: number): OffsetSpan {
  while (start < end && /\s/.test(content[start]!)) start++;
  while (end > start && /\s/.test(content[end - 1]!)) end--;
  return { start, end };
}

/**
 * The rules to run on a file: in a lockfile, only those that read a URL's credentials; in a
 * generated file (a bundle, a source map), only those whose value is its own evidence.
 */
function rulesFor(lockfile: boolean, generated: boolean, options: ScanOptions | undefined): readonly Rule[] {
  if (lockfile) return lockfileRules(activeRules(options), MARKER_RULES);
  return generated ? generatedFileRules(activeRules(options), MARKER_RULES) : activeRules(options);
}

/**
 * @param placePath the file's own path in its project (a lockfile is known by its name); `typePath`
 * the one whose extension says how its values are written.
 */
function candidates(
  content: string,
  placePath: string,
  typePath: string,
  options: ScanOptions | undefined,
  memo: DocumentMemo | undefined,
  comments: MultiLineComments,
): { found: Candidate[]; hasIgnoreMarkers: boolean; hasDataUriMarkers: boolean } {
  const context: RuleContext = { filePath: typePath, fileType: fileTypeOf(typePath) };
  const lockfile = isLockfile(placePath);
  const rules = rulesFor(lockfile, generatedFileReason(placePath, content) !== undefined, options);
  let cache = memo?.lines;
  if (memo && (!cache || cache.rules !== rules || cache.context.filePath !== typePath)) cache = memo.lines = new LineResultCache(rules, context);
  const lines = memo ? (memo.candidates ??= new CandidateLineIndex()).update(content, rules) : candidateLines(content, rules);
  const hasIgnoreMarkers = lines.some((line) => line.rules.includes(INLINE_IGNORE_MARKERS));
  const hasDataUriMarkers = lines.some((line) => line.rules.includes(DATA_URI_MARKERS));
  const hits = runRules(content, rules, context, cache, lines, comments);
  // A lockfile's credentials are in its URLs: a secret's name elsewhere there is a package's.
  // A Firebase app's Google API key and a search box's Algolia key are public, whatever rule saw them.
  const kept = hits.filter((hit) => (!lockfile || inUrlCredentials(content, hit.start, hit.end)) && !isPublicClientKey(content, placePath, hit.start, hit.end));
  const found = kept.map(({ rule, start, end, keyName, compound, needsSection }): Candidate => {
    const span = trimmed(content, start, end);
    // One object shape for every candidate (absent parts undefined): no spreads of partial objects.
    return {
      rule,
      start: span.start,
      end: span.end,
      keyName: keyName || undefined,
      compound: rule.compound || compound ? expandToConnectionString(content, span.start, span.end, context.fileType) : servicePrincipalJson(content, span.start, span.end, context.fileType),
      needsSection,
    };
  });
  const customSecretRules = options && customSecretRulesOf(options);
  return { found: customSecretRules ? withCompoundsOfBuiltIns(found, customSecretRules) : found, hasIgnoreMarkers, hasDataUriMarkers };
}

/** The workspace's own secret rules, once per options object (every keystroke's scan asks); undefined for none. */
const customSecretRuleSets = new WeakMap<ScanOptions, ReadonlySet<Rule> | undefined>();
function customSecretRulesOf(options: ScanOptions): ReadonlySet<Rule> | undefined {
  if (customSecretRuleSets.has(options)) return customSecretRuleSets.get(options);
  const rules = (options.customRules ?? []).filter((rule) => rule.kind === "secret");
  const set = rules.length ? new Set<Rule>(rules) : undefined;
  customSecretRuleSets.set(options, set);
  return set;
}

/** How many candidates before a custom rule's (by start) are looked at for the same value: the rules that read it start near it. */
const COMPOUND_LOOK_BACK = 8;

/**
 * A workspace's secret rule wins its value from a built-in one (see activeRules), but knows nothing
 * of the connection string around it: where a built-in rule read the same value as part of one,
 * the winner is stored as that whole string too, not as a password cut out of it. (Only the
 * workspace's rules' candidates: a built-in rule's own choice not to store a string whole stands.)
 */
function withCompoundsOfBuiltIns(found: Candidate[], customRules: ReadonlySet<Rule>): Candidate[] {
  if (!found.some((candidate) => customRules.has(candidate.rule))) return found;
  // By start, so that the readers of a value are looked for among its neighbours only.
  const readers = found.filter((candidate) => candidate.compound && !customRules.has(candidate.rule)).sort((a, b) => a.start - b.start);
  if (readers.length === 0) return found;
  return found.map((candidate) => {
    if (candidate.compound || !customRules.has(candidate.rule)) return candidate;
    // The first reader starting at or after the candidate's end cannot overlap it: look before it.
    let low = 0;
    let high = readers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (readers[middle]!.start < candidate.end) low = middle + 1;
      else high = middle;
    }
    for (let i = low - 1; i >= Math.max(0, low - COMPOUND_LOOK_BACK); i--) {
      const reader = readers[i]!;
      const compound = reader.compound!;
      if (candidate.start < reader.end && compound.start <= candidate.start && candidate.end <= compound.end) return { ...candidate, compound };
    }
    return candidate;
  });
}

/**
 * Scans one text synchronously. Pure apart from hashing: no file system, no `vscode`, no network.
 * The result is sorted by position, with one finding per value.
 */
export function scanText(input: ScanInput): Finding[] {
  return scanWithMemo(input, undefined);
}

/** What a {@link DocumentScanner} remembers between scans of the same document. */
interface DocumentMemo {
  lines?: LineResultCache;
  candidates?: CandidateLineIndex;
  /** The last scan's fingerprints, and the path they were made for: a scan keeps only those it used. */
  fingerprints?: { readonly filePath: string; readonly table: FingerprintTable };
}

/**
 * Scans one document again and again as it is edited. Lines whose text did not change reuse
 * their previous results, so re-diagnosing a one-line edit runs the rules on that line only
 * (plus one keyword pass over the text). Keep one per open document.
 */
export class DocumentScanner {
  private readonly memo: DocumentMemo = {};

  scan(input: ScanInput): Finding[] {
    return scanWithMemo(input, this.memo);
  }
}

function scanWithMemo(input: ScanInput, memo: DocumentMemo | undefined): Finding[] {
  const { content } = input;
  if (content.length === 0) return [];
  forgetScanMemos();
  try {
    return findingsOf(input, memo);
  } finally {
    // The verdicts are keyed by the values judged: keep none of them once the scan is over.
    forgetScanMemos();
  }
}

const JSON_FILE = /\.json$/i;

/** A key's short lower-case prefix as vendors write them: `sk_`, `pk_`, `phc_`, `xoxb_`. */
const VENDOR_STYLE_PREFIX = /^[a-z]{2,5}_/;

/**
 * `accessToken1 = "1/Mk…AccessToken_NK…"`: a value that holds two words of its own name run
 * together (eight letters or more) was made by hand to look like one, as a test's fake is; no
 * service writes the slot's name into the secret it issues.
 */
function holdsItsNamesWords(value: string, keyName: string | undefined): boolean {
  if (keyName === undefined) return false;
  const words = segmentsOf(keyName.replace(/^.*[.:]/, "")).map((word) => word.replace(/\d+$/, "")).filter((word) => word.length >= 3);
  const letters = value.toLowerCase().replace(/[^a-z]/g, "");
  return words.some((word, i) => i + 1 < words.length && word.length + words[i + 1]!.length >= 8 && letters.includes(word + words[i + 1]!));
}

function findingsOf(input: ScanInput, memo: DocumentMemo | undefined): Finding[] {
  const { filePath, options } = input;
  // A notebook's cells are read as the code they hold; positions go back to the file at the end.
  // (Text with a language id is already one cell's code, or an editor's, not a notebook's file.)
  const placePath = input.placePath ?? filePath;
  // The rules read `\n` line breaks: a CRLF text is scanned as its LF view (see lineFeedView).
  const lineFeeds = lineFeedView(input.content);
  const notebook = input.languageId === undefined ? notebookView(lineFeeds.content, placePath) : undefined;
  const content = notebook?.content ?? lineFeeds.content;
  const typePath = notebook?.typePath ?? typePathOf(placePath, input.languageId, content);
  const allow = options?.allow ?? [];
  // Comments that opened on an earlier line, for the rules that never report in a comment (found
  // when first asked: most texts' candidates need none).
  const comments = new MultiLineComments(content, typePath);
  const { found: all, hasIgnoreMarkers, hasDataUriMarkers } = candidates(content, placePath, typePath, options, memo, comments);
  // Where a secret's name beside a value is no evidence: documentation's examples, a SealedSecret's
  // encrypted data. Built only when a candidate needs it: most texts have none.
  let documentation: DocumentationRegions | undefined;
  const inDocumentation = (candidate: Candidate) => (documentation ??= new DocumentationRegions(content, typePath)).has(candidate.start);
  let encrypted: OffsetSpan[] | undefined;
  // …nor in a file that names packages (Lintian's overrides), nor where the lines around say
  // otherwise: the value repeats its sibling id's, or the name is a code in a table of codes or
  // an input's type in a table keyed by input type, or the value the next name of a list of an
  // API's names (see isInWrappedNameList); nor where the value spells its own name in
  // leetspeak (a marker, see spellsItsOwnName), or is a shop's order's or checkout's own token
  // (see isShopObjectsToken), or is the base64 of the text on a line beside it (a
  // tokenizer's entry, see isBesideItsBase64).
  let lintianOverrides: boolean | undefined;
  const nameIsNoEvidence = (candidate: Candidate) =>
    inDocumentation(candidate) ||
    // (By the path as given too: installed as `/usr/share/lintian/overrides/<package>`, the folders
    // that say so are above any project's root.)
    (lintianOverrides ??= isLintianOverrides(placePath) || isLintianOverrides(filePath)) ||
    isGitSigningKeySetting(placePath, candidate.keyName) ||
    (encrypted ??= encryptedDataRegions(content)).some((region) => region.start <= candidate.start && candidate.start < region.end) ||
    repeatsSiblingIdentifier(content, candidate.start, candidate.end, candidate.keyName) ||
    (candidate.keyName !== undefined && spellsItsOwnName(content.slice(candidate.start, candidate.end), candidate.keyName)) ||
    isCodeTableRow(content, candidate.start, candidate.end, candidate.keyName) ||
    isInputTypeTableRow(content, candidate.start, candidate.end, candidate.keyName) ||
    isInWrappedNameList(content, candidate.start, candidate.end, candidate.keyName) ||
    isShopObjectsToken(content, candidate.start, candidate.keyName) ||
    isBesideItsBase64(content, candidate.start, candidate.end);
  const inComment = (candidate: Candidate) => comments.has(candidate.start);
  // Generated code's configuration values belong to its generator's input (see isGeneratedCode);
  // an address in documentation's example (an `az` command line in a help entry) shows a format.
  let generatedCode: boolean | undefined;
  // …nor where the rest of the file says so: a Compose service's own name, SOPS's metadata.
  let fileFacts: ConfigFileFacts | undefined;
  const notConfiguration = (candidate: Candidate) =>
    candidate.rule.kind === "config" &&
    ((generatedCode ??= isGeneratedCode(content)) || inDocumentation(candidate) || (fileFacts ??= new ConfigFileFacts(content, typePath)).showsNoSetting(candidate.start, candidate.end));
  // In a test, a password that reads as words or a name (`'testclient'`, `"helloworld"`,
  // `'newpass123'`, `'sup3Rsekr3t'`) logs in to the test's own fixture, and in an example or a sample
  // (`examples/`, `.env.example`) it shows where a password goes: a secret's name beside it is no
  // evidence. A random-looking value there is reported as anywhere else, since a real key leaks
  // from a test or a sample as easily. (Not in manuals: a runbook in `docs/` may hold a real
  // password, however weak.)
  let testPath: boolean | undefined;
  const inTest = () => (testPath ??= isTestPath(placePath));
  let undeployed: boolean | undefined;
  // In a test, a password's stored hash (see isStoredPasswordHash): no password to log in with,
  // and the test holds the password it hashes, as NAME_VALUE_ARGUMENTS and the crypt rule judge.
  // (Not in an example, whose hash may be copied from a real account's.)
  const isTestsPasswordHash = (candidate: Candidate, value: string) =>
    isStoredPasswordHash(value, () => content.slice(Math.max(0, candidate.start - 200), candidate.start)) && inTest();
  const isExampleOrTestPassword = (candidate: Candidate) => {
    if (!(undeployed ??= inTest() || isExampleOrSamplePath(placePath))) return false;
    // (Judged as the program reads it: `verschl\u00FCsselt` is the word `verschlüsselt`.)
    const value = withEscapesDecoded(content.slice(candidate.start, candidate.end));
    // (Leetspeak too: `sup3Rsekr3t`, `P@ssw0rd123` are typed words; and words or stretches of the
    // alphabet between numbers: `xyz1234abc`, `old862phrase`.)
    const typed = (text: string) => !looksRandom(text) || isTypedPassword(text) || isLeetspeakWords(text) || isTypedInParts(text);
    // `phc_test123`, `sk_testkey`: a vendor-style prefix before a typed value. The `_` and the
    // prefix's letters would make the whole look random; the part a vendor generates is the rest.
    const prefixed = VENDOR_STYLE_PREFIX.exec(value);
    // (A URL's password as the server reads it: `top%20secret`, `foo%3A%2Fbar` are typed words;
    // a generated one stays random once decoded.)
    const decoded = percentDecoded(value);
    // (A registry's `auth` by the password it encodes, however short: `docker:io`, `local:host`.)
    const registryPassword = registryAuthPassword(candidate.keyName, value, 1);
    return (
      isTestsPasswordHash(candidate, value) ||
      typed(value) ||
      (prefixed !== null && typed(value.slice(prefixed[0].length))) ||
      (decoded !== value && typed(decoded)) ||
      (registryPassword !== undefined && typed(registryPassword)) ||
      holdsItsNamesWords(value, candidate.keyName)
    );
  };
  // In a test, a JWT the test made for itself (unsigned, or signed with `test-secret`) is its
  // fixture's input, whichever rule saw it; a token signed with any other key is still reported.
  const isTestsOwnJwt = (value: string) => value.startsWith("e") && inTest() && isTestFixtureJwt(value);
  // A bare `key` whose section says what it is (`api:` / `key:`): read only when some candidate is one.
  let sections: SectionKeys | undefined;
  const sectionSaysSecret = (candidate: Candidate) => (sections ??= new SectionKeys(content, typePath)).saysSecret(candidate.start);
  const judged = all.filter(
    (candidate) =>
      (!candidate.rule.evidenceIsName || (!nameIsNoEvidence(candidate) && !isExampleOrTestPassword(candidate))) &&
      (!candidate.rule.skipsComments || !inComment(candidate)) &&
      !notConfiguration(candidate) &&
      (!candidate.needsSection || sectionSaysSecret(candidate)),
  );
  const found = withoutOverlaps(judged).filter((candidate) => {
    // (A notebook's value as its cell holds it, as allow patterns written against the cell expect.)
    const value = notebook ? notebook.cellText(candidate.start, candidate.end) : content.slice(candidate.start, candidate.end);
    if (hasDataUriMarkers && insideDataUriPayload(content, candidate.start, candidate.end)) return false;
    // (A name read inside a block of base85, `pw=` by chance among its characters, is no name.)
    if (candidate.rule.evidenceIsName && insideEncodedBlock(content, candidate.start, candidate.end)) return false;
    // (A base64-alphabet token filling a line of a wrapped base64 blob is the blob's data.)
    if (candidate.rule.base64Alphabet && insideWrappedBase64(content, candidate.start, candidate.end)) return false;
    // (A registry's `auth` is judged by the password it encodes: its user may be all zeros, as
    // Azure Container Registry's token login is.)
    return !isPlaceholder(registryAuthPassword(candidate.keyName, value) ?? value, candidate.rule.structured) && !isTestsOwnJwt(value) && !allow.some((pattern) => pattern.test(value));
  });
  if (found.length === 0) return []; // the common case: skip building the line index

  const index = new TextIndex(input.content);
  // Inline ignores apply to the value's statement: a marker on one of its lines or the one above.
  // (Lines of the text the markers are in: a notebook's view has a line for each line of a cell.)
  const ignores = hasIgnoreMarkers ? parseInlineIgnores(content, typePath) : undefined;
  const lines = content === input.content ? index : new TextIndex(content);
  // (The workspace's own configuration rules report what they match, in lists as on one line.)
  const isBuiltIn = (rule: Rule) => !options?.customRules?.includes(rule as PatternRule);
  const notIgnored = ignores ? found.filter(({ rule, start, end }) => !isStatementIgnored(ignores, content, lines, typePath, rule.id, start, end)) : found;
  // Addresses that share one string are one setting, reported once (see config-value-runs.ts).
  const kept = joinedConfigValues(content, notIgnored, (candidate) => candidate.rule.kind === "config" && isBuiltIn(candidate.rule), (first, end) => ({ ...first, end }));
  if (kept.length === 0) return [];
  const keyNames = new KeyNames(content, typePath);
  // A range in the file: a notebook's view offsets go back to the file's first, then past the `\r`s of its line breaks.
  const toRaw = (offset: number) => lineFeeds.toRaw(notebook ? notebook.toRaw(offset) : offset);
  const rangeOf = (start: number, end: number) => index.span(toRaw(start), toRaw(end));
  // Hashing is the costliest step per finding: a document's re-scan reuses the last scan's hashes.
  const previous: FingerprintTable | undefined = memo && (memo.fingerprints?.filePath === filePath ? memo.fingerprints.table : new Map());
  const fingerprints = new FingerprintAssigner(filePath, previous);
  if (memo && fingerprints.table) memo.fingerprints = { filePath, table: fingerprints.table };
  // (Values ignored inline are secrets too: they stay out of names.)
  const secretValues = new Set(found.filter((candidate) => candidate.rule.kind === "secret").map((candidate) => content.slice(candidate.start, candidate.end)));
  const names = namesWithoutSecretValues(keyNamesOf(kept, keyNames, content, typePath), secretValues);
  // Catalogues of addresses are looked for in code, and in a JSON file data lists (hundreds of
  // values under one repeated name): see configCatalogueEntries.
  const catalogueLeast = fileTypeOf(typePath) === "code" ? CATALOGUE_LEAST_VALUES : JSON_FILE.test(typePath) ? DATA_LIST_LEAST_VALUES : undefined;
  // A configuration value that is a lookup's default (`process.env.ORDERS_URL ?? "…"`,
  // `configuration["Orders:Url"] ?? "…"`) is the value in code of the setting the program reads:
  // named by it where nothing else names it, and never an entry of a catalogue (a settings module
  // of six such lines had read as one, and reported nothing).
  const lookupDefaults = new Set<number>();
  kept.forEach(({ rule, start }, i) => {
    // (Asked only where it decides something: a name is missing, or catalogues are looked for.)
    if (rule.kind !== "config" || (names[i] !== undefined && catalogueLeast === undefined)) return;
    const read = lookupDefaultName(content, start);
    if (read !== undefined) names[i] ??= read;
    // (A default after `??` or `||` whose read no pattern names, `GetSection("S")["Url"] ?? "…"`, is one too.)
    if (read !== undefined || isFallbackOperand(content, start)) lookupDefaults.add(i);
  });
  const catalogue = catalogueLeast === undefined ? undefined : configCatalogueEntries(content, kept, names, (offset) => rangeOf(offset, offset).start.line, catalogueLeast, lookupDefaults);
  // Where no move can rewrite the file (nginx, HTML, INI…), the value is set per environment by hand.
  const configAdvice = takesConfigurationMove(typePath) ? "move to App Configuration" : "set per environment";
  const findings: Finding[] = [];
  for (let i = 0; i < kept.length; i++) {
    const { rule, compound } = kept[i]!;
    const { start, end } = withoutOdbcBraces(content, kept[i]!);
    const name = names[i];
    // A notebook's value as its cell holds it: one over several lines (a PEM key) has the view's
    // padding between the cell's lines, and the notebook editor's scan of the cell has not.
    const value = notebook ? notebook.cellText(start, end) : content.slice(start, end);
    // A value whose name is its evidence, inside a tokenizer's vocabulary: the name was a token's text.
    if (rule.evidenceIsName && name !== undefined && isInsideVocabulary(name)) continue;
    if (rule.kind === "config" && (isDocumentingKeyPath(name) || catalogue?.has(i) || (name !== undefined && isBuiltIn(rule) && isNonEndpointSettingPath(name, value)))) continue;
    if (rule.id === "config/hostname" && isDomainBesideItsWildcard(content, start, end)) continue;
    // A configuration value is not secret: show it (shortened), it is what the user acts on.
    const preview = rule.kind === "config" ? configPreview(value) : secretPreview(rule.id, value);
    findings.push({
      ruleId: rule.id,
      detectorId: rule.id,
      kind: rule.kind,
      message: rule.kind === "config" ? `${rule.title}: ${preview} (configuration value: ${configAdvice})` : `${rule.title}: ${preview}`,
      range: rangeOf(start, end),
      ...(compound ? { compound: rangeOf(compound.start, compound.end) } : {}),
      preview,
      fingerprint: fingerprints.next(rule.id, value, notebook?.cellAt(start)),
      docsUrl: rule.docsUrl,
      ...(name ? { keyName: name } : {}),
      ...(rule.severity ? { severity: rule.severity } : {}),
    });
  }
  return findings;
}

/**
 * Which of `kept` (by index) are entries of a catalogue of addresses in code or a data list in JSON (see
 * catalogueEntries): a table of endpoints to choose from is data, not a setting. `settings` are
 * known to be settings (lookups' defaults), whatever their neighbours.
 */
function configCatalogueEntries(
  content: string,
  kept: readonly Candidate[],
  names: readonly (string | undefined)[],
  lineOf: (offset: number) => number,
  least: number,
  settings: ReadonlySet<number>,
): Set<number> | undefined {
  const configIndexes: number[] = [];
  for (let i = 0; i < kept.length; i++) if (kept[i]!.rule.kind === "config" && !settings.has(i)) configIndexes.push(i);
  if (configIndexes.length < least) return undefined;
  const entries = catalogueEntries(
    configIndexes.map((i) => ({ line: lineOf(kept[i]!.start), value: content.slice(kept[i]!.start, kept[i]!.end), keyName: names[i] })),
    least,
  );
  return new Set([...entries].map((entry) => configIndexes[entry]!));
}

/**
 * Where a JSON or YAML document shows a value rather than sets one: OpenAPI's and JSON Schema's
 * `example:` and `examples:` (`x-example` too), and a `description:`, `summary:` or (AWS's and
 * Smithy's API models) `documentation:` in prose (a Swagger file's "in the form
 * `192.168.1.1:4567`"). No deployment reads an address there, so it
 * is no configuration value; a secret there is still reported.
 */
function isDocumentingKeyPath(keyPath: string | undefined): boolean {
  // (Most paths hold none of these words: one test before splitting.)
  if (keyPath === undefined || !/xample|escription|ummary|ocumentation/i.test(keyPath)) return false;
  const segments = keyPath.split(":");
  return segments.some((segment) => /^(?:x-)?examples?$/i.test(segment)) || /^(?:description|summary|documentation)$/i.test(segments[segments.length - 1]!);
}

/** {@link scanText}, for callers that prefer a promise (the engine may move off-thread later). */
export function scan(input: ScanInput): Promise<Finding[]> {
  return Promise.resolve(scanText(input));
}
