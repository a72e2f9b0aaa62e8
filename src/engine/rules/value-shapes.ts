import { decodeBase64Url } from "../base64";
import { isDataUri } from "../data-uri";
import { isPrintableEncodedData } from "../encoded-block";
import { isDocumentationPassword, isPlaceholder } from "../placeholder";
import { isWordyIdentifier } from "./identifier-words";
import { decodeEscapes } from "../escapes";

/** Values whose shape says what they are, and none of them is a credential. */

/** `PasswordLastUsed: 2016-09-08T21:47:36Z` */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** `'AuthorizationManagementClient': '2020-04-01-preview'`: an API version. */
const API_VERSION = /^\d{4}-\d{2}-\d{2}-[a-z]+(?:\.\d+)?$/;
/** `NO_PROXY_KEY = "192.168.0.0/24,127.0.0.1"` */
const IP_ADDRESS_LIST = /^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?:,|$)/;
/** `SOCKS_NEGOTIATION_PASSWORD = b"\x02"`: protocol bytes; `@fa-var-user-secret: "\f21b"`: CSS's escape of an icon's code point. */
const ESCAPES_ONLY = /^(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[0-7]{1,3}|\\[nrt]|\\[0-9A-Fa-f]{2,6})+$/;
/** `pass: '&#10004;'` (a check mark for a passed check), `&#x2713;`, `&check;`: HTML's character references only, a symbol. */
const CHARACTER_REFERENCES_ONLY = /^(?:&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)+$/;
/** A JSON document (escaped or not): its fields are judged one by one. */
const JSON_DOCUMENT = /^\{\\?"[^"\\]+\\?"\s*:/;
/** `AccessToken=minutes,IdToken=minutes`: a list of settings. */
const SETTINGS_LIST = /,[A-Za-z][\w.-]*=/;
/** `validationKey="AutoGenerate,IsolateApps"`: a list of option names. */
const OPTION_NAME_LIST = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:, ?[A-Z][a-z]+(?:[A-Z][a-z]+)*)+$/;
/**
 * `"aws:cdk:templateFile"`, `"@aws-cdk/aws-rds:preventRenderingDeprecatedCredentials"`: a
 * namespaced name (two colons or more, or a package scope first), not a user and a password.
 */
const NAMESPACED_NAME = /^(?:@[a-z][a-z0-9-]*\/[a-z0-9-]+(?::[a-z][A-Za-z]*)+|[a-z][a-z0-9-]*(?::[a-z][A-Za-z]*){2,})$/;
/** `localhost:22`: a host and a port. */
const HOST_AND_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
/** `auth="user:password"`: a user and a password to judge as documentation's. */
const USER_AND_PASSWORD = /^[^:\s/]{1,100}:([^:\s]{1,200})$/;
/** `SERVICE_TOKEN = "sql-component.googleapis.com"`: whose token, not the token. */
const HOST_NAME = /^(?:[a-z0-9-]+\.)+(?:com|net|org|io|dev|app|cloud|local|internal|localhost)$/;
/** `ALTER TABLE users MODIFY password varchar(255)`, `['ul_key', 'varchar(255)']`: a column's SQL type. */
const SQL_COLUMN_TYPE = /^(?:(?:n?var)?char(?:acter)?(?: varying)?\(\d+\)|(?:var)?binary\(\d+\)|(?:tiny|medium|long)?(?:text|blob)|bytea)$/i;
/** One shortcut: modifiers, each with `-` or `+`, and one key. */
const SHORTCUT = "(?:(?:Ctrl|Control|Alt|Option|Shift|Cmd|Command|Meta|Super|Win)[-+])+(?:[A-Za-z0-9]|F\\d{1,2}|Up|Down|Left|Right|Home|End|Enter|Return|Tab|Space|Delete|Backspace|Esc|Escape|PageUp|PageDown|Insert)";
/** `bindKey: "Ctrl-Alt-E|Command-Option-E"`: a keyboard shortcut, or several for each platform. */
const KEY_COMBINATION = new RegExp(`^${SHORTCUT}(?:\\|${SHORTCUT})*$`);
/** `'password1' => 'required|string|min:8'`: validation rules (Laravel's, Zabbix's), a pipe between each. */
const VALIDATION_RULES = /^[a-z_]+(?::[\w,]+)?(?:\|[a-z_]+(?::[\w,]+)?)+$/;
/** `"reset_password": "20/m"`: a rate limit (django-allauth's, Django REST framework's throttles). */
const RATE_LIMIT = /^\d+\/(?:s|m|h|d|sec|second|min|minute|hour|day)$/;
/** `SPF_PASS=-0.001` (a SpamAssassin score), `2.5`: a signed or decimal number. */
const DECIMAL_NUMBER = /^[+-]\d+(?:\.\d+)?$|^\d+\.\d+$/;
/**
 * `MSG_SMBXSRV_CONNECTION_PASS = 0x0601`, `WBEM_E_LOCAL_CREDENTIALS = 0x80041064`: a number in hex,
 * up to 64 bits (an enum's or an error's code). 32 bytes after `0x` are an Ethereum key.
 */
const HEX_NUMBER = /^0[xX][0-9a-fA-F]{1,16}[uUlL]{0,3}$/;
/**
 * `"creds": "4c1e7a2b.3f5d8"`: a Node-RED node's id as its editor made them for years, a random
 * number below 2^32 written in hex with the fraction it had (`(1+Math.random()*0xFFFFFFFF).toString(16)`).
 * A flow's node names its configuration node (credentials, broker, TLS settings) by it.
 */
const NODE_RED_LEGACY_ID = /^[0-9a-f]{7,8}\.[0-9a-f]{1,7}$/;
/**
 * `alpha.image-policy.k8s.io/failed-open`, `topology.kubernetes.io/zone`: a Kubernetes label's or
 * annotation's key, a DNS prefix and a name.
 */
const LABEL_KEY = /^(?:[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,}\/[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
/** `[]TokenRequest{`, `[]byte`: a Go slice type, code that a generator writes into a string. */
const GO_SLICE_TYPE = /^\[\][A-Za-z*]/;
/**
 * OpenSSL's and GnuTLS's cipher strings with `+` (`kPSK+AES128`, `NONE:+VERS-TLS1.2:+ECDHE-PSK`),
 * and a suite's name (`PSK-AES128-CBC-SHA`, `TLS_PSK_WITH_AES_128_GCM_SHA256`): two cipher words
 * or more, and nothing else. SASL's mechanisms are named so too (`CRAM-SHA256`, `SCRAM-SHA-256-PLUS`,
 * `DIGEST-MD5`, as an IMAP server's `AUTH=…` capabilities list them).
 */
const CIPHER_STRING = /^[!+-]?[A-Za-z0-9.]+(?:[-_:+][!+-]?[A-Za-z0-9.]+){1,40}$/;
const CIPHER_WORD = /^(?:k?PSK|AES\d*|CHACHA20|POLY1305|CAMELLIA\d*|ARIA\d*|3?DES|RC4|SHA\d*|MD5|GCM|CCM\d?|CBC|E?CDHE?|DHE?|RSA|TLS\d?(?:\.\d)?|SSL|VERS|NULL|[ae]NULL|k[A-Z]{2,}|a[A-Z]{2,}|WITH|ALL|DEFAULT|HIGH|MEDIUM|LOW|NONE|NORMAL|SECURE\d*|COMP|CURVE|SIGN|MAC|KX|CTYPE|ANON|AEAD|HMAC|S?CRAM|DIGEST|PLUS)$/;
/** The words that name an algorithm: a cipher string has one at least. */
const ALGORITHM_WORD = /^(?:k?PSK|AES\d*|CHACHA20|CAMELLIA\d*|ARIA\d*|3?DES|RC4|SHA\d*|MD5|GCM|CBC|E?CDHE?|DHE?|RSA)$/;
function isCipherString(value: string): boolean {
  if (!CIPHER_STRING.test(value)) return false;
  const words = value.split(/[-_:+!]+/).filter((word) => word !== "");
  return words.some((word) => ALGORITHM_WORD.test(word)) && words.filter((word) => CIPHER_WORD.test(word)).length >= Math.max(2, Math.ceil(words.length * 0.6));
}
/** `"AuthSchemes": "basic,digest,ntlm,negotiate"`: a list of lower-case words. */
const WORD_LIST = /^[a-z]{2,}(?:[-_][a-z]+)?(?:,[ \t]?[a-z]{2,}(?:[-_][a-z]+)?){2,}$/;
/**
 * `versionKey = "@babel/plugin-class-features/version"`: a path into an npm package; or an export
 * of one by its name in PascalCase words, `globalKey = "@wry/context:Slot"` (the slot the package keeps on the global object).
 */
const NPM_PACKAGE_PATH = /^@[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)*(?::(?:[A-Z][a-z]{1,20}){1,4})?$/;
/**
 * A SHA-256 multihash in multibase's base64url (`u`, then `EiA`…`EiD` for the hash's code 0x12 and
 * length 0x20, then the 32 bytes): a content address, as schema descriptors and DIDs name a
 * document by its digest. A key has no such header.
 */
const MULTIBASE_SHA256 = /^uEi[A-D][A-Za-z0-9_-]{42}[AQgw]$/;
/** Base64 that starts as a PNG, JPEG, GIF or WebP file does: an image (`"key": "iVBORw0KGgo…"` in an icon table). */
const IMAGE_BASE64 = /^(?:iVBORw0KGgo|\/9j\/|R0lGODlh|R0lGODdh|UklGR)/;
/** `'RANDOMKEY' => 'Predis\\Command\\KeyRandom'`: a PHP (or C#-escaped) class by its namespace. */
const CLASS_PATH = /^\\{0,2}(?:[A-Z][A-Za-z0-9]*\\{1,2})+[A-Z][A-Za-z0-9]*$/;
/**
 * An object's default string form as Java and Android print it in logs and `dumpsys` output: a
 * class and its identity hash in hex (`mToken=android.os.Binder@5a3c9f1`, `token=ActivityRecord{5a3c9f1 u0 …}`,
 * the value cut at the space). A class by its package (`@`) or in camelCase of two words or more
 * (`{`): `Password@123` and `Summer{2024` are typed passwords, not objects.
 */
const JAVA_OBJECT_STRING = /^(?:(?:[a-z][a-z0-9_]*\.)+[A-Z][A-Za-z0-9_$]*@|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\{)[0-9a-f]{1,8}\}?$/;
/** `onedrivekey = "SOFTWARE\\Microsoft\\OneDrive"`: a Windows registry key's path. */
const REGISTRY_PATH = /^(?:HKEY_[A-Z_]+|HK(?:LM|CU|CR|U|CC)|SOFTWARE|SYSTEM)(?::)?\\/i;
/** `AmzCredentialKey = "X-Amz-Credential"`: an HTTP header's name. */
const HEADER_NAME = /^(?:[A-Z][a-z]+|[A-Z]{1,4}\d?)(?:-(?:[A-Z][a-z]+|[A-Z]{1,4}\d?))+$/;
/**
 * `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`: a value SOPS encrypted (with a Key Vault, KMS, age
 * or PGP key). Committing it is what SOPS is for.
 */
const SOPS_ENCRYPTED = /^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:[a-z]+\]$/;
/**
 * A Windows DPAPI blob in base64 (its version and the provider's GUID, always the same 32
 * characters): NuGet's encrypted `Password` and `<apikeys>`, decryptable only by the user and
 * machine that wrote them. (`ClearTextPassword` is NuGet's plain one.)
 */
const DPAPI_BLOB = /^AQAAANCMnd8BFdERjHoAwE\/Cl\+sBAAAA[A-Za-z0-9+/]{40,}={0,2}$/;
/**
 * `3DES:CBC:168:HMAC-SHA1:160:DEFAULT:0:rfc4279:…`: a record of eight fields or more between
 * colons, most of them numbers or words in one case (a cipher-suite table's row after its `PSK`
 * field), not a credential. (A token cut by colons, `v1:acct:Xq7vB2mK:…`, mixes cases in its fields.)
 */
const COLON_RECORD = /^(?:[^:\s]{0,24}:){7,}[^:\s]{0,24}$/;
function isColonRecord(value: string): boolean {
  if (!COLON_RECORD.test(value)) return false;
  const fields = value.split(":");
  return fields.filter((field) => /^(?:[A-Z0-9_.-]*|[a-z0-9_.-]*)$/.test(field)).length * 4 >= fields.length * 3;
}
/** `38:1f:a2:…`: bytes written as octets, a key's material (or a fingerprint), judged as such. */
const HEX_OCTETS = /^(?:[0-9A-Fa-f]{2}:)+[0-9A-Fa-f]{2}$/;
/** ASP.NET Core Data Protection's payload (its magic header in base64url, `CfDJ8`): ciphertext for the app's key ring. */
const DATA_PROTECTION_PAYLOAD = /^CfDJ8[A-Za-z0-9_-]{60,}$/;
/** `crypto_<hex>`: a value the Teams Toolkit encrypted in `.env.*.user` with a key kept on the machine. */
const TEAMS_TOOLKIT_ENCRYPTED = /^crypto_[0-9a-f]{32,}$/;
/**
 * `{cipher}AQA…` (RSA, base64) or `{cipher}682bc5…` (symmetric, hex), maybe `{key:name}` after it:
 * a value Spring Cloud Config encrypted with its server's key, which the server decrypts as it
 * serves it. The prefix is there to be committed.
 */
const SPRING_CLOUD_CONFIG_ENCRYPTED = /^\{cipher\}(?:\{key:[\w.-]+\})?[A-Za-z0-9+/]{16,}={0,2}$/;
/**
 * `vault:secret/data/shop#password`: a path in HashiCorp Vault and the field to read there (the
 * Bank-Vaults webhook's and Spring Cloud Vault's references), resolved when the application starts.
 */
const VAULT_REFERENCE = /^vault:[\w.-]+(?:\/[\w.-]+)+(?:#[\w.-]+){0,2}$/;
/**
 * Hex digits in one case, as tools print keys and digests (`acdeFf05…` mixes them, as only typing
 * by hand does).
 */
export function isSingleCaseHex(value: string): boolean {
  return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
}

/**
 * Letters that could be a word: a vowel (y counts) in every five letters or so, and no run of four
 * consonants. Random letters fail it almost always (`bsbmmbbsg`); words pass (`collector`,
 * `containerize`, `bliss`). Case is ignored.
 */
export function isPronounceable(letters: string): boolean {
  const lower = letters.toLowerCase();
  const vowels = lower.replace(/[^aeiouy]/g, "").length;
  return vowels > 0 && vowels * 5 >= lower.length && !/[b-df-hj-np-tv-xz]{4}/.test(lower);
}

/** Protocols' and formats' names that are words in names without a vowel (`mod_proxy_http2_init`). */
// (…and network protocols', as a network device's output names its tables and fields:
// `TABLE_snmp_group_names`, `dhcp_relay_address`, `vrrp_group`.)
const PROTOCOL_ABBREVIATIONS = new Set([
  "http", "https", "html", "xhtml", "json", "smtp", "smtps", "ldap", "ldaps", "grpc", "mqtt", "sftp", "imap", "imaps", "sasl", "ntlm", "pkcs", "krb",
  "snmp", "dhcp", "tftp", "nntp", "rtsp", "rtmp", "xmpp", "sctp", "pptp", "vrrp", "hsrp",
]);

/**
 * Each part is a word, maybe numbered (`collector`, `rtr2`, `node1`), or a number: letters first,
 * pronounceable from four letters on, and (unless `anyLength`) one word of five letters or more
 * among them (`neutron`, `number`). Random chunks mix digits in (`k3q9vz2m`) or are unpronounceable
 * (`mzpq-hxwt`).
 */
export function readsAsWords(parts: readonly string[], anyLength = false): boolean {
  let longWord = false;
  for (const part of parts) {
    if (/^\d+$/.test(part)) continue;
    const letters = /^([a-z]+)\d{0,3}$/.exec(part)?.[1];
    if (letters === undefined || (letters.length >= 4 && !isPronounceable(letters) && !PROTOCOL_ABBREVIATIONS.has(letters))) return false;
    if (letters.length >= 5) longWord = true;
  }
  return longWord || anyLength;
}

/**
 * A password as people type one: a word or words run together (`newpass`, `NewPass`), then at
 * most four digits and one mark (`newpass123`, `Welcome2024!`). Entropy cannot tell it from a
 * key (`newpass123` scores as high as many random values of its length); its shape can, since
 * a generator puts digits anywhere, not all at the end after pronounceable letters.
 */
export function isTypedPassword(value: string): boolean {
  return TYPED_PASSWORD.test(value) && /[aeiouy]/i.test(value) && !/([a-z])\1\1/i.test(value);
}
const TYPED_PASSWORD = /^(?:[A-Z]?[a-z]{2,}){1,4}\d{0,4}[!.#@$*?]?$/;

/**
 * A password typed in parts, letters and digits taking turns at most four times (`xyz1234abc`,
 * `old862phrase`, `Cold5678Reload`): each run of letters in one case or capitalised, and a word
 * (pronounceable) or a stretch of the alphabet (`abc`, `xyz`, `rst`) of three letters or more;
 * each run of digits four at most. A generator's letters and digits take turns far more often
 * (`k3x9mPz2Lq`), its runs of letters mix cases (`aUPtawPzE`) and seldom read (`mpz`).
 */
export function isTypedInParts(value: string): boolean {
  if (!/^[A-Za-z0-9]{6,32}$/.test(value) || !/\d/.test(value)) return false;
  const runs = value.match(/[A-Za-z]+|\d+/g) ?? [];
  if (runs.length < 2 || runs.length > 4) return false;
  return runs.every((run) => (/^\d/.test(run) ? run.length <= 4 : /^(?:[A-Z]?[a-z]{2,}|[A-Z]{3,})$/.test(run) && (isAlphabetStretch(run.toLowerCase()) || isPronounceable(run))));
}

/** `abc`, `xyz`, `mnop`: letters that follow each other in the alphabet. */
function isAlphabetStretch(letters: string): boolean {
  for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) !== letters.charCodeAt(i - 1) + 1) return false;
  return letters.length >= 3;
}

/**
 * The text a literal's escapes stand for, its letters written in ASCII: `verschl\u00FCsselt` and
 * `gr\xc3\xbc\xc3\x9fe` are the words `verschlusselt` and `gruxe`, to be judged as a program
 * reads them. (Accents are dropped and other characters past ASCII become `x`, so that an escaped `ä` in a
 * generated password leaves it as random as before: looksRandom takes any non-ASCII for prose.)
 * A run of `\xNN` that is not UTF-8 stays as written; a value without escapes is returned as is.
 */
export function withEscapesDecoded(value: string): string {
  if (!value.includes("\\")) return value;
  const decoded = decodeEscapes(value);
  return decoded === value ? value : decoded.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\x20-\x7e]/g, "x");
}

/** `signatureElement = "Signature="`: the start of a parameter, before its value. */
const PARAMETER_START = /^[A-Za-z][\w-]*=$/;
/** A parameter's name: a word or words, maybe a number after (`sig`, `Signature`, `api-version`, `X-Amz-Credential`, `v2`). */
const PARAMETER_NAME = /^(?:[A-Z]?[a-z]+|[A-Z]+)\d{0,2}$/;

/**
 * `"Signature="`, `"sig="`: a parameter's name and its `=`. A generated password may end in `=`
 * (`Kq7_vR2-kW9zLm4Tx8=`): what comes before it is then random, not a name.
 */
function isParameterStart(value: string): boolean {
  if (!PARAMETER_START.test(value) || isGeneratedBase64(value)) return false;
  const name = value.slice(0, -1);
  return PARAMETER_NAME.test(name) || HEADER_NAME.test(name) || isWordyIdentifier(name);
}

/**
 * Base64 of a generated key: both cases and a digit or `+`, and a run of ten characters or more
 * between its `/` and `+` that mixes cases and is not words (`DriverStore`). Such a value keeps
 * the shape of a route (`zl7I/uqGmcweP…`), a path (`/i8uO3Rw…`) or a parameter's start
 * (`tZsnVeqt…Y=`) by chance: one random 32-byte key in five ends in a lone `=` with no `+` or `/`.
 */
export function isGeneratedBase64(value: string): boolean {
  if (value.length < 20 || !BASE64_RUN.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || !/[\d+]/.test(value)) return false;
  // A path of three parts or more begins or ends with a word (`users/8FnQ2kLp…/tokens`,
  // `exports/…/`); base64 seldom does, and seldom has two slashes.
  const parts = value.split("/");
  if (parts.length >= 3 && (value.endsWith("/") || [parts[0]!, parts[parts.length - 1]!].some((part) => /^[a-z]{4,}$/.test(part) && /[aeiouy]/.test(part)))) return false;
  const random = value
    .replace(/=+$/, "")
    .split(/[+/]/)
    // (Words with a number or a year after them are words: `ContosoOrders2024`.)
    .some((run) => run.length >= 10 && /[a-z]/.test(run) && /[A-Z]/.test(run) && !isWordyIdentifier(run.replace(/\d{1,4}$/, "")));
  // Base64 of text (`ZmFrZS1hY2NvdW50LWtleS1…`, "fake-account-key-…"; a paging cursor) was written, not generated.
  return random && encodedText(value) === undefined;
}
/**
 * `expectedCred := "AKID/19700101/us-east-1/dynamodb/aws4_request"`: an AWS Signature V4 (or Google
 * V4 signing) credential scope, maybe percent-encoded.
 */
const SIGV4_SCOPE = /(?:\/|%2F)(?:aws4|goog4)_request$/i;
/** `az_key = "OS-EXT-AZ:availability_zone"`: an API extension's attribute name. */
const EXTENSION_ATTRIBUTE = /^[A-Z]{2,}(?:-[A-Z]{2,})+:[a-z][a-z_]*$/;
/** Base64 of at least 12 bytes, without other characters: what may encode a sentence. */
const BASE64_RUN = /^[A-Za-z0-9+/]{16,}={0,2}$/;
/** Three or more words of plain ASCII text. */
const SENTENCE = /^[A-Za-z][\w',.!?:;-]*(?: [\w',.!?:;-]+){2,}$/;
/** `Microsoft.KeyVault/vaults/secrets@2023-07-01`: an Azure resource type and API version (Bicep's `resource secret '…'`). */
const AZURE_RESOURCE_TYPE = /^[A-Z][A-Za-z]+(?:\.[A-Za-z]+)+\/[A-Za-z][\w./]*@\d{4}-\d{2}-\d{2}(?:-[a-z]+)?$/;

/**
 * `password=(?<value>[A-Za-z0-9+/]{20,}=*)`: a regular expression's source (a detector's own
 * pattern, a validation rule), not a value: a class with a range or an escape, then a quantifier;
 * a negated class with one (`[^a-zA-Z0-9_.]`: no one types that into a password), its range maybe
 * between bytes' escapes (`[^\x21\x23-\x27]`, PEAR Mail_Mime's token pattern); or a group that
 * opens with `(?`.
 */
const REGEX_SOURCE = /\[[^\]]{0,40}?(?:[A-Za-z0-9]-[A-Za-z0-9]|\\[dswDSWnrt])[^\]]{0,80}\](?:[*+?]|\{\d)|\[\^[^\]]{0,40}?(?:[A-Za-z0-9]-(?:[A-Za-z0-9]|\\x[0-9A-Fa-f]{2})|\\[dswDSW])[^\]]{0,80}\]|^\(\?(?:[:=!]|<[A-Za-z=!])/;

/** Base64 of at least 6 bytes, without other characters: what may encode a word. */
const SHORT_BASE64 = /^[A-Za-z0-9+/]{8,}={0,2}$/;

/**
 * The printable text a base64 value encodes, if it encodes text at all: key material decodes to
 * bytes. Most values fail the look at their first bytes, before anything is decoded.
 */
function encodedText(value: string): string | undefined {
  if (!startsWithEncodedText(value) || !SHORT_BASE64.test(value)) return undefined;
  const decoded = decodeBase64Url(value);
  return decoded !== undefined && /^[\x20-\x7e]+$/.test(decoded) ? decoded : undefined;
}

/**
 * `accessToken: "dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl"`: base64 of a sentence ("this is not a real
 * value"), as tests write a fake.
 */
export function isEncodedSentence(value: string): boolean {
  const text = encodedText(value);
  return text !== undefined && BASE64_RUN.test(value) && SENTENCE.test(text);
}

/** `deltaToken: "aW5kZXg9…"`: base64 of `index=…&page=…`, a paging cursor's parameters. */
function isEncodedQuery(value: string): boolean {
  // Text that starts with a lower-case letter encodes to Y, Z or a–e first: most values stop here.
  if (value.length > 400 || !/^[YZa-e][A-Za-z0-9+/]{15,}={0,2}$/.test(value)) return false;
  const text = decodeBase64Url(value);
  return text !== undefined && /^[\w.-]+=[^&\s]*(?:&[\w.-]+=[^&\s]*)+$/.test(text);
}

/**
 * `MYSQL_PASSWORD: UGFzc3dvcmQxMg==`: base64 of a placeholder ("Password12"), as a Kubernetes
 * secret's data or a Basic pair holds it, is that placeholder.
 */
function isEncodedPlaceholder(value: string): boolean {
  if (value.length > 120) return false;
  const text = encodedText(value);
  // …or text that says it is made up (`ZmFrZS1hY2NvdW50LWtleS1…`: "fake-account-key-for-testing").
  return text !== undefined && (isPlaceholder(text) || /fake|dummy|example|sample|placeholder|notreal|not-a-real|for-?testing/i.test(text));
}

/**
 * `NWZlY2Vi…==`: base64 of a hex digest written out as text (an e-invoice's previous-invoice
 * hash, a SHA-256 as 64 hex digits): a hash's text, encoded, not key material, whose bytes are random.
 */
export function isEncodedHexDigest(value: string): boolean {
  const text = encodedText(value);
  return text !== undefined && /^[0-9a-f]{32,}$|^[0-9A-F]{32,}$/.test(text);
}

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Whether a byte is a letter, a digit, a blank or common punctuation. */
function isTextByte(byte: number): boolean {
  return (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte === 32 || byte === 39 || byte === 44 || byte === 45 || byte === 46;
}

/**
 * Whether the first six bytes that the first eight characters encode are text. Random key
 * material passes this about once in three thousand values, so the full decode (and the
 * exception `atob` throws on what is not base64) is left to the few that do.
 */
function startsWithEncodedText(value: string): boolean {
  for (let group = 0; group < 8; group += 4) {
    let bits = 0;
    for (let i = group; i < group + 4; i++) {
      const sextet = BASE64_ALPHABET.indexOf(value[i]!);
      if (sextet === -1) return false;
      bits = (bits << 6) | sextet;
    }
    if (!isTextByte(bits >>> 16) || !isTextByte((bits >>> 8) & 255) || !isTextByte(bits & 255)) return false;
  }
  return true;
}

/**
 * The choices a setting takes, as its documentation lists them: `pubkey|psk|eap-md5|eap-aka`; or
 * capitalised words a pattern is built from (`SECRET_SUFFIXES = "Key|Token|Secret|Password"`).
 */
const CHOICE_LIST = /^(?:[a-z][a-z0-9-]{1,20}(?:\|[a-z][a-z0-9-]{1,20}){2,20}|[A-Z][a-z]{1,20}(?:\|[A-Z][a-z]{1,20}){2,20})$/;
/** Getopt::Long's option specifications: `'dba-password=s'`, `'package|p:s@'`. */
const GETOPT_SPEC = /^[A-Za-z][\w-]{0,60}(?:\|[\w-]{1,60}){0,10}[=:][sifo][@%]?$/;
/**
 * WebLogic's `{AES256}…` in boot.properties, Liberty's `{aes}…` and `{hash}…`: sealed with a key
 * kept apart from the file (the domain's SerializedSystemIni.dat, Liberty's configured key). Not
 * `{xor}`, which anyone reverses.
 */
const SCHEME_SEALED = /^\{(?:AES(?:256)?|aes|hash)\}[A-Za-z0-9+/]{16,}={0,2}$/;
/** Tomcat's digested credential, `salt$iterations$digest` in hex (`digest.sh`'s output). */
const TOMCAT_DIGEST = /^[0-9a-f]{16,128}\$\d{1,7}\$[0-9a-f]{32,256}$/;
/** BIND's key files are named `K<zone>.+<algorithm>+<key tag>`: the name of a file, not its key. */
const DNSSEC_KEY_FILE = /^K[\w.-]{1,253}\+\d{3}\+\d{5}$/;

/**
 * A Firebase Cloud Messaging registration token, `<instance id>:APA91b…`: the address of one app
 * install that a server sends to, as an APNs device token is. Not the legacy server key, whose
 * first part is the sender's number in base64, `AAAA…` (firebase/fcm-server-key): that one sends.
 */
const FCM_REGISTRATION_TOKEN = /^(?!AAAA)[A-Za-z0-9_-]{11}:APA91b[A-Za-z0-9_-]{100,300}$/;

/**
 * An Azure AD B2C user flow's or custom policy's name: the service gives every user flow the
 * prefix `B2C_1_` and every custom policy `B2C_1A_` (`B2C_1_reset`, `B2C_1A_PasswordReset`).
 * MSAL's B2C samples keep them under `forgotPassword` and end authority URLs with them.
 */
export const B2C_POLICY_NAME = /^B2C_1A?_[\w-]{1,100}$/i;

/**
 * The name of an npm setting that holds a registry's credential, not its value: `:_authToken` (the
 * part code adds after a registry's URL), `//npm.pkg.github.com/:_authToken`, `registry.npmjs.org/:_password`.
 * (A registry is named by its host, with dots: a token before `:_authToken` has none.)
 */
const NPM_CREDENTIAL_KEY = /^(?:(?:\/\/)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}(?::\d{1,5})?(?:\/[\w.@%~-]*)*)?:(?:_authToken|_auth|_password|username|email|certfile|keyfile|always-auth)$/;

/** D-Bus's basic type codes (`s` a string, `o` an object path, `y` a byte…) and `v`, a variant. */
const DBUS_SINGLE_TYPE = /[ybnqiuxtdhsogv]/;

/**
 * A D-Bus type signature with a container in it (`(oayays)`, `a{sv}`, `a{sv}(oayays)b`): the types
 * of a method's arguments, given beside the method's name (`call('SetSecret', '(oayays)', …)`).
 * Read by the D-Bus grammar (arrays, structs, dict entries of a basic key), so that only a
 * well-formed signature of those few letters and brackets is one; a value without a bracket is left
 * to the other judgements, as a word of those letters may be a password.
 */
export function isDBusSignature(value: string): boolean {
  if (value.length > 255 || !/[({]/.test(value) || !/^[ybnqiuxtdhsogva(){}]+$/.test(value)) return false;
  let at = 0;
  // Reads one complete type from `at`; false where the signature breaks the grammar.
  const completeType = (depth: number): boolean => {
    if (depth > 64) return false;
    const code = value[at++];
    if (code === undefined) return false;
    if (code === "a") {
      if (value[at] !== "{") return completeType(depth + 1);
      at++;
      // A dict entry: a basic type as its key (not a variant), then one complete type.
      if (!/[ybnqiuxtdhsog]/.test(value[at++] ?? "") || !completeType(depth + 1)) return false;
      return value[at++] === "}";
    }
    if (code === "(") {
      if (value[at] === ")") return false;
      while (value[at] !== ")") if (!completeType(depth + 1)) return false;
      at++;
      return true;
    }
    return DBUS_SINGLE_TYPE.test(code);
  };
  while (at < value.length) if (!completeType(0)) return false;
  return true;
}

/**
 * Shapes no credential has. Every candidate value passes here, so each shape is looked for only
 * when the value holds the character that shape needs.
 */
export function hasNonCredentialShape(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first >= 48 && first <= 57 && (ISO_DATE_TIME.test(value) || API_VERSION.test(value) || IP_ADDRESS_LIST.test(value))) return true;
  if ((first === 43 || first === 45 || value.includes(".")) && DECIMAL_NUMBER.test(value)) return true;
  if (first === 48 /* 0 */ && HEX_NUMBER.test(value)) return true;
  if (value.length <= 16 && value.includes(".") && NODE_RED_LEGACY_ID.test(value)) return true;
  // `,out:,host:` (getopt's long options after `pass:`): a value does not start with a separator.
  if (first === 44 /* , */) return true;
  if (value.includes(",") && WORD_LIST.test(value)) return true;
  if (value.includes("/") && LABEL_KEY.test(value)) return true;
  if (first === 91 /* [ */ && GO_SLICE_TYPE.test(value)) return true;
  if (isCipherString(value)) return true;
  if (first >= 48 && first <= 57 && value.includes("/") && RATE_LIMIT.test(value)) return true;
  if (value.includes("(") && SQL_COLUMN_TYPE.test(value)) return true;
  if ((value.includes("-") || value.includes("+")) && KEY_COMBINATION.test(value)) return true;
  if (value.includes("|") && (VALIDATION_RULES.test(value) || CHOICE_LIST.test(value))) return true;
  if ((value.includes("=") || value.includes(":")) && GETOPT_SPEC.test(value)) return true;
  if (first === 64 /* @ */ && NPM_PACKAGE_PATH.test(value)) return true;
  if (value.includes(":") && NPM_CREDENTIAL_KEY.test(value)) return true;
  if (value.length >= 64 && IMAGE_BASE64.test(value)) return true;
  if (first === 117 /* u */ && MULTIBASE_SHA256.test(value)) return true;
  if (first === 92 /* backslash */ && ESCAPES_ONLY.test(value)) return true;
  if (first === 38 /* & */ && CHARACTER_REFERENCES_ONLY.test(value)) return true;
  if (first === 123 /* { */ && JSON_DOCUMENT.test(value)) return true;
  if (first === 69 /* E */ && SOPS_ENCRYPTED.test(value)) return true;
  if (first === 65 /* A */ && DPAPI_BLOB.test(value)) return true;
  if (value.includes(":") && isColonRecord(value) && !HEX_OCTETS.test(value)) return true;
  if (first === 67 /* C */ && DATA_PROTECTION_PAYLOAD.test(value)) return true;
  if (first === 75 /* K */ && DNSSEC_KEY_FILE.test(value)) return true;
  if (first === 123 /* { */ && SCHEME_SEALED.test(value)) return true;
  if (value.includes("$") && TOMCAT_DIGEST.test(value)) return true;
  if (first === 99 /* c */ && TEAMS_TOOLKIT_ENCRYPTED.test(value)) return true;
  if (first === 123 /* { */ && SPRING_CLOUD_CONFIG_ENCRYPTED.test(value)) return true;
  if (first === 118 /* v */ && VAULT_REFERENCE.test(value)) return true;
  if ((first === 66 || first === 98) /* B, b */ && B2C_POLICY_NAME.test(value)) return true;
  if (value.includes("=") && SETTINGS_LIST.test(value)) return true;
  if (value.includes(",") && OPTION_NAME_LIST.test(value)) return true;
  if (value.includes(":")) {
    if (FCM_REGISTRATION_TOKEN.test(value)) return true;
    if (HOST_AND_PORT.test(value) && /[A-Za-z]/.test(value)) return true;
    if (NAMESPACED_NAME.test(value)) return true;
    const userAndPassword = USER_AND_PASSWORD.exec(value);
    if (userAndPassword && isDocumentationPassword(userAndPassword[1]!)) return true;
  }
  if (value.includes("\\") && (REGISTRY_PATH.test(value) || CLASS_PATH.test(value))) return true;
  if ((value.includes("@") || value.includes("{")) && JAVA_OBJECT_STRING.test(value)) return true;
  if (value.includes("-") && (HEADER_NAME.test(value) || EXTENSION_ATTRIBUTE.test(value))) return true;
  if (value.endsWith("=") && isParameterStart(value)) return true;
  if (value.endsWith("_request") && SIGV4_SCOPE.test(value)) return true;
  if (value.length >= 16 && (isEncodedSentence(value) || isEncodedQuery(value))) return true;
  if (value.length >= 8 && isEncodedPlaceholder(value)) return true;
  if (value.includes("@") && AZURE_RESOURCE_TYPE.test(value)) return true;
  if ((value.includes("[") || value.includes("(?")) && REGEX_SOURCE.test(value)) return true;
  if (isDataUri(value)) return true;
  if (isPrintableEncodedData(value)) return true;
  if ((value.includes("(") || value.includes("{")) && isDBusSignature(value)) return true;
  return value.includes(".") && HOST_NAME.test(value);
}
