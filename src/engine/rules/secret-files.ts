import { SECRETS_GUIDE } from "./docs";
import { segmentsOf } from "./name-segments";
import { secretStrength } from "./secret-names";
import { isSecretUnderName } from "./secret-values";
import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Files whose whole content is one secret, named by the file's name: what Docker Compose and
 * Swarm mount from `secrets: file:` (`secrets/db_password.txt`), a `password.txt` beside a script,
 * Vault's AppRole `secret-id`, RabbitMQ's `.erlang.cookie`, a MongoDB replica set's `keyfile`.
 * Nothing in such a file says what it holds, so no keyword can wake the rule: the name does, and
 * the content must be one token (a line of prose or a list of settings is another kind of file).
 */

/** The longest secret read this way: a MongoDB key file holds at most 1,024 characters of base64. */
const LONGEST_SECRET = 1024;

/** A name, maybe with `.txt` or `.secret` after it, and no other extension (`.json`, `.py`, `.pub` are other files). */
const SECRET_FILE = /(?:^|[/\\])(?<stem>\.erlang\.cookie|[\w-]{1,64}?)(?:\.txt|\.secret)?$/i;
/** Names that say secret without a secret word. */
const NAMED_SECRET_FILES: Readonly<Record<string, string>> = {
  ".erlang.cookie": "erlang-cookie",
  keyfile: "keyfile",
  "mongodb-keyfile": "keyfile",
  "mongo-keyfile": "keyfile",
};

/** One token, maybe with line breaks inside it (a key file's base64, wrapped at 76 characters). */
const WHOLE_FILE_TOKEN = /^\s*(?<value>\S{1,1024}(?:\r?\n\S{1,1024}){0,40})\s*$/d;

/**
 * The secret a file is named for: `erlang-cookie`, `keyfile`, or its own name judged as a
 * variable's would be (`db_password`, `api-token`, `client_secret`); undefined for other names.
 */
function secretNamedBy(filePath: string): { readonly stem: string; readonly known?: string } | undefined {
  const stem = SECRET_FILE.exec(filePath)?.groups?.stem;
  if (!stem) return undefined;
  const known = NAMED_SECRET_FILES[stem.toLowerCase()];
  if (known) return { stem, known };
  return secretStrength(stem) === undefined || segmentsOf(stem).length === 0 ? undefined : { stem };
}

function findFileSecret(text: string, context: RuleContext): RuleHit[] {
  if (text.length > LONGEST_SECRET + 200) return [];
  const named = secretNamedBy(context.filePath);
  if (!named) return [];
  const { stem, known } = named;
  const span = WHOLE_FILE_TOKEN.exec(text)?.indices?.groups?.value;
  if (!span) return [];
  const value = text.slice(span[0], span[1]);
  // Wrapped lines are one value only in a key file (base64); elsewhere they are a list.
  if (value.includes("\n") && known !== "keyfile") return [];
  const judged = known === "keyfile" ? value.replace(/\s+/g, "") : value;
  if (known === "keyfile" ? !/^[A-Za-z0-9+/]{32,}={0,2}$/.test(judged) : !isSecretUnderName(known ? "password" : stem, judged, "config")) return [];
  return [{ start: span[0], end: span[1], keyName: known ?? stem }];
}

export const SECRET_FILE_RULES: readonly ScannerRule[] = [
  {
    id: "generic/secret-file",
    title: "File that holds one secret (named for it)",
    kind: "secret",
    // The file's name names the value, as a name beside it would: the preview shows no prefix.
    evidenceIsName: true,
    docsUrl: SECRETS_GUIDE,
    keywords: [],
    fileName: SECRET_FILE,
    namesSecretFile: (filePath) => secretNamedBy(filePath) !== undefined,
    scope: "text",
    find: findFileSecret,
  },
];
