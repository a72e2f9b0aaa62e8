/**
 * Sentences that happen to put a secret word before another word: a resource string, a notice, a
 * help text, documentation. The generic rule asks here before it takes a word for a value.
 */

import { secretStrength } from "./secret-names";
import { looksRandom } from "./secret-values";

/** A bare word, maybe hyphenated or with an apostrophe. */
const PLAIN_WORD = /^[A-Za-z][A-Za-z'-]*$/;

/**
 * `TextBox_Password=Whether the input is hidden.`, `KeePass: Copyright (C) 2003 …`: a bare word
 * after a name, then two more tokens, one of them a word, and no comment marker (`password=Xyz
 * # admin` keeps its value).
 */
export function startsASentence(value: string, rest: string): boolean {
  return PLAIN_WORD.test(value) && /^[ \t]+[^\s#;/]\S*[ \t]+\S/.test(rest) && /[ \t][A-Za-z]{2}/.test(rest);
}

/**
 * `Enter new password:   [enter new password]`, `password = [the admin's password]`: a phrase in
 * square brackets that stands for what is typed there, as a manual's transcript writes it. A bare
 * value stops at the first blank, at `[enter`: a bracket and a word, and after it more words, then
 * the bracket's close. (A random value in brackets has no blank inside: `[Kq7vRzm2Lp9x]`.)
 */
export function opensBracketedPhrase(value: string, rest: string): boolean {
  return value.startsWith("[") && PLAIN_WORD.test(value.slice(1)) && /^(?:[ \t]+[A-Za-z][A-Za-z'-]*){1,8}\]/.test(rest);
}

/**
 * `- docker_secret: manage secrets`, `* api_token: access token`: a lower-case word after a name
 * and its colon, and one more that ends the line. A README lists modules or parameters so, each
 * with a short description; startsASentence needs three words. (A password typed in a document
 * ends its line or comes before a comment, and a generated one is no lower-case word.)
 */
export function isTwoWordDescription(value: string, rest: string): boolean {
  return /^[a-z]{2,}$/.test(value) && /^[ \t]+[a-z]{2,}\.?[ \t]*$/.test(rest);
}

/**
 * "credentials: `username`, `password`, `clientSecret`": a name, then more names after commas
 * of which one names a secret itself, is a document's list of a credential's fields, its first
 * read as the value. A password is not followed by the names of other fields (and a generated
 * value first in such a list is still judged).
 */
export function listsFieldNames(value: string, rest: string): boolean {
  // (The list after the value first: it is one anchored regex, and most values have none, where
  // looksRandom would weigh every name-shaped value of a document.)
  const list = FIELD_NAME.test(value) ? FIELD_NAMES_AFTER.exec(rest) : null;
  if (list === null || looksRandom(value)) return false;
  return list[0].split(",").slice(1).some((item) => secretStrength(item.replace(LIST_ITEM_MARKS, "")) !== undefined);
}

const FIELD_NAME = /^[A-Za-z_][\w-]{0,60}$/;
/** The value's closing quote, then names after commas (the last maybe after `and` or `or`), ending the sentence or the line. */
const FIELD_NAMES_AFTER = /^(["'`]?)(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?(["'`]?)[A-Za-z_][\w-]{0,60}\2){1,10}(?=[ \t]*(?:[.;)]|\r?$)|[ \t]+[A-Za-z])/;
/** What is around a name in such a list: blanks, quotes, `and` or `or`. */
const LIST_ITEM_MARKS = /^[ \t]*(?:(?:and|or)[ \t]+)?["'`]?|["'`]?[ \t]*$/g;

/** A lower-case word, maybe with accented letters or Java's `\u00E3` escapes for them. */
const PROSE_WORD = /^(?:[a-z\u00DF-\u00FF]|\\u00[C-Fc-f][0-9A-Fa-f])+$/;
/**
 * Two more words, the second maybe quoted ("--credential belong to 'run'"), or one that ends the
 * sentence ("--set-secret multiple times.").
 */
const PROSE_GOES_ON = /^[ \t]+(?:[a-z\u00DF-\u00FF]|\\u00[C-Fc-f][0-9A-Fa-f]){2,}(?:[ \t]+(["'`]?)(?:[a-z\u00DF-\u00FF]|\\u00[C-Fc-f][0-9A-Fa-f]){2,}\1(?![\w-])|[.!?](?!\w))/;

/**
 * "-keypasswd commands not supported", "-keypasswd werden nicht unterstützt", "No --pull-secret
 * provided: cluster will…", "passing --set-secret multiple times.": a word of a sentence that
 * names the flag, not its value (a command line goes on with arguments, a sentence with more
 * words or a full stop). The word may end a clause.
 */
export function isSentenceWordAfterFlag(value: string, rest: string): boolean {
  // "(i.e. passing --os-password argument), we can", "set it with --password option.": a
  // lower-case word that closes a bracket or a sentence is prose, wherever the line goes on.
  if (CLOSING_PROSE_WORD.test(value)) return true;
  // (Capitalised too: "Return true if -debug-pass=Executions or higher is specified.")
  return (PROSE_WORD.test(value.replace(/[:,;]$/, "")) || CAPITALISED_WORD.test(value)) && PROSE_GOES_ON.test(rest);
}

/**
 * A help text's row: the option first on its line (maybe after its short alias, `-a, --apisecret=
 * randomstring  API secret all requests…`), its value, then a wide gap and the description. The
 * word after the option is the slot's name, as `--timeout=number` names a number's; a command line
 * goes on after one blank, and with another option, a comment or a continuation, not a sentence.
 * @param before the line before the option
 */
export function isHelpColumnSlot(before: string, value: string, rest: string): boolean {
  return HELP_ROW_START.test(before) && SLOT_WORD.test(value) && value.replace(/[^AEIOUYaeiouy]/g, "").length * 5 >= value.length && HELP_COLUMN_DESCRIPTION.test(rest);
}

/**
 * A slot's name, in one case (`number`, `randomstring`, `FILE`, `key-file`), with a vowel in every
 * five letters or so: random letters mix cases (`QvrTpLwz…`) or have too few vowels (`qvrtplwz…`).
 */
const SLOT_WORD = /^(?:[a-z]+(?:[-_][a-z]+)*|[A-Z]+(?:[-_][A-Z]+)*)$/;

/** Indentation, maybe a short option and its comma: what comes before a help text's long option. */
const HELP_ROW_START = /^[ \t]*(?:-[A-Za-z0-9],[ \t]*)?$/;
/** A gap of two blanks or more (or a tab), then words: a description's column. */
const HELP_COLUMN_DESCRIPTION = /^(?: {2,}|[ \t]*\t)[ \t]*[A-Za-z][A-Za-z'-]*[ \t]+[A-Za-z]/;

const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const CLOSING_PROSE_WORD = /^[a-z]{3,}(?:\)[.,;:!?]?|[.!?])$/;

/**
 * "the password DbPassword.", "your login page password field.", "a login without password
 * allowed?": a word that ends a sentence.
 */
export function endsASentence(value: string): boolean {
  return /^\(?[A-Za-z_][\w-]*\)?[.,;:?!]$/.test(value);
}

/**
 * MySQL's "Access denied for user 'app'@'localhost' (using password: YES)", quoted in every FAQ
 * and log: whether a password was given, not which.
 */
export function isMysqlAccessDenied(before: string, value: string): boolean {
  return /\busing password:[ \t]*$/i.test(before) && /^(?:YES|NO)\b/.test(value);
}
