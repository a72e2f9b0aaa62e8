/** Two-letter words that join the words of an identifier: `invalidUserNameOrPassword`, `SignUpRequired`. */
const SHORT_WORDS = new Set(["or", "and", "to", "by", "of", "is", "in", "at", "on", "up", "no", "my", "as", "if", "id", "ok", "re", "un", "do", "go", "be"]);

/**
 * `FlowPasswordRequiredResultV2`, `msal:acquireTokenStart`, `NESTED_APP_AUTH_UNAVAILABLE`: a value
 * made of two or more words is an identifier or an event name (constants in SDKs look like this),
 * not a credential. Random tokens do not split into pronounceable words.
 */
export function isWordyIdentifier(identifier: string): boolean {
  const value = identifier.replace(/^[_$]+/, ""); // `__SecRandom`, `_privateToken`: the words count
  return isWordRun(value) || isWordsWithAcronyms(value);
}

function isWordRun(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_:./-]*$/.test(value)) return false;
  const parts = value.split(/[_:./-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  return (
    parts.length >= 2 &&
    // Short joining words count when the words around them make the identifier (`thisIsDog11` is a password).
    (parts.filter((part) => part.length >= 3).length >= 3 || !parts.some((part) => SHORT_WORDS.has(part.toLowerCase()))) &&
    parts.every((part) => /^[A-Za-z]\d{1,2}$/.test(part) || SHORT_WORDS.has(part.toLowerCase()) || (/^[A-Za-z]{3,}\d{0,2}$/.test(part) && /[aeiouy]/i.test(part)))
  );
}

/**
 * How many characters of `value` stand in runs of letters as long as a word (a capital and three
 * lower-case letters or more, or in capitals three letters or more). The words of
 * {@link isWordsWithAcronyms} cover about as much (a digit or two after a word aside).
 */
function letterRunCoverage(value: string, capitals: boolean): number {
  const shortest = capitals ? 3 : 4;
  let covered = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const lower = code >= 97 && code <= 122;
    const upper = code >= 65 && code <= 90;
    if (capitals ? upper : lower) run++;
    else {
      if (run >= shortest) covered += run;
      // In camel case a capital starts the next word.
      run = !capitals && upper ? 1 : 0;
    }
  }
  return run >= shortest ? covered + run : covered;
}

/**
 * The pieces of an identifier: split at `_ : . / -`, and unless it is all capitals, before a capital
 * that follows a lower-case letter or digit (`cloudVm`, `Ipv4Pools`) or that starts a word after
 * capitals (`HTTPServer`). One pass: word-heavy values, common in code, are split often.
 */
function wordParts(value: string, capitals: boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 95 || code === 58 || code === 46 || code === 47 || code === 45) {
      if (i > start) parts.push(value.slice(start, i));
      start = i + 1;
    } else if (!capitals && i > start && code >= 65 && code <= 90) {
      const before = value.charCodeAt(i - 1);
      const next = value.charCodeAt(i + 1); // NaN past the end
      const afterLowerOrDigit = (before >= 97 && before <= 122) || (before >= 48 && before <= 57);
      const startsWordAfterCapitals = before >= 65 && before <= 90 && next >= 97 && next <= 122;
      if (afterLowerOrDigit || startsWordAfterCapitals) {
        parts.push(value.slice(start, i));
        start = i;
      }
    }
  }
  if (start < value.length) parts.push(value.slice(start));
  return parts;
}

/**
 * `cloudAutonomousVmClusters`, `PublicIpv4Pools`, `gs_external_account_file`, `0002_alter_user_email`:
 * among two or more words, acronyms, short pieces and numbers count too, when the words make up
 * most of the value (random text splits into short pieces). In capitals, only separators split
 * (`GRPC_PYTHON_MANAGED_CHANNEL`): a random run of capitals would otherwise read as words.
 * A numeronym counts as a short piece (`u2fAuthnLevel`, `k8sNodeLabels`, `e2eTestRunner`): a
 * letter, one or two digits and a lower-case letter, as names abbreviate a protocol or a word.
 * So does an acronym of four letters in camel case, which has no vowel to read as a word
 * (`network_XMLHttpRequest`, `SmtpRelayHost`), as `Xml` and `HTTP` do.
 */
function isWordsWithAcronyms(value: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9_:./-]*$/.test(value)) return false;
  const capitals = !/[a-z]/.test(value);
  // Most values are random: a count of letters in word-length runs rules them out before any split.
  if (letterRunCoverage(value, capitals) < 0.6 * value.length) return false;
  const separated = /[_:./-]/.test(value);
  const parts = wordParts(value, capitals);
  const isWord = capitals
    ? (part: string) => /^[A-Z]{3,}$/.test(part) && /[AEIOUY]/.test(part) && !/([A-Z])\1\1/.test(part)
    : (part: string) => /^[A-Za-z][a-z]{3,}\d{0,2}$/.test(part) && /[aeiouy]/i.test(part) && !/([a-z])\1\1/i.test(part);
  const words = parts.filter(isWord);
  if (words.length < 2 || words.join("").length < 0.6 * value.length) return false;
  return parts.every(
    (part) =>
      isWord(part) ||
      SHORT_WORDS.has(part.toLowerCase()) ||
      /^(?:[A-Za-z]\d{1,2}|[A-Z][a-z]{1,2}\d{0,2}|[A-Z][b-df-hj-np-tv-xz]{3}|[A-Z]{2,4}\d{0,2}|[A-Za-z]\d{1,2}[a-z])$/.test(part) ||
      (separated && /^(?:[a-z]{1,2}|[A-Z])$/.test(part)) ||
      (/^[a-z]{3}$/.test(part) && /[aeiou]/.test(part)) ||
      (words.length >= 3 && /^\d+$/.test(part)),
  );
}
