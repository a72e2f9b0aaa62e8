// How a shell reads a script at a given place: in quotes, a here-document, or bare. The shell quick
// fix writes `${NAME}` by it, and "Ignore this finding…" asks it whether a comment line would be
// one. No `vscode` here.

/** How the shell reads the text at a place: see shellQuotingAt. */
export type ShellQuoting = "single" | "double" | "bare" | "heredoc";

/**
 * Shell: the quoting in force at `offset`, read from the start of the script as the shell reads
 * it: single quotes, double quotes (`"…$(…)…"` opens a new level, where quotes are quotes again:
 * `"$(openssl passwd -6 '…')"`), a here-document's body (`heredoc`: `$` expands there, quotes are
 * text), or none. Undefined where a replacement cannot be written safely or the reading is unsure:
 * inside backticks (nested quoting needs escapes), a here-document whose delimiter is quoted
 * (nothing expands), ANSI-C `$'…'`, or a `case` pattern inside a substitution.
 */
export function shellQuotingAt(text: string, offset: number): ShellQuoting | undefined {
  return shellReadingAt(text, offset)?.quoting;
}

/** How the shell reads a place: see shellReadingAt. */
export interface ShellReading {
  readonly quoting: ShellQuoting;
  /** Inside a command substitution `$(…)` or a parenthesized subshell `(…)`, whose `exit` (or failed `${X:?…}`) ends only that subshell. */
  readonly inSubshell: boolean;
  /** In a here-document's body: where its `<<` stands, on the line of the command that reads it. */
  readonly heredocOpener?: number;
}

/** shellQuotingAt's reading, with whether the place is in a subshell and, in a here-document, where it was opened. */
export function shellReadingAt(text: string, offset: number): ShellReading | undefined {
  const stack: ("double" | "substitution" | "paren" | "backtick")[] = [];
  /** Here-documents opened on the current line, their bodies starting on the next. */
  const pending: { delimiter: string; quoted: boolean; stripTabs: boolean; opener: number }[] = [];
  let mode: "code" | "single" | "ansi" = "code";
  for (let i = 0; i < offset; i++) {
    const char = text[i]!;
    // (A here-document opened inside `$(…)` starts on the next line as well: `cfg=$(cat <<EOF`.)
    if (char === "\n" && pending.length > 0 && mode === "code" && (stack.length === 0 || stack[stack.length - 1] === "substitution" || stack[stack.length - 1] === "paren")) {
      // Skip each pending here-document's body, up to its delimiter's line.
      for (const doc of pending.splice(0)) {
        let lineStart = i + 1;
        for (;;) {
          const lineEnd = text.indexOf("\n", lineStart);
          const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
          const isEnd = (doc.stripTabs ? line.replace(/^\t+/, "") : line) === doc.delimiter;
          if (offset >= lineStart && (lineEnd === -1 || offset <= lineEnd) && !isEnd) return doc.quoted ? undefined : { quoting: "heredoc", inSubshell: stack.length > 0, heredocOpener: doc.opener };
          if (isEnd || lineEnd === -1) {
            i = lineEnd === -1 ? text.length : lineEnd;
            break;
          }
          lineStart = lineEnd + 1;
        }
        if (i >= offset) return undefined;
      }
      continue;
    }
    if (mode === "single") {
      if (char === "'") mode = "code";
      continue;
    }
    if (mode === "ansi") {
      if (char === "\\") i++;
      else if (char === "'") mode = "code";
      continue;
    }
    const top = stack[stack.length - 1];
    if (char === "\\") {
      i++;
    } else if (char === "`") {
      if (top === "backtick") stack.pop();
      else stack.push("backtick");
    } else if (char === "$" && text[i + 1] === "(") {
      stack.push("substitution");
      i++;
    } else if (top === "double") {
      if (char === '"') stack.pop();
    } else if (char === "$" && text[i + 1] === "'") {
      mode = "ansi";
      i++;
    } else if (char === "'") {
      mode = "single";
    } else if (char === '"') {
      stack.push("double");
    } else if (char === "(") {
      stack.push("paren");
    } else if (char === ")") {
      // Outside every bracket a `)` can only end a `case` pattern (`-h|--help)`), which closes nothing.
      if (stack.length === 0) continue;
      if (top !== "substitution" && top !== "paren") return undefined;
      stack.pop();
    } else if (char === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      // A comment, to the end of its line.
      const lineEnd = text.indexOf("\n", i);
      if (lineEnd === -1 || lineEnd >= offset) return undefined;
      i = lineEnd - 1;
    } else if (char === "<" && text[i + 1] === "<" && text[i + 2] !== "<") {
      // (`<<\EOF` quotes the word as `<<'EOF'` does: nothing in the body expands.)
      const heredoc = /^<<(-?)[ \t]*(\\?)(["']?)([A-Za-z_][\w.-]*)\3/.exec(text.slice(i, i + 200));
      if (heredoc) {
        pending.push({ delimiter: heredoc[4]!, quoted: heredoc[2] !== "" || heredoc[3] !== "", stripTabs: heredoc[1] === "-", opener: i });
        i += heredoc[0].length - 1;
      }
    } else if (stack.includes("substitution") && /^case\b/.test(text.slice(i, i + 5)) && (i === 0 || /[\s;(]/.test(text[i - 1]!))) {
      // `case x in x)`: a pattern's `)` closes nothing.
      return undefined;
    }
  }
  if (mode !== "code" && mode !== "single") return undefined;
  if (stack.includes("backtick")) return undefined;
  const inSubshell = stack.includes("substitution") || stack.includes("paren");
  return { quoting: mode === "single" ? "single" : stack[stack.length - 1] === "double" ? "double" : "bare", inSubshell };
}
