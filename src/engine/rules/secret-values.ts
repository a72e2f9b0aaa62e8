import { createHash } from "node:crypto";
import { base64OfBase64Url, tryAtob } from "../base64";
import { isDocumentationPassword, isPlaceholder, METASYNTACTIC_NAME } from "../placeholder";
import { shannonEntropy } from "./entropy";
import { hasRepeatedLetterChunk } from "../character-patterns";
import { isWordyIdentifier } from "./identifier-words";
import { segmentsOf } from "./name-segments";
import { isMnemonicPhrase, isPassphrase } from "./passphrase";
import { hasNonCredentialShape, isGeneratedBase64, isPronounceable, isSingleCaseHex, readsAsWords } from "./value-shapes";
import type { FileType } from "./types";
import { isEastAsianLabel } from "./translation-files";
import { VENDOR_RULES } from "./vendors";
import { namesRecoveryPhrase, PUBLIC_KEY_START, SHA256_BASE64, secretStrength } from "./secret-names";
import type { Strength } from "./secret-names";

/**
 * Values under a secret's name: whether one is a secret or a look-alike (a word, a reference, an
 * identifier, a path, a placeholder), judged by how strongly the name says secret.
 */

/**
 * A value that starts like a vendor token (`sm_pat_`, `glpat-`) but that the vendor's own rule did
 * not accept has the wrong length or alphabet: a test string, not a secret with a generic name.
 */
const SHARED_PREFIXES = new Set(["live_"]); // Twitch stream keys and GoCardless tokens both start so
const VENDOR_PREFIXES = VENDOR_RULES.flatMap((rule) => rule.keywords).filter((keyword) => keyword.length >= 4 && /[_.-]$/.test(keyword) && !SHARED_PREFIXES.has(keyword));
/** The prefixes by their first character: a value is compared with a handful instead of all. */
const VENDOR_PREFIXES_BY_FIRST = new Map<string, string[]>();
for (const prefix of VENDOR_PREFIXES) VENDOR_PREFIXES_BY_FIRST.set(prefix[0]!, [...(VENDOR_PREFIXES_BY_FIRST.get(prefix[0]!) ?? []), prefix]);
const LONGEST_VENDOR_PREFIX = Math.max(...VENDOR_PREFIXES.map((prefix) => prefix.length));

function hasVendorPrefix(value: string): boolean {
  // Lower-casing never shortens text, so the head of the value is enough to compare with.
  const lower = value.slice(0, LONGEST_VENDOR_PREFIX).toLowerCase();
  const candidates = VENDOR_PREFIXES_BY_FIRST.get(lower.charAt(0));
  return candidates !== undefined && candidates.some((prefix) => lower.startsWith(prefix));
}

// (`define` and `undef`: Perl's Configure answers `d_pwpasswd='define'`, a yes or no. `_null_`:
// PostgreSQL's catalogue data writes a null so, `rolpassword => '_null_'`. `removed`: what a log's
// copy of the settings says in the password's place, `passwd: 'removed'`.)
const LITERAL_WORDS = /^(?:true|false|null|_null_|nil|none|undefined|define|undef|yes|no|on|off|required|optional|string|str|int|integer|number|bool|boolean|object|array|any|function|symbol|bigint|text|password|secret|token|bearer|basic|empty|default|unknown|hidden|masked|redacted|removed|encrypted|auto|disabled|enabled|always|never|on_create|on_new_username|no_log|n\/a|na|tbd|todo|fixme|x+|include|omit|same-origin|same-site|cross-origin|anonymous|use-credentials|options?|flags?|arguments?|parameters?|switch|field|values?|constant|const|final|readonly|static)$/i;
/**
 * `!!options.withCredentials`, `!!(settings.user && settings.password)`: JavaScript's coercion to a
 * boolean, read bare where a page's script is text to the line rules. A member path or a bracket
 * after `!!`, as no password goes on.
 */
const NEGATED_EXPRESSION = /^!!?(?:\(|[A-Za-z_$][\w$]*\.[A-Za-z_$])/;
/** The brackets that close a type around a union, as a doc comment writes it (`{{withCredentials: (boolean|undefined)}}`). */
const TYPE_CLOSERS_AT_END = /[)\]}>]+$/;

/** `boolean|undefined)}}`, `string|null`: a union of type names (a Closure or TypeScript type in a doc comment), not a value. */
function isTypeUnion(value: string): boolean {
  if (!value.includes("|")) return false;
  const members = value.replace(TYPE_CLOSERS_AT_END, "").split("|");
  return members.length >= 2 && members.every((member) => LITERAL_WORDS.test(member));
}

/**
 * Hash, key-derivation and authentication method names: settings that choose how, not secrets.
 * (`"AzureWebJobsStorage__credential": "managedidentity"`: an identity-based connection's
 * credential is the kind of identity, and the Functions host takes no other value.)
 * (`Cleartext`: PostgreSQL's name for the password sent as it is, as `plaintext` is elsewhere.)
 */
const METHOD_NAMES = /^(?:managed[-_ ]?identity|workload[-_ ]?identity|(?:system|user)[-_ ]?assigned(?:[-_ ]?(?:managed[-_ ]?)?identity)?|scram-sha-(?:1|256)(?:-plus)?|md5|sha-?(?:1|224|256|384|512)|bcrypt|scrypt|argon2(?:id|i|d)?|pbkdf2(?:-sha-?\d+)?|plain(?:text)?|clear[-_ ]?text|ntlm|kerberos|gssapi|digest|(?:aws4-)?(?:hmac|ecdsa|rsa)(?:-p\d{3})?-sha-?\d{1,3})$/i;
// (With JavaScript's module and JSX extensions: `["CART_INJECTION_KEY", "es/hooks/use-cart/index.mjs"]` pairs
// an export's name with the module it comes from.)
const FILE_EXTENSION = /\.(?:pem|p12|pfx|key|crt|cer|der|jks|keystore|keytab|pub|json|ya?ml|txt|xml|properties|env|ini|conf|cfg|toml|[mc]?[jt]s|[jt]sx|py|cs|go|rb|php|sh|ps1|html|css|png|jpe?g|gif|svg|log|lock|md|bin|dat|db|sqlite|asc|gpg|war|jar|ear|zip|tar|gz|tgz|bz2|xz|whl|csv|tsv|parquet|pdf|exe|dll|so|dylib|ova|ovf|vmdk|vhdx?|iso|img|qcow2)$/i;
/**
 * A file's name or path: an extension in one case (`.pem`, `.PFX`). A generated value with `.` among
 * its characters ends so by chance (`….gZ`), in mixed case.
 */
function hasFileExtension(value: string): boolean {
  // (A page's relative URL too: `edit.php?table=adminpassword`.)
  const extension = FILE_EXTENSION.exec(value)?.[0] ?? PAGE_WITH_QUERY.exec(value)?.[1];
  return extension !== undefined && (extension === extension.toLowerCase() || extension === extension.toUpperCase());
}
const PAGE_WITH_QUERY = /^[\w./-]+(\.(?:php|aspx?|jsp|html?|cgi))\?/;
/** A GUID, braces allowed: an id (a tenant's, an app's), no secret by its shape. */
export const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/**
 * An id whose prefix says what it identifies (`cart-<GUID>`, `order_<GUID>`). Not a prefix that says
 * key or token: LaunchDarkly's SDK keys are `sdk-<GUID>` (and `mob-`, `api-` tokens).
 */
const TYPED_GUID = /^(?!(?:sdk|mob|api|key|token|secret|sk|pk|rk|pat)[-_:])[a-z]{2,20}[-_:][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Counters joined by `:` before a GUID: Pacemaker's `transition-key="14:94:7:3bec…"` (the action's,
 * the transition's and the expected result's numbers, then the cluster's id), an event's place in a
 * sequence. A service's key is the GUID alone or after a word (TYPED_GUID's exceptions).
 */
const COUNTED_GUID = /^(?:\d{1,6}:){2,4}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME_BASED_GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-/i;
/** A member chain or call: `config.password`, `env.DB_PASS`, `getSecret()`, `args[1]`. */
const MEMBER_OR_CALL = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+$|[()[\]]/;
export const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A snake/kebab identifier made of words that names a secret rather than being one. */
/**
 * `db_password`, `FTP_PASS`, `pFetchmail_desc_src_password`: a name of the slot (with SECRET_WORD),
 * not a value in it. In any case only when each part is a word (`sk_live_4eC39Hq…` is a key).
 */
const SECRET_WORD_IDENTIFIER = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+$/;
const SECRET_WORD = /pass|secret|token|key|auth|cred/;
/** …and in any case, with `_` between words, when one whole word is a slot's (`Monkey_Banana_42` is a password). */
const SLOT_NAME_ANY_CASE = /^[A-Za-z]+\d{0,4}(?:_(?:[A-Za-z]+\d{0,4}|\d{1,4}))+$/;
const SLOT_WORD = /^(?:pass|password|passwd|passphrase|pwd|secret|secrets|token|tokens|key|keys|apikey|auth|cred|creds|credential|credentials)$/i;

function namesASlot(value: string): boolean {
  if (SECRET_WORD_IDENTIFIER.test(value)) return SECRET_WORD.test(value);
  return SLOT_NAME_ANY_CASE.test(value) && value.split("_").some((word) => SLOT_WORD.test(word));
}

/** Lower-case words and at most two short numbers between them, a word of four letters or more among them. */
const WORDS_AROUND_NUMBER = /^(?=[a-z0-9]*[a-z]{4})[a-z]+(?:\d{1,2}[a-z]+){1,2}\d{0,2}$/;

/** See looksRandom: `US/Mountain`, `Europe/Oslo`, `America/Port-au-Prince`, `.Collections`. */
const CAPITALISED_WORDS = /^(?:[A-Z]{2,3}|\.?[A-Z][a-z]+(?:[_-][A-Za-z][a-z]+)*)(?:\/(?:[A-Z]{2,3}|[A-Z][a-z]+(?:[_-][A-Za-z][a-z]+)*)){0,2}$/;

/** Does `value` look random enough to be a key or token rather than a word or an identifier? */
export function looksRandom(value: string): boolean {
  if (value.length < 8) return false;
  // Keys and tokens are ASCII; prose in other scripts is not.
  if (/[^\x20-\x7e]/.test(value)) return false;
  // 32 bytes in hex after `0x`: an Ethereum (secp256k1) private key, as wallets and Hardhat write one.
  if (/^0x[0-9a-f]{64}$/i.test(value)) return isSingleCaseHex(value.slice(2));
  if (/^0x[0-9a-f]+$/i.test(value)) return false; // a numeric literal
  // Tokens are URL- and header-safe; `?`, spaces and angle brackets mean prose or a template.
  if (/[?\s]/.test(value)) return false;
  // `US/Mountain`, `America/Argentina/Buenos_Aires`, `.Collections`: capitalised words (or a short
  // acronym) joined by `/` or after a `.`, a time zone's or a class's name. The `/` and the capitals
  // would count as classes of characters; base64 has digits, or runs of capitals among its letters.
  if (CAPITALISED_WORDS.test(value)) return false;
  if (/\d+\.\d+(?:\.\d+)?$/.test(value)) return false; // ends in a version number
  // `int2vector`, `base64url`, `utf8mb4`: words joined by a short number, a type's or a format's name.
  if (WORDS_AROUND_NUMBER.test(value) && value.split(/\d+/).every((word) => word.length <= 3 || isPronounceable(word))) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length;
  // Hex keys are written in one case; `acdeFf05…` mixes them, as only typing by hand does.
  if (/^[0-9a-f]{16,}$/i.test(value)) return isSingleCaseHex(value);
  if (/^\d+$/.test(value)) return false;
  if (classes >= 3 && value.length >= 10) return shannonEntropy(value) >= 3;
  if (value.length < 10) return false;
  if (classes >= 2 && /\d/.test(value) && /[A-Za-z]/.test(value)) return shannonEntropy(value) >= (value.length >= 20 ? 3.2 : 2.8);
  // Letters of one case only are words run together (`storageaccountkeybase64encoded`).
  if (/^[a-z]+$/.test(value) || /^[A-Z]+$/.test(value)) return false;
  return value.length >= 24 && shannonEntropy(value) >= 3.5;
}

interface Candidate {
  readonly name: string;
  readonly value: string;
  /** Whether the value was quoted in the source: a bare word in code is an expression. */
  readonly quoted: boolean;
  /** A password given as a command-line argument: literal text, so a run of words (`db_admin`) is not a name. */
  readonly argument?: boolean;
}

/**
 * Names that say which vendor's credential they hold, where that vendor has a single format. A
 * value of another shape under such a name is a test string or a mistake, not that secret. (Not
 * `aws_secret_access_key`: people also use it as a plain secret name, whatever the value.) A
 * password under a vendor's name (`MERAKI_ADMIN_PASSWORD`) is a password, whatever its shape.
 */
const PASSWORD_NAME = /pass(?:word|wd)?|pwd/i;
const FORMAT_OWNED_NAMES: readonly (readonly [RegExp, RegExp])[] = [
  [/telegram/i, /^\d{5,16}:A[\w-]{32,34}$/],
  // Cisco Meraki dashboard API keys: 40 hexadecimal characters.
  [/meraki/i, /^[0-9a-f]{40}$/i],
  // Twitch stream keys: `live_`, the channel's numeric id, `_`, 30 letters and digits.
  [/twitch.?stream|stream.?key.*twitch/i, /^live_\d{4,12}_[A-Za-z0-9]{30}$/],
];

/**
 * A long base64 value (it has `+` or `/`) with one character that no encoding writes (`!`, `#`,
 * `*`…; not base64url's `-` and `_`, URL-encoding's `%`, an escape's `\` or a separator) is a
 * key edited by hand: the look-alike in a detector's test. Generated passwords that use such
 * characters use several.
 */
function isEditedBase64(value: string): boolean {
  if (value.length < 40 || !/[+/]/.test(value)) return false;
  const others = value.replace(/[A-Za-z0-9+/=]/g, "");
  return others.length === 1 && !/[-_.~%\\:;,]/.test(others);
}

/**
 * `ValueType<0, 8>`, `Intrinsic<[i64]>`: a generic type or template applied, not a value (read up
 * to the first space or comma). A random-looking run of letters and digits after the `<`
 * (`Rt4<kq9Zp2Wm7`) is a password that holds a `<`.
 */
function isGenericTypeApplied(value: string): boolean {
  const match = /^[A-Za-z_][\w.:]*<(.*)$/s.exec(value);
  if (!match) return false;
  const args = match[1]!;
  if (args === "" || /^["'[\]]/.test(args)) return true;
  return /^\w/.test(args) && !looksRandom(args);
}

/**
 * The value spells its own name, whole or in part, so it names a setting rather than holds one
 * (`password: passwordField`, `TypeCredential Type = "Credential"`, `"newPassword": "my_newPassword"`).
 */
function spellsItsName(name: string, value: string, strength: Strength): boolean {
  // `"secret" : "secrets"`, `password: passwordField`: the value repeats the name.
  const lowerValue = value.toLowerCase();
  // (Not a one- or two-letter name: `-p`'s password may start with a `p` as any other letter.)
  // (…nor after the underscores that mark a private member: `password => '_passwordDB'` names the
  // method that keeps the passwords.)
  if (name.length >= 3 && lowerValue.replace(/^_+/, "").startsWith(name.toLowerCase())) return true;
  // The same name with another number: `['v2password', 'v3password']`, `token1: "token2"`.
  if (/\d/.test(name) && name.toLowerCase().replace(/\d+/g, "#") === lowerValue.replace(/\d+/g, "#")) return true;
  // The same name in another spelling: `('OAUTH2_CLIENT_SECRET', 'oauth2ClientSecret')`.
  // (Without the `k` that C, C++, Objective-C and Swift put before a constant's name: Apple's
  // `kRCTEnableDevKey = @"RCT_enableDev"`, the defaults key the constant stands for.)
  const bareName = bareNameOf(name);
  // `AsyncPostBackErrorHttpCodeKey = "System.Web.UI.PageRequestManager:AsyncPostBackErrorHttpCode"`:
  // the key a setting is stored under, named after the setting. The same for an object's member,
  // named without its object: `State.Warehouse01Key = "warehouse01"`.
  if (isKeyNamedAfterValue(bareName, lowerValue) || isKeyNamedAfterValue(bareNameOf(name.replace(/^.*[.:]/, "")), lowerValue)) return true;
  // `ResetPassword = "identitytoolkit#ResetPasswordResponse"`: an API's qualified type or message
  // name with the constant's name in it (letters and separators only, no digit).
  if (bareName.length >= 6 && /^[A-Za-z][A-Za-z#./:_-]*$/.test(value) && /[#./:]/.test(value) && lowerValue.replace(/[\W_]+/g, "").includes(bareName)) return true;
  // (A value much longer than the name cannot spell part of it: most values are, skip the work.)
  if (value.length <= bareName.length + 12) {
    const valueLetters = lowerValue.replace(/\\[nrt0]|[\W_]+/g, "");
    if (bareName.length >= 6 && valueLetters === bareName) return true;
    // `ec2MetadataServiceEndpointKey = "ec2_metadata_service_endpoint"`: the key under which a setting is read.
    if (valueLetters.length >= 6 && bareName.startsWith(valueLetters)) return true;
    // An enum constant's value is the end of its name: `TypeCredential Type = "Credential"`,
    // `AuthenticationTypeGcpCredentials … = "gcpCredentials"`, `bigPass = []byte("PASS\n")`.
    if (valueLetters.length >= 4 && bareName.endsWith(valueLetters)) return true;
    // `"newPassword": "my_newPassword"`, `Client secret=clientsecret`: the name with a short word
    // before it, as generated docs fill examples.
    if (bareName.length >= 6 && valueLetters.endsWith(bareName) && valueLetters.length - bareName.length <= 6) return true;
  }
  // `AccountKey=storageaccountkeybase64encoded`: a key that spells out its own name is a description.
  const lastWord = segmentsOf(name).pop() ?? "";
  // (A generated key holds a three-letter word by chance: one random key in 500 holds `key`.)
  if (strength !== "password" && lastWord.length >= 3 && lowerValue.includes(lastWord) && !isGeneratedBase64(value)) return true;
  // `--saved-secret SECRETNAME`, `--token TOKEN_VALUE`: an upper-case name in the value's place
  // (argparse's placeholder for an argument, a constant's name) says what goes there.
  if (lastWord.length >= 5 && /^[A-Z][A-Z0-9_]*$/.test(value) && lowerValue.includes(lastWord)) return true;
  // `choices=['client-secret', 'client-jwt']`, `'row_snmpv3_authpassphrase', 'row_snmpv3_privprotocol'`:
  // lower-case words that start with the name's own first word are a sibling name, an option beside it.
  const firstWord = segmentsOf(name)[0] ?? "";
  if (firstWord.length >= 3 && firstWord !== lastWord && /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/.test(value) && value.startsWith(firstWord) && /[-_]/.test(value[firstWord.length] ?? "")) return true;
  // `'wgPasswordSender', 'wgImageMagickConvertCommand'`: the same for a camel-case name's prefix,
  // three words or more after it (`myDogRex` may be a password).
  const camelPrefix = /^[a-z]{2,}(?=[A-Z])/.exec(name)?.[0];
  if (camelPrefix && value.startsWith(camelPrefix) && new RegExp(`^${camelPrefix}(?:[A-Z][a-z0-9]+){3,}$`).test(value)) return true;
  // `ActiveDirectoryPassword = 'ADPassword'`: words run together that end in the name's own last
  // word name a kind of it (an enumeration's value), as `MyPassword` names a slot.
  if (lastWord.length >= 6 && value.length > lastWord.length && /^[A-Za-z]+$/.test(value) && value.endsWith(lastWord[0]!.toUpperCase() + lastWord.slice(1))) return true;
  // …and when the name's last word is an abbreviation (`PW`, `PWD`), the value ends in it in
  // capitals after capitalised words: `SLAPI_EXT_ENTRY_PW = "UnhashedPW"` names the attribute that
  // holds the password. (A word and a number before it, `Summer24PW`, may be a password.)
  if (lastWord.length >= 2 && lastWord.length <= 4 && value.endsWith(lastWord.toUpperCase()) && /^(?:[A-Z][a-z]{2,})+$/.test(value.slice(0, -lastWord.length))) return true;
  // `'pass': 'bandpass'`, `token: 'csrftoken'`: a short word before the name's own, run together in
  // lower case, names a kind of it (a filter type, a cookie's name). A longer run is a phrase typed
  // as a password (`thisismypassword`).
  // `'bind_pw': 'nsmultiplexorcredentials'`, `AGMT_CRED = 'nsDS5ReplicaCredentials'`: words run
  // together that end in "credentials" name where credentials are kept (an LDAP attribute).
  if (/^[A-Za-z][A-Za-z0-9]{3,}[Cc]redentials?$/.test(value)) return true;
  const prefixLength = value.length - lastWord.length;
  if (lastWord.length >= 4 && prefixLength > 0 && prefixLength <= 5 && /^[a-z]+$/.test(value) && value.endsWith(lastWord.toLowerCase())) return true;
  return false;
}

/** A name in lower case without separators, and without the `k` that C, C++, Objective-C and Swift put before a constant's name. */
function bareNameOf(name: string): string {
  return name.replace(/^k(?=[A-Z])/, "").toLowerCase().replace(/[\W_]+/g, "");
}

/** `ordersTimeoutKey` (bare: `orderstimeoutkey`) over `orders.timeout`: a key or name constant ending its setting's name. */
function isKeyNamedAfterValue(bareName: string, lowerValue: string): boolean {
  const stem = bareName.replace(/(?:key|name)$/, "");
  return stem.length >= 8 && stem !== bareName && lowerValue.endsWith(stem);
}

/** The runs of a name's piece: capitals with the lower-case letters after them, lower-case letters, digits. */
const NAME_RUN = /[A-Z]+[a-z]*|[a-z]+|\d+/g;

/**
 * A piece of a dotted name between underscores, made of words: `Logger`, `OAuth2Credentials`,
 * `Http2`, `log4j`, `V2`, `HTTP`, `4`. Each run of letters is a word (two lower-case letters or
 * more), an acronym in capitals, or the letters after a number (`log4j`); random text has runs
 * such as `Rv`, `t` or `gH`. A longer number follows letters (`jsr356`, `sha256`, `rfc2822`), and
 * a lone letter may start a numeronym (`i18n`, `k8s`, `x509`).
 */
function isNamePiece(piece: string): boolean {
  if (/^\d+$/.test(piece)) return true;
  const runs = piece.match(NAME_RUN) ?? [];
  return runs.every(
    (run, i) =>
      /^\d{1,2}$/.test(run) ||
      /^[A-Z]+$/.test(run) ||
      /[a-z]{2}/.test(run) ||
      (i > 0 && /^[a-z]+$/.test(run) && /^\d/.test(runs[i - 1]!)) ||
      (i > 0 && /^\d{3,4}$/.test(run) && /^[A-Za-z]+$/.test(runs[i - 1]!)) ||
      (i === 0 && /^[a-z]$/.test(run) && /^\d/.test(runs[1] ?? "")),
  );
}

/**
 * A piece of a dotted name: words (`TokenAcquisition`, `client_secret`, `oauth2client_4_0`) or a
 * numeronym (`i18n`, `k8s`, `x509`), not random characters.
 */
function isNameSegment(segment: string): boolean {
  const bare = segment.replace(/^[_$]+/, "");
  if (isWordyIdentifier(bare)) return true;
  const pieces = bare.split("_").filter(Boolean);
  return pieces.length > 0 && pieces.every(isNamePiece) && (/[A-Za-z]{2}/.test(bare) || /^[a-z]\d{1,4}[a-z]?$/.test(bare));
}

/**
 * `Microsoft.Identity.Web`, `settings.auth.client_secret`: three or more names joined by dots, a
 * namespace or a configuration path. Older Entra client secrets have dots too
 * (`Xk4Tq9Lm2Z.rW7p.Hv3Ns8…`), but their pieces are random, not names.
 */
function isDottedName(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*){2,}$/.test(value) && value.split(".").every(isNameSegment);
}

/**
 * `error.10015.chat`, `messages.404.title`: a message's key in a catalogue of error codes, names
 * with a code between them (first and last a name). A key's or a token's slot only: under a
 * password's name, words around a number (`summer.2024.beach`) may be the password.
 */
function isCodedMessageKey(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\d+))*\.\d+(?:\.(?:[A-Za-z_$][\w$]*|\d+))*\.[A-Za-z_$][\w$]*$/.test(value) && value.split(".").every((segment) => /^\d+$/.test(segment) || isNameSegment(segment));
}

/**
 * `NetworkInterface.1.SubnetId`, `Filter.2.Name`, `NetworkInterface.1.` (a prefix that code adds a
 * member's name to): a parameter of a list member, numbered as the AWS Query API numbers them. Names
 * and small numbers between dots, three parts, or two and a dot after a name of two words: a
 * password with a number after a word (`Summer.123`, `Summer.1.`) is neither.
 */
function isIndexedParameterName(value: string): boolean {
  if (!/^[A-Za-z_][\w.]*$/.test(value)) return false;
  const parts = value.replace(/\.$/, "").split(".");
  const isIndex = (part: string): boolean => /^\d{1,3}$/.test(part);
  return parts.some(isIndex) && (parts.length >= 3 || (value.endsWith(".") && /[a-z][A-Z]/.test(value))) && parts.every((part) => isIndex(part) || (/^[A-Za-z_]/.test(part) && isNameSegment(part)));
}

/**
 * `log4j.reset`, `oauth2.client.id`: a lower-case first part and words after it, any of them with a
 * short number (two digits at most), as a library's settings are named.
 */
function isNumberedPropertyName(value: string): boolean {
  return /^[a-z][a-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+$/.test(value) && /\d/.test(value) && !/\d{3}/.test(value) && value.split(".").every((segment) => /[a-z]{2}/i.test(segment) && isNameSegment(segment));
}

/**
 * A passphrase as generators write one with their "capitalize" and "include number" options
 * (Bitwarden's, 1Password's): three words or more joined by hyphens, each capitalised (or each in
 * lower case), a number after one of them (`Maple-Orbit7-Lantern-Quartz`, `maple-orbit-lantern42`).
 * Names run together so (`Content-Security-Policy`, `cache-control-max-age`) have no number.
 * The number may be a part of its own after four words or more (`orbit-prairie-vortex-lemon-70`);
 * after fewer it is as often a resource's (`api-gateway-prod-01`).
 */
const GENERATED_PASSPHRASE =
  /^(?=[^\d]*\d)(?:[A-Z][a-z]{2,}\d{0,4}(?:-[A-Z][a-z]{2,}\d{0,4}){2,}|[a-z]{3,}\d{0,4}(?:-[a-z]{3,}\d{0,4}){2,}|[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,}){3,}-\d{1,4}|[a-z]{3,}(?:-[a-z]{3,}){3,}-\d{1,4})[!@#$%^&*?]?$/;

/**
 * Shell, Perl and PHP variables in a value: `$DB_PASS`, `user:$PASSWORD@db`, `$_ENV[…]`, `$(cmd)`.
 * An upper-case name counts whole after a character that is no letter or digit, or anywhere when
 * it has an underscore in it, is one of the shell's own (`tmp$RANDOM`, `Admin$USER`) or names a
 * secret (`prefix$DBPASS`). A generated password's `$` is followed by random capitals run together
 * with its other characters (`…xyZo$IMRD8`, `Hq7k$ABCm2Zp`), which no program expands.
 */
const INTERPOLATED_VARIABLE = new RegExp(
  [
    String.raw`(?:^|[^A-Za-z0-9])\$[A-Z_][A-Z0-9_]{2,}(?![A-Za-z0-9])`,
    String.raw`\$[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Za-z0-9])`,
    String.raw`\$(?:USER|HOME|RANDOM|HOSTNAME|PWD|PATH|SHELL|LOGNAME|UID|EUID|PPID|SECONDS|LINENO|BASHPID|TMPDIR|LANG)(?![A-Za-z0-9])`,
    String.raw`\$[A-Z]{0,12}(?:PASS|PASSWD|PASSWORD|PWD|SECRET|TOKEN|KEY|AUTH|CRED)[A-Z0-9]{0,4}(?![A-Za-z0-9])`,
    String.raw`^\\?\$_`,
    String.raw`\$\(`,
  ].join("|"),
);

/**
 * A lower-case variable whose name reads as words inside a value: `X$long_password`,
 * `read=$record[2]`, `${db_password}x`. Where a program fills it in (a shell, Perl, PHP: the
 * caller knows the language) it is not the value's text. Its name has
 * words joined by `_`, or starts after a character no name holds; a password's `$` stands for a
 * letter (`super$ecret`) or among random characters (`Tz$mQ2wx`).
 */
export function hasWordyVariable(value: string): boolean {
  for (const match of value.matchAll(LOWER_CASE_VARIABLE)) {
    const name = match[1]!;
    const delimited = match.index === 0 || !/[A-Za-z0-9]/.test(value[match.index - 1]!);
    if ((name.includes("_") || delimited) && readsAsWords(name.split("_"), true)) return true;
  }
  // …and a camelCase one after a character no name holds, each of its humps a word
  // (`Pa$$w0rD-$randomIdentifier`, as Azure's CLI samples build a password; `${storageAccountName}`).
  // A password's humps among its `$`s are random (`Xw4-$mTz9Lp`).
  for (const match of value.matchAll(CAMEL_CASE_VARIABLE)) {
    const delimited = match.index === 0 || !/[A-Za-z0-9$]/.test(value[match.index - 1]!);
    if (delimited && readsAsWords(match[1]!.split(/(?=[A-Z])/).map((hump) => hump.toLowerCase()))) return true;
  }
  return false;
}
const LOWER_CASE_VARIABLE = /\$\{?([a-z][a-z0-9]{3,}(?:_[a-z0-9]+)*)(?![A-Za-z0-9])/g;
const CAMEL_CASE_VARIABLE = /\$\{?([a-z]{3,}(?:[A-Z][a-z]{2,}){1,4})(?![A-Za-z0-9])/g;

/** Passwords everyone tries first, whose MD5, SHA-1 and SHA-256 digests test fixtures store. */
const WELL_KNOWN_PASSWORDS = ["password", "secret", "admin", "test", "root", "pass", "changeme", "123456", "12345678", "123456789", "1234", "12345", "qwerty", "letmein", "password1", "abc123", "guest", "demo", "user", "testing", "foobar", "hello"];
let placeholderDigests: Set<string> | undefined;

function isDigestOfPlaceholder(value: string): boolean {
  if ((value.length !== 32 && value.length !== 40 && value.length !== 64) || !/^[0-9a-fA-F]+$/.test(value)) return false;
  placeholderDigests ??= new Set(WELL_KNOWN_PASSWORDS.flatMap((word) => ["md5", "sha1", "sha256"].map((algorithm) => createHash(algorithm).update(word).digest("hex"))));
  return placeholderDigests.has(value.toLowerCase());
}

const PLACEHOLDER_WORD = /fake|dummy|example|sample|placeholder|changeit|notreal|not-a-real|not[-_]?a[-_]?secret|redacted|invalid|incorrect|wrong[-_]?pass/gi;

/**
 * `fake-token`, `mySampleKey`, `INVALID_SECRET`, `example-7f3a…`: a word that says the value stands
 * in for one. A generated secret holds `FaKE` or `sample` by chance (one in a few hundred): a word
 * in mixed case is none, and neither is one in lower case run into random characters on both sides.
 */
function hasPlaceholderWord(value: string): boolean {
  const isAlnum = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/.test(char);
  PLACEHOLDER_WORD.lastIndex = 0;
  for (let match = PLACEHOLDER_WORD.exec(value); match; match = PLACEHOLDER_WORD.exec(value)) {
    const word = match[0];
    const end = match.index + word.length;
    if (word !== word.toLowerCase() && word !== word.toUpperCase() && word.slice(1) !== word.slice(1).toLowerCase()) continue;
    const before = value[match.index - 1];
    const after = value[end];
    // A word starts after a separator or a lower-case letter (`mySample`), and ends before one or a capital.
    const startsWord = !isAlnum(before) || (/[A-Z]/.test(word[0]!) && /[a-z0-9]/.test(before!));
    const endsWord = !isAlnum(after) || (/[a-z]/.test(word.at(-1)!) && /[A-Z]/.test(after!));
    // (In capitals it is meant even inside other capitals: AWS's documented `…CYEXAMPLEKEY`.)
    if (!startsWord && !endsWord && word === word.toLowerCase() && looksRandom(value.slice(0, match.index) + value.slice(end))) continue;
    return true;
  }
  return false;
}

/** `FILTER=integration`: a name of words in capitals, `=`, and a value (not only `=` padding). */
function isNextAssignment(value: string): boolean {
  const match = /^([A-Z][A-Z0-9_]{1,40})=(?!=|$)/.exec(value);
  if (match === null) return false;
  const words = match[1]!.toLowerCase().split("_");
  // What follows is a value, not more of a random password: `CI=true`, `TZ=UTC`; `UL=9iW8…`,
  // `PRW3=ehvV…` start random passwords.
  const rest = value.slice(match[0].length);
  // (A name with a digit also has a word: `S3_BUCKET=`, `OAUTH2_PROVIDER=`; `PRW3=` has none.)
  const digitsExplained = !/\d/.test(match[1]!) || words.some((word) => /^[a-z]{4,}$/.test(word));
  return digitsExplained && readsAsWords(words, true) && !looksRandom(rest);
}

/**
 * The anonymous FTP login's password, by convention a name and an `@` that the server completes
 * with the host (`apache-proxy@`, `busybox@`, `-wget@`): asked only where FTP is spoken of.
 */
export function isAnonymousFtpPassword(value: string): boolean {
  return /^-?[a-z]+(?:-[a-z]+)*@$/.test(value) && readsAsWords(value.replace(/^-|@$/g, "").split("-"), true);
}

const PUBLISHED_CLIENT_KEY = /^(?:pk_(?:live|test)_[A-Za-z0-9]{20,}|pk\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|(?:appl|goog|amzn)_[A-Za-z0-9]{20,40})$/;

/** A printf conversion: `%s`, `%.*s`, `%-8d`, `%lu`. */
const PRINTF_CONVERSION = /%[-+ #0]{0,4}(?:\d{1,3}|\*)?(?:\.(?:\d{1,3}|\*))?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGcsSpn%]/g;

/** A column's type in SQL (`varchar(127)`, `character varying(255)`, `bytea`), maybe closing the column's line or the table's (`password VARCHAR(64));`). */
const SQL_COLUMN_TYPE = /^(?:n?varchar2?|n?char|character(?: varying)?|varbinary|binary|bytea|blob|n?text|tinytext|mediumtext|longtext|uuid|timestamptz|timestamp|datetime)(?:\(\d{1,5}\))?\)?[,;]?$/i;

/** SASL mechanisms as IANA registers them (RFC 4422): how to authenticate, not with what. */
const SASL_MECHANISM = /^(?:CRAM-MD5|DIGEST-MD5|SCRAM-SHA-(?:1|224|256|384|512)(?:-PLUS)?|XOAUTH2?|OAUTHBEARER|GSSAPI|GS2-KRB5|NTLM|EXTERNAL|ANONYMOUS|OTP|SKEY)$/i;

/**
 * The password in a registry's `auth` (`.docker/config.json`) or npm's `_auth`: base64 of
 * `user:password`, printable, the password `shortest` characters or more (four unless told).
 * Undefined for any other name or value.
 */
export function registryAuthPassword(name: string | undefined, value: string, shortest = 4): string | undefined {
  if (name === undefined || value.length < 12 || value.length % 4 !== 0 || !/(?:^|[._:])_?auth$/i.test(name) || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = tryAtob(value);
  const password = decoded === undefined ? undefined : /^[ -9;-~]{0,200}:([ -~]{1,4000})$/.exec(decoded)?.[1];
  return password !== undefined && password.length >= shortest ? password : undefined;
}

/**
 * Capitalised words and a number, as people make a password they can remember: `Harbor_Lantern63`,
 * `Thistle-Saffron26`, `RavenQuartz27!`. Identifiers seldom end in two digits or more after
 * capitalised words (`ResultV2` has one).
 */
const HUMAN_PASSWORD = /^[A-Z][a-z]{2,}(?:[_.-]?[A-Z][a-z]{2,}){1,3}[_.-]?\d{2,4}[!@#$%*?.]?$/;

const VAPID_PUBLIC_KEY = /^B[A-Za-z0-9_-]{86}=?$/;
/** A SHA-256 digest in base64, with or without its `=`. */
const SHA256_FINGERPRINT_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=?$/;

/**
 * Lower-case words (or numbers) joined by `_`, `-` or `:` (or `__`, a namespace's end: `vip__public`),
 * each part short; up to twelve of them, as a data file's attribute names run
 * (`band_data_hrc_data_l15_line_mean_acquisition_time_day`).
 */
const KEY_NAME_VALUE = /^[a-z][a-z0-9]{0,23}(?:(?:[_:-]|__)[a-z0-9][a-z0-9]{0,23}){1,11}$/;
/**
 * A part of a name without the numeronym it starts with (`i18n`, `l10n`, `a11y`, `k8s`: a word's
 * first letter, how many letters it drops, its last letter), keeping a word run on after it
 * (`i18next`: `ext`), or the part as it is. A random chunk has that start by chance (`q7mzt`),
 * but then the letters after it seldom read (`zt`): a word run on must be three letters or more,
 * pronounceable.
 */
function withoutNumeronym(part: string): string {
  const rest = /^[a-z]\d{1,2}[a-z]([a-z]*)$/.exec(part)?.[1];
  return rest === undefined || (rest.length > 0 && (rest.length < 3 || !isPronounceable(rest))) ? part : rest;
}
/** A key's name that says a client authenticates with it: `apiKey`, `access_key`, `clientKey`, `signingKey`. */
const CREDENTIAL_KEY_NAME = /api|access|secret|priv|auth|client|sign|master|licen[cs]e/i;
/** Lower-case words joined by `:`, then an id in hex (`user:9f2c…`, `session:v2:9f2c…`); the group is the words. */
const COMPOSED_LOOKUP_KEY = /^(?<words>[a-z][a-z0-9]{0,23}(?::[a-z][a-z0-9]{0,23}){0,3}):(?:[0-9a-f]{8,128}|[0-9A-F]{8,128})$/;
/**
 * A call of a dotted name whose arguments go on to the next line after the names of its first
 * ones (`compute_engine.IDTokenCredentials(request` before `,`): names, not a value. (A generated
 * password holds a bracket as seldom as a `.` between two identifiers before it.) So is a call of
 * a function named in three camel-case words or more, cut at its first argument where a value
 * ends at a comma (`installOrderToken(dao`, Solidity in a build artefact's JSON string).
 */
const CALL_GOING_ON_WITH_ARGUMENTS = /^(?:[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)+|[a-z]+(?:[A-Z][a-z0-9]+){2,})\([ \t]*[A-Za-z_$][\w$.]*(?:[ \t]*,[ \t]*[A-Za-z_$][\w$.]*)*,?$/;
/**
 * …and a function called on a variable, cut where its first argument ends: Puppet's
 * `pick($::murano::admin_password, $password)`, `pick($password`. Lower-case names as Puppet, PHP
 * and Perl write them; a generated password seldom holds `(` before a `$`, and then in mixed case.
 */
const CALL_OF_VARIABLE_GOING_ON = /^[a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*\([ \t]*\$(?:::)?[a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*$/;
/** How much of a base64 value isSubjectPublicKeyInfo reads: the lengths and the algorithm's identifier, not the key. */
const SPKI_HEAD_CHARACTERS = 96;

/**
 * DER's SubjectPublicKeyInfo in base64 (`MIIBIjANBgkq…` RSA, `MFkwEwYH…` P-256, `MCowBQYDK2Vw…`
 * Ed25519): a SEQUENCE whose first element is the algorithm (a SEQUENCE) and whose second a BIT
 * STRING, the public key. yt-dlp's `_TOKEN = 'MIIB…'` is one, which the site publishes to encrypt
 * with. A PKCS#8 private key starts with a version INTEGER instead, and a certificate's second
 * element is a SEQUENCE.
 */
export function isSubjectPublicKeyInfo(value: string): boolean {
  const head = value.slice(0, SPKI_HEAD_CHARACTERS);
  const bytes = tryAtob(head.slice(0, head.length - (head.length % 4)));
  if (bytes === undefined) return false;
  const outer = derElementAt(bytes, 0);
  if (outer?.tag !== 0x30) return false;
  const algorithm = derElementAt(bytes, outer.contentStart);
  return algorithm?.tag === 0x30 && derElementAt(bytes, algorithm.end)?.tag === 0x03;
}

/** The DER element at `at` (its tag, where its content starts and where it ends), or undefined if its header lies past `bytes`. */
function derElementAt(bytes: string, at: number): { tag: number; contentStart: number; end: number } | undefined {
  if (at + 2 > bytes.length) return undefined;
  const first = bytes.charCodeAt(at + 1);
  const octets = first < 0x80 ? 0 : first & 0x7f;
  if (octets > 4 || at + 2 + octets > bytes.length) return undefined;
  let length = first < 0x80 ? first : 0;
  for (let i = 0; i < octets; i++) length = length * 256 + bytes.charCodeAt(at + 2 + i);
  const contentStart = at + 2 + octets;
  return { tag: bytes.charCodeAt(at), contentStart, end: contentStart + length };
}

/** `(snip)`, `[omitted]`: a whole value said to be cut out. */
const ELIDED_IN_BRACKETS = /^(?:\((?:deleted|redacted|removed|snip|snipped|hidden|elided|truncated|omitted)\)|\[(?:deleted|redacted|removed|snip|snipped|hidden|elided|truncated|omitted)\])$/i;

/** scp's `user@host:path`: an address as the e-mail's rule reads one, a colon, then a path. */
const SCP_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,24}|[A-Z]{2,24}):(?<path>[~\w./-]+)$/;

/**
 * A Kubernetes object named by its namespace and its name, the name ended as `generateName` ends it
 * (`cc-` becomes `cc-xq7pz`): five characters from an alphabet without vowels or the digits 0, 1
 * and 3, so that no word is spelled.
 */
const GENERATED_OBJECT_REFERENCE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[bcdfghjklmnpqrstvwxz2456789]{5}$/;

/**
 * A minified boolean (`!0`, `!1`), then a comma and the next member's name and colon, or a closing
 * bracket: code a minifier wrote. A generated password seldom starts with `!0,name:` or `!1})`.
 * …or a minifier's short name (`Fi`, `X`) closing the object, then the statement's end or the
 * next bracket (`X};export{…`, `Fi};if(!ei)throw`): React's `__SECRET_INTERNALS_…:X}` member
 * in a bundle an HTML report inlines.
 * …or such a short name, a digit or `null`, then a comma and the next member's name and colon or
 * the next operand's index (`{password:c,signed:u}`, `shiftKey:0,getModifierState:Cc`,
 * `h.password=null,v[0]`): a zip library's options in the same report's script.
 */
const MINIFIED_MEMBER_VALUE = /^(?:![01](?:,[A-Za-z_$][\w$]*:|[)}\]])|[A-Za-z_$][\w$]{0,2}[)}\]][;,)}\]]|(?:[A-Za-z_$][\w$]{0,2}|\d|null),[A-Za-z_$][\w$]*[:[])/;

/**
 * One or more of a terminal's control sequences (CSI: ESC `[`, numeric parameters, a command
 * letter), ESC written as an escape in C, Go, Python, JavaScript or the shell:
 * `\x1b[1;34m`, `\033[0m`, `\u001b[2J`, `\u{1b}[K`, `\e[?25l`.
 */
const ANSI_CONTROL_SEQUENCES = /^(?:(?:\\x1[bB]|\\0?33|\\u001[bB]|\\u\{1[bB]\}|\\e)\[\??[0-9;]{0,40}[A-Za-z])+$/;

/** See acceptable: `input[data-toggle][type="password"]`, `a[href^='#']`. */
const ATTRIBUTE_SELECTOR = /^[a-z][a-z0-9]*(?:\[[a-z][\w-]*(?:[~|^$*]?=(?:"[^"\n]*"|'[^'\n]*'|[\w-]+))?\])+$/;
/** See acceptable: `keyword.$0`, `string.$S2.delim`, `keyword.tag-$1`; at least one `$` reference, words around it. */
const MONARCH_TOKEN_CLASS = /^[a-z]+(?:[.-][a-z]+)*(?:[.-]\$S?\d[a-z]?(?:[.-][a-z]+)*)+$/;

/** An inline HTML tag opened at a value's end, its attributes cut off at the blank: `…(<span`, `…[<code`. */
const INLINE_TAG_OPENED_AT_END = /<(?:span|a|code|em|strong|b|i|tt|var|kbd|samp|font|sub|sup)$/;

export function acceptable({ name, value, quoted, argument }: Candidate, strength: Strength, fileType: FileType): boolean {
  // A registry's `auth` (`.docker/config.json`) and npm's `_auth` are base64 of `user:password`:
  // the password is the secret, judged as one. (Azure Container Registry's token login has the
  // all-zero GUID as its user and a JWT as its password.)
  const password = registryAuthPassword(name, value);
  // (A vendor's token or a JWT as the password is the secret whatever the generic judgement says: `dckr_pat_…`.)
  if (password !== undefined) return hasVendorPrefix(password) || /^eyJ[\w-]{10,}\.[\w-]{10,}\./.test(password) || (!isDocumentationPassword(password) && acceptable({ name: "password", value: password, quoted: true }, "password", fileType));
  // 30 bytes of base64 or more, and no public key (PUBLIC_KEY_START): then judged as any key.
  // …or 32 hex digits under `primaryKey` (AI Search's admin keys, beside their `secondaryKey`) or
  // `key1` (`az cognitiveservices account keys list`), or under `routing_key`: a PagerDuty Events
  // v2 integration key (Alertmanager's `pagerduty_configs`), where a message broker's routing key is words.
  const primaryHexKey = strength === "generated-key" && value.length === 32 && isSingleCaseHex(value) && /(?:primary_?key\d?|^key\d|^routing_?key)$/i.test(name.replace(/^.*[.:]/, "").replace(/[-\s]/g, "_"));
  // (Base64url is judged as the base64 of the same bytes: Azure Maps' keys are 43 characters of it.)
  if (strength === "generated-key" && !primaryHexKey && (value.length < 40 || PUBLIC_KEY_START.test(value) || !isGeneratedBase64(/[+/]/.test(value) ? value : base64OfBase64Url(value)))) return false;
  // A public key in base64 is public under any name (`_TOKEN = 'MIIBIjAN…'`).
  if (PUBLIC_KEY_START.test(value) && isSubjectPublicKeyInfo(value)) return false;
  // 32 bytes under a bare `key` or a host's key is as often a SHA-256 digest or an ed25519 public key.
  // (`azure.redis.primary.key`: a dotted path's last two parts are one name, the primary key.)
  if (strength === "generated-key" && SHA256_BASE64.test(value) && /^(?:key|host_?key)$/i.test(name.replace(/^.*[.:]/, "").replace(/[-\s]/g, "_")) && !/(?:^|[.:])(?:primary|secondary)\.key$/i.test(name)) return false;
  // …and a host key pinned by its SHA-256 fingerprint (SSH.NET's `expectedHostKey`, compared with
  // `FingerPrintSHA256`), padded or not as OpenSSH prints it: the server shows it to every client.
  if (strength === "generated-key" && SHA256_FINGERPRINT_BASE64.test(value) && /host_?key$/i.test(name.replace(/^.*[.:]/, ""))) return false;
  // A bare `Key` is a section's credential in a configuration file (`"Jwt": { "Key": … }`); in code
  // and text it is as often a map's or a cache's key.
  if (strength === "generated-key" && fileType !== "config" && /^key\d?$/i.test(name)) return false;
  if (!PASSWORD_NAME.test(name) && FORMAT_OWNED_NAMES.some(([owner, format]) => owner.test(name) && !format.test(value))) return false;
  // A Web Push (VAPID) application server's public key: an uncompressed P-256 point, 65 bytes from
  // 0x04, in base64url (`B…`, 87 characters). Browsers are given it; its private key is 43 characters.
  if (/vapid/i.test(name) && !/priv/i.test(name) && VAPID_PUBLIC_KEY.test(value)) return false;
  // A wallet's recovery phrase: words with spaces, which a password's name would call prose.
  if (strength === "password" && namesRecoveryPhrase(name)) return isMnemonicPhrase(value);
  if (value.length < 4 || value.length > 4000) return false;
  // Under a key's or a token's name, lower-case words joined by `_`, `-` or `:` name something: a
  // metric, a map's or a label's key (`pv_collector_bound_pvc_count`, `neutron-rtr2_id`,
  // `items:1:number`, Pacemaker's `vip__public_monitor_0`). (Not hex alone: a GUID may be a key.)
  // (A numeronym is a word there too: `i18n-locale`, `k8s_namespace`, `i18next-lang`, a storage
  // key named for what it keeps.)
  if (strength !== "password" && KEY_NAME_VALUE.test(value) && /[g-z]/.test(value) && readsAsWords(value.split(/__|[_:-]/).map(withoutNumeronym).filter(Boolean))) return false;
  // …and words then an id in hex under a key's name (`"sessionKey": "user:9f2c…"`): a cache's or a
  // store's key, composed of what the entry is and whose. (Not an encoding's name, `hex:9f2c…`,
  // which says how the key itself is written; not under a token's name or a credential's key,
  // `apiKey`, where `user:…` may be the user a client sends the key with.)
  const composed = strength === "key" && !CREDENTIAL_KEY_NAME.test(name) ? COMPOSED_LOOKUP_KEY.exec(value)?.groups!.words : undefined;
  if (composed !== undefined && !/^(?:hex|base16|base64)$/.test(composed) && readsAsWords(composed.split(":"), true)) return false;
  // A private key chosen by its id or fingerprint, 16 or 40 hex digits in upper case as GnuPG
  // prints them (`PrivateKey => 'F0CB…'`, `GPG_PRIVATE_KEY`): no private key is 8 or 20 bytes.
  // (Only under a name that ends so: `PRIVATE_TOKEN`, `PRIVATE_API_KEY` are a vendor's credentials
  // of any shape.)
  if (/private[-_.]?key$/i.test(name.replace(/^.*[.:]/, "")) && /^(?:[0-9A-F]{16}|[0-9A-F]{40})$/.test(value)) return false;
  // A person's OpenPGP key, named by its id or fingerprint (8, 16 or 40 hex digits): Apache's
  // `commons.releaseManagerKey` beside `commons.releaseManagerName`, a package's `maintainer_key`.
  // Whoever signs releases publishes that key.
  if (PERSON_KEY_NAME.test(name) && /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})$/.test(value)) return false;
  // …and a package repository's signing key, named by its id or fingerprint in upper case as
  // GnuPG prints them (`$apt_mariadb_repo_key = '1993…43DB'`, apt's `repo_key`): apt fetches the
  // public key by it from a key server.
  if (REPOSITORY_KEY_NAME.test(name) && /^(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$/.test(value)) return false;
  // A fingerprint or key identifier written as octets (`2b:95:14:…:0f:5d`: an X.509 subject key
  // id, an SSH key's fingerprint) under a name that says so; a key written so is still a key.
  if (OCTETS_WITH_COLONS.test(value) && KEY_IDENTIFIER_NAME.test(name)) return false;
  // …and an upper-case one, a server variable's or a constant's name (`SSL_CLIENT_S_DN_Email`,
  // `HTTP_X_API_KEY`): words and initials joined by `_`.
  if (strength !== "password" && /^[A-Z][A-Z0-9]*(?:_[A-Za-z0-9]+){2,}$/.test(value) && readsAsWords(value.toLowerCase().split("_"))) return false;
  if (!/[A-Za-z0-9]/.test(value)) return false;
  // …and a label with an East Asian word beside a Latin one (`携带Cookie`): see isEastAsianLabel.
  if (isEastAsianLabel(value)) return false;
  // Words with spaces under a password's name, quoted in code or configuration: a passphrase, or
  // prose (isPassphrase tells them apart). Not in text: a quote there is a sentence's.
  if (strength === "password" && quoted && fileType !== "text" && value.includes(" ")) return isPassphrase(value) && !isPlaceholder(value);
  if (/\s/.test(value) || /^<|>$|<\/[A-Za-z]/.test(value)) return false; // markup: `ListSecrets</code>.`, `checking</A`
  // …and a bare value that runs into an inline tag, where the reader stops at the tag's blank: code
  // rendered as HTML (Doxygen's sources, highlighted examples), `QStringLiteral(<span`, `range[<span`.
  if (INLINE_TAG_OPENED_AT_END.test(value)) return false;
  // A SAS token that the Azure rule rejected (truncated signature) is not a generic secret either.
  if (/(?:^|&)(?:sv|sig|se|st|sp|spr|sr|srt|ss|sip|si|skoid|sktid|skt|ske|sks|skv|sdd)=/.test(value) || value.startsWith("arn:")) return false;
  // A form's URL-encoded body (`grant_type=…&subject_token=…&scope=…`, the request a test expects)
  // under a request's name: each parameter is judged under its own name, decoded, and a body where
  // none of them is a secret holds none. (One that holds one is judged on as before.) Its names
  // read as words: a generated password may hold `=` and `&` too (`xk7=Rt2&lm9=Wp4Z`).
  // (…or are the metasyntactic names of a test's body, `foo=1%2C2&bar=3`, short words all, whose
  // values are made up too: a random one among them is still judged as the whole.)
  const form = value.includes("&") && FORM_BODY.test(value) ? formParameters(value) : undefined;
  const formNames = form?.flatMap(([key]) => key.split(/[_.-]/));
  const madeUpForm = form !== undefined && formNames!.every((part) => METASYNTACTIC_NAME.test(part)) && !form.some(([, field]) => looksRandom(field));
  if (form && (readsAsWords(formNames!) || madeUpForm) && !form.some(([key, field]) => {
    const own = secretStrength(key);
    return own !== undefined && field !== "" && acceptable({ name: key, value: field, quoted: true }, own, fileType);
  })) return false;
  if (INTERPOLATED_VARIABLE.test(value)) return false;
  if (hasVendorPrefix(value)) return false;
  // Keys published on purpose in apps and pages: Stripe's publishable `pk_live_`/`pk_test_`,
  // Mapbox's public `pk.` tokens, RevenueCat's public SDK keys (`appl_`, `goog_`, `amzn_`).
  if (PUBLISHED_CLIENT_KEY.test(value)) return false;
  // …and API Management's Git password (`git&<expiry>&<signature>`, see the Azure rule), which
  // `&` no longer cuts short in a configuration file's value: that rule rejected an edited one.
  if (/^git&\d{8,14}&/.test(value)) return false;
  if (isEditedBase64(value)) return false;
  if (isPlaceholder(value) || LITERAL_WORDS.test(value) || METHOD_NAMES.test(value)) return false;
  if (isTypeUnion(value) || NEGATED_EXPRESSION.test(value)) return false;
  // `password varchar(127),` in a table's definition: a column's SQL type.
  if (SQL_COLUMN_TYPE.test(value)) return false;
  // `"'true'"`: a literal quoted once more (CDK writes header values so); `'--region'`: a flag.
  // `'(none)'`: a default shown in brackets.
  if (/^(["'(])[^"'()]*(?:\1|\))$/.test(value) && LITERAL_WORDS.test(value.slice(1, -1))) return false;
  if (value.startsWith("--")) return false;
  // `dbpass="-p…"`: mysql's `-p` glued to the password, as a script keeps the client's argument
  // (`mysql $dbpass`): the password is what follows the flag, judged alone (a placeholder there,
  // `-p<password>`, is none).
  if (strength === "password" && /^-p[^\s-]/.test(value) && !acceptable({ name, value: value.slice(2), quoted, argument }, strength, fileType)) return false;
  // `'-pwexpire'`, `'+preauth'`: a command's flag in a list of arguments (`['addprinc', '-pw', 'pass', '-pwexpire', …]`).
  if (/^[-+][a-z][a-z_-]{2,}$/.test(value)) return false;
  // `MYSQL_PASSWORD= FILTER=integration npm test`: an empty value, then the next variable's
  // assignment (a name of words, then a value: not base32's `=` padding, `L6TVJJ7…VQ=`).
  if (isNextAssignment(value)) return false;
  // `mod_sql:mod_sql_passwd:mod_sftp:…`: a list of modules or names joined by colons.
  if (/^[a-z][a-z0-9_]*(?::[a-z][a-z0-9_]*){2,}$/.test(value)) return false;
  // `(MemberList()`, a call in prose; `clustering.md#custom-discovery`, `html\Change_Password.htm`: a link or a file.
  if (/^\([A-Za-z_]\w*\(/.test(value) || /\.(?:md|html?|rst|txt|adoc)#[\w-]+$/i.test(value) || /^[\w.-]+\\[\w\\.-]+\.[A-Za-z]{2,4}$/.test(value)) return false;
  // `eetcd_auth:with_timeout/2`: a function and its arity, as Erlang and Elixir refer to one.
  if (/^[a-z][a-z0-9]*_[a-z0-9_]*\/\d{1,3}[)}\]]?$/.test(value)) return false;
  // `'__InSignInFlow__'`: a name between double underscores, a marker or a dunder key.
  if (/^__[A-Za-z]\w*__$/.test(value)) return false;
  // References, variables and templates: $VAR, %VAR%, {{x}}, <%= x %>, #{x}, @{x}, &lt;x&gt;;
  // FreeRADIUS's and Apache's expansions, `%{control:User-Password}`, `%{crypt:AZ:&Tmp-String-5}`.
  // …and a format field first (`{api_key}[&version={v}]`), an f-string's expression
  // (`{base64.b64encode(self.secret).decode()}`), JSONPath (`{.credential.access_token}`).
  // (…and PHP's `'…'.$var`, a literal's end joined to a variable; Puppet's top-scope and qualified
  // variables, `$::os_service_default`, `$::redis::params::auth_pass`, read from their module.)
  if (/^(?:\$[A-Za-z_{(]|\$::[a-z_]|\.\$[A-Za-z_]|\{\{|<%|#\{|@\{|%\{|&lt;|\{[A-Za-z_][\w.]*(?:\([^{}]*\)[\w.()]*)?\}(?![A-Za-z0-9])|\{\.[\w.[\]]*\}$)/.test(value)) return false;
  // AngularJS's `$$animateCss`: a framework's private name, letters only. (Compose writes a `$` in
  // a value as `$$`: `$$uperS3cret2024` is a password.)
  if (/^\$\$[a-z][A-Za-z]+$/.test(value)) return false;
  // Objective-C's boxed expression, `@(AVAudioQualityMax)`, and an object literal cut after its first
  // key, `{indentLevel:`: code whose value is computed, not a literal.
  // (Its name is words: `@(Zr8k…)` is a random value in brackets.)
  const boxed = /^@\(([A-Za-z_][\w.]*)\)$|^\{([A-Za-z_]\w*):$/.exec(value);
  if (boxed && !looksRandom(boxed[1] ?? boxed[2]!)) return false;
  // …and API Management's policy expression, `@(context.Variables.GetValueOrDefault<…>(…))`: C# the
  // gateway runs (`<set-variable name="token" value="@(…)" />`), a path of words into the request's
  // context, then a call, a type argument or an index.
  const policyExpression = /^@\(([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[(<[]/.exec(value)?.[1];
  if (policyExpression !== undefined && isWordyIdentifier(policyExpression)) return false;
  // yacc's `$3.str` (a rule's third symbol), SQL's `@@global.x` (a server variable): a reference
  // and nothing else. (A generated password may start with `$7…` or `@@…`.)
  if (/^(?:\$\d{1,2}(?:\.[A-Za-z_]\w*)*|@@(?:(?:global|session|local|persist)\.)?[a-z][a-z0-9_]*)$/.test(value)) return false;
  // A Monarch tokenizer's token class (Monaco's language definitions: `{ token: "keyword.$0" }`,
  // `"string.$S2.delim"`, `"keyword.tag-$1"`): lower-case words with the matched group (`$n`) or
  // the state's part (`$Sn`) spliced in, which the editor fills in to name the colour it paints.
  if (strength !== "password" && MONARCH_TOKEN_CLASS.test(value)) return false;
  // `%s:%s`, `%TEMP%\token`: a format field or a variable first. A generated password may start
  // with `%` too, and the rest of it is random.
  if (/^%[A-Za-z_]/.test(value) && !looksRandom(value)) return false;
  // `%~dp0.\cert\pass.txt`: a batch file's own folder (a parameter with modifiers), then a path.
  if (/^%~[a-z]{0,8}\d(?:[.\\/]|$)/.test(value)) return false;
  // `'%.*s%s'`, `%-8s`: printf conversions and nothing else of letters or digits.
  if (value.includes("%") && !/[A-Za-z0-9]/.test(value.replace(PRINTF_CONVERSION, ""))) return false;
  // `%rP%yY%mM%dDT%hH%iM%sS`: a date format (PHP's DateInterval, strftime's), conversions with
  // capitals between them as the format spells its units.
  // (Asked only of a value with a `%`: removing the capitals copies the value.)
  if (value.includes("%") && /(?:%[A-Za-z]){3}/.test(value.replace(/[A-Z]/g, "")) && /^(?:%[A-Za-z]|[A-Z:./ -])+$/.test(value)) return false;
  // `Password: prompt.`: a sentence's last word in prose, lower-case letters and a full stop (in a
  // C string, maybe with its line break: `"--psk-identity required if --psk used.\n"`).
  if (/^[a-z]{3,}\.(?:\\n)?$/.test(value)) return false;
  // `…:!PSK:!SRP:!kRSA`: an OpenSSL cipher list, whose `!PSK` reads as a name (in a manual page,
  // maybe before a font escape: `!kRSA\fP`), maybe ending in a sort or a level: `!LOW@STRENGTH`.
  if (/^!?[A-Za-z0-9-]{2,16}(?::!?[A-Za-z0-9-]{2,16})+(?:@(?:STRENGTH|SECLEVEL=\d))?(?:\\f[A-Z])?$/.test(value) && /(?:^|:)!/.test(value)) return false;
  // An HTML entity cut at its `;` (`password=&lt;`), or a value elided in documentation (`05f3…<deleted>063`,
  // and the whole value in round or square brackets: yt-dlp's `'password': '(snip)'`).
  if (/^&(?:lt|gt|quot|amp|apos)$/.test(value) || /<(?:deleted|redacted|removed|snip|snipped|hidden|elided|truncated|omitted)>/i.test(value) || ELIDED_IN_BRACKETS.test(value)) return false;
  // `(YES|NO)`, `…\s*$`: a regular expression (fail2ban's `failregex`, a log pattern).
  if (/^\(\??[\w:-]*\||\\[sdwSDW][*+?{]/.test(value)) return false;
  // Control bytes written as escapes, then a word: a file format's magic marker
  // (`"\015\001\007\011\003DBVERSION"`, Perl's DBM files), not a key.
  if (/^(?:\\(?:[0-7]{1,3}|x[0-9A-Fa-f]{2}))+[A-Za-z_]*$/.test(value)) return false;
  // A terminal's control sequences and nothing else (`colorKey = "\x1b[1;34m"`, a JSON printer's
  // colour for keys): ESC, written in any language's escape, then `[`, numbers and a command
  // letter. Their digits and `;` read as random to the measure; no credential is made of them.
  if (ANSI_CONTROL_SEQUENCES.test(value)) return false;
  // A digest of a well-known password (`5f4dcc3b…`, MD5 of "password"): a test fixture's hash.
  if (isDigestOfPlaceholder(value)) return false;
  // A public key's pin (curl's `--pinnedpubkey sha256//…`) or an SSH public key, however joined;
  // or its type alone, where an unquoted value ends at the blank (`KEY=ssh-ed25519 AAAA…` in .env).
  if (/^sha(?:256|384|512)\/\//i.test(value) || /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)(?:[ _]AAAA|$)/.test(value)) return false;
  // A package's version, prereleases included: `"next-auth": "5.0.0-beta.19"`, `"^4.9.0-rc.2"`,
  // `"2.0.0-beta-12"` (SemVer lets a pre-release's identifiers hold hyphens).
  // (Its pre-release and build parts are words and numbers: `1.2.3+<random>` is a secret after all.)
  const semver = /^[~^<>=v]{0,2}\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+){0,4}))?(?:\+(?<build>[0-9A-Za-z.-]+))?$/.exec(value);
  if (semver && ![semver.groups!.pre, semver.groups!.build].some((part) => part !== undefined && part.split(/[.-]/).some((piece) => piece.length >= 8 && looksRandom(piece)))) return false;
  // A type or package path, quoted or not: `'SOAP::WSDL::XSD::Typelib::Builtin::boolean'`
  // (Perl's SOAP types), `std::string`, `Dot11PSKSet`. Each name is letters with at most one run of
  // digits inside: `Qz3aee503805::Wvd6c90627` is random. (Maybe from `::`: a path below the
  // module's own namespace, `'::Plugins::MailPasswordReset'` that Perl's code prefixes with its
  // package, Ruby's and C++'s top-level `::Net::HTTP`, `::std::string`.)
  // (Each name read one way only: letters, then maybe digits and letters. Two letter runs side by
  // side could split a name many ways, and a failed match tried them all: minutes for 110 bytes.)
  if (/^(?:::)?[A-Za-z_]+(?:\d+[A-Za-z_]*)?(?:::[A-Za-z_]+(?:\d+[A-Za-z_]*)?)+$/.test(value)) return false;
  // The rest of an Objective-C selector: `-checkLogin:password:perr:expire:grace:` read from
  // `password:`. Selector parts are words, without digits.
  if (/^(?:[A-Za-z_]+:){2,}\)?$/.test(value)) return false;
  // A CSS selector: words (`.btn-primary`, `#main_nav`, `.col-md-6`), maybe after the element's
  // name (`input#old_password`, a scraper's field on a bank's form). An older Entra client secret
  // may start with `.` too, and its letters are random (`.kQ7vR…`).
  if (/^(?:input|button|select|textarea|form|label|div|span|a|li|td|img)?(?:#|\.)[a-z][a-z0-9]*(?:[-_][A-Za-z0-9]+)*$/.test(value)) return false;
  // …and an element chosen by its attributes (`input[data-toggle][type="password"]`, a plugin's
  // `SELECTOR_PASSWORD`): an element's name, then attributes and the values they are compared with.
  if (ATTRIBUTE_SELECTOR.test(value)) return false;
  // A route, relative path or resource name, maybe with wildcards: `cms/sites/passwords#update`, `projects/*/secrets/{secret}`.
  // (Base64 of a generated key has that shape by chance: one in ten random keys.)
  const generated = value.includes("/") && isGeneratedBase64(value);
  if (!generated && /^[a-z][\w-]*(?:\/(?:[\w-]+|\*|\{[\w-]+\}))+(?:#\w+)?$/.test(value)) return false;
  if ((!generated && /^(?:\/|\.{1,2}[/\\]|~\/|[A-Za-z]:\\|\\\\|\\[A-Za-z][\w .-]*\\)/.test(value)) || hasFileExtension(value)) return false;
  // `IEquatable&lt;Mono.Unix.Native.Passwd&gt;`: escaped markup or a generic type in XML documentation.
  if (value.includes("&lt;") && /&lt;[\w.]+&gt;/.test(value)) return false;
  // URLs and e-mail addresses. (An address ends in a top-level domain of letters in one case: a
  // generated password with an `@` and a `.`, `Kq9@Tz4wR.8vXm`, has no such end.)
  if (value.includes("://") || /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,24}|[A-Z]{2,24})$/.test(value)) return false;
  // …and an SSH address in scp's form (`git@example.org:team/tool.git`, a repository's remote): a
  // user, a host and a path, no password. (Its path reads as words: a generated password with an
  // `@`, a `.` and a `:` in it has a random part after the colon.)
  const scpPath = SCP_ADDRESS.exec(value)?.groups!.path;
  if (scpPath !== undefined && readsAsWords(scpPath.toLowerCase().split(/[~./_-]+/).filter(Boolean))) return false;
  if (hasNonCredentialShape(value)) return false;
  if (/\$\{[A-Za-z_][\w.]*\}|\{\{\s*[\w.]+\s*\}\}/.test(value)) return false;
  // `"{url}/admin/realms/{realm}/clients/{id}/client-secret"`: a route or URL with format fields.
  if (value.includes("/") && /\{[A-Za-z_]\w+\}/.test(value)) return false;
  if (hasPlaceholderWord(value)) return false;
  // `Credential=AKIA…/20250101/us-east-1/s3/aws4_request`: an AWS Signature Version 4 credential
  // scope (the access key's id, a date, a region, a service), which every signed request carries.
  if (/\/aws4_request(?:[,;]|$)/i.test(value)) return false;
  // `AUTH=DIGEST-MD5`, `auth_mechanisms = SCRAM-SHA-256`: a SASL mechanism's registered name.
  if (SASL_MECHANISM.test(value)) return false;
  // A request signing scheme's name (`AWS4-HMAC-SHA256`, a vendor's `XXX4-HMAC-SHA256`): the signature follows it.
  if (/^(?:[\w%]{1,12}-)?HMAC-SHA\d+$/i.test(value)) return false;
  // `"mock-test"`, `mock_secret`: a stand-in for tests (not `hammock`, `mockingbird`).
  if (/(?:^|[^a-z])mock(?![a-z])/i.test(value)) return false;
  // `('auth', '0006_require_contenttypes_0002')`: a Django migration's name, as a migration's
  // dependencies list them beside their app. (Numbered from `0001`: `2024_summer` may be a password.)
  if (/^0\d{3}_[a-z][a-z0-9_]*$/.test(value)) return false;
  // `secret: orders-dockerhub` (a Zuul job's, a pipeline's): a bare `secret` refers to a stored
  // secret by its name, as `--secret` does on a command line; a generated value is one.
  if (/^secrets?$/i.test(name) && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(value) && !looksRandom(value)) return false;
  // Rancher's `cattle-global-data:cc-xq7pz`: a namespace and the name of the Kubernetes secret that
  // holds a cloud credential, under the name that refers to it (`azureCredentialSecret`). The
  // name's random end is the one generateName gives an object (see GENERATED_OBJECT_REFERENCE).
  if (GENERATED_OBJECT_REFERENCE.test(value) && !looksRandom(value.slice(0, -6).replace(/[-:]/g, ""))) return false;
  // `'neutron:ovn-metadata-sb-cfg'`, `'vif-plug:representor:pf-mac'`: lower-case words joined in a
  // namespace, the name a key constant stands for. (A password may be words: only for keys.)
  if (strength !== "password" && /^[a-z][a-z0-9]*(?:[-_.][a-z][a-z0-9]*)*(?::[a-z][a-z0-9]*(?:[-_.][a-z][a-z0-9]*)*)+$/.test(value) && !looksRandom(value.replace(/[-_.:]/g, ""))) return false;
  if (!quoted && fileType === "code" && (MEMBER_OR_CALL.test(value) || IDENTIFIER.test(value) || /^[!~-]/.test(value))) return false;
  // …and in a page or a document, a minifier's `!0` or `!1` (its `true` and `false`) as a member's
  // value, then the next member or the bracket that closes the object or the call: a minified
  // script inside an HTML page, which is read as text (`{file:!0,password:!0,image:!0})…`).
  if (!quoted && MINIFIED_MEMBER_VALUE.test(value)) return false;
  if (isGenericTypeApplied(value)) return false;
  // `"… password='" . addcslashes($pw) . "'"`, `IDENTIFIED BY " . (…)`: the string closes where
  // the value would start, and code goes on to add it.
  if (/^["'`][ \t]*[.+][ \t]*[\w$(]/.test(value)) return false;
  // `'{SHA512-CRYPT.B64}' . base64_encode(…)`: a password scheme's tag (Dovecot's), put before a hash.
  if (/^\{[A-Z0-9][A-Z0-9.-]*\}$/.test(value)) return false;
  // OpenLDAP's pass-through schemes name who checks the password, not the password:
  // `userPassword: {SASL}alice@EXAMPLE.COM`, `{KERBEROS}alice`, `{RADIUS}alice`.
  if (/^\{(?:SASL|KERBEROS|RADIUS|GSSAPI|UNIX)\}[\w.@-]{1,200}$/i.test(value)) return false;
  // The anonymous-FTP password is by convention an e-mail address (`-anonymous@`), not a secret.
  if (/^-?anonymous@/i.test(value)) return false;
  // `(GaryPEGEOT)`: a word in brackets after "password" in prose, a change log's author.
  if (fileType === "text" && /^\([A-Za-z]+\)[.,;:]?$/.test(value)) return false;
  // `'SyntaxKind.Unknown'`, `"io.jsonwebtoken"`, `'#Microsoft.Media.KeyCredentials'` (an OData type): a dotted name, not a value.
  // …and `"google.rpc.retryinfo-bin"`, a metadata key; `"markup.heading.1"`, an editor's scope.
  if (/^#?[A-Za-z_$][A-Za-z_$-]*(?:\.[A-Za-z_$][A-Za-z_$-]*)+\.?$/.test(value) || /^[a-z][a-z-]*(?:\.[a-z][a-z-]*)+(?:\.\d+)+$/.test(value)) return false;
  // `"handler.reset();"`, `'session.invalidate()'`: a method called without arguments, code in a string.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(\);?$/.test(value)) return false;
  // `password: "Optional[str]"`, `'list[StorageV1TokenRequest]'`: a type, subscripted as Python's typing writes it.
  if (/^[A-Za-z]+\[[\w.]+(?:,\s*[\w.]+)*\]$/.test(value)) return false;
  // `env.DB_PASSWORD`, `var.db_password`, `process.env.X` read a value in any file type.
  // (TypeScript's non-null `!` after it too: `process.env.SESSION_PASSWORD!`.)
  if (!quoted && /^[a-z_]\w*(?:\.[A-Za-z_]\w*)+!?$/.test(value) && /^(?:env|var|vars|process|os|config|settings|secrets|params|inputs|values|self|this|context|ctx)\./.test(value)) return false;
  // …and any member read through JavaScript's optional chaining (`process?.env?.X`, `opts?.webhookKey`):
  // no generated value has `?.` between two identifiers.
  if (!quoted && value.includes("?.") && /^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+!?$/.test(value)) return false;
  // A call, an index or a list (`getPassword()`, `ENC(…)`, `secrets[0]`, `[a, b]`, Perl's
  // `RT->Config->Get(…)`), closed on its line or going on to the next (at its bracket, maybe one
  // opened inside another after a name: Puppet's type `Variant[Enum[` before its quoted members;
  // or after the names of its first arguments: a documentation's `creds = compute_engine.IDTokenCredentials(request,`);
  // other brackets in a bare config value are characters of the value (`p{a}ss(w)rd`, a generated
  // `Kq7(vRzm…`, never closed).
  if (!quoted && (/^[\w$.:-]*(?:->[\w$]+)*(?:\(.*\)|\[.*\]|(?:[[(][\w$.:-]*)*[[(]$)/.test(value) || CALL_GOING_ON_WITH_ARGUMENTS.test(value) || CALL_OF_VARIABLE_GOING_ON.test(value))) return false;
  // …and a method called on an object anywhere in a bare value: Java shown as a page of text
  // (Maven's cross-reference pages, `creds = (Credentials)map.get(authscope);`,
  // `auth = httpget.getRequestHeader(<span …`); or through Perl's and PHP's arrow, where a test
  // chains its checks (`{'X-Pass' => 1})->status_is(200)->…`, read from the bare `1`). A generated
  // value seldom has `.` or `->` and a lower-case word of three letters or more before a `(`.
  if (!quoted && /[\w$)\]](?:\.|->)[a-z][A-Za-z0-9_]{2,}\(/.test(value)) return false;
  if (quoted && (isDottedName(value) || isIndexedParameterName(value))) return false; // `a.b.c` config paths, `Filter.1.Name`
  if (quoted && strength !== "password" && isCodedMessageKey(value)) return false;
  // `"log4j.reset"`, `"log4j2.configurationPassword"`: a property's name, its parts words with the
  // numbers libraries put in their names (`log4j`, `oauth2`, `v2`). The dotted-name test above
  // wants three parts or no digit. Under a password's name only when the last part names a
  // password's slot: `summer24.autumn` may be a password.
  if (quoted && isNumberedPropertyName(value) && (strength !== "password" || /(?:Password|Passwd|Secret|Token|Key)$/.test(value))) return false;
  // Identifier-style word runs are names; a lower-case kebab passphrase (`open-sesame`) may be a password.
  const passphrase = strength === "password" && (/^[a-z]+(?:-[a-z]+)+$/.test(value) || GENERATED_PASSPHRASE.test(value) || HUMAN_PASSWORD.test(value) || (argument === true && /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$/.test(value)));
  if ((isWordyIdentifier(value) && !passphrase) || /^(?:uri:)?urn:/i.test(value)) return false;
  if (namesASlot(value)) return false;
  if (spellsItsName(name, value, strength)) return false;
  // `credential = orders-db`: a credential named in the singular is most often referred to by its
  // name (datalad's providers, a pipeline's service connection); only a generated value counts.
  if (/^[A-Za-z][\w.-]*$/.test(value) && segmentsOf(name).pop() === "credential" && !looksRandom(value)) return false;
  // Heroku, HubSpot, Snyk and Postmark keys are GUIDs; ids are excluded by name (`clientId`).
  // …but a GUID client token is AWS's idempotency token (Vault's client tokens are never GUIDs),
  // and a time-based GUID (version 1: `…-11e7-…`) is a timestamp and a node id, which no service
  // issues as a secret.
  if (GUID.test(value)) return !/client_?token$/i.test(name) && !TIME_BASED_GUID.test(value);
  // …and one an example makes up for it, a word and a number (`cachedvol112233`): Vault's client
  // tokens start `s.` or `hvs.`, and random letters have too few vowels (`kqzvrtpw…`).
  const counted = /^([a-z]{3,})\d{1,12}$/.exec(value)?.[1];
  if (counted !== undefined && /client_?token$/i.test(name) && counted.replace(/[^aeiouy]/g, "").length * 5 >= counted.length) return false;
  // `cart-<GUID>`, `order_<GUID>`: an id whose prefix says what it identifies.
  if (TYPED_GUID.test(value) || COUNTED_GUID.test(value)) return false;
  // `SPF_PASS=-0.001]` (a spam filter's score, closing its list), `token: 0.75`: a signed or
  // decimal number is a quantity.
  if (/^(?:[-+]\d*\.?\d+|\d*\.\d+)[\])},;]?$/.test(value)) return false;
  if (strength === "password") {
    // Passwords may be words, but not a version, a number or a lone letter sequence under 6.
    if (/^(?:[~^]|[<>]=?)?v?\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/.test(value) || /^\d{1,5}$/.test(value)) return false;
    return value.length >= 6 || (/\d/.test(value) && /[A-Za-z]/.test(value));
  }
  // `sdlfkjabc+sdlfkjsdlkf…`: letters typed again and again by hand, not generated.
  if (value.length >= 32 && !/[.%]/.test(value) && hasRepeatedLetterChunk(value)) return false;
  // `"ISO-10303-21;"` (a STEP file's first line, which a reader compares with it): a statement of a
  // format or a language written into a string, closed by its `;`. The terminator is syntax, not a
  // character drawn at random, yet it adds one more symbol to the measure of randomness: the value
  // is judged without it. (A generated key that ends in `;` is as random without it.)
  if (/[^;];$/.test(value) && !looksRandom(value.slice(0, -1))) return false;
  return looksRandom(value);
}

/** Two or more `name=value` parameters joined by `&`, the names lower-case as forms and queries write them. */
const FORM_BODY = /^[a-z][a-z0-9_.-]{1,40}=[^&\s]*(?:&[a-z][a-z0-9_.-]{1,40}=[^&\s]*)+$/;

/** A form body's parameters (see FORM_BODY), each value decoded where its `%` escapes are well-formed (a `+` kept: a value written by hand may be base64). */
function formParameters(body: string): [string, string][] {
  return body.split("&").map((parameter) => {
    const equals = parameter.indexOf("=");
    const field = parameter.slice(equals + 1);
    let decoded = field;
    try {
      decoded = decodeURIComponent(field);
    } catch {
      // (A stray `%` is the value's own character.)
    }
    return [parameter.slice(0, equals), decoded];
  });
}

/**
 * Whether a quoted `value` given to `name` is a secret as this rule judges one: the name says
 * secret and the value is no placeholder, reference, identifier or other look-alike. For rules
 * that find the name elsewhere than before the value (a declared parameter and its default).
 */
export function isSecretUnderName(name: string, value: string, fileType: FileType): boolean {
  const strength = secretStrength(name);
  if (strength === undefined) return false;
  // A header's value under its name (`<name>Authorization</name>` then `<value>Bearer …</value>`,
  // log4j's `<Property name="Authorization" value="Splunk …"/>`): the credential after the scheme.
  const header = /authorization$/i.test(name) ? HEADER_CREDENTIAL.exec(value) : null;
  if (!header) return acceptable({ name, value, quoted: true }, strength, fileType);
  // (Splunk's HEC token is a GUID, which is no secret elsewhere.)
  if (/^splunk$/i.test(header[1]!) && GUID.test(header[2]!)) return true;
  // Basic's credential is base64 of `user:password`: the password is judged, and documentation's
  // pairs (`user:password`, RFC 7617's `Aladdin:open sesame`) are none.
  const pair = /^basic$/i.test(header[1]!) ? tryAtob(header[2]!) : undefined;
  const password = pair === undefined ? undefined : /^[^:\n]{0,200}:([^\n]{1,200})$/.exec(pair)?.[1];
  if (password !== undefined) return !isDocumentationPassword(password) && acceptable({ name: "password", value: password, quoted: true }, "password", fileType);
  return acceptable({ name, value: header[2]!, quoted: true }, strength, fileType);
}

/** A key named for a person's role: a release manager's, a maintainer's, a signer's. */
const REPOSITORY_KEY_NAME = /(?:^|[^a-z])(?:apt|repo|repository)[-_.]?key$/i;
const PERSON_KEY_NAME = /(?:manager|maintainer|signer|committer|releaser|packager|author)[-_.]?key$/i;
const OCTETS_WITH_COLONS = /^(?:[0-9A-Fa-f]{2}:){5,63}[0-9A-Fa-f]{2}$/;
/** Names of what identifies a key: strongSwan's `subjkey`, `keyid`, `fingerprint`, `thumbprint`, a MAC. */
const KEY_IDENTIFIER_NAME = /subj|authkey|key_?id|keyid|finger|thumb|serial|\bmac\b|mac_?addr|hash|digest/i;

/** An Authorization header's value: a scheme, then the credential. */
const HEADER_CREDENTIAL = /^(Bearer|Basic|Token|Splunk|Bot|SSWS)[ \t]+(\S{8,})$/i;

/** How much of an Authorization header's value under `name` is its scheme and blanks (0 for any other value). */
export function authorizationSchemeLength(name: string, value: string): number {
  if (!/authorization$/i.test(name)) return 0;
  const header = HEADER_CREDENTIAL.exec(value);
  return header ? value.length - header[2]!.length : 0;
}
