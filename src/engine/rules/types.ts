import type { FindingKind, FindingSeverity } from "../types";

/** What we tell users about a rule. Rule ids are the keys users write in ignores and baselines. */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  readonly kind: FindingKind;
  readonly docsUrl: string;
  /** Custom rules may ask for a severity; built-in rules follow the user's setting. */
  readonly severity?: FindingSeverity;
}

/** What a rule may know about the text besides its own match. */
export interface RuleContext {
  readonly filePath: string;
  /** How values are written in this file: see file-type.ts. */
  readonly fileType: FileType;
}

/**
 * `code`: a bare word after `=` is an expression (`password = getPassword()`); `config`: it is the
 * value itself (`PASSWORD=hunter2` in .env, `password: hunter2` in YAML); `text`: prose, shell
 * sessions and anything unknown, treated like config.
 */
export type FileType = "code" | "config" | "text";

interface RuleBase extends RuleInfo {
  /**
   * Lower-case substrings; the rule runs when the lower-cased text contains at least one. Choose
   * them so that every true match contains one.
   */
  readonly keywords: readonly string[];
  /**
   * A speed-up only: what must follow a keyword in every match (`end` is the offset just after
   * the keyword in `text`, which may be the end of the line). An occurrence for which this is
   * false does not wake the rule, so it must hold for every keyword occurrence a match can rely on.
   */
  readonly keywordEnd?: (text: string, end: number) => boolean;
  /** The same for some keywords alone (in place of keywordEnd): a rule that reads several shapes may need a different one for each. */
  readonly keywordEnds?: ReadonlyMap<string, (text: string, end: number) => boolean>;
  /**
   * A file known by its name whose content is the secret, with no word to say so (Rails'
   * `config/master.key`): the rule runs once over the whole text of a file whose path matches,
   * keywords or not.
   */
  readonly fileName?: RegExp;
  /**
   * For a rule whose fileName wakes it on more files than are named for a secret (every name
   * without an extension, judged then by the word in it): which are. A folder scan reads such
   * files even when git-ignored (see isSecretFile); without this, every file fileName matches.
   */
  readonly namesSecretFile?: (filePath: string) => boolean;
  /**
   * `line` (default): runs on each line that contains a keyword, so matches stay within a line.
   * `text`: runs once over the whole text when a keyword occurs anywhere (PEM blocks span lines).
   */
  readonly scope?: "line" | "text";
  /** A connection string or similar that carries a secret among other settings: stored whole. */
  readonly compound?: boolean;
  /**
   * The format carries its own evidence (a fixed signature or checksum, a PEM armour, a decoded
   * JWT): runs of one character inside it are part of the format, not a sign of a made-up value.
   */
  readonly structured?: boolean;
  /**
   * The value counts as a secret because of the name or setting it is given (`password: …`,
   * `Password=` in a connection string), not because of a format of its own. In documentation by
   * convention (Ansible's EXAMPLES, doctest lines) such a pair is an example of use.
   */
  readonly evidenceIsName?: boolean;
  /**
   * The format is all base64 characters with a run of `A`s (zero bytes) for a prefix: a match that
   * fills a line of a base64 blob wrapped at a fixed width is the blob's data (see
   * insideWrappedBase64).
   */
  readonly base64Alphabet?: boolean;
  /**
   * The value has no public prefix: the rule finds it by where it is (a call, a URL parameter), not
   * by a format that starts so. Its preview shows no more than any name's (`abc-…` is no vendor's).
   */
  readonly noPublicPrefix?: boolean;
  /**
   * The value is a service URL whose host and path are no secret, only a token in it: its preview
   * is the URL with what may be a token hidden (see configPreview), not `http…(80)`.
   */
  readonly urlPreview?: boolean;
  /**
   * The value is a finding only where a program reads it, never in a comment. A line-scoped rule
   * sees the comments that open on its line; the engine drops its hits inside comments that
   * opened on an earlier line (see MultiLineComments).
   */
  readonly skipsComments?: boolean;
  /**
   * The key name a hit carries is the setting's own, declared apart from the value (a parameter's
   * name, the `name` of a name/value pair): it names the finding rather than the document's path.
   */
  readonly declaresName?: boolean;
}

/**
 * A detector written as a regular expression. Flags `g` and `d` are required. The named group
 * `value` is the secret (without it the whole match is); a group `name` is the setting it is
 * assigned to. Keep it linear-time: no nested or overlapping quantifiers.
 */
export interface PatternRule extends RuleBase {
  readonly pattern: RegExp;
  /** Lines shorter than this cannot hold a match: the regex is not run on them. */
  readonly minLength?: number;
  /**
   * A speed-up only: a cheap test that every line holding a match passes (a long enough run of
   * the value's characters, a literal the pattern needs). Lines that fail it skip the regex.
   */
  readonly mayMatch?: (line: string) => boolean;
  /** True to drop a match that has the shape but is not a secret (placeholders, emulator keys). */
  readonly reject?: (value: string, match: RegExpExecArray, context: RuleContext) => boolean;
  /**
   * For a rule that is not `compound` as a whole: true where one hit (the value at `start`–`end`
   * in `text`) sits in a credential stored whole, such as a key as a URL's password (see RuleHit.compound).
   */
  readonly compoundWhere?: (text: string, start: number, end: number) => boolean;
  /**
   * On a line longer than twice this, the pattern runs only on windows reaching this many
   * characters either side of each keyword occurrence (see keyword-windows.ts), not on the whole
   * line. For patterns we did not write: their time per window is bounded, whatever their shape.
   */
  readonly reach?: number;
}

/** A located value, relative to the text the rule was given. */
export interface RuleHit {
  readonly start: number;
  readonly end: number;
  readonly keyName?: string;
  /**
   * The value sits in a connection string that is the credential as a whole: what RuleBase.compound
   * says of all of a rule's hits, said of one (a rule that reads several shapes, some of them whole
   * connection strings: libpq's `"host=… password=…"`).
   */
  readonly compound?: boolean;
  /**
   * The hit's own name, a bare `key`, says too little: it stands only where the section it sits in
   * says what the key is (`api:` above `key:`, `[openai]` above `key =`). A rule sees one line; the
   * scan, which sees the document, decides (see section-key.ts).
   */
  readonly needsSection?: boolean;
}

/** A detector that needs more judgement than one regex: it parses the text it is given itself. */
export interface ScannerRule extends RuleBase {
  /**
   * @param wokenAt for a `text`-scoped rule, the offsets of the lines where one of its keywords
   * occurs (ascending), so the rule can look there instead of searching the whole text again on
   * every edit; absent when unknown.
   */
  readonly find: (text: string, context: RuleContext, wokenAt?: readonly number[]) => readonly RuleHit[];
}

export type Rule = PatternRule | ScannerRule;

export function isPatternRule(rule: Rule): rule is PatternRule {
  return "pattern" in rule;
}
