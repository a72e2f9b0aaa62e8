import { hasMadeUpCharacterPattern } from "./character-patterns";
import { isPublishedValue } from "./published-values";
import { isSampleJwt } from "./rules/tokens";
import { ScanMemo } from "./scan-memo";
import { isBuiltTestValue } from "./test-values";

/**
 * Values that have the shape of a secret but are templates or examples: flagging them is the
 * first reason people switch scanners off. Applied to every rule's value, ours and secretlint's.
 */

const TEMPLATE = [
  /\$\{\{?\s*[A-Za-z_][\w.:\s-]*(?::?-[^}]*)?\}\}?/, // ${VAR}, ${VAR:-default}, ${{ secrets.X }}
  /\$\([^)]*\)/, // $(VAR) in Azure Pipelines and make
  /^\$\[\s*[A-Za-z_]\w*[.[( ][^\n]*\]$/, // $[variables.x], $[ dependencies.a.outputs['b'] ]: Azure Pipelines' runtime expressions
  /%\{[A-Za-z_][\w.-]*\}/, // %{name}: Ruby's format fields, DokuWiki's and Puppet's placeholders
  /\{\$[A-Za-z_][^{}\s]*\}/, // {$cv.password}: Smarty's and PHP's variables in a template
  /#\{[^}]*\}#/, // #{Token}# (Azure DevOps replace-tokens)
  /\{\{[^}]*\}\}/, // {{ value }} (Helm, Handlebars)
  // `cart_{shopId}_{userId}`, `session:{tenant}`: lower-case words and named fields, a store's key composed
  // of whose entry it is (one generated value is not written in words around braces).
  /^(?=[^{}]*\{[a-z])[a-z][a-z0-9]*(?:[_:.-](?:[a-z][a-z0-9]*|\{[a-z][A-Za-z0-9]*\}))+$/,
  /%\([A-Za-z_]\w*\)[sdr]/, // %(name)s: Python's format fields (`{0}` and `{}`: see hasFormatField)
  // `%s[:ArgString]`, `certKey=%s:…:caCertsDir=%s`: printf's fields, where a value starts or ends or
  // twice (one inside random text may be chance; `%d3` followed by a hex digit is a URL's escape).
  /^%[sd](?![0-9A-Fa-f])|%[sd]$|%[sd](?![0-9A-Fa-f]).*%[sd](?![0-9A-Fa-f])/,
  /^<[^<>]*>$/, // <your-key>
  /<[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+>/, // :code:`<pfx-file-password>`, "Bearer <access_token>": a slot inside other text
  /^\[[^[\]]*\]$/, // [your key]
  /\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\]/, // projects/[PROJECT_ID]/secrets/[SECRET]: Google's documentation slots
  /^@var\{[^{}]*\}$/, // @var{password}: Texinfo's metavariable, a manual's slot
];
/**
 * The whole value one field by name: `Password={db_password}` in a Python f-string or str.format,
 * a C# `$"…{pwd}…"`. A field name starts in lower case (`Pwd={Summer2024}` is an ODBC password in
 * braces) and is made of words (FIELD_NAME_PART): `Pwd={pGCx_Tq9wBv}`, a generated password in
 * ODBC's braces, is no field.
 */
const WHOLE_VALUE_FIELD = /^\{([a-z_]\w*(?:\.[A-Za-z_]\w*)*)(?:\[[^\]]*\])?(?:![rsa])?(?::[^{}]*)?\}$/;
/**
 * A part of a field's name between `_` and `.`: `db`, `Password`, `DB`, `apiKey2`, `myURLPassword`:
 * words, each capital (or acronym) followed by two lower-case letters or more.
 */
const FIELD_NAME_PART = /^[A-Za-z]?[a-z]*(?:[A-Z]{1,4}[a-z]{2,})*[A-Z]*\d*$/;
function isWholeValueField(value: string): boolean {
  const name = WHOLE_VALUE_FIELD.exec(value)?.[1];
  return name !== undefined && name.split(/[._]/).every((part) => FIELD_NAME_PART.test(part));
}
/** `{}`, `{0}`: Python's, C#'s and Java's positional format fields. */
const FORMAT_FIELD = /\{\d{0,2}\}/g;
/**
 * A value with a positional format field: `Bearer {}`, `Password={0};`, `https://{}:{}@{}`. Not a
 * generated password that happens to hold `{}` (WordPress's salts, `Kq7!vR2{}mZ9p…`): the braces
 * glued between letters or digits, or among many kinds of symbol with no blank or URL around them.
 */
function hasFormatField(value: string): boolean {
  if (!value.includes("}")) return false;
  const rest = value.replace(FORMAT_FIELD, "");
  if (rest.length === value.length) return false;
  // (Three kinds of character at least, as generated passwords have: `user{}name` is a format.)
  const mixed = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((kind) => kind.test(rest)).length >= 3;
  for (const match of value.matchAll(FORMAT_FIELD)) {
    const before = value[match.index - 1];
    const after = value[match.index + match[0].length];
    if (mixed && before !== undefined && after !== undefined && /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) return false;
  }
  const symbols = new Set(rest.replace(/[A-Za-z0-9]/g, ""));
  return !(rest.length >= 16 && symbols.size >= 6 && !/\s/.test(rest) && !rest.includes("://"));
}
/**
 * App Service's and Functions' references, resolved by the platform: `@Microsoft.KeyVault(SecretUri=…)`,
 * `@Microsoft.KeyVault(VaultName=…;SecretName=…)` (cut at its `;` where a value ends there) and
 * `@Microsoft.AppConfiguration(Endpoint=…; Key=…)`.
 */
// (`env(NAME)`: Supabase's config.toml reads a value from the environment so.)
const PLATFORM_REFERENCE = /^@Microsoft\.(?:KeyVault|AppConfiguration)\(|^env\([A-Za-z_]\w*\)$/i;
/** `%2B`, `%2F`, `%3D`: base64's own characters URL-encoded (a SAS signature, a Functions `code=`). */
const ENCODED_BASE64_CHARACTER = /%(?:2[BbFf]|3[Dd])/g;
const DECODED_BASE64_CHARACTER: Readonly<Record<string, string>> = { "2b": "+", "2f": "/", "3d": "=" };
/** A name between percent signs, each place one may start (`x%k7%DB_PASS%` holds two). */
const PERCENT_FIELD = /%(?=([A-Za-z_][A-Za-z0-9_]*)%)/g;
/** `APPDATA`, `DB_PASSWORD`, `ProgramFiles`, `userprofile`: what a variable is called. */
const VARIABLE_NAME = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[a-z]+(?:_[a-z0-9]+)+)$/;

/**
 * `%DB_PASSWORD%`, `%APPDATA%\Contoso`: a Windows variable (or a replace-tokens field), the whole
 * value or a name inside it. Generated passwords hold `%` too, and between two of them random
 * characters (`Kq%7vR%x`), which name nothing.
 */
function hasWindowsVariable(value: string): boolean {
  if (!value.includes("%")) return false;
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(value)) return true;
  for (const match of value.matchAll(PERCENT_FIELD)) {
    const name = match[1]!;
    if (name.length >= 3 && VARIABLE_NAME.test(name) && /[AEIOUYaeiouy]/.test(name)) return true;
  }
  return false;
}

/**
 * A character every TEMPLATE pattern needs (`$`, `#`, `{`, `%`, `<`, `[`). Every rule's value is
 * judged, and most have none of them: one test instead of seven.
 */
const TEMPLATE_CHARACTER = /[$#{%<[]/;
/**
 * Passwords famous from documentation, jokes and lists of the most used (`hunter2`, `P@ssw0rd`, `iloveyou`): examples, not secrets.
 * (Maybe with the punctuation of the sentence that shows one: `?password=hunter2!!!`, `swordfish.`)
 */
const FAMOUS_EXAMPLE_PASSWORDS = /^(?:hunter2|correcthorsebatterystaple|swordfish|iloveyou|pass@word1|p@ssw0rd|passw0rd|p@ssword|letmein|qwerty|trustno1|admin123|secret123|s3cret|s3cr3t|password1|password123|changeit)[!?.,;:]{0,4}$/i;
/**
 * Passwords that products ship with and document (PostgreSQL images, RabbitMQ, Oracle's sample
 * schema, Firebird; `Docker!`, the root password Azure App Service requires for SSH into a custom
 * container; Redis's `foobared` from its sample redis.conf; `quarkus`, the user and password of the
 * databases Quarkus's Dev Services start; FreeRADIUS's `testing123` for its local clients, and
 * `radsec`, the shared secret RFC 6614 fixes for RADIUS over TLS; SQL Server's container
 * passwords, which its quickstarts (`YourStrong@Passw0rd`, earlier `YourStrong!Passw0rd`), Docker
 * Hub's mssql page (`yourStrong(!)Password`) and the eShop reference app (`Pass@word`) print for a
 * throwaway container, and CI jobs and Compose files copy).
 */
const DOCUMENTED_DEFAULT_PASSWORDS = /^(?:postgres|guest|toor|tiger|masterkey|Docker!|foobared|quarkus|testing123|radsec|YourStrong[@!]Passw0rd|yourStrong\(!\)Password|Pass@word)$/i;
/**
 * A password that documentation made famous or a product documents as its default: a reader that
 * does not ask isPlaceholder (a connection string's password inside ODBC's braces) asks this.
 */
export function isDocumentedPassword(value: string): boolean {
  return FAMOUS_EXAMPLE_PASSWORDS.test(value) || DOCUMENTED_DEFAULT_PASSWORDS.test(value);
}
/**
 * `P4ssw0rd`, `Password01`, `s3cr3t!`, `pa/ssword`, `F00Bar!!`: the word itself, spelled with
 * digits for letters, maybe with a number after it or a character slipped in (tests of URL
 * parsers do that), as tests and tutorials write it. Read without the number or the slipped-in
 * punctuation, digits as letters.
 */
const LEET_LETTERS: Readonly<Record<string, string>> = { "4": "a", "@": "a", "0": "o", "5": "s", $: "s", "3": "e", "1": "i", "7": "t" };
const SPELLED_PLACEHOLDER = /^(?:password|passwd|passwort|pwd|secret|se{1,2}kr[ei]t|letmein|changeme|foobar)$/;
function isSpelledPlaceholder(value: string): boolean {
  if (value.length > 16) return false;
  const word = value
    .replace(/\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}/g, "")
    .replace(/\d{0,3}[!.]?$/, "")
    .replace(/[^A-Za-z0-9@$]/g, "")
    .toLowerCase()
    .replace(/[4@05$317]/g, (character) => LEET_LETTERS[character]!);
  return SPELLED_PLACEHOLDER.test(word);
}
/**
 * The names examples give things that have none: `foo`, `bar`, `baz` (and Japanese examples'
 * `hoge`, `fuga`, `piyo`). A value so named is a placeholder; a form's fields so named are made up.
 */
const METASYNTACTIC_WORD = "(?:foo|bar|baz|qux|quux|corge|grault|garply|hoge|fuga|piyo)";
/** A metasyntactic word, maybe numbered as examples number them: `foo`, `bar2`, `hoge`. */
export const METASYNTACTIC_NAME = new RegExp(`^${METASYNTACTIC_WORD}\\d{0,2}$`);
// (`Sanitized`: what the Azure SDK's test proxy writes over secrets in its recordings.)
// (`nomatter`, `doesnotmatter`, `dontcare`, `unused`: a value that says it is not used, as code generators
// fill a client secret that the flow never sends: apitools' `_CLIENT_SECRET = 'nomatter'`.)
// (`hoge`, `fuga`, `piyo`: Japanese examples' metasyntactic words, as `foo`, `bar`, `baz` are English
// ones; either numbered as examples number them, `foo1`, `hoge2`, or run together as a pair of
// examples fills a key and its secret, `foobar`, `barbaz`, `hoge-fuga`.)
// (`blahblah`, `yadayada`, `bla-bla`: the words that stand for "and so on", put where a value would be.)
// (`BASE64`, `hex-string`: the encoding a value is written in, where a manual's example puts the
// value: `secret: BASE64` under a TSIG key.)
const PLACEHOLDER_WORDS = new RegExp(String.raw`changeme|change[_-]?(?:me|this)|replace[_-]?(?:me|this)|placeholder|your[_-].*[_-]here|^your[_-]|^your[a-z0-9]*(?:password|passwd|pass|secret|token|key)$|insert[_-].*[_-]here|^(?:dummy|sample|example|fake|redacted|sanitized|secret|password|passphrase|credentials?|token|whatever|(?:base(?:64|32|16)|hex)(?:[-_ ]?(?:encoded|string|str|value|data|bytes))?|(?:form|field|input|param|some|my|new|default)?value\d{0,2}|test|todo|null|none|undefined|${METASYNTACTIC_WORD}(?:[-_]?${METASYNTACTIC_WORD}){0,3}\d{0,3}|xyzzy|(?:blah?|yadd?a)(?:[-_ ]?(?:blah?|yadd?a)){0,3}|unset|not[-_ ]?set|not[-_ ]?configured|missing|no[-_ ]?matter|does[-_ ]?(?:not|nt)[-_ ]?matter|do[-_ ]?(?:not|nt)[-_ ]?care|unused|ignored|irrelevant)$`, "i");
/** A long run of one mask character: xxxx, ****, 0000, ####. */
// (…and `__SqlPassword__`, the token a release pipeline replaces in a config transform; `@PASSWORD@`,
// what autoconf's and CMake's configure steps replace in a `.in` template, named in capitals
// (`@Welcome2024@` is a password); `!DB_PASS!`, a Windows batch file's delayed expansion.)
const INSTALLER_TOKEN = /^_[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_$|^__[A-Za-z][\w.-]{0,80}__$|^@[A-Z_][A-Z0-9_]{0,80}@$|^![A-Za-z_][A-Za-z0-9_]{0,80}!$/;
/** `userpassword` (LDAP's attribute), `adminpassword`, `TESTPASS`: whose password, written in its place. */
const ROLE_AND_PASSWORD_WORD = /^(?:(?:user|admin|db|database|root|test|new|old|default)[_-]?(?:password|passwd)|test[_-]?pass)$/i;
/**
 * "My password" in other languages, as translated documentation writes the slot: French
 * `monMot-de-passe`, German `meinPasswort`, Spanish `miContraseña`. (The word alone may be a
 * password in code, as translation files' tests hold.)
 */
const PASSWORD_IN_OTHER_LANGUAGES = /^(?:mon|ma|votre|mein|meine|ihr|mi|su|meu|minha|mijn|uw)[-_ ]?(?:mot[-_ ]?de[-_ ]?passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord)$/i;
const MASK_RUN = /([xX*#.\-_=0•])\1{5,}/;
/** REDACTED as a part of a value, not inside a longer word. */
const REDACTED_PART = /(?<![A-Za-z])REDACTED(?![a-z])/;

const plainVerdicts = new ScanMemo((value) => judgePlaceholder(value, false));
const structuredVerdicts = new ScanMemo((value) => judgePlaceholder(value, true));

/** @param structured the rule's format is evidence on its own: skip the made-up-by-hand heuristics. */
export function isPlaceholder(value: string, structured = false): boolean {
  // A value is often judged twice in one scan (by the generic rule, then by the scan itself).
  return (structured ? structuredVerdicts : plainVerdicts).get(value);
}

/**
 * XML's quotes around a value (`&quot;[DB-PASSWORD]&quot;`, `&#39;…&#39;`): the value inside is the
 * one judged, and nothing inside (`&quot;&quot;`) is an empty value. (Not `&#88;&#107;…`: a
 * password spelled in references.)
 */
const MARKUP_QUOTES = /^&(?:quot|apos|#0*(?:34|39)|#[xX]0*2[27]);|&(?:quot|apos|#0*(?:34|39)|#[xX]0*2[27]);?$/g;

function judgePlaceholder(value: string, structured: boolean): boolean {
  if (value.startsWith("&")) {
    const inside = value.replace(MARKUP_QUOTES, "");
    if (inside !== value) return inside.length === 0 || judgePlaceholder(inside, structured);
  }
  if (isPublishedValue(value)) return true;
  // jwt.io's sample claims or one of its default keys: a tutorial's token under any name or rule.
  if (isSampleJwt(value)) return true;
  // Built by a rule for a test (`000102…0F`, a token's header alone, base32 of words): judged in
  // structured formats too, since a rule's format says nothing about how the value was made.
  if (isBuiltTestValue(value)) return true;
  if (TEMPLATE_CHARACTER.test(value) && (TEMPLATE.some((pattern) => pattern.test(value)) || hasFormatField(value) || isWholeValueField(value) || hasWindowsVariable(value))) return true;
  if (PLATFORM_REFERENCE.test(value)) return true;
  // `_DBC_DBPASS_`: a token an installer replaces (Debian's dbconfig-common).
  if (INSTALLER_TOKEN.test(value) || ROLE_AND_PASSWORD_WORD.test(value) || PASSWORD_IN_OTHER_LANGUAGES.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value) || FAMOUS_EXAMPLE_PASSWORDS.test(value) || DOCUMENTED_DEFAULT_PASSWORDS.test(value) || isSpelledPlaceholder(value)) return true;
  if (MASK_RUN.test(value)) return true;
  // `TC_REDACTED/B01_REDACTED/mk_REDACTED`: the word in capitals where the value's parts were, as
  // a person or a log scrubber writes it over them. No generator spells it.
  if (value.includes("REDACTED") && REDACTED_PART.test(value)) return true;
  // A value cut short or elided in documentation or logs (`eyJhbGciOi...`, `Qh...wwI`) is an excerpt.
  if (value.includes("...") || value.includes("…")) return true;
  // The classic made-up values; structured formats skip them, as they skip the typed-by-hand signs.
  if (!structured && (/a1b2c3d4|abc123|123abc/i.test(value) || /^[a-z_-]here$/i.test(value.slice(-5)))) return true;
  // Judged as the characters it encodes: `%2B%2F` repeats `%2` as typing by hand would.
  const decoded = value.includes("%") ? value.replace(ENCODED_BASE64_CHARACTER, (code) => DECODED_BASE64_CHARACTER[code.slice(1).toLowerCase()]!) : value;
  return hasMadeUpCharacterPattern(decoded, structured);
}

/**
 * `user:password` pairs that documentation uses, not credentials: the slot's own name, metasyntactic
 * words (and every placeholder, products' documented defaults among them). `passcode` is STOMP's
 * name for the password (`stomp://login:passcode@host:port`). The slot's name may be
 * said in prose, as httpx's docstring writes `jo%40email.com:a%20secret@…` ("a secret").
 */
const DOC_PASSWORD = /^(?:pass(?:word|code)?|passwd|pwd|psw|secret|pw|x+|\*+|\.+|admin|token|apikey|api_key|key|foo|bar|baz|qux|foobar|xyzzy|(?:a|the|my|your|some) (?:password|passphrase|secret|token|key))$/i;
/** A name in the password's place: `SAS_KEY`, `secret_access_key`, `mypassword`, `my_secret`. */
const NAMES_ITS_SLOT = /^(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|(?:my|your)[A-Z_-]?[A-Za-z]*)$/;

/**
 * A slot filled in later: `$PASS`, `${PASS}`, `{password}`, `[password]`, `<password>`, `#{pass}`,
 * `%s`, `%(password)s`, `%DB_PASSWORD%`. Not a percent-escape that starts a URL's password
 * (`%23…` is `#…`), nor a generated value that starts with `#`.
 */
const FILLED_IN_LATER = /^(?:[${[<]|#\{|%(?![0-9A-Fa-f]{2}(?!.*%$)))/;

export function isDocumentationPassword(value: string): boolean {
  return DOC_PASSWORD.test(value) || (NAMES_ITS_SLOT.test(value) && /pass|secret|key|token|pwd/i.test(value)) || isPlaceholder(value) || FILLED_IN_LATER.test(value);
}
