/**
 * Passphrases: a password of several words with spaces (`"correct horse battery staple"`,
 * `"Tiger lamp 42 orbit"`), as people choose them and as Diceware generates them. Under a
 * password's name a value with spaces is otherwise prose: a label, a hint, an error message
 * (`"Enter your password"`, `"is too short"`, `"Mot de passe"`), so a passphrase is told from
 * prose by what prose cannot do without: short function words, and a sentence's punctuation.
 */
import { shannonEntropy } from "./entropy";

/**
 * Words that sentences, labels and messages are built from, in the languages user interfaces are
 * most often translated to: any one of them makes the value prose. (Also the words of the
 * messages that sit under password names: `"must match"`, `"at least 12 characters"`.)
 */
const PROSE_WORDS = new Set([
  // English
  "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into", "as", "is", "are", "was",
  "were", "be", "been", "it", "its", "this", "that", "these", "those", "your", "you", "my", "our", "their", "his", "her", "we", "they", "not",
  "no", "if", "then", "than", "when", "will", "can", "cannot", "must", "should", "may", "do", "does", "has", "have", "please", "enter", "type",
  "confirm", "change", "reset", "forgot", "new", "old", "current", "required", "invalid", "wrong", "incorrect", "match", "matches", "least",
  "characters", "too", "short", "long", "here", "password", "passwords", "passphrase", "secret", "value", "field", "example", "placeholder",
  "used", "use", "set", "see", "show", "hide",
  // French, Spanish, Portuguese, Italian, German, Dutch, Swedish, Danish, Norwegian
  "de", "du", "des", "la", "le", "les", "un", "une", "et", "ou", "votre", "el", "los", "las", "del", "y", "su", "contraseña", "da", "do", "dos",
  "das", "e", "sua", "di", "il", "lo", "della", "der", "die", "und", "oder", "ihr", "ihre", "zu", "von", "het", "een", "van", "en", "och", "att",
  "og", "af", "på", "för", "mot", "passe",
]);

/** A word of a passphrase: letters or digits, maybe with a symbol inside or after (`orbit42!`, `p@ss`). */
const WORD = /^[A-Za-z0-9][A-Za-z0-9!@#$%^&*_+=~-]{1,23}$/;

/** Words of a passphrase's shape, one space apart: a passphrase or prose, nothing else (no code, no markup). */
export function isWordsWithSpaces(value: string): boolean {
  return value.split(" ").every((word) => WORD.test(word));
}

/**
 * A wallet's recovery phrase as BIP-39 writes it: 12, 15, 18, 21 or 24 lower-case words of 3 to 8
 * letters, one space apart. (The words come from a list of 2,048; their shape is enough under a
 * name that says mnemonic.)
 */
export function isMnemonicPhrase(value: string): boolean {
  const words = value.split(" ");
  return [12, 15, 18, 21, 24].includes(words.length) && words.every((word) => /^[a-z]{3,8}$/.test(word));
}

/**
 * A word as password generators make them (`Hk7vRt3nQ8`): 8 or more characters with lower case,
 * upper case and digits mixed, which no label or message is written with.
 */
function isGeneratedWord(word: string): boolean {
  return word.length >= 8 && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word) && shannonEntropy(word) >= 2.8;
}

/**
 * Whether `value` is a passphrase: 3 to 8 words of 2 to 24 characters, one space apart, none of
 * them a word prose is made of, and no sentence's punctuation. Three words only with a digit or
 * a symbol among them (`"Mot de passe"` is three words too); four or more may be letters alone;
 * two only when one of them is generated (`"Zq9xLm2pW4 Hk7vRt3nQ8"`).
 */
export function isPassphrase(value: string): boolean {
  if (value.length < 12 || value.length > 120) return false;
  const words = value.split(" ");
  if (words.length < 2 || words.length > 8 || !isWordsWithSpaces(value)) return false;
  if (words.some((word) => PROSE_WORDS.has(word.toLowerCase()))) return false;
  if (words.length === 2) return words.some(isGeneratedWord);
  // `"Click Save"`-style labels and titles: every word capitalised.
  if (words.every((word) => /^[A-Z][a-z]+$/.test(word))) return false;
  return words.length >= 4 || /[\d!@#$%^&*_+=~-]/.test(value);
}
