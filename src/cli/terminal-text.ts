/**
 * Text from a scanned repository (file names, previews of values) printed to a terminal. A control
 * character there is an instruction to the terminal: a file named `x\e[5A\e[J` moves the cursor up
 * and clears the findings printed before it, `\r` overwrites a line, `\e[8m` conceals the rest,
 * and bidirectional overrides reorder what is read. Each is shown as an escape instead.
 */
// C0 controls (tab included: it would misalign the columns), DEL, C1 controls, and the Unicode
// directional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON (and SARIF) text with the characters JSON.stringify leaves as they are but a terminal acts
 * on, C1 controls and direction overrides, written as `\uXXXX` escapes: the same JSON to a parser,
 * harmless on a screen. (C0 controls JSON escapes itself.)
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
