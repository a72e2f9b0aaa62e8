import { SECRETS_GUIDE } from "./docs";
import { entryPasswords } from "./password-entries";
import { lineEndOf } from "../line-starts";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * PostgreSQL's password file: `~/.pgpass`, `%APPDATA%\postgresql\pgpass.conf` on Windows, or a
 * `pgpass` mounted as a container's secret. libpq reads one `hostname:port:database:username:password`
 * a line and logs in with the first that matches, so each line is a working password in the clear.
 * `*` in the first four fields matches anything; `\:` and `\\` escape a colon and a backslash; a
 * line that starts with `#` is a comment (a commented-out entry still holds its password).
 * Colon-separated lines are everywhere (`/etc/passwd`, logs, times of day): only a file named so is
 * read as one, or the text a script writes into one (`echo "…" > ~/.pgpass`, a heredoc `cat >
 * ~/.pgpass <<EOF`), as a Dockerfile or a provisioning script does.
 */

const DOCS = SECRETS_GUIDE;

/** `.pgpass`, `pgpass.conf`, a bare `pgpass`, and `<name>.pgpass` (`prod.pgpass`). */
const PGPASS_FILE = /(?:^|[/\\])\.?pgpass(?:\.conf)?$|\.pgpass$/i;

/** Whether libpq reads this file as its password file (see PGPASS_FILE). */
export function isPgpassFile(filePath: string): boolean {
  return PGPASS_FILE.test(filePath);
}

/** One field: any character but a colon or a backslash, or an escaped one. */
const FIELD = String.raw`(?:[^:\\\r\n]|\\.){1,253}`;
/** A port is a number or the wildcard: what tells an entry from other colon-separated text. */
const PORT = String.raw`(?:\d{1,5}|\*)`;
/**
 * An entry, maybe commented out: host, port, database, user, then the password, which ends at the
 * next unescaped colon (libpq reads no further) or the line's end.
 */
const ENTRY = new RegExp(String.raw`^[ \t]*(?:#[ \t]*)?${FIELD}:${PORT}:${FIELD}:(?<user>${FIELD}):(?<value>${FIELD})`, "dgm");

/** A field as libpq reads it: each backslash escapes the character after it. */
function unescaped(field: string): string {
  return field.replace(/\\(.)/g, "$1");
}

/** Each entry's password in a password file's text (named by the entry's user). */
function entryPasswordsIn(text: string): RuleHit[] {
  return entryPasswords(
    text,
    ENTRY,
    (match) => {
      const user = unescaped(match.groups!.user!);
      return user === "*" ? "password" : user;
    },
    unescaped,
  );
}

/** A path to a password file on a command line, after `>`, `>>` or `tee`: `~/.pgpass`, `"$HOME/.pgpass"`, `/root/pgpass.conf`. */
const PGPASS_PATH = String.raw`["']?[^\s"';&|<>()]*pgpass(?:\.conf)?["']?(?=[\s;&|)]|$)`;
/** `echo "…" > ~/.pgpass`, `printf '…\n' >> "$HOME/.pgpass"`: the entry quoted or bare (group `entry`). */
const ECHO_INTO_PGPASS = new RegExp(String.raw`\b(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?:(?<q>["'])(?<quoted>[^"'\r\n]{1,500})\k<q>|(?<bare>[^\s"'<>|;&]{1,500}))[ \t]*>>?[ \t]*${PGPASS_PATH}`, "dg");
/** A heredoc's start (its word in group `word`) on a line that writes a password file: `cat > ~/.pgpass <<EOF`, `tee ~/.pgpass <<'EOF'`. */
const HEREDOC_START = /<<-?[ \t]*(["']?)(?<word>[A-Za-z_][\w-]{0,40})\1/;
const INTO_PGPASS = new RegExp(String.raw`(?:>>?|\btee(?:[ \t]+-a)?)[ \t]*${PGPASS_PATH}`);
/** How many lines of a heredoc are read for entries: a password file has a few. */
const HEREDOC_LINES = 200;

/** The entries a script writes into a password file, on the lines that name one (`wokenAt`). */
function scriptedEntries(text: string, wokenAt: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const inText = (offset: number) => (hit: RuleHit): RuleHit => ({ ...hit, start: hit.start + offset, end: hit.end + offset });
  for (const lineStart of wokenAt) {
    const line = text.slice(lineStart, lineEndOf(text, lineStart));
    for (const match of line.matchAll(ECHO_INTO_PGPASS)) {
      const [start, end] = (match.indices!.groups!.quoted ?? match.indices!.groups!.bare)!;
      // (printf's and `echo -e`'s `\n` ends the line the file gets.)
      const entry = line.slice(start, end).replace(/(?:\\n)+$/, "");
      hits.push(...entryPasswordsIn(entry).map(inText(lineStart + start)));
    }
    const heredoc = HEREDOC_START.exec(line);
    if (!heredoc || !INTO_PGPASS.test(line)) continue;
    const bodyStart = lineEndOf(text, lineStart) + 1;
    let at = bodyStart;
    for (let lines = 0; at < text.length && lines < HEREDOC_LINES; lines++) {
      const lineEnd = lineEndOf(text, at);
      if (text.slice(at, lineEnd).trim() === heredoc.groups!.word) break;
      at = lineEnd + 1;
    }
    hits.push(...entryPasswordsIn(text.slice(bodyStart, Math.min(at, text.length))).map(inText(bodyStart)));
  }
  return hits;
}

/**
 * A password file's entries: the whole text of a file named so (the rule runs once, woken by the
 * name), or what a script writes into one (woken by the word `pgpass` on its lines).
 */
function findPgpassPasswords(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  if (isPgpassFile(context.filePath)) return wokenAt === undefined ? entryPasswordsIn(text) : [];
  return wokenAt === undefined ? [] : scriptedEntries(text, wokenAt);
}

export const PGPASS_RULES: readonly ScannerRule[] = [
  {
    id: "generic/pgpass-password",
    title: "Password in a PostgreSQL password file (.pgpass)",
    kind: "secret",
    // The field's place names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    // Colon-separated lines are everywhere: only a file named so wakes the rule (not every `:`), or
    // a script's line that names one. (Not `PGPASSWORD`, libpq's variable, on every other line of
    // a database's scripts.)
    keywords: ["pgpass"],
    keywordEnd: (text, end) => !/^word/i.test(text.slice(end, end + 4)),
    fileName: PGPASS_FILE,
    scope: "text",
    find: findPgpassPasswords,
  },
];
