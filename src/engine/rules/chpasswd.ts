import { SECRETS_GUIDE } from "./docs";
import { lineStartsOf } from "../line-starts";
import { isSecretUnderName } from "./secret-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Passwords set for system accounts when an image or a machine is built, in the clear in the file
 * that builds it:
 * - `chpasswd` reads `user:password` lines: `echo 'root:…' | chpasswd` (Dockerfiles, Vagrant and
 *   Packer provisioners), `chpasswd <<< "app:…"`;
 * - cloud-init's `chpasswd:` module, whose `list` (a block of `user:password` lines, or a YAML list)
 *   sets them at first boot; `RANDOM` asks cloud-init for a random one;
 * - `openssl passwd -6 '…'` and `mkpasswd -m sha-512 '…'` hash a password given on the command line,
 *   for `useradd -p`: the command line holds it in the clear.
 * A hash (`$6$…`, for `chpasswd -e`) and a variable (`$APP_PASSWORD`) are not reported; neither is
 * a password equal to its user's name (Vagrant's documented `vagrant:vagrant`).
 */

const DOCS = SECRETS_GUIDE;

/** `echo 'user:…' | chpasswd` (or `printf`, maybe `sudo`), and `chpasswd <<< 'user:…'`. */
const PIPED_TO_CHPASSWD =
  /\b(?:echo(?:[ \t]+-[en]{1,2})?|printf)[ \t]+(?<q>["']?)(?<user>[A-Za-z_][\w.-]{0,31}):(?<value>[^\s"':|\\]{1,200})(?:\\n)?\k<q>[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b|\bchpasswd[ \t]*<<<[ \t]*(?<q2>["']?)(?<user2>[A-Za-z_][\w.-]{0,31}):(?<value2>[^\s"':|\\]{1,200})\k<q2>/dg;
/** `openssl passwd [-1|-5|-6|-apr1] [-salt s] '…'`, `mkpasswd [-m method] [-S salt] '…'`. */
// (Debian's `mkpasswd` only, known by its method option: Cygwin's writes /etc/passwd entries and
// expect's makes up a password for the user it is given.)
const HASHED_ON_COMMAND_LINE =
  /\b(?:openssl[ \t]+passwd(?:[ \t]+-(?:salt[ \t]+[^\s"'$()]{1,100}|[156]|apr1|aixmd5|crypt))*|mkpasswd(?:[ \t]+-(?:S[ \t]+[^\s"'$()]{1,100}|R[ \t]+\d{1,9}|-rounds=\d{1,9}|-salt=[^\s"'$()]{1,100}))*[ \t]+(?:-m[ \t]*|--method[ \t=]+)[\w-]{1,20}(?:[ \t]+-(?:S[ \t]+[^\s"'$()]{1,100}|R[ \t]+\d{1,9}|-rounds=\d{1,9}|-salt=[^\s"'$()]{1,100}))*)[ \t]+(?<q>["']?)(?<value>[^\s"'`$()|;&<>-][^\s"'`$()|;&<>]{0,199})\k<q>(?=[ \t]*(?:[)`|;&<>]|$))/dg;
/** cloud-init's module key, `chpasswd:`, and the key of its list of pairs. */
const CLOUD_INIT_CHPASSWD = /^(?<indent>[ \t]*)chpasswd[ \t]*:[ \t]*(?:#.*)?\r?$/;
const CLOUD_INIT_LIST = /^(?<indent>[ \t]*)list[ \t]*:[ \t]*(?<rest>[^#\r\n]*)/;
/** A pair in cloud-init's list: `root:…` on a line of the block, or a list item (`- root:…`, quoted or not). */
const LIST_PAIR = /^[ \t]*(?:-[ \t]+)?(?<q>["']?)(?<user>[A-Za-z_][\w.-]{0,31}):(?<value>[^\s"']{1,200})\k<q>[ \t]*(?:#.*)?\r?$/d;
/** A flow list on the key's line: `list: [ "root:…", "app:…" ]`. */
const FLOW_PAIR = /(?<q>["'])(?<user>[A-Za-z_][\w.-]{0,31}):(?<value>[^\s"',\]]{1,200})\k<q>/dg;

/** How many lines of the `chpasswd:` block are read for its list: a module's settings are few. */
const MODULE_LINES = 40;

function judged(user: string | undefined, value: string): boolean {
  // `RANDOM` (or `R`): cloud-init makes one up; `$6$…`: a crypt(3) hash, for `chpasswd -e`.
  if (value === user || /^(?:R|RANDOM)$/.test(value) || value.startsWith("$")) return false;
  return isSecretUnderName("password", value, "config");
}

/** Reports a match's `valueGroup` if it is a password; `user` is the account's name, if the match has one. */
function push(hits: RuleHit[], at: number, match: RegExpExecArray, valueGroup: string, user?: string): void {
  const [start, end] = match.indices!.groups![valueGroup]!;
  if (!judged(user, match.groups![valueGroup]!) || hits.some((hit) => hit.start === at + start)) return;
  hits.push({ start: at + start, end: at + end, keyName: user ? `${user}-password` : "password" });
}

function lineAt(text: string, start: number): string {
  const newline = text.indexOf("\n", start);
  return text.slice(start, newline === -1 ? text.length : newline);
}

/** The pairs of a cloud-init `chpasswd:` module whose key line starts at `keyStart`. */
function cloudInitPairs(text: string, keyStart: number, moduleIndent: number, hits: RuleHit[]): void {
  let at = text.indexOf("\n", keyStart) + 1;
  let listIndent = -1;
  for (let read = 0; at > 0 && at < text.length && read < MODULE_LINES; read++) {
    const line = lineAt(text, at);
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== "" && !line.trimStart().startsWith("#")) {
      if (indent <= moduleIndent) return;
      if (listIndent === -1) {
        const list = CLOUD_INIT_LIST.exec(line);
        if (list) {
          listIndent = list.groups!.indent!.length;
          for (const pair of line.matchAll(FLOW_PAIR)) push(hits, at, pair, "value", pair.groups!.user);
        }
      } else if (indent > listIndent || (indent === listIndent && line.trimStart().startsWith("-"))) {
        const pair = LIST_PAIR.exec(line);
        if (pair) push(hits, at, pair, "value", pair.groups!.user);
      } else listIndent = -1;
    }
    const newline = text.indexOf("\n", at);
    at = newline === -1 ? -1 : newline + 1;
  }
}

function findChpasswdPasswords(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const yaml = /\.ya?ml$|(?:^|[/\\])(?:user-data|cloud-config)(?:\.\w+)?$/i.test(context.filePath);
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const line = lineAt(text, lineStart);
    if (line.includes("chpasswd")) {
      for (const match of line.matchAll(PIPED_TO_CHPASSWD)) {
        if (match.groups!.value !== undefined) push(hits, lineStart, match, "value", match.groups!.user);
        else push(hits, lineStart, match, "value2", match.groups!.user2);
      }
      const module = yaml ? CLOUD_INIT_CHPASSWD.exec(line) : null;
      if (module) cloudInitPairs(text, lineStart, module.groups!.indent!.length, hits);
    }
    if (line.includes("passwd")) for (const match of line.matchAll(HASHED_ON_COMMAND_LINE)) push(hits, lineStart, match, "value");
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const CHPASSWD_RULES: readonly ScannerRule[] = [
  {
    id: "generic/account-password",
    title: "Password set for a system account (chpasswd, cloud-init, openssl passwd)",
    kind: "secret",
    // Where the value stands names it, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: ["chpasswd", "openssl passwd", "mkpasswd"],
    scope: "text",
    find: findChpasswdPasswords,
  },
];
