import { looksRandom } from "./secret-values";
import { isPronounceable, isSingleCaseHex, isTypedPassword } from "./value-shapes";

/** The letters people write as digits and marks: `P@ssw0rd`, `sup3Rsekr3t`. */
const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/**
 * The same value with what a person appends stripped (`14`, `#!`) and leetspeak read back as
 * letters: `conta1n3rize14` is `containerize`, `am@z1ng_p@ssw0rd#!` is `amazing_password`. A
 * generated value stays random (`Zr4Kv8Tq2Mw6` is `ZraKv8Tq2Mw`); one with no leet in it is
 * returned unchanged.
 */
export function withoutLeetspeak(value: string): string {
  const stem = value.replace(/[\W\d_]+$/, "");
  if (!/[a-z][013457@$]|[013457@$][a-z]/i.test(stem)) return value;
  return stem.replace(/[013457@$]/g, (char) => LEET[char]!);
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
