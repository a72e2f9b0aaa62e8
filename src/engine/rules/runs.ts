/** Quick necessary conditions for patterns whose value is a long run of one character class. */

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

function isBase32Character(code: number): boolean {
  // [a-z2-7], either case (the patterns that use it are case-insensitive)
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 50 && code <= 55);
}

/**
 * Reads the window of `length` characters where a run could start, from its end backwards: all in
 * the class is a run, and a character outside it rules out every start up to it. So most lines
 * are read one character in many (a run of 52 is looked for on every line that says `token`), and
 * none is read more than twice.
 */
function hasRun(line: string, length: number, inClass: (code: number) => boolean): boolean {
  let start = 0;
  while (start + length <= line.length) {
    let i = start + length - 1;
    while (i >= start && inClass(line.charCodeAt(i))) i--;
    if (i < start) return true;
    start = i + 1;
  }
  return false;
}

/** Whether the line holds `length` hexadecimal digits in a row (either case). */
export function hasHexRun(line: string, length: number): boolean {
  return hasRun(line, length, isHexDigit);
}

/** Whether the line holds `length` characters of [a-z2-7] (either case) in a row. */
export function hasBase32Run(line: string, length: number): boolean {
  return hasRun(line, length, isBase32Character);
}

/** [A-Za-z0-9+/_-]: a character of base64 or base64url (not the `=` padding). */
export function isBase64OrBase64UrlCharacter(code: number): boolean {
  // [A-Za-z0-9+/_-]
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 95 || code === 45;
}

/** Whether the line holds `length` characters of base64 or base64url ([A-Za-z0-9+/_-]) in a row. */
export function hasBase64Run(line: string, length: number): boolean {
  return hasRun(line, length, isBase64OrBase64UrlCharacter);
}

/** [A-Za-z0-9_+%-]: a character of a token in a URL (percent-encoding included). */
function isUrlTokenCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 43 || code === 37 || code === 45;
}

/** Whether the text holds `length` characters of [A-Za-z0-9_+%-] in a row. */
export function hasUrlTokenRun(text: string, length: number): boolean {
  return hasRun(text, length, isUrlTokenCharacter);
}
