import { SECRETS_GUIDE } from "./docs";
import { entryPasswords } from "./password-entries";
import type { RuleHit, ScannerRule } from "./types";

/**
 * Postfix's SMTP client credentials, `/etc/postfix/sasl_passwd`: a lookup table of relay host (the
 * key: `[smtp.example.com]:587`) then `username:password`, one a line, that `postmap` compiles for
 * `smtp_sasl_password_maps`. Each line is a mail relay's password in the clear. Such lines look like
 * any text with a colon: only a file named so is read as one.
 */

const DOCS = SECRETS_GUIDE;

/** `sasl_passwd`, and the copies people keep beside it (`sasl_passwd.example` is an example). */
const SASL_PASSWD_FILE = /(?:^|[/\\])sasl_passwd(?:\.(?:orig|bak|old|prod|dev))?$/i;

/** Whether Postfix reads this file as its SMTP credentials table (see SASL_PASSWD_FILE). */
export function isSaslPasswdFile(filePath: string): boolean {
  return SASL_PASSWD_FILE.test(filePath);
}

/** A relay, blanks, a user (maybe an e-mail address), a colon, the password to the line's end. Maybe commented out. */
const ENTRY = /^[ \t]*(?:#[ \t]*)?[^\s#]{1,300}[ \t]+(?<user>[^\s:]{1,200}):(?<value>[^\r\n]{1,300})/dgm;

function findSaslPasswords(text: string): RuleHit[] {
  return entryPasswords(text, ENTRY, (match) => match.groups!.user!);
}

export const SASL_PASSWD_RULES: readonly ScannerRule[] = [
  {
    id: "generic/postfix-sasl-password",
    title: "Password in Postfix's SMTP credentials table (sasl_passwd)",
    kind: "secret",
    // The field's place names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: DOCS,
    keywords: [],
    fileName: SASL_PASSWD_FILE,
    scope: "text",
    find: findSaslPasswords,
  },
];
