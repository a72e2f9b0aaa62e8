import { looksRandom } from "./secret-values";
import { isPronounceable, isSingleCaseHex, isTypedPassword } from "./value-shapes";
import { segmentsOf } from "./name-segments";

/** The letters people write as digits and marks: `P@ssw0rd`, `sup3Rsekr3t`, `Wr!t3`. */
const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

/**
 * The same value with what a person appends stripped (`14`, `#!`) and leetspeak read back as
 * letters: `conta1n3rize14` is `containerize`, `am@z1ng_p@ssw0rd#!` is `amazing_password`. A
 * generated value stays random (`Zr4Kv8Tq2Mw6` is `ZraKv8Tq2Mw`); one with no leet in it is
 * returned unchanged.
 */
export function withoutLeetspeak(value: string): string {
  const stem = value.replace(/[\W\d_]+$/, "");
  if (!/[a-z][013457@$!]|[013457@$!][a-z]/i.test(stem)) return value;
  return stem.replace(/[013457@$!]/g, (char) => LEET[char]!);
}

/**
 * `_LAST_WRITE_TOKEN = b"L@stWr!t3T0k3n"`, `_END_OF_STREAM_TOKEN = b"3nd0fStr3@m"`: a value in
 * leetspeak that spells its own name (all of it, or all but its last word) is a marker that code
 * writes and looks for, named for itself, not a secret. (`name` may be a path: its last part counts.)
 */
export function spellsItsOwnName(value: string, name: string): boolean {
  const read = withoutLeetspeak(value);
  if (read === value) return false;
  const letters = read.replace(/[^A-Za-z]/g, "").toLowerCase();
  const words = segmentsOf(name.replace(/^.*[.:/]/, ""));
  if (letters.length < 6 || words.length === 0) return false;
  return letters === words.join("") || (words.length >= 2 && letters === words.slice(0, -1).join(""));
}

/**
 * Words written in leetspeak, as people type a password they will remember (`sup3Rsekr3t`,
 * `am@z1ng_p@ssw0rd#!`, `P@ssw0rd123`): read back, each part between separators is a typed
 * password's words, and the whole no longer looks random. (Random base64 read so keeps runs of
 * capitals or digits: `nH5ZQEWtku0RJEZ6` is no word.)
 */
export function isLeetspeakWords(value: string): boolean {
  // (Hex has only six letters, and digits that read as more: `315004be7e` is no word either.)
  if (isSingleCaseHex(value)) return false;
  const read = withoutLeetspeak(value);
  if (read === value) return false;
  // (Random letters and digits read back are letters still, but seldom pronounceable ones:
  // `k03o41eb5bmmbb5gymok` is `koeoaiebsbmmbbsgymok`.)
  return read.split(/[_.\- ]+/).every((part) => part === "" || (isTypedPassword(part) && isPronounceable(part.replace(/[^A-Za-z]/g, "")))) && !looksRandom(read);
}
