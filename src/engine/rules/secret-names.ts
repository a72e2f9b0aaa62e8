import { bundledClientName } from "./bundled-client-names";
import { segmentsOf } from "./name-segments";
import { ScanMemo } from "../scan-memo";

/**
 * Names that say secret: how strongly a name says password, token or key, read from its segments.
 */

/**
 * How strongly a name says "secret". A password may be a word; a key must look random; a
 * `generated-key` name holds a credential only when the value is a generated key (see
 * GENERATED_KEY_QUALIFIERS).
 */
export type Strength = "password" | "token" | "key" | "generated-key";

// (`psk`: a pre-shared key, WPA's `psk="…"` in wpa_supplicant.conf, an IPsec or TLS-PSK secret.)
const PASSWORD_SEGMENTS = new Set(["password", "passwd", "pass", "pwd", "pw", "passphrase", "passcode", "secret", "secrete", "credential", "credentials", "creds", "cred", "psk"]);
/**
 * A password's short word joined to what it opens: keytool's and Ant's `storepass` and `keypass`,
 * `dbpass`, `adminpass`. A list, not every `…pass` (bypass, compass, surpass, overpass).
 */
// (`remotepass`, `localpass`: OfflineIMAP's repositories; `imappass`, `poppass`: mail clients'.)
const JOINED_PASSWORD = /^(?:(?:src|dest)?(?:store|key)|db|admin|root|user|mail|smtp|imap|pop|pop3|ftp|ldap|bind|master|sys|sa|sql|proxy|redis|mq|remote|local|my)pass$/;
// (Not `secretary`, `secretariat`: an LDAP entry's `secretary: cn=…` names a person.)
const PASSWORD_INSIDE = /passw(?:or)?d|passphrase|secret(?!ar(?:y|ies|iat))/;
// Not `signature`: a signature is the output of a key, published with what it signs.
// (`pepper`: a secret added to every password before hashing, Devise's `config.pepper`; generated,
// so judged as a token is: `pepper: "cayenne"` is a recipe's.)
const TOKEN_SEGMENTS = new Set(["token", "pat", "apikey", "authkey", "accesskey", "secretkey", "privatekey", "clientsecret", "authorization", "auth", "bearer", "pepper"]);
// Not `tokenizer`, `tokenize`: machine-learning and parser code is full of them.
const TOKEN_INSIDE = /token(?!i[sz])|apikey|api_key|secretkey|accesskey|privatekey/;
/**
 * Words before `key` that make it a lookup or data-structure key (`primaryKey`, `sortKey`,
 * `cacheKey`) or a keyboard's (`bindKey`, `shortcutKey`) rather than a credential. Any other
 * qualifier (`apiKey`, `stripeKey`, `HUBSPOT_KEY`) names a credential, and the value must still
 * look random.
 */
const LOOKUP_KEY_QUALIFIERS = new Set([
  "primary", "foreign", "sort", "partition", "cache", "lookup", "map", "dict", "schema", "sequence", "unique", "composite", "row",
  "object", "local", "react", "child", "parent", "next", "prev", "previous", "group", "join", "index", "idempotency", "idempotence", "correlation", "routing", "hot",
  "short", "shortcut", "keyboard", "press", "pressed", "down", "up", "modifier", "translation", "i18n", "label", "message", "storage",
  "query", "cursor", "page", "item", "list", "entry", "field", "column", "table", "record", "node", "element", "component", "state",
  "store", "redux", "event", "action", "type", "value", "name", "filter", "order", "dedup", "dedupe", "lock", "mutex",
  "distribution", "shard", "bucket", "metric", "metrics", "label", "tag", "setting", "config", "option", "feature", "flag", "env",
  "public", "pub", "host", "ssh", "gpg", "pgp", "project", "meta", "metadata", "result", "output", "input", "memory",
  "header", "metadatum", "request", "response", "context", "trace", "dest", "destination", "source", "src", "target", "attribute",
  "parameter", "param", "instrumentation", "resource", "resources", "spreadsheet", "document", "sheet", "guid", "uuid", "sub",
  "s3", "bind",
  // An entity's key in a data store or a client cache (Datastore's, Apollo's `entityKey: "order01"`).
  "entity",
  // Objective-C's dictionary lookups: `objectForKey:`, `stringForKey:`, `setValue:forKey:`.
  "for",
  // `AUTHORIZED_KEY`: an SSH public key, as authorized_keys lists them.
  "authorized",
  // `openvpn --genkey tls-crypt-v2-server`, `--generate-key rsa`: what kind of key to make.
  "gen", "generate",
  // reCAPTCHA's, hCaptcha's and Turnstile's site key is published in the page (its secret key is not).
  "site",
  // `tz.key` (Python's `ZoneInfo.key`), `zone_key`, `locale_key`: the name of a time zone or a locale.
  "tz", "zone", "timezone", "locale",
  // An issue tracker's `issueKey` (Jira's `PROJ-123`): which issue, a project's key and a number.
  "issue",
  // `file_key: Data/Solar_Zenith_Angle`, `lut_key: CALChannel07`: a variable's name in a data file
  // (an HDF5 or netCDF reader's schema) or a lookup table's, or an object's key in a bucket. A
  // generated key under `file_key` is still one (GENERATED_KEY_QUALIFIERS). `nc_key`: the variable's
  // name in a netCDF file, as the same readers' schemas spell it (`nc_key: chl_oc3_bias`).
  "file", "lut", "nc",
  // A UI control's `selectedKey` (SAPUI5's segmented buttons and tab bars): which item's key is chosen.
  "selected",
  // A model's key in a catalogue of machine-learning models (`DEFAULT_STT_MODEL_KEY`, `modelKey`):
  // its name there. A generated key under it is still one (GENERATED_KEY_QUALIFIERS).
  "model",
  // A range's bounds in a key-ordered store: CouchDB's and ioBroker's views (`startkey`, `endkey`),
  // HBase's and Bigtable's scans (`start_key`, `end_key`): the first and last keys to read.
  "start", "end",
]);
/**
 * Qualifiers of LOOKUP_KEY_QUALIFIERS that name a credential when the value is a generated key:
 * the `primaryKey` and `secondaryKey` Azure lists for an IoT device, a Service Bus or Event Hubs
 * rule; a Functions `hostKey`; `AZURE_STORAGE_KEY`; PagerDuty's `routing_key`; a section's bare `Key` (`"Jwt": { "Key": … }`, when
 * longer than a SHA-256 digest: see acceptable).
 * A column, a host's name or a storage path is words, not 30 bytes of base64.
 */
const GENERATED_KEY_QUALIFIERS = new Set(["primary", "host", "storage", "resource", "routing", "file", "nc", "model"]);
/**
 * Public keys in base64: an SSH key's wire format (`AAAA…`) and DER SubjectPublicKeyInfo (`MIIB…`
 * RSA, `MFkw…` P-256, `MCow…` Ed25519), as a browser extension's manifest `key` holds one.
 */
export const PUBLIC_KEY_START = /^(?:AAAA|MII|MIG|MFkw|MHYw|MCow|MDYw|MEYw)/;
/** 32 bytes in base64: a SHA-256 digest's size. */
export const SHA256_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/**
 * Words before `token` that make it a protocol token: it orders, pages or de-duplicates requests
 * (`ChangeToken`, `NextToken`, `IdempotencyToken`) and grants nothing.
 */
const PROTOCOL_TOKEN_QUALIFIERS = new Set([
  "change", "next", "page", "pagination", "continuation", "resumption", "idempotency", "idempotence", "cancellation", "sync", "output", "input", "result", "marker", "request", "lock", "sequence", "starting", "skip",
  "delta", "resume", "consistency",
  // Lake Formation's work unit token fetches one part of a query's results.
  "unit",
  // A domain or request verification token proves ownership by being published (in DNS, in a form).
  "verification",
  // A push service's address of one device (APNs device token): it says where to deliver, not who may send.
  "device",
  // Square's `version_token`: an object's version, checked when it is updated (as an ETag is).
  "version",
  // A shop's `cart_token`, `checkout_token` (Shopify's orders and checkouts): which cart or checkout
  // an order came from, as its id and its checkout page's URL say; it signs no API request.
  "cart", "checkout",
  // A `unique_token` says only that it is distinct: Shopify's payment's is the client's idempotency key.
  "unique",
  // Struts' transaction token, `org.apache.struts.taglib.html.TOKEN`: a form's guard against being
  // sent twice, which the server writes into the page and its links (a site's link in a doc comment).
  "html",
]);
/** Final segments that make the name about something else: `password_length`, `token_url`. */
const NOT_SECRET_TAIL = new Set([
  "id", "ids", "guid", "uuid", "name", "names", "type", "types", "path", "paths", "file", "filename", "files", "dir", "directory", "url", "urls", "uri",
  "endpoint", "host", "hostname", "server", "port", "user", "username", "login", "email", "length", "len", "size", "count", "max", "min",
  "field", "fields", "label", "placeholder", "hint", "prompt", "message", "msg", "text", "title", "header", "format", "policy", "provider",
  "mode", "version", "algorithm", "alg", "enabled", "enable", "required", "pattern", "regex", "validator", "validation", "hash", "hashed",
  "digest", "checksum", "prefix", "suffix", "expiry", "expires", "expiration", "ttl", "timeout", "rotation", "variable", "var", "env",
  "param", "column", "table", "event", "handler", "callback", "selector", "class", "style", "icon", "input", "button", "error", "errors",
  "status", "state", "flag", "option", "options", "store", "vault", "ref", "reference", "arn", "location", "keyword", "keywords", "index",
  "level", "lifetime", "hint", "description", "desc", "link", "route", "template", "view", "page", "form", "dialog", "modal", "key",
  "keys", "tokens", "secrets", "passwords", "source", "sources", "kind", "scope", "scopes", "issuer", "audience", "generator", "factory",
  "service", "manager", "helper", "util", "utils", "provider", "strategy", "schema", "spec", "method", "function", "fn", "func", "class",
  "interface", "attr", "attribute", "property", "prop", "props", "config", "settings", "setting", "timestamp", "time", "date", "at", "on",
  "created", "updated", "updater", "refresher", "file", "sent", "changed", "reset", "forgot", "confirm", "confirmation", "repeat", "again",
  "old", "new", "current", "verify", "check", "policy", "strength", "complexity", "rules", "char", "chars", "characters", "encoding",
  // The characters a generator draws passwords from (`passwordSymbols`, `password_alphabet`), as `chars` says.
  "symbols", "alphabet", "charset",
  "encryption", "enc", "namespace", "ns", "protocol", "magic", "used", "mechanism", "properties", "scheme", "schemes",
  // A database column's name: `PASS_COL "ha1b"`.
  "col",
  "unit", "units", "validity", "configuration", "configurations", "methods", "xpath", "jsonpath", "replacement",
  // AES-GCM's authentication tag (`auth_tag` in a Chef encrypted data bag) is no secret; Django's
  // `AUTH_USER_MODEL`, `AUTHENTICATION_BACKENDS` name classes.
  "tag", "model", "backend", "backends", "proto",
  // A build's variables (automake's `auth_helper_CXXFLAGS`, `libauth_la_LIBADD`): flags and libraries.
  "flags", "cflags", "cxxflags", "cppflags", "ldflags", "libs", "ldadd", "libadd",
  // A pattern that finds or checks tokens (PEAR Mail_Mime's `$token_regexp`), as `regex` is.
  "regexp", "regexps", "regexes", "patterns",
  // HTTP Digest authentication's `opaque` (`auth.opaque`, RFC 7616): a string the server sends in
  // its challenge, in the clear, for the client to echo back unchanged, as it does the nonce.
  "opaque",
  // Where a service is reached (Cinder's `auth_address`, as `endpoint` and `url` say) and what a
  // token is called (a PKCS#11 slot's `token_labels`, as `label` says).
  "address", "addresses", "labels",
  // A style's property (a theme's `@_sap_m_Token_BorderColor`, `tokenIconWidth`, an editor theme's
  // `tokenColors`): how a token of text or a token chip is drawn.
  "color", "colors", "colour", "width", "height", "padding", "margin", "background", "foreground",
  // Where a credential is read from, as `location` and `selector` say: a connector's
  // `apiKeyLocator` is an expression for the request header that carries the key.
  "locator",
]);
/** Segments anywhere that make the value not a secret: public keys, CSRF tokens, hashes. */
// (`encrypted`: `AccountEncryptedPassword` in a cloud service's configuration, Data Factory's
// `encryptedCredential`, a publish profile's `EncryptedPassword`: ciphertext for a key kept elsewhere.
// A name that starts `GUID_`/`Guid` (`GUID_DRS_UNEXPIRE_PASSWORD`, WiX's `GuidKpasswd`) is an identifier named for what it identifies.
// `merkle`: a Merkle tree's root or proof (`TOKEN_COUNTER_MERKLE_ROOT`) is a hash of its leaves, published to be checked.)
const NOT_SECRET_ANYWHERE = new Set(["authenticity", "public", "publishable", "pub", "csrf", "xsrf", "nonce", "hash", "hashed", "salt", "sha", "md5", "checksum", "fingerprint", "thumbprint", "example", "sample", "dummy", "fake", "mock", "test", "tests", "placeholder", "invalid", "bogus", "nonmatching", "unmatched", "encrypted", "merkle"]);

/**
 * A tokenizer's vocabulary (`vocab:token_bytes`, `vocab:token_str`, `merges`, `added_tokens`): a
 * language model's tokenizer.json lists the text of each of its 100,000 tokens, in base64 and as
 * text, under names that say token. Read from the key path's parents, since each entry's own name
 * (`token_bytes`) says no more than a session's token would.
 */
const VOCABULARY_SEGMENT = /^(?:vocab|vocabulary|merges|added_tokens)$/i;

/** Whether a key path (`vocab:token_bytes`) lies inside a tokenizer's vocabulary (see VOCABULARY_SEGMENT). */
export function isInsideVocabulary(keyPath: string): boolean {
  // (Most paths hold no such word: one test before splitting.)
  return /vocab|merges|added_tokens/i.test(keyPath) && keyPath.split(":").slice(0, -1).some((segment) => VOCABULARY_SEGMENT.test(segment));
}

/**
 * Qualifiers that make a name of one word ending in `key` a key of data: `indkey`, `idxkey`,
 * `blobkey`, `chunkkey`, `ttbkey` (an affiliate link's id). Only alone: `ORDERS_BLOBKEY` is a
 * storage credential's name. (`viewkey`: the public id of a video in its page's address,
 * `view_video.php?viewkey=…`.)
 */
const DATA_KEY_WORDS = new Set(["ind", "idx", "blob", "chunk", "ttb", "hash", "seg", "block", "file", "doc", "obj", "rec", "view"]);

/** English words that end in "key" without naming one. */
// (`yubikey`: a hardware token's name, `args{"yubikey", …}`; its secrets are the PIN's and the slot's.)
const WORDS_ENDING_IN_KEY = new Set(["monkey", "donkey", "turkey", "hockey", "jockey", "whiskey", "lackey", "malarkey", "passkey", "turnkey", "yubikey"]);

/**
 * Nouns that turn a secret word before them into a kind of thing: a `SecretKeyFactory` makes keys,
 * a `secret_name` names one.
 */
const KINDS_OF_THING = new Set([
  "factory", "generator", "provider", "manager", "service", "helper", "util", "utils", "strategy", "spec", "class", "interface",
  "type", "types", "name", "names", "id", "ids", "handler", "algorithm", "alg", "policy", "format", "field", "label", "schema",
  // A bridge's or a chain's contracts that move tokens (`tokenMessenger`, `tokenMinter`,
  // `tokenContract`): their published addresses, which every client of the chain calls.
  "messenger", "minter", "contract", "bridge",
  // A compiler's pass filter (`MLIR_BRIDGE_LOG_PASS_FILTER`, the passes to log) and a search
  // engine's token filter (`token_filter`, one step of an analyzer): what they let through.
  "filter",
]);

/**
 * `Alg.Alias.SecretKeyFactory.PBEWITHMD5ANDDES` (Bouncy Castle's table of algorithm aliases),
 * `secret_name_prod`: the last secret word is followed by such a noun, and the segments after it
 * qualify that thing. (A secret word last is judged before: `secret_key_base` stays a secret.)
 */
function namesAnotherKindOfThing(segments: readonly string[]): boolean {
  let lastSecretWord = -1;
  segments.forEach((segment, index) => {
    if (PASSWORD_SEGMENTS.has(segment) || TOKEN_SEGMENTS.has(segment) || segment === "key") lastSecretWord = index;
  });
  return lastSecretWord >= 0 && KINDS_OF_THING.has(segments[lastSecretWord + 1] ?? "");
}

/** Names of a wallet's recovery phrase (BIP-39): `MNEMONIC`, `WALLET_MNEMONIC`, `seed_phrase`, `recoveryPhrase`. */
const MNEMONIC_NAME = /(?:^|_)(?:mnemonic|seed_?phrase|recovery_?phrase)$/;

/** Whether a name says a wallet's recovery phrase (see MNEMONIC_NAME); most names are ruled out by a glance. */
export function namesRecoveryPhrase(name: string): boolean {
  return /mnemonic|phrase/i.test(name) && MNEMONIC_NAME.test(segmentsOf(name).join("_"));
}

/** Services whose personal access token a name may call `…_pat` in lower case. */
const PAT_SERVICES = new Set(["github", "gh", "gitlab", "gl", "azure", "devops", "ado", "vsts", "tfs", "bitbucket", "gitea", "forgejo", "codeberg", "git", "docker", "dockerhub", "hf", "huggingface", "npm", "nuget", "jira", "confluence", "atlassian", "sonar", "sonarqube", "circleci", "terraform", "vercel", "netlify", "personal", "access"]);

/** Cheap first look: most names in code (`node`, `kind`, `items`) have none of these. */
export const SECRETISH_NAME = /pass|pwd|pw|secret|token|key|auth|cred|pat|psk|mnemonic|phrase|pepper|erlang_?cookie|bearer|default_?signer/i;

/** `DB_PASSWORD`, `STRIPE_SECRET_KEY`, `SMTP_CREDENTIALS`, `ADMINPASS`: a password's or a secret's word, not merely a token's or a key's. */
function saysPasswordOrSecret(name: string): boolean {
  return segmentsOf(name).some((segment) => PASSWORD_SEGMENTS.has(segment) || PASSWORD_INSIDE.test(segment) || JOINED_PASSWORD.test(segment));
}

/** `…TimestampFormatV4`, `api_key_v2`: a version after the last word, which says what the name holds. */
function withoutVersion(segments: readonly string[]): readonly string[] {
  return segments.length >= 2 && /^v\d{1,3}$/.test(segments[segments.length - 1]!) ? segments.slice(0, -1) : segments;
}

/**
 * secretStrength's verdicts by name (null: none), which depend on the name alone. Code says the
 * same few names on line after line (`token`, `key`, `this.token`), and each verdict costs a
 * split into segments and a dozen regex tests. Kept for one scan, as other verdicts are.
 */
const STRENGTH_OF_NAME = new ScanMemo<Strength | null>((name) => judgeStrength(name) ?? null);

/** Classifies a name, or undefined when it does not name a secret. */
export function secretStrength(name: string): Strength | undefined {
  return STRENGTH_OF_NAME.get(name) ?? undefined;
}

function judgeStrength(name: string): Strength | undefined {
  if (!SECRETISH_NAME.test(name)) return undefined;
  // A bundler's client variable (`VITE_ANALYTICS_TOKEN`, `NEXT_PUBLIC_MAPS_KEY`) is shipped to every
  // browser: a token, key or id there is the client's, whatever prefix says so. A password or a
  // secret there (`NEXT_PUBLIC_DB_PASSWORD`) is one all the same, and a leak to every visitor.
  const bundled = bundledClientName(name);
  if (bundled !== undefined) return saysPasswordOrSecret(bundled) ? secretStrength(bundled) : undefined;
  const segments = withoutVersion(segmentsOf(name));
  if (segments.length === 0) return undefined;
  // (`encrypted` in a dotted path's parent names what the key is for: Kibana's
  // `xpack.encryptedSavedObjects.encryptionKey` is the key that encrypts them.)
  const leafStart = name.lastIndexOf(".") + 1;
  const encryptedLeaf = leafStart === 0 || /encrypted/i.test(name.slice(leafStart));
  if (segments.some((segment) => (NOT_SECRET_ANYWHERE.has(segment) && (segment !== "encrypted" || encryptedLeaf)) || /^(?:sha|md)\d*$/.test(segment))) return undefined;
  if (segments[0] === "guid" || segments[0] === "uuid") return undefined;
  // `csrftoken`, `csrfmiddlewaretoken` (Django's cookie and form field): one word, a per-session check value.
  if (/^(?:csrf|xsrf)(?:middleware)?token$/.test(segments[0]!)) return undefined;
  // `ErrPwd`, `errInvalidToken`: an error value or its message, as Go names them. (Not `error…`:
  // `errorReportingApiKey` is a key.)
  if (segments.length >= 2 && segments[0] === "err") return undefined;
  // `X-Goog-Credential`, `X-Amz-Credential`: a V4 signed URL's credential scope (the signer's
  // account or key id, a date, a region, a service), which every signed URL carries in the clear.
  if (segments.length === 3 && segments[0] === "x" && (segments[1] === "goog" || segments[1] === "amz") && segments[2] === "credential") return undefined;
  // `Sec-WebSocket-Key`: the WebSocket handshake's nonce (RFC 6455), fresh for every connection.
  if (segments[0] === "sec" && /^websocket_|^web_socket_/.test(segments.slice(1).join("_"))) return undefined;
  // `ElemEntryPassword`, `AttrPassword`: the name of an XML element or attribute, as constants name them.
  if (segments.length >= 2 && /^(?:elem|element|attr|attrib)$/.test(segments[0]!)) return undefined;
  // `CLIENT_NOTSOSECRET`, `non_secret_id`: a name that says the value is not secret.
  if (/(?:^|_)(?:not|non)_?(?:so_?)?secret/.test(segments.join("_"))) return undefined;
  // `BASIC_AUTH_SECRETLESS`, `passwordless`: without one.
  if (segments.some((segment) => /^(?:secret|password|pass|token|key|cred|credential)s?less$/.test(segment))) return undefined;
  // `existingSecret: orders-postgresql` (Helm charts' convention): the name of a Secret that exists.
  // (`existingSecretPassword` is still a password: only a name that ends in secret, or the key in it.)
  if (segments.length >= 2 && segments[0] === "existing" && /^(?:secret|secrets|key|name)$/.test(segments[segments.length - 1]!)) return undefined;
  // `issecret=true` (Azure Pipelines' logging command), `hasPassword`, `is_token_valid`: a yes or no.
  if (/^(?:is|has)_?(?:secret|password|passwd|pwd|token|key|cred|credential|auth)/.test(segments.join("_"))) return undefined;
  // `nonMatchingToken`, `non_matching_key`: a test value named for failing to match.
  if (/non_?matching/.test(segments.join("_"))) return undefined;
  const last = segments[segments.length - 1]!;
  // `action_if_pass`, `next_on_pass`, `onPass`, `when_pass`: what a workflow or a test runner does
  // when a check passes (beside `on_fail`), a step's or a handler's name, not a password.
  if (last === "pass" && /^(?:if|on|when|unless|after)$/.test(segments[segments.length - 2] ?? "")) return undefined;
  // The Erlang distribution cookie (RabbitMQ's `RABBITMQ_ERLANG_COOKIE`, Helm's `auth.erlangCookie`):
  // whoever has it joins the cluster and runs code on every node.
  if (last === "cookie" && segments[segments.length - 2] === "erlang") return "password";
  // Joken's (Elixir's JWT library) `default_signer: "…"`: the HS256 secret every token is signed with.
  if (segments.length === 2 && segments[0] === "default" && last === "signer") return "key";
  // PagerDuty's routing (integration) key, 32 hex digits: whoever has it can open incidents.
  if (last === "key" && segments[segments.length - 2] === "routing" && segments.includes("pagerduty")) return "key";
  // Algolia's search-only key goes to the browser and the app (its admin key does not).
  if (segments.includes("algolia") && segments.includes("search") && !segments.includes("admin")) return undefined;
  // Facebook's client token is built into every app that uses its SDK (Meta documents it as public).
  if (last === "token" && segments[segments.length - 2] === "client" && segments.includes("facebook")) return undefined;
  // Pusher's app key goes to the browser (Laravel's `VITE_PUSHER_APP_KEY`); its app secret does not.
  // (`PUSHER_KEY` too: the key beside `PUSHER_APP_ID`, as Pusher's dashboard names it.)
  if (last === "key" && (segments[segments.length - 2] === "app" || segments.length === 2) && segments.includes("pusher")) return undefined;
  // Shopify's Storefront API token is for the browser (its Admin API token, `shpat_`, is not).
  if (last === "token" && segments.includes("storefront") && !segments.some((segment) => segment === "private" || segment === "secret" || segment === "admin")) return undefined;
  // `tokens`, `secrets`, `api_keys`: a collection or a list of names, not one credential.
  if (/^(?:tokens|secrets|passwords|keys|apikeys)$/.test(last)) return undefined;
  const compact = segments.join("");
  // A wallet's recovery phrase: `MNEMONIC`, `seed_phrase`, `recoveryPhrase` (judged by isMnemonicPhrase).
  if (MNEMONIC_NAME.test(segments.join("_"))) return "password";
  if (PASSWORD_SEGMENTS.has(last) || (PASSWORD_INSIDE.test(last) && !NOT_SECRET_TAIL.has(last))) return "password";
  if (JOINED_PASSWORD.test(last)) return "password";
  if (last === "token" && PROTOCOL_TOKEN_QUALIFIERS.has(segments[segments.length - 2] ?? "")) return undefined;
  // Auto Scaling's `LifecycleActionToken` names one pending lifecycle action. (Not `action_token`
  // or `client_token` alone: a CI action's token and Vault's client token are credentials.)
  if (last === "token" && segments[segments.length - 2] === "action" && segments[segments.length - 3] === "lifecycle") return undefined;
  // …written as one word: `skiptoken`, `nexttoken`, `pagetoken`.
  if (last.endsWith("token") && PROTOCOL_TOKEN_QUALIFIERS.has(last.slice(0, -5))) return undefined;
  // `pat` names a pattern as often (Lua's `local pat = "[%z…]"`, `search_pat`, `namePat`): a
  // personal access token is written `PAT` (`GITHUB_PAT`, `AzureDevOpsPAT`) or after its service
  // (`github_pat`, `adoPat`).
  if (last === "pat" && !name.includes("PAT") && !PAT_SERVICES.has(segments[segments.length - 2] ?? "")) return undefined;
  if (TOKEN_SEGMENTS.has(last) || TOKEN_INSIDE.test(last)) return "token";
  // Telemetry ingestion ids: Application Insights' instrumentation key (`iKey`, and `aiKey` in a VS
  // Code extension's package.json) and a 1DS (Aria) tenant token name where telemetry goes, and
  // Microsoft documents the instrumentation key as no secret. Not `openAiKey`: only `aiKey` alone.
  if (last === "ikey" || (last === "key" && ((segments.length === 2 && segments[0] === "ai") || segments[segments.length - 2] === "aria"))) return undefined;
  // `key1`, `key2`, `storageKey2`: a service's two keys, numbered (`az cognitiveservices account
  // keys list` prints `key1` and `key2`), judged as the key they number.
  const numberedKey = /^key\d$/.test(last);
  if ((last === "key" || numberedKey) && segments.length >= 2) {
    // `API_KEY`, `STRIPE_KEY`, `apiKey`, `azure_search_key`; not `primaryKey` or `cacheKey`.
    const qualifier = segments[segments.length - 2]!;
    // `STORAGE_OPTIONS_KEY`, `STORAGE_WORKFLOWS_KEY`: the name a browser extension or an app stores
    // a collection of its data under, read as `storage` before `key` is: a generated key there is
    // still one. (A plural only: `STORAGE_API_KEY`, `STORAGE_ACCESS_KEY` name a service's credential.)
    if (segments[0] === "storage" && /[^s]s$/.test(qualifier) && !LOOKUP_KEY_QUALIFIERS.has(qualifier)) return "generated-key";
    return !LOOKUP_KEY_QUALIFIERS.has(qualifier) ? "key" : GENERATED_KEY_QUALIFIERS.has(qualifier) ? "generated-key" : undefined;
  }
  // Alone, `key1` is judged as a bare `key`: a generated key, in a configuration file (maps and
  // tests in code number their keys too).
  if (last === "key" || numberedKey) return "generated-key";
  // `azureFunctionkey`, `masterkey`, `signingkey`: a qualifier and "key" written as one word.
  const joinedKey = /^([a-z]{3,})key$/.exec(last);
  if (joinedKey && GENERATED_KEY_QUALIFIERS.has(joinedKey[1]!)) return "generated-key";
  // `pinnedpubkey` (curl's option), `serverpublickey`: a public key, or a pin of one.
  if (joinedKey && /(?:pub|public)$/.test(joinedKey[1]!)) return undefined;
  // (A name of one word says no more than that word: `indkey` (a PostgreSQL catalogue's column),
  // `blobkey`, `ttbkey` (an affiliate's id in a link) name keys of data, and their qualifiers are
  // lookup words (DATA_KEY_WORDS); any other, `streamkey`, `enckey`, `wpakey`, names a credential
  // whose value must still look random. With more words around it, `ORDERS_BLOBKEY`, it is a
  // credential's as `_key`'s would be.)
  if (joinedKey && !(segments.length === 1 && DATA_KEY_WORDS.has(joinedKey[1]!)) && !LOOKUP_KEY_QUALIFIERS.has(joinedKey[1]!) && !NOT_SECRET_ANYWHERE.has(joinedKey[1]!) && !WORDS_ENDING_IN_KEY.has(last)) return "key";
  if (NOT_SECRET_TAIL.has(last)) return undefined;
  // `authData`, `byteAuthData`: WebAuthn's authenticator data, as its attestation object names it:
  // the relying party's id hash, flags, a counter and a public key, which the authenticator signs
  // and sends to the server in the clear. (`secretAuthData` still says secret.)
  if (last === "data" && segments[segments.length - 2] === "auth" && !segments.some((segment) => PASSWORD_SEGMENTS.has(segment))) return undefined;
  if (namesAnotherKindOfThing(segments)) return undefined;
  // `todo_secret_do_not_commit`, `some_api_token_123`: a secret word anywhere, if the value is random.
  if (segments.some((segment) => PASSWORD_SEGMENTS.has(segment) || TOKEN_SEGMENTS.has(segment))) {
    // `password_value`, `secret_2`: a password word qualified by a generic tail. Otherwise (a
    // product name such as `SECRET_HYGIENE_VSCODE`) the value must look random.
    if (/^(?:value|val|str|string|data|text|\d+|v\d+)$/.test(last) && segments.slice(0, -1).some((segment) => PASSWORD_SEGMENTS.has(segment))) return "password";
    return "key";
  }
  if (TOKEN_INSIDE.test(compact)) return "key";
  return undefined;
}

/**
 * `key` beginning a word that names no key (TypeScript's `keyof`, a parser's `Keyword`, DOM
 * events), tried where the keyword starts: one test, no copy of the text, since it is asked at
 * every `key` of a file.
 */
const KEY_OF_ANOTHER_WORD = /key(?:word|of|board|down|up|press|frame|stroke)/iy;

/**
 * A keyword end test for the rules woken by the words of secret names: an occurrence of `key` that
 * begins another word (`keyword`, `keyof`, `keydown`) wakes nothing, since no secret name is read
 * from it (its segment is that word, not `key`). In a compiler or a UI toolkit those are on every
 * tenth line. Every other keyword counts wherever it is.
 */
export function isNotKeyOfAnotherWord(text: string, end: number): boolean {
  KEY_OF_ANOTHER_WORD.lastIndex = end - 3;
  return !KEY_OF_ANOTHER_WORD.test(text);
}
