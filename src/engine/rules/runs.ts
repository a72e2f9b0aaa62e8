/** Quick necessary conditions for patterns whose value is a long run of one character class. */

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

function isBase32Character(code: number): boolean {
  // [a-z2-7], either case (the patterns that use it are case-insensitive)
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 50 && code <= 55);
}

function hasRun(line: string, length: number, inClass: (code: number) => boolean): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    run = inClass(line.charCodeAt(i)) ? run + 1 : 0;
    if (run >= length) return true;
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
