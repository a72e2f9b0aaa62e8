import { SECRETS_GUIDE } from "./docs";
import { isSecretUnderName } from "./secret-values";
import type { RuleHit, ScannerRule } from "./types";

/**
 * Credential files that tools read by themselves, whose lines are no `name = value`: strongSwan's
 * `ipsec.secrets` (`: PSK "…"`, `carol : EAP "…"`), pppd's `chap-secrets` and `pap-secrets`
 * (`client server secret addresses`), isync's `.mbsyncrc` (`Pass …`), Yarn 1's `.yarnrc`
 * (`"//registry/:_authToken" "…"`) and OpenVPN's inline `<auth-user-pass>` block. Such lines look
 * like any text, so each is read only in a file named for its tool (the OpenVPN block names itself).
 */

const DOCS = SECRETS_GUIDE;

/** A field, quoted (`"…"`, blanks allowed) or bare, as these tools split their lines. */
const FIELD = String.raw`(?:"(?<quoted>[^"\r\n]{1,300})"|(?<bare>[^\s"#]{1,300}))`;

/** One match's value: its quoted field without the quotes, or its bare one. */
function fieldSpan(match: RegExpExecArray): [number, number] {
  return (match.indices!.groups!.quoted ?? match.indices!.groups!.bare)!;
}

/** Each match's field, judged as a password under a name is, and named by `keyNameOf`. */
function findFields(text: string, entry: RegExp, keyNameOf: (match: RegExpExecArray) => string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(entry)) {
    const [start, end] = fieldSpan(match);
    if (isSecretUnderName("password", text.slice(start, end), "config")) hits.push({ start, end, keyName: keyNameOf(match) });
  }
  return hits;
}

/** `ipsec.secrets` and the files it includes from `ipsec.d/` or `ipsec.secrets.d/`. */
const IPSEC_SECRETS_FILE = /(?:^|[/\\])(?:ipsec\.secrets|ipsec(?:\.secrets)?\.d[/\\][^/\\]{1,100}\.secrets)$/i;
/** Selectors (maybe none), `:`, the secret's type, its value. (RSA and ECDSA name a key file: no secret on the line.) */
const IPSEC_SECRET = new RegExp(String.raw`^[ \t]*(?<selectors>[^#:\r\n]{0,300}?)[ \t]*:[ \t]*(?<type>PSK|EAP|XAUTH|NTLM|PIN)[ \t]+${FIELD}`, "dgmi");

/** pppd's CHAP and PAP secrets: `/etc/ppp/chap-secrets`, `pap-secrets`. */
const PPP_SECRETS_FILE = /(?:^|[/\\])(?:chap|pap)-secrets$/i;
/** Client, server, secret (quoted or bare), then the allowed addresses. */
const PPP_SECRET = new RegExp(String.raw`^[ \t]*(?<client>"[^"\r\n]{1,200}"|[^\s"#]{1,200})[ \t]+(?:"[^"\r\n]{0,200}"|[^\s"#]{1,200})[ \t]+${FIELD}`, "dgm");

/** isync's configuration: `~/.mbsyncrc`, `~/.isyncrc`, and copies named for an account (`mbsyncrc-work`). */
const MBSYNC_FILE = /(?:^|[/\\])\.?(?:mbsyncrc|isyncrc)(?:[-.][\w-]{1,40})?$/i;
/** `Pass …` (`PassCmd` runs a command and is no secret). */
const MBSYNC_PASS = new RegExp(String.raw`^[ \t]*Pass[ \t]+${FIELD}`, "dgm");

/** Yarn 1's `.yarnrc` (Yarn 2's `.yarnrc.yml` is YAML, which the named rule reads). */
const YARNRC_FILE = /(?:^|[/\\])\.yarnrc$/;
/** `"//npm.example.com/:_authToken" "…"`, the name quoted or not, a blank, the value. */
const YARNRC_AUTH = new RegExp(String.raw`^[ \t]*"?(?<name>[^"\s]{0,300}:?_(?:authToken|auth|password))"?[ \t]+${FIELD}`, "dgm");

/** OpenVPN's inline credentials: `<auth-user-pass>`, the user's line, the password's, `</auth-user-pass>`. */
const OPENVPN_INLINE_CREDENTIALS = /<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]{1,200}[ \t]*\r?\n[ \t]*(?<bare>[^\r\n<]{1,300}?)[ \t]*\r?\n[ \t]*<\/auth-user-pass>/dg;

/** The tools whose files above they read by themselves. */
export type ToolSecretLinesReader = "strongSwan" | "pppd" | "isync (mbsync)" | "Yarn";

/** Which tool reads this file by itself, for the credential files above (undefined for others). */
export function toolSecretLinesReader(filePath: string): ToolSecretLinesReader | undefined {
  if (IPSEC_SECRETS_FILE.test(filePath)) return "strongSwan";
  if (PPP_SECRETS_FILE.test(filePath)) return "pppd";
  if (MBSYNC_FILE.test(filePath)) return "isync (mbsync)";
  if (YARNRC_FILE.test(filePath)) return "Yarn";
  return undefined;
}

/**
 * A rule that reads `entry`'s fields as passwords in a file named by `fileName` (or, without one,
 * wherever `keyword` occurs), each named by `keyNameOf`.
 */
function toolLineRule(id: string, title: string, wakes: { fileName: RegExp } | { keyword: string }, entry: RegExp, keyNameOf: (match: RegExpExecArray) => string): ScannerRule {
  return {
    id,
    title,
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: "keyword" in wakes ? [wakes.keyword] : [],
    ...("fileName" in wakes ? { fileName: wakes.fileName } : {}),
    scope: "text",
    find: (text) => findFields(text, entry, keyNameOf),
  };
}

const IPSEC_TYPE = (match: RegExpExecArray) => match.groups!.type!.toUpperCase();

export const TOOL_SECRET_LINE_RULES: readonly ScannerRule[] = [
  toolLineRule("generic/ipsec-secret", "Pre-shared key or password in strongSwan's ipsec.secrets", { fileName: IPSEC_SECRETS_FILE }, IPSEC_SECRET, (match) =>
    IPSEC_TYPE(match) === "PSK" || !match.groups!.selectors ? IPSEC_TYPE(match) : `${match.groups!.selectors.trim()}:${IPSEC_TYPE(match)}`,
  ),
  toolLineRule("generic/ppp-secret", "Password in pppd's CHAP or PAP secrets", { fileName: PPP_SECRETS_FILE }, PPP_SECRET, (match) => match.groups!.client!.replace(/"/g, "")),
  toolLineRule("generic/mbsync-password", "Password in isync's .mbsyncrc", { fileName: MBSYNC_FILE }, MBSYNC_PASS, () => "Pass"),
  // (A registry's token is any random string: judged as a password is, named `_authToken`.)
  toolLineRule("generic/yarnrc-auth", "Registry credential in Yarn's .yarnrc", { fileName: YARNRC_FILE }, YARNRC_AUTH, (match) => match.groups!.name!.replace(/^.*:/, "")),
  toolLineRule("generic/openvpn-inline-password", "Password in an OpenVPN profile's <auth-user-pass> block", { keyword: "<auth-user-pass>" }, OPENVPN_INLINE_CREDENTIALS, () => "auth-user-pass"),
];
