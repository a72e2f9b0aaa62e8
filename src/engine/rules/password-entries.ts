import { isSecretUnderName } from "./secret-values";
import type { RuleHit } from "./types";

/**
 * The passwords of a file a tool reads by itself, one entry a match (`.pgpass`, Postfix's
 * `sasl_passwd`, Redis's ACL lines): each match's `value` group, less the blanks an editor leaves at
 * its end, judged as any password under a name (`*`, `changeme`, `<password>`, `${VAR}` are not one).
 * @param asRead the password as the tool reads the field (its escapes undone), for judging it.
 * @param keyNameOf the name the finding carries: the entry's user, or the setting it stands for.
 */
export function entryPasswords(text: string, entry: RegExp, keyNameOf: (match: RegExpExecArray) => string, asRead: (field: string) => string = (field) => field): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(entry)) {
    const [start, rawEnd] = match.indices!.groups!.value!;
    const end = start + text.slice(start, rawEnd).trimEnd().length;
    if (end > start && isSecretUnderName("password", asRead(text.slice(start, end)), "config")) hits.push({ start, end, keyName: keyNameOf(match) });
  }
  return hits;
}
