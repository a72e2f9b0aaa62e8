import { SECRETS_GUIDE } from "./docs";
import { base64OfBase64Url } from "../base64";
import { isEmulatorKey } from "../published-values";
import { CONNECTION_STRING_CHARACTER, CONNECTION_STRING_PASSWORD, isConnectionStringTemplate, isUnfilledPassword } from "./connection-string-text";
import { lineEndOf, lineStartOf, lineStartsOf } from "../line-starts";
import { allMatches } from "../regex-matches";
import { literalAssignedBefore, OPTIONAL_TYPE_ANNOTATION } from "./assigned-literals";
import { hasDevOpsPatChecksum } from "./devops-pat-checksum";
import { SECRET_NAME_KEYWORDS } from "./generic";
import { hasBase32Run, hasBase64Run, hasHexRun, isBase64OrBase64UrlCharacter } from "./runs";
import { isNotKeyOfAnotherWord } from "./secret-names";
import { looksRandom } from "./secret-values";
import { ScanMemo } from "../scan-memo";
import type { PatternRule, RuleContext, RuleHit, ScannerRule } from "./types";
import { isEncodedHexDigest, isEncodedSentence, isGeneratedBase64, isSingleCaseHex } from "./value-shapes";

/**
 * Azure credentials. Formats follow Microsoft's published descriptions (connection-string
 * keywords in the service docs; the identifiable-key signatures of microsoft/security-utilities).
 * Each rule's `value` group is the secret itself; `compound` rules also mark the whole
 * connection string, which the quick fix stores as one secret.
 */

const DOCS = SECRETS_GUIDE;

/** Start and end guards for a free-standing token (not part of a longer base64/base64url run). */
const B64_BEFORE = "(?<![A-Za-z0-9+/])";
/**
 * Before a key of letters and digits only (CASK keys, Redis's and AI Search's): Microsoft's
 * patterns exclude only those, so a key may follow a `/` (`https://<PAT>@dev.azure.com/…`).
 */
const ALNUM_BEFORE = "(?<![A-Za-z0-9])";
const B64_AFTER = "(?![A-Za-z0-9+/=])";
const URL_BEFORE = "(?<![A-Za-z0-9_-])";
const URL_AFTER = "(?![A-Za-z0-9_=-])";

/**
 * `name = "value"`, `"name": "value"`, `name: value`, `-Name value`, `<name>value`: a setting name,
 * an assignment, optional quotes. Bounded so each position costs a constant.
 */
// (A configuration path's sections count: `"AzureOpenAI:Key"`, as `dotnet user-secrets` writes one.)
const NAME_THEN_VALUE = `(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,60}(?::[A-Za-z_][A-Za-z0-9_.-]{0,60}){0,3})["']?\\s{0,5}(?:[:=]|=>|:=|>)\\s{0,5}@?["']?`;
const KEY_NAME = /key|secret|password|pwd|token|credential|sas/i;
const AI_SERVICE_NAME = /openai|cognitive|speech|translator|vision|search|subscription|apim|maps|language|formrecognizer|documentintelligence|ai_?services|azure/i;
/** Names of values that look like keys but are hashes or identifiers. */
const NOT_A_KEY_NAME = /hash|sha\d*|md5|checksum|digest|integrity|etag|thumbprint|fingerprint|commit|nonce|salt|guid|uuid|csrf|xsrf|public[-_]?key|pubkey|publishable/i;

/**
 * Words of a name that say its 64-byte key signs or encrypts something of the app's own: a JSON Web
 * Token's or a session's signing key (`JWT_SECRET`, `HMAC_KEY`, `cookieSecret`, HS512's length), a
 * DNS TSIG key, an AES key, an API token. Such a value is a secret all the same, and the generic
 * rule reports it under its own name; called an Azure account key, its quick fix would file it as
 * one (`…-account-key`).
 */
const NAMES_ANOTHER_KEY = /jwt|jws|jwe|sign|hmac|tsig|session|cookie|encrypt|cipher|aes|token|webhook|otp/i;
/** Words of a name, or of its line, that say a key is an Azure account's after all (`storageSigningKey`, `AccountName=…`). */
const AZURE_ACCOUNT_WORDS = /account|storage|azure|cosmos|docdb|documentdb|batch|apim|blob|queue|table|datalake|adls|wasb|abfs|windows\.net|conn/i;

/** Whether a key name, on its line, says the key is not an Azure account's. */
function namesAnotherKindOfKey(name: string, line: string): boolean {
  return NAMES_ANOTHER_KEY.test(name) && !AZURE_ACCOUNT_WORDS.test(name) && !AZURE_ACCOUNT_WORDS.test(line);
}

/** `name = "`, `"name": "`, `name: ` right before a value. */
const NAME_BEFORE_KEY = new RegExp(`${NAME_THEN_VALUE}$`);

/** The name a key at `start` of the line is assigned to, if any. */
function nameBeforeKey(line: string, start: number): string | undefined {
  return NAME_BEFORE_KEY.exec(line.slice(Math.max(0, start - 80), start))?.groups?.name;
}

/**
 * `a==` … `/==`: a key's last base64 character and its padding (lower case; the keyword pass
 * ignores case). A bare `==` is on every line that compares.
 */
const BASE64_THEN_PADDING = [..."abcdefghijklmnopqrstuvwxyz0123456789+/"].map((char) => `${char}==`);

function isBase64Char(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
}

/**
 * Every free-standing 88-character base64 value ending in `==` (a 64-byte key) on the line. Found
 * from each `==` backwards, not by a regex tried at every offset: JavaScript lines are full of
 * `===`, and this rejects those with one comparison.
 */
/** `NAME=` right before a key: a name of letters, digits, `_`, `.` and `-`, after a blank, quote or line start. */
const NAME_BEFORE_EQUALS = /(?:^|[\s"'`;,({[])[A-Za-z_][\w.-]{0,60}=$/;

/** `$6$<salt>$` or `$7$<iterations>$<salt>$` right before: a password hash's digest follows. */
const CRYPT_PREFIX_BEFORE = /\$[67]\$(?:\d{1,7}\$)?[A-Za-z0-9+/.]{8,24}={0,2}\$$/;

function base64KeysIn(line: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (let at = line.indexOf("=="); at !== -1; at = line.indexOf("==", at + 2)) {
    const after = line.charCodeAt(at + 2);
    if (after === 61 || isBase64Char(after)) continue;
    const start = at - 86;
    // `=` before the key ends a name (`AZURE_STORAGE_KEY=…`, `azure.storage.key=…`), or a run of
    // base64 that goes on.
    if (start < 0 || (start > 0 && (isBase64Char(line.charCodeAt(start - 1)) || (line.charCodeAt(start - 1) === 61 && !NAME_BEFORE_EQUALS.test(line.slice(Math.max(0, start - 80), start)))))) continue;
    let ok = true;
    for (let i = start; i < at && ok; i++) ok = isBase64Char(line.charCodeAt(i));
    // The SHA-512 digest of a password hash (Mosquitto's `user:$6$<salt>$<digest>`): the
    // password-hash rule reports the whole hash.
    if (ok && line.charCodeAt(start - 1) === 36 && CRYPT_PREFIX_BEFORE.test(line.slice(Math.max(0, start - 40), start))) ok = false;
    if (ok) hits.push({ start, end: at + 2 });
  }
  return hits;
}

/**
 * The query text around a SAS signature at `at`: from the last blank, quote or bracket before it
 * to the next after it, at most 1,000 characters either way (a SAS is far shorter; the bound keeps
 * a line of many signatures linear).
 */
function sasParametersAround(line: string, at: number): string {
  let start = at;
  const low = Math.max(0, at - 1000);
  while (start > low && !/[\s"'`<>(]/.test(line[start - 1]!)) start--;
  let end = at + 1;
  const high = Math.min(line.length, at + 1000);
  while (end < high && !/[\s"'`<>)]/.test(line[end]!)) end++;
  return line.slice(start, end);
}

const IPV4 = "(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}";
const SAS_IP_RANGE = new RegExp(`^${IPV4}(?:-${IPV4})?$`);

/**
 * Azure fills `sp` (permissions) from a fixed alphabet and `sip` with an IPv4 address or range. A
 * token with another letter or a cut-off address was edited by hand: a test string, not one that
 * Azure issued. (Letters: the union of the account, Blob, Data Lake, File, Queue and Table SAS
 * permissions.)
 */
function sasParametersValid(text: string): boolean {
  const parameters = text.replace(/\\u0026/g, "&");
  const permissions = /(?:^|[?&;=])sp=([^&;]*)/.exec(parameters)?.[1];
  if (permissions !== undefined && !/^[racwdxyltfmeopiu]+$/i.test(permissions)) return false;
  const ip = /(?:^|[?&;=])sip=([^&;]*)/.exec(parameters)?.[1];
  return ip === undefined || SAS_IP_RANGE.test(ip);
}

/** SignalR Service's and Web PubSub's own host names, in every cloud. */
const SIGNALR_HOST = /\.(?:service\.signalr\.net|signalr\.azure\.(?:us|cn)|webpubsub\.azure\.(?:com|us|cn))$/i;
/** The field every SignalR and Web PubSub connection string ends with, custom domain or not. */
const SIGNALR_VERSION = /;[ \t]*Version=1\.0;/i;

/**
 * Where the service says how to regenerate, rotate or revoke the credential, or how to stop using
 * it (managed identity): the diagnostic's link, what a user needs once a key has leaked. Rules
 * that span services keep the Key Vault guidance.
 */
const LEARN = "https://learn.microsoft.com";
const ROTATION_DOCS: Readonly<Record<string, string>> = {
  "azure/storage-connection-string": `${LEARN}/azure/storage/common/storage-account-keys-manage`,
  "azure/storage-account-key": `${LEARN}/azure/storage/common/storage-account-keys-manage`,
  "azure/sas-token": `${LEARN}/azure/storage/common/storage-sas-overview`,
  "azure/cosmos-connection-string": `${LEARN}/azure/cosmos-db/how-to-rotate-keys`,
  "azure/cosmos-account-key": `${LEARN}/azure/cosmos-db/how-to-rotate-keys`,
  "azure/service-bus-key": `${LEARN}/azure/service-bus-messaging/service-bus-sas`,
  "azure/event-hubs-key": `${LEARN}/azure/event-hubs/authorize-access-shared-access-signature`,
  "azure/relay-key": `${LEARN}/azure/azure-relay/relay-authentication-and-authorization`,
  "azure/iot-hub-key": `${LEARN}/azure/iot-hub/iot-hub-dev-guide-sas`,
  "azure/redis-connection-string": `${LEARN}/azure/azure-cache-for-redis/cache-azure-active-directory-for-authentication`,
  "azure/redis-access-key": `${LEARN}/azure/azure-cache-for-redis/cache-azure-active-directory-for-authentication`,
  "azure/app-configuration-connection-string": `${LEARN}/azure/azure-app-configuration/howto-disable-access-key-authentication`,
  "azure/communication-connection-string": `${LEARN}/azure/communication-services/concepts/authentication`,
  "azure/signalr-connection-string": `${LEARN}/azure/azure-signalr/signalr-howto-key-rotation`,
  "azure/sql-connection-string": `${LEARN}/azure/azure-sql/database/azure-sql-passwordless-migration`,
  "azure/jdbc-connection-string": `${LEARN}/sql/connect/jdbc/connecting-using-azure-active-directory-authentication`,
  "azure/batch-account-key": `${LEARN}/azure/batch/account-key-rotation`,
  "azure/functions-key": `${LEARN}/azure/azure-functions/function-keys-how-to`,
  "azure/api-management-key": `${LEARN}/azure/api-management/api-management-subscriptions`,
  "azure/search-key": `${LEARN}/azure/search/search-security-api-keys`,
  "azure/named-ai-services-key": `${LEARN}/azure/ai-services/rotate-keys`,
  "azure/container-registry-key": `${LEARN}/azure/container-registry/container-registry-authentication`,
  "azure/event-grid-key": `${LEARN}/azure/event-grid/get-access-keys`,
  "azure/devops-pat": `${LEARN}/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate`,
  "azure/devops-pat-legacy": `${LEARN}/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate`,
  "azure/devops-pat-checksum": `${LEARN}/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate`,
  "azure/cognitive-services-key": `${LEARN}/azure/ai-services/rotate-keys`,
  "azure/entra-client-secret": `${LEARN}/entra/identity-platform/how-to-add-credentials`,
  "azure/entra-refresh-token": `${LEARN}/entra/identity-platform/refresh-tokens`,
  "azure/bot-web-chat-secret": `${LEARN}/azure/bot-service/bot-service-channel-connect-webchat`,
  "azure/sdk-credential-argument": `${LEARN}/azure/developer/intro/passwordless-overview`,
  "azure/functions-key-in-url": `${LEARN}/azure/azure-functions/function-keys-how-to`,
  "azure/logic-apps-trigger-url": `${LEARN}/azure/logic-apps/logic-apps-securing-a-logic-app`,
  "azure/ai-services-key-in-section": `${LEARN}/azure/ai-services/rotate-keys`,
  "azure/named-event-grid-key": `${LEARN}/azure/event-grid/get-access-keys`,
  "azure/named-maps-key": `${LEARN}/azure/azure-maps/azure-maps-authentication`,
};

/**
 * Where an Azure SDK takes a key as a literal argument: `new AzureKeyCredential("…")` (AI services,
 * Search, Maps, Event Grid, in every language; Go's `azcore.NewKeyCredential("…")`), the key of
 * `AzureNamedKeyCredential` (Go's `azcore.NewNamedKeyCredential`) and
 * `StorageSharedKeyCredential`, Speech's `FromSubscription("…", region)` and `SpeechConfig(subscription=…)`,
 * Cosmos DB's `CosmosClient(endpoint, "…")` and `new CosmosClient({ endpoint, key: "…" })`, and
 * the older Cognitive Services credentials; Azure OpenAI's `new ApiKeyCredential("…")` (System.ClientModel,
 * as `AzureOpenAIClient` takes it) and Semantic Kernel's `AddAzureOpenAIChatCompletion(deployment,
 * endpoint, "…")` and its siblings, whose third argument is the key. No name is needed: the call
 * says what the value is.
 */
const SDK_CREDENTIAL_CALL =
  // (`key=` is Python's keyword argument, `key:` C#'s named one.)
  String.raw`(?:\b(?:AzureKeyCredential|ApiKeyCredential|ApiKeyServiceClientCredentials|CognitiveServicesCredentials|azcore\.NewKeyCredential)\s*\(\s*(?:key\s*[=:]\s*)?` +
    String.raw`|\b(?:AddAzureOpenAI(?:ChatCompletion|TextEmbeddingGeneration|TextToImage|AudioToText|TextToAudio)|AzureOpenAI(?:ChatCompletion|TextEmbeddingGeneration)Service)\s*\(\s*[^,()\s][^,()\n]{0,199},\s*[^,()\s][^,()\n]{0,199},\s*(?:apiKey\s*:\s*)?` +
    String.raw`|\b(?:AzureNamedKeyCredential|StorageSharedKeyCredential|azcore\.NewNamedKeyCredential)\s*\(\s*[^,()\s][^,()\n]{0,99},\s*(?:(?:account_)?key\s*=\s*)?` +
    String.raw`|\bSpeechConfig(?:\.[Ff]romSubscription\s*\(\s*|\s*\((?:[^()\n]{0,200}?,\s*)?subscription\s*=\s*)` +
    String.raw`|\bCosmosClient\s*\(\s*[^,(){}\s][^,(){}\n]{0,199},\s*(?:credential\s*=\s*)?` +
    String.raw`|\bCosmosClient\s*\(\s*\{[^}\n]{0,300}?\bkey\s*:\s*)`;
// (Each argument before the key starts with a non-blank: blanks on their own would let the
// engine try every split of a long run of them.)
const SDK_CREDENTIAL_ARGUMENT = new RegExp(String.raw`${SDK_CREDENTIAL_CALL}["'](?<value>[A-Za-z0-9+/=_-]{20,200})["']`, "dgi");
/**
 * The same calls given a variable, as Microsoft's quickstarts write them: `key = "…"` then
 * `AzureKeyCredential(key)`; and the header the AI services and API Management read a key from,
 * given a variable (`{ "Ocp-Apim-Subscription-Key": key }`, `headers.Add("Ocp-Apim-Subscription-Key", key)`).
 */
const SDK_CREDENTIAL_VARIABLE = new RegExp(String.raw`(?:${SDK_CREDENTIAL_CALL}|["']Ocp-Apim-Subscription-Key["']\s*[:,]\s*)(?<name>[A-Za-z_]\w{0,80})\s*[,)}]`, "gi");
/** `key = "…"`, `string key = "…"`, Go's `key := "…"`, `key: string = "…"`, read where literalAssignedBefore found the assignment. */
const KEY_LITERAL_ASSIGNMENT_AT = new RegExp(String.raw`[A-Za-z_]\w{0,80}${OPTIONAL_TYPE_ANNOTATION}[ \t]*:?=[ \t]*(?:@|[rbu]{1,2})?(["'\`])(?<value>[A-Za-z0-9+/=_-]{20,200})\1`, "dy");

/** What the SDK credential calls take: hex in one case (AI services, Maps) or generated base64 (Cosmos DB, Storage, Search's). */
function isSdkKey(value: string): boolean {
  // Azure Maps' shared keys are base64url (43 characters with `-` and `_`): judged as the base64
  // they encode the same bytes as, or three keys in four would pass unreported.
  // (OpenAI's own `sk-…` keys given to ApiKeyCredential are the vendor rule's.)
  return !value.startsWith("sk-") && ((value.length >= 32 && isSingleCaseHex(value)) || isGeneratedBase64(base64OfBase64Url(value)));
}

/** SDK_CREDENTIAL_VARIABLE's calls, and the key literal each variable was given just before. */
function findSdkKeyVariables(text: string, _context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const lineStart of wokenAt ?? lineStartsOf(text)) {
    const line = text.slice(lineStart, lineEndOf(text, lineStart));
    for (const call of allMatches(SDK_CREDENTIAL_VARIABLE, line)) {
      const variable = call.groups!.name!;
      const literal = literalAssignedBefore(text, lineStart + call.index, variable, KEY_LITERAL_ASSIGNMENT_AT);
      if (literal && isSdkKey(text.slice(...literal)) && !hits.some((hit) => hit.start === literal[0])) hits.push({ start: literal[0], end: literal[1], keyName: variable });
    }
  }
  return hits;
}

/** Web Chat's embed URL and the channel secret in its `s` parameter. */
const WEB_CHAT_EMBED_SECRET = /webchat\.botframework\.(?:com|us|azure\.cn)\/embed\/(?<bot>[^?\s"'<>]{1,200})\?(?:[^\s"'<>#&]{0,200}&){0,10}s=(?<value>[A-Za-z0-9_-]{6,40}\.[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_.-])/dg;

/** Lower-case pieces of SDK_CREDENTIAL_CALL's calls. */
const SDK_CREDENTIAL_KEYWORDS = ["azurekeycredential", "apikeycredential", "addazureopenai", "azureopenaichatcompletionservice", "azureopenaitextembeddinggenerationservice", "apikeyserviceclientcredentials", "cognitiveservicescredentials", "azurenamedkeycredential", "storagesharedkeycredential", "speechconfig", "cosmosclient", "azcore.new"];

function rule(spec: Omit<PatternRule, "kind" | "docsUrl"> & Partial<Pick<PatternRule, "docsUrl">>): PatternRule {
  return { kind: "secret", docsUrl: ROTATION_DOCS[spec.id] ?? DOCS, ...spec };
}

/**
 * An identifiable key: fixed signature at a fixed offset, so the format alone is evidence. As a
 * URL's password it is stored with the URL, which is what the client is given.
 */
function identifiable(id: string, title: string, keyword: string, body: string): PatternRule {
  return rule({ id, title, keywords: [keyword.toLowerCase()], pattern: new RegExp(body, "gd"), structured: true, compoundWhere: isUrlPassword });
}

/**
 * Hadoop's Azure file systems (ABFS, WASB) read an account's key, an Entra app's client secret or a
 * fixed SAS token from a setting named for the account, `fs.azure.account.key.<account>.dfs.core.windows.net`:
 * core-site.xml's `<name>`, spark-defaults.conf's `name value`, `--conf name=value`, a Databricks
 * cluster's `spark_conf`, `spark.conf.set(name, value)`. The name says what the value is, and it
 * runs past the other rules' bounds on names. (XML's `<value>` on the next line is the
 * parameter-value rule's.)
 */
const HADOOP_AZURE_SETTING =
  /(?<![\w.-])(?<name>(?:spark\.hadoop\.)?fs\.azure\.(?:account\.(?:key|oauth2\.client\.secret)|sas\.fixed\.token)\.[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,2}\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net))(?:["'][ \t]*[:,][ \t]*["']|["']?[ \t]*=[ \t]*["']?|[ \t]+["']?|<\/name>[ \t]*<value>)(?<value>[A-Za-z0-9+/=_~.%&:-]{16,300})/dg;

/** Words before a 64-byte base64 value that say it is a digest, a signature or a one-time value. */
// (`authenticity`: Rails' `authenticity_token`, a form's CSRF token.)
// (`modulus`, `exponent`, `prime1`, `coefficient`: an RSA key's parameters as BIND's key files and
// their test copies write them; the key-file rule reads the files themselves.)
// (`publishable`: a payment service's publishable key, made to be served in its checkout page.)
const NOT_A_KEY_BEFORE = /sha512|sha-512|integrity|hash|digest|checksum|signature|csrf|xsrf|authenticity|nonce|etag|thumbprint|public[-_]?key|pubkey|publishable|(?:modulus|exponent[12]?|prime[12]|coefficient)[ \t]*[:=]/;
/**
 * `salt` as a word of a name, read in its own case: `"salt":`, `password_salt`, `PasswordSalt`,
 * `saltValue`, `SALT`; not `saltprodlogs` (a storage account) or `basalt`.
 */
const SALT_NAME = /(?:(?<![A-Za-z])[Ss]alt|(?<=[a-z0-9])Salt|SALT)(?![a-z])/;

/** Words before a value, in either case, that say it is a digest, a signature or a salt. */
function namesNoKey(text: string): boolean {
  return NOT_A_KEY_BEFORE.test(text.toLowerCase()) || SALT_NAME.test(text);
}

/** A Keycloak realm export's password credential: `"secretData": "{\"value\":\"<hash>\",\"salt\":…`. */
const KEYCLOAK_SECRET_DATA = /"secretData"[ \t]*:[ \t]*"\{[ \t]*\\"value\\"[ \t]*:[ \t]*\\"[A-Za-z0-9+/=]{1,200}\\"[ \t]*,[ \t]*\\"salt\\"/;
/**
 * Whether the base64 at `start` is a SCRAM message's proof or signature (RFC 5802): the client's
 * `c=…,r=<nonce>,p=<proof>` or the server's `v=<signature>`, each an HMAC of one exchange. With
 * SHA-512 they are 64 bytes, as long as an account key; SCRAM libraries' test vectors spell them.
 */
function isScramProofOrSignature(line: string, start: number): boolean {
  const opensMessage = (at: number) => at === 0 || /[\s"',]/.test(line[at - 1]!);
  if (start >= 2 && line.startsWith("v=", start - 2)) return opensMessage(start - 2);
  if (start < 3 || !line.startsWith(",p=", start - 3)) return false;
  const nonceAt = line.lastIndexOf("r=", start - 3);
  return nonceAt >= 0 && opensMessage(nonceAt) && /^[^\s"',]{1,300}$/.test(line.slice(nonceAt + 2, start - 3));
}
/** A DNS record's text (DNSKEY, KEY, IPSECKEY: `"257 3 8 AwEAAa…"`), whose base64 is a public key. */
const DNS_KEY_RECORD = /\b(?:DNSKEY|CDNSKEY|IPSECKEY|QType::KEY|QType::DNSKEY)\b/;
/** SHA-512 and SHA3-512 by their usual spellings: a digest of 64 bytes is as long as an account key. */
const NAMES_A_512_BIT_DIGEST = /\bsha3?-?512\b/i;
/**
 * A checksum file named for its SHA-512 digest, as release tools write one beside a bundle
 * (`map.umd.min.js.sha512`, `….sha3-512`, `….sha512sum`): its base64 values are that digest.
 */
const SHA_512_DIGEST_FILE = /\.sha3?-?512(?:sum)?$/i;
/** A parameter of a .NET XML RSA or DSA key (`<P>…</P>`): the private-key/xml rule judges the whole key. */
const XML_KEY_PARAMETER_BEFORE = /<(?:modulus|exponent|p|q|dp|dq|inverseq|d|g|y|j|x|seed|pgencounter)>\s*$/;
/** Words that say a 64-byte base64 value in code is a key (`AccountKey`, `STORAGE_SECRET`, `connStr`). */
const KEY_CONTEXT = /key|account|storage|azure|secret|credential|password|conn|sas|shared|token|pwd/i;

/** Whether a key word ends before `at` on the line, given the line's first (`first`). */
function keyWordBefore(line: string, first: RegExpExecArray | null, at: number): boolean {
  if (first === null || first.index >= at) return false;
  // The first word straddles `at`: a shorter one may still end before it.
  return first.index + first[0].length <= at || KEY_CONTEXT.test(line.slice(0, at));
}

/** A bare `Key`/`key`/`ApiKey` line with 32 hex digits: JSON, YAML, .ini and .env forms. */
const BARE_KEY_WITH_HEX = /^\s*["']?(?:key|Key|KEY|apiKey|ApiKey|api_key)["']?\s*[:=]\s*["']?(?<value>[0-9a-fA-F]{32})["']?\s*,?\s*$/d;
/**
 * A section named for an Azure AI service (`"AzureOpenAI": {`, `speech:`, `[CognitiveServices]`),
 * or an endpoint of one.
 */
const AI_SERVICE_SECTION =
  /(?:^|["'\s[])(?:azure_?)?(?:open_?ai|cognitive_?services?|cognitive|speech|translator|computer_?vision|vision|language_?service|text_?analytics|form_?recognizer|document_?intelligence|content_?safety|ai_?services?)(?:_?service)?["'\]]?\s*(?:[:=]|$)|\.openai\.azure\.com|\.cognitiveservices\.azure\.com|api\.cognitive\.microsoft\.com|\.search\.windows\.net/im;

/**
 * The lines of the section a `Key` line is in, up to it: back to the line that opens the section
 * (`"Name": {`, a YAML key with nothing after it, an .ini `[name]`), at most ten lines, and never
 * into a section that closed before it.
 */
function sectionBefore(text: string, lineStart: number, keyLine: string): string {
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const indent = indentOf(keyLine);
  let section = "";
  let at = lineStart;
  for (let n = 0; n < 10 && at > 0; n++) {
    const start = text.lastIndexOf("\n", at - 2) + 1;
    const line = text.slice(start, at);
    const outer = line.trim() !== "" && indentOf(line) < indent;
    // A sibling section ended here, or the lines are no longer indented as deep: another section.
    if (/^\s*[}\]],?\s*$/.test(line) || (outer && !/[{:[]\s*$|^\s*\[[^\]]+\]\s*$/.test(line))) break;
    section = line + section;
    // The line that opens the section: stop after it.
    if (outer && /\{\s*$|^\s*[\w"' .-]+:\s*$|^\s*\[[^\]]+\]\s*$/.test(line)) break;
    at = start;
  }
  return section;
}

/**
 * A value of 32 random bytes (43 or 44 characters of base64 or base64url) given to a name, on a
 * line that says key: `EVENTGRID_KEY=…`, `"aeg-sas-key": "…"`, `"SubscriptionKey": "…"`.
 */
const NAME_THEN_VALUE_BEFORE = new RegExp(`${NAME_THEN_VALUE}$`);
/** How far before a value its name, operator and quotes may start (four segments of 61, and the blanks between). */
const NAME_THEN_VALUE_REACH = 270;

interface NamedValue {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The values of 43 base64 characters (maybe and `=`) on a line that a name is given to, with
 * offsets in the line: each run of that length found by one pass, then its name read back from
 * it. (One regex with the name first was a tenth of the scan of the labelled corpus: V8 tried the
 * name at every offset of every line.) Both rules that read them ask for the same lines: once a scan.
 */
const NAMED_32_BYTE_VALUES = new ScanMemo<readonly NamedValue[]>((line) => {
  const found: NamedValue[] = [];
  for (let i = 0; i < line.length; ) {
    if (!isBase64OrBase64UrlCharacter(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < line.length && isBase64OrBase64UrlCharacter(line.charCodeAt(runEnd))) runEnd++;
    const end = line[runEnd] === "=" ? runEnd + 1 : runEnd;
    if (runEnd - i === 43 && (end === line.length || (!isBase64OrBase64UrlCharacter(line.charCodeAt(end)) && line[end] !== "="))) {
      const name = NAME_THEN_VALUE_BEFORE.exec(line.slice(Math.max(0, i - NAME_THEN_VALUE_REACH), i))?.groups?.name;
      if (name !== undefined) found.push({ name, start: i, end });
    }
    i = end;
  }
  return found;
});
/** Event Grid by name, header or host: `EventGrid`, `event_grid`, the `aeg-sas-key` header, a topic's endpoint. */
const EVENT_GRID_WORDS = /event[-_ .]?grid|aeg-sas-key|\.eventgrid\.azure\.(?:net|us|cn)/i;
/** Maps by name, and what says the maps are Azure's (its own word for the key, `subscription-key`; its host). */
const MAPS_WORD = /maps/i;
const AZURE_MAPS_CONTEXT = /azure|subscription|atlas\.microsoft\.com/i;
/** Other vendors' maps, whose keys may have the same length. */
const OTHER_MAPS_VENDOR = /google|mapbox|bing|here[-_. ]?(?:maps|api)|tomtom|mapquest/i;

/**
 * Keys without a signature whose service only their name, or the section they sit in, says:
 * Event Grid's older topic keys (44 characters of base64, also the `aeg-sas-key` header's value)
 * and Azure Maps' shared keys (43 characters of base64url). Under any other name the generic rule
 * judges them; here the finding links to the service's page on replacing them. The key's own line
 * says key (`EVENTGRID_KEY=`, `"SubscriptionKey":`), so that is the keyword; the section is read
 * in configuration files only, up to ten lines back (see sectionBefore).
 */
function findServiceNamedKeys(service: "eventGrid" | "maps"): ScannerRule["find"] {
  const saysService = (words: string) => (service === "eventGrid" ? EVENT_GRID_WORDS.test(words) : MAPS_WORD.test(words) && AZURE_MAPS_CONTEXT.test(words) && !OTHER_MAPS_VENDOR.test(words));
  const hasShape = (value: string) => (service === "eventGrid" ? /^[A-Za-z0-9+/]{43}=$/.test(value) && isGeneratedBase64(value) : /^[A-Za-z0-9_-]{43}$/.test(value) && isGeneratedBase64(base64OfBase64Url(value)));
  return (text, context, wokenAt) => {
    const hits: RuleHit[] = [];
    for (const lineStart of wokenAt ?? lineStartsOf(text)) {
      const line = text.slice(lineStart, lineEndOf(text, lineStart));
      if (!hasBase64Run(line, 43)) continue;
      for (const { name, start, end } of NAMED_32_BYTE_VALUES.get(line)) {
        const value = line.slice(start, end);
        if (!KEY_NAME.test(name) || NOT_A_KEY_NAME.test(name)) continue;
        if (!hasShape(value)) continue;
        // (The section only in configuration files, where the key's name is a member of it.)
        if (!saysService(name) && !(context.fileType === "config" && saysService(`${name}\n${sectionBefore(text, lineStart, line)}`))) continue;
        hits.push({ start: lineStart + start, end: lineStart + end, keyName: name });
      }
    }
    return hits;
  };
}

/** The last line before `lineStart` that holds more than blanks ("" if none within 10 lines). */
function previousLine(text: string, lineStart: number): string {
  let end = lineStart - 1;
  for (let tries = 0; end > 0 && tries < 10; tries++) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end);
    if (line.trim() !== "") return line;
    end = start - 1;
  }
  return "";
}

/** An identifiable Functions key: the `AzFu` signature at its fixed offset. */
const IDENTIFIABLE_FUNCTIONS_KEY = `${URL_BEFORE}[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==${URL_AFTER}`;
/** A function's URL up to its key, the `code` parameter: `https://<app>.azurewebsites.net/api/<function>?…code=`. */
const FUNCTION_URL_UP_TO_KEY = String.raw`\.azurewebsites\.net\/api\/[^\s?"'${"`"}#<>]{0,200}\?(?:[^\s"'${"`"}#<>]{0,500}?&)?code=`;
const FUNCTION_URL_KEY = new RegExp(String.raw`${FUNCTION_URL_UP_TO_KEY}(?<value>(?:[A-Za-z0-9_+/-]|%2[BbFf]){40,200}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9_%+/=-])`, "dg");
const FUNCTION_URL_BEFORE_KEY = new RegExp(`${FUNCTION_URL_UP_TO_KEY}$`);

/** Whether the key at `start` is a function URL's `code` (the URL reaches at most 800 characters back). */
function isFunctionUrlKey(line: string, start: number): boolean {
  return FUNCTION_URL_BEFORE_KEY.test(line.slice(Math.max(0, start - 800), start));
}

/** `scheme://user:` or `scheme://:` right before a value: the password of a URL, as Redis clients take a key (`rediss://:<key>@host:6380`). */
const URL_PASSWORD_BEFORE = /[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/[^\s:/@'"`<>]{0,100}:$/;

/** Whether the value at `start`–`end` is a URL's password: the URL is the credential, stored whole. */
function isUrlPassword(line: string, start: number, end: number): boolean {
  return line[end] === "@" && URL_PASSWORD_BEFORE.test(line.slice(Math.max(0, start - 140), start));
}

/** The path-style URL of Azurite's account, up to the query: `http://127.0.0.1:10000/devstoreaccount1/c/b?se=…`. */
const EMULATOR_ACCOUNT_URL_BEFORE = /\/devstoreaccount1(?:\/[^\s"'`?]*)?\?[^\s"'`]*$/;

export const AZURE_RULES: readonly (PatternRule | ScannerRule)[] = [
  // Connection strings first: where they overlap a bare-key rule, they report the finding.
  rule({
    id: "azure/cosmos-connection-string",
    title: "Azure Cosmos DB connection string with an account key",
    keywords: ["accountendpoint"],
    pattern: /AccountEndpoint=https:\/\/[^;"'\s]{1,300};\s*AccountKey=(?<value>[A-Za-z0-9+/]{86}==)/dgi,
    compound: true,
    reject: isEmulatorKey,
  }),
  rule({
    id: "azure/storage-connection-string",
    title: "Azure Storage connection string with an account key",
    keywords: ["accountkey"],
    // The keyword starts a connection string's setting: `storage.accountKey=` (Helm's `--set`) and
    // `azurestorageaccountkey=` (a Kubernetes secret's literal) name a key alone, with no string
    // around it to store.
    pattern: /(?<![A-Za-z0-9_.-])AccountKey=(?<value>[A-Za-z0-9+/]{86}==)/dgi,
    compound: true,
    reject: isEmulatorKey,
  }),
  rule({
    id: "azure/shared-access-key",
    title: "Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key",
    keywords: ["sharedaccesskey="],
    pattern: /SharedAccessKey=(?<value>[A-Za-z0-9+/]{42,43}=)/dgi,
    compound: true,
  }),
  rule({
    id: "azure/app-configuration-connection-string",
    title: "Azure App Configuration connection string",
    keywords: ["azconfig"],
    pattern: /Endpoint=https:\/\/[A-Za-z0-9.-]{1,200}\.azconfig(?:\.azure)?\.(?:io|cn|us|de)\/?;\s*Id=[^;"'\s]{1,100};\s*Secret=(?<value>[A-Za-z0-9+/]{20,100}=*)/dgi,
    compound: true,
  }),
  rule({
    id: "azure/communication-connection-string",
    title: "Azure Communication Services connection string",
    keywords: ["communication.azure"],
    pattern: /endpoint=https:\/\/[A-Za-z0-9.-]{1,200}\.communication\.azure\.(?:com|us|cn)\/?;\s*accesskey=(?<value>[A-Za-z0-9+/]{40,100}=*)/dgi,
    compound: true,
  }),
  // SignalR Service and Web PubSub: `Endpoint=https://<name>.service.signalr.net;AccessKey=<key>;Version=1.0;`
  // (Web PubSub: `<name>.webpubsub.azure.com`). The key is 32 random bytes in base64. Behind a
  // custom domain the host is anyone's, and `Version=1.0` is what tells the service's connection
  // string from another `Endpoint=…;AccessKey=…` (Communication Services has none). The local
  // emulators use a published placeholder (`ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGH`) on a
  // localhost endpoint, which isGeneratedBase64 does not accept.
  rule({
    id: "azure/signalr-connection-string",
    title: "Azure SignalR Service or Web PubSub connection string with an access key",
    keywords: ["accesskey="],
    pattern:
      /Endpoint=https?:\/\/(?<host>[A-Za-z0-9.-]{1,200})(?::\d{2,5})?\/?;(?<before>(?:[ \t]*(?!AccessKey=)[A-Za-z]{1,30}=[^;"'\s]{0,200};){0,3})[ \t]*AccessKey=(?<value>[A-Za-z0-9+/]{40,86}={0,2})(?![A-Za-z0-9+/=])(?<after>(?:;[ \t]*[A-Za-z]{1,30}=[^;"'\s]{0,200}){0,4})/dgi,
    compound: true,
    reject: (value, match) => !isGeneratedBase64(value) || !(SIGNALR_HOST.test(match.groups!.host!) || SIGNALR_VERSION.test(`;${match.groups!.before!}${match.groups!.after!};`)),
  }),
  rule({
    id: "azure/redis-connection-string",
    title: "Azure Cache for Redis connection string with an access key",
    keywords: ["redis.cache.windows.net", "redis.azure.net", "redisenterprise.cache.azure.net"],
    pattern: /[A-Za-z0-9-]{1,63}\.(?:redis\.cache\.windows\.net|redis\.azure\.net|[a-z0-9]+\.redisenterprise\.cache\.azure\.net)(?::\d{2,5})?,[^"'\n]{0,300}?password=(?<value>[A-Za-z0-9+/]{20,}=*)/dgi,
    compound: true,
  }),
  rule({
    id: "azure/sql-connection-string",
    title: "SQL Server connection string with a password",
    evidenceIsName: true,
    keywords: ["password", "pwd"],
    // ADO.NET and ODBC: a server keyword, then (within the same string, or the next literal of a
    // concatenation) Password= or Pwd=.
    pattern: new RegExp(String.raw`(?:Server|Data Source|Address|Addr|Network Address)\s*=\s*[^;"'\n]{1,200};${CONNECTION_STRING_CHARACTER}{0,600}?\b(?:Password|Pwd)\s*=\s*${CONNECTION_STRING_PASSWORD}`, "dgim"),
    compound: true,
    reject: (value, match) => isUnfilledPassword(value, isConnectionStringTemplate(match[0])),
  }),
  rule({
    id: "azure/jdbc-connection-string",
    title: "JDBC connection string with a password",
    evidenceIsName: true,
    keywords: ["jdbc:"],
    pattern: new RegExp(String.raw`jdbc:[a-z]+:\/\/[^;"'\s]{1,300};${CONNECTION_STRING_CHARACTER}{0,600}?\bpassword=(?<value>\{[^{}\n]{1,128}\}(?!\})|[^;"'\s{<${"`"}]{1,128})`, "dgi"),
    compound: true,
    reject: (value) => isUnfilledPassword(value, false),
  }),
  rule({
    id: "azure/sas-token",
    title: "Azure shared access signature (SAS)",
    keywords: ["sig="],
    // The signature is an HMAC-SHA256 in base64 (44 characters), often URL-encoded.
    // (`\u0026`: the `&` of a URL that a JSON serializer escaped, as System.Text.Json does.
    // `SharedAccessSignature sig=…&se=…&skn=…&sr=…`: a Service Bus or Event Hubs token that starts
    // with its signature, as code that builds one by hand may write it.)
    pattern: /(?:[?&;]|\\u0026|SharedAccessSignature[ \t]{1,4})sig=(?<value>(?:[A-Za-z0-9+/]|%2[BbFf]){38,90}(?:=|%3[Dd]){0,2})(?=$|[&"'`\s;<)\]\\])/dgm,
    compound: true,
    // A signature is an HMAC-SHA256: 44 base64 characters. Allow a little either way (copies lose
    // or double an encoded character) but not a word or a truncated stub.
    // Azurite's account (`…/devstoreaccount1/…?…&sig=`) signs with the published emulator key.
    reject: (value, match) =>
      !/^[A-Za-z0-9+/]{40,46}={0,2}$/.test(value.replace(/%2[Bb]/g, "+").replace(/%2[Ff]/g, "/").replace(/%3[Dd]/g, "=")) ||
      !sasParametersValid(sasParametersAround(match.input, match.index)) ||
      EMULATOR_ACCOUNT_URL_BEFORE.test(match.input.slice(Math.max(0, match.index - 600), match.index)),
  }),

  // Identifiable keys: the signature at its fixed offset is the evidence; no name needed.
  identifiable("azure/storage-account-key", "Azure Storage account key", "+ASt", `${B64_BEFORE}[A-Za-z0-9+/]{76}\\+ASt[A-Za-z0-9+/]{5}[AQgw]==${B64_AFTER}`),
  identifiable("azure/cosmos-account-key", "Azure Cosmos DB account key", "ACDb", `${B64_BEFORE}[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==${B64_AFTER}`),
  identifiable("azure/batch-account-key", "Azure Batch account key", "+ABa", `${B64_BEFORE}[A-Za-z0-9+/]{76}\\+ABa[A-Za-z0-9+/]{5}[AQgw]==${B64_AFTER}`),
  identifiable("azure/service-bus-key", "Azure Service Bus key", "+ASb", `${B64_BEFORE}[A-Za-z0-9+/]{33}\\+ASb[A-P][A-Za-z0-9+/]{5}=${B64_AFTER}`),
  identifiable("azure/event-hubs-key", "Azure Event Hubs key", "+AEh", `${B64_BEFORE}[A-Za-z0-9+/]{33}\\+AEh[A-P][A-Za-z0-9+/]{5}=${B64_AFTER}`),
  identifiable("azure/relay-key", "Azure Relay key", "+ARm", `${B64_BEFORE}[A-Za-z0-9+/]{33}\\+ARm[A-P][A-Za-z0-9+/]{5}=${B64_AFTER}`),
  identifiable("azure/iot-hub-key", "Azure IoT Hub key", "AIoT", `${B64_BEFORE}[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=${B64_AFTER}`),
  identifiable("azure/redis-access-key", "Azure Cache for Redis access key", "AzCa", `${ALNUM_BEFORE}[A-Za-z0-9]{33}AzCa[A-P][A-Za-z0-9]{5}=${B64_AFTER}`),
  // In a function's URL (`…azurewebsites.net/api/<function>?code=<key>`) the URL is what a client
  // calls: it is stored whole, as an older key's is by the rule below.
  { ...identifiable("azure/functions-key", "Azure Functions key", "AzFu", IDENTIFIABLE_FUNCTIONS_KEY), compoundWhere: (line, start, end) => isUrlPassword(line, start, end) || isFunctionUrlKey(line, start) },
  // A function's URL with its key: `https://<app>.azurewebsites.net/api/<function>?code=<key>`.
  // Keys made before the identifiable format (56 base64 characters, maybe URL-encoded) have no
  // signature of their own: the Functions URL and the `code` parameter say what they are.
  rule({
    id: "azure/functions-key-in-url",
    title: "Azure Functions key in a function URL",
    keywords: [".azurewebsites.net/api/"],
    pattern: FUNCTION_URL_KEY,
    compound: true,
    // An OAuth or invitation code on a web app's `/api/auth/callback/…` is no function key.
    reject: (value, match) => {
      if (/\/(?:auth|oauth2?|callback|signin|invitations?)\b/i.test(match[0])) return true;
      const key = decodeURIComponent(value);
      return !(isGeneratedBase64(key) || (/^[A-Za-z0-9_-]{40,}={0,2}$/.test(key) && /[a-z]/.test(key) && /[A-Z]/.test(key) && /\d/.test(key)));
    },
  }),
  // A Logic Apps (or Power Automate) request trigger's URL: whoever has it can run the workflow.
  // `sig` is an HMAC-SHA256 of the URL under the workflow's access key (43 base64url characters);
  // `sp`, `sv` and `api-version` are its scope and versions, not secret. The URL is stored whole.
  // Multi-tenant: `https://prod-NN.<region>.logic.azure.com:443/workflows/<32 hex>/triggers/<name>/paths/invoke?…`;
  // Power Automate's newer host: `https://<environment id>.<NN>.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/…`.
  rule({
    id: "azure/logic-apps-trigger-url",
    title: "Azure Logic Apps or Power Automate trigger URL with its signature",
    keywords: ["/paths/invoke"],
    pattern:
      /\.(?:logic\.azure\.(?:com|us|cn)|environment\.api\.powerplatform\.com)(?::\d{2,5})?\/(?:powerautomate\/automations\/direct\/)?workflows\/[0-9a-f]{32}\/triggers\/[^\s/?"'`#<>]{1,100}\/paths\/invoke(?:\/[^\s?"'`#<>]{0,200})?\?(?:[^\s"'`#<>]{0,500}?&)?sig=(?<value>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_%+/=-])/dg,
    compound: true,
  }),
  // A 64-byte identifiable key like Storage's, in standard base64 (or in base64url, as some tools write it).
  identifiable("azure/api-management-key", "Azure API Management key", "APIM", `(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{76}APIM[A-Za-z0-9+/_-]{5}[AQgw]==${B64_AFTER}`),
  identifiable("azure/search-key", "Azure AI Search key", "AzSe", `${ALNUM_BEFORE}[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}${B64_AFTER}`),
  identifiable("azure/container-registry-key", "Azure Container Registry key", "+ACR", `${B64_BEFORE}[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}${B64_AFTER}`),
  identifiable("azure/event-grid-key", "Azure Event Grid key", "AZEG", `${B64_BEFORE}[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=${B64_AFTER}`),
  identifiable(
    "azure/devops-pat",
    "Azure DevOps personal access token",
    "AZDO",
    `${ALNUM_BEFORE}[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4}${B64_AFTER}`,
  ),
  identifiable(
    "azure/cognitive-services-key",
    "Azure AI services (Cognitive Services, Azure OpenAI) key",
    "ACOG",
    `${ALNUM_BEFORE}[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}ACOG[A-Za-z0-9]{4}${B64_AFTER}`,
  ),
  identifiable(
    "azure/identifiable-key",
    "Azure identifiable key (Event Grid, App Configuration, Maps, Communication Services, Fluid Relay, Mixed Reality)",
    "JQQJ",
    `${ALNUM_BEFORE}[A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}(?:AZEG|AZAC|AZFR|AZMR|AZMP|AZCS)[A-Za-z0-9]{4}${B64_AFTER}`,
  ),

  // A self-hosted integration runtime's authentication key (Data Factory, Synapse): `IR@`, the
  // runtime's id, the factory, its service endpoint, then the key in base64. Whoever holds it can
  // register a node of their own to the factory's runtime.
  rule({
    id: "azure/integration-runtime-key",
    title: "Azure Data Factory integration runtime authentication key",
    keywords: ["ir@"],
    pattern: /(?<![\w@])(?<value>IR@[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}@[\w.-]{1,90}@ServiceEndpoint=[\w.-]{1,253}@[A-Za-z0-9+/]{40,88}={0,2})(?![A-Za-z0-9+/=])/dg,
    structured: true,
  }),
  rule({
    id: "azure/hadoop-storage-credential",
    title: "Azure Storage credential in a Hadoop or Spark setting",
    keywords: ["fs.azure.account.key.", "fs.azure.account.oauth2.client.secret.", "fs.azure.sas.fixed.token."],
    pattern: HADOOP_AZURE_SETTING,
    // A key (88 characters of base64), a generated client secret, or a SAS token with its signature
    // (not a documented `sig=<signature>` or `sig=REDACTED`).
    reject: (value) =>
      /(?:^|&)(?:sv|ss|srt|sp|se|st|spr|sig)=/.test(value) ? !/(?:^|&)sig=[A-Za-z0-9%+/]{20,}/.test(value) : !(isGeneratedBase64(value) || looksRandom(value)) || isEmulatorKey(value),
  }),
  // Entra ID client secrets: three characters, a digit and "Q~", then 31 to 34 more. Microsoft
  // documents "8Q~" + 34 (40 in all) and "7Q~" + 31; secrets in the wild show other digits too.
  rule({
    id: "azure/entra-client-secret",
    title: "Microsoft Entra ID client secret",
    keywords: ["q~"],
    pattern: /(?<![A-Za-z0-9_~.+/-])(?<value>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.+/=-])/dg,
  }),
  // Entra ID refresh tokens (up to 90 days of access): "0.A" and a base64url part, then ".Ag" and a
  // long base64url part. The shape is evidence enough; no name is needed.
  rule({
    id: "azure/entra-refresh-token",
    title: "Microsoft Entra ID refresh token",
    keywords: ["0.a"],
    pattern: /(?<![\w.-])(?<value>0\.A[\w-]{50,1000}\.Ag[\w-]{250,4000})(?![\w-])/dg,
    minLength: 306,
    structured: true,
  }),
  // Keys without a signature are only evidence next to a name that says "key": 64-byte base64
  // keys (Storage, Cosmos DB, API Management, Batch) and 32-hex keys (Azure AI services, Search).
  {
    id: "azure/named-account-key",
    title: "Azure account key (64-byte base64)",
    kind: "secret",
    docsUrl: DOCS,
    keywords: BASE64_THEN_PADDING,
    find: (line) =>
      base64KeysIn(line).flatMap((hit) => {
        const name = nameBeforeKey(line, hit.start) ?? "";
        const value = line.slice(hit.start, hit.end);
        return !name || isEmulatorKey(value) || NOT_A_KEY_NAME.test(name) || !KEY_NAME.test(name) || namesAnotherKindOfKey(name, line) ? [] : [{ ...hit, keyName: name }];
      }),
  },
  rule({
    id: "azure/named-ai-services-key",
    title: "Azure AI services or Search key",
    keywords: ["openai", "cognitive", "speech", "translator", "vision", "search", "subscription", "apim", "ocp-apim", "maps", "language", "formrecognizer", "documentintelligence"],
    pattern: new RegExp(`${NAME_THEN_VALUE}(?<value>[0-9a-fA-F]{32})(?![0-9A-Za-z])`, "dg"),
    mayMatch: (line) => hasHexRun(line, 32),
    reject: (value, match) => {
      const name = match.groups?.name ?? "";
      // (Algolia's search-only key is 32 hex under a `search` name as well, and published in the page.)
      return !isSingleCaseHex(value) || NOT_A_KEY_NAME.test(name) || !AI_SERVICE_NAME.test(name) || !KEY_NAME.test(name) || /algolia/i.test(name);
    },
  }),
  rule({
    id: "azure/sdk-credential-argument",
    title: "Key passed to an Azure SDK credential",
    keywords: SDK_CREDENTIAL_KEYWORDS,
    pattern: SDK_CREDENTIAL_ARGUMENT,
    noPublicPrefix: true,
    reject: (value) => !isSdkKey(value),
  }),
  {
    id: "azure/sdk-credential-variable",
    title: "Key assigned to a variable passed to an Azure SDK credential",
    kind: "secret",
    noPublicPrefix: true,
    docsUrl: ROTATION_DOCS["azure/sdk-credential-argument"]!,
    keywords: [...SDK_CREDENTIAL_KEYWORDS, "ocp-apim-subscription-key"],
    scope: "text",
    find: findSdkKeyVariables,
  },
  // Bot Framework Web Chat's embed code, as the portal's Channels page gives it: the channel's
  // secret in the iframe's `s` parameter. Whoever has it can talk to the bot as the site does.
  {
    id: "azure/bot-web-chat-secret",
    title: "Azure Bot Web Chat secret in an embed URL",
    kind: "secret",
    noPublicPrefix: true,
    docsUrl: ROTATION_DOCS["azure/bot-web-chat-secret"]!,
    keywords: ["webchat.botframework."],
    // (Named for its bot: the HTML attribute it sits in, `src`, would name every bot's secret alike.)
    find: (line) => allMatches(WEB_CHAT_EMBED_SECRET, line).map((match) => {
      const [start, end] = match.indices!.groups!.value!;
      return { start, end, keyName: `${match.groups!.bot!.replace(/[^A-Za-z0-9-]+/g, "-")}-web-chat-secret` };
    }),
  },
  // API Management's Git access password: `git&`, the expiry as yyyyMMddHHmm, `&`, then a 64-byte
  // HMAC signature in base64. The whole password is the secret.
  rule({
    id: "azure/api-management-git-credential",
    title: "Azure API Management Git credential",
    keywords: ["git&"],
    pattern: /(?<![A-Za-z0-9])(?<value>git&\d{12}&[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/dg,
  }),
  // A free-standing 64-byte key in base64 (88 characters ending in `==`) is the shape of Storage,
  // Cosmos DB, Batch and API Management keys even when no name says so (a value on the line after
  // its name, a dictionary entry, a command-line argument). SHA-512 digests and RSA-512
  // signatures have the same length, so SRI integrity values and names that say hash are
  // excluded, and in code (where test vectors live in tables) a name must say key on the value's
  // line or the line before. The rule reads the whole text for that line before.
  {
    id: "azure/account-key-shape",
    title: "Azure account key (64-byte base64)",
    kind: "secret",
    docsUrl: DOCS,
    keywords: BASE64_THEN_PADDING,
    scope: "text",
    find: (text, context, wokenAt) => {
      const hits: RuleHit[] = [];
      if (SHA_512_DIGEST_FILE.test(context.filePath)) return hits;
      for (const lineStart of wokenAt ?? lineStartsOf(text)) {
        const newline = text.indexOf("\n", lineStart);
        const line = text.slice(lineStart, newline === -1 ? text.length : newline);
        // The line's first key word, found once: searching the text before each key again would
        // cost time quadratic in the length of a line that holds many keys.
        const keyWord = KEY_CONTEXT.exec(line);
        const digestNamed = NAMES_A_512_BIT_DIGEST.test(line);
        const publicKeyRecord = DNS_KEY_RECORD.test(line);
        for (const hit of base64KeysIn(line)) {
          const value = line.slice(hit.start, hit.end);
          const written = line.slice(Math.max(0, hit.start - 40), hit.start);
          const before = written.toLowerCase();
          const mixed = /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
          // After `git&<digits>&` it is the signature of an API Management Git credential, which
          // its own rule judges (the expiry must have all twelve digits).
          const gitCredential = /git&\d{0,20}&$/.test(before);
          if (!mixed || gitCredential || isEmulatorKey(value) || namesNoKey(written) || XML_KEY_PARAMETER_BEFORE.test(before) || line[hit.start - 1] === "-") continue;
          if (isScramProofOrSignature(line, hit.start)) continue;
          // `JWT_SECRET = "…"`: the generic rule reports it under its name.
          const name = nameBeforeKey(line, hit.start);
          if (name !== undefined && namesAnotherKindOfKey(name, line)) continue;
          // SOPS's ciphertext of a 64-byte value (`ENC[AES256_GCM,data:…`), and a Keycloak realm
          // export's PBKDF2 hash of a password (its credential's `secretData`, beside the salt).
          if (before.endsWith("enc[aes256_gcm,data:") || KEYCLOAK_SECRET_DATA.test(line)) continue;
          // A key is random bytes: base64 of a sentence is a message (`U29tZSBlcnJvcnMg…`, "Some errors…").
          if (isEncodedSentence(value)) continue;
          // …and base64 of a hex digest's text is a hash, encoded (an e-invoice's previous-invoice hash).
          if (isEncodedHexDigest(value)) continue;
          // `role <salt> <digest> SHA3-512` (a JMX password file): the line names the 512-bit
          // digest its values are, whatever comes before them.
          if (digestNamed || publicKeyRecord) continue;
          if (context.fileType === "code" && !keyWordBefore(line, keyWord, hit.start) && !KEY_CONTEXT.test(previousLine(text, lineStart))) continue;
          // `"packageSha512": {` then `"value": "…"` (an ARM parameters file): a name on the line
          // before, when none is on the value's own, says digest as well.
          if (!keyWordBefore(line, keyWord, hit.start) && namesNoKey(previousLine(text, lineStart))) continue;
          hits.push({ start: lineStart + hit.start, end: lineStart + hit.end });
        }
      }
      return hits;
    },
  },
  // `"AzureOpenAI": { "Endpoint": "https://….openai.azure.com/", "Key": "<32 hex>" }`: a section's
  // bare `Key` holds the key of the AI service the section (or the endpoint beside it) names. The
  // name alone says nothing, so the rule reads the ten lines before for the service.
  {
    id: "azure/ai-services-key-in-section",
    title: "Azure AI services key",
    kind: "secret",
    docsUrl: ROTATION_DOCS["azure/ai-services-key-in-section"]!,
    keywords: ["key"],
    keywordEnd: isNotKeyOfAnotherWord,
    scope: "text",
    find: (text, context, wokenAt) => {
      const hits: RuleHit[] = [];
      if (context.fileType !== "config") return hits;
      for (const lineStart of wokenAt ?? lineStartsOf(text)) {
        const newline = text.indexOf("\n", lineStart);
        const line = text.slice(lineStart, newline === -1 ? text.length : newline);
        if (!hasHexRun(line, 32)) continue;
        const match = BARE_KEY_WITH_HEX.exec(line);
        if (!match?.indices?.groups?.value) continue;
        const value = match.groups!.value!;
        if (!isSingleCaseHex(value)) continue;
        if (!AI_SERVICE_SECTION.test(sectionBefore(text, lineStart, line))) continue;
        const [start, end] = match.indices.groups.value;
        hits.push({ start: lineStart + start, end: lineStart + end });
      }
      return hits;
    },
  },
  {
    id: "azure/named-event-grid-key",
    title: "Azure Event Grid access key",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: ROTATION_DOCS["azure/named-event-grid-key"]!,
    keywords: ["key"],
    keywordEnd: isNotKeyOfAnotherWord,
    scope: "text",
    find: findServiceNamedKeys("eventGrid"),
  },
  {
    id: "azure/named-maps-key",
    title: "Azure Maps shared key",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: ROTATION_DOCS["azure/named-maps-key"]!,
    keywords: ["key"],
    keywordEnd: isNotKeyOfAnotherWord,
    scope: "text",
    find: findServiceNamedKeys("maps"),
  },
  // Legacy Azure DevOps PATs (52 lower-case base32 characters) need a name that says what they
  // are (`AZURE_DEVOPS_PAT=…`, `adoToken: string = "…"`, C#'s `@"…"`, Go's backquotes,
  // `ENV ADO_PAT …`; aligned as `terraform fmt` aligns, `devops_pat          = "…"`), or to be the
  // user of an Azure DevOps URL (`git clone https://<pat>@dev.azure.com/…`, which Azure DevOps
  // accepts without a password), or what `az devops login` reads (`echo "…" | az devops login`).
  rule({
    id: "azure/devops-pat-legacy",
    title: "Azure DevOps personal access token",
    keywords: ["pat", "devops", "ado_", "azure_devops", "system_accesstoken", "dev.azure.com", "visualstudio.com"],
    keywordEnd: isNameEndAfterPat,
    pattern:
      /(?:(?:pat|token|devops|ado)[A-Za-z0-9_.-]{0,30}(?:["'`]?[ \t]{0,40}(?::[ \t]{0,5}[A-Za-z]{1,20}[ \t]{0,5})?[:=][ \t]{0,40}|[ \t]{1,5})@?["'`]?|https?:\/\/(?:[^\s/@:"']{1,100}:)?(?=[a-z2-7]{52}@(?:dev\.azure\.com|[a-z0-9-]{1,100}\.visualstudio\.com)[/:])|\becho[ \t]+["']?(?=[a-z2-7]{52}["']?[ \t]*\|[ \t]*az[ \t]+devops[ \t]+login))(?<value>[a-z2-7]{52})(?![A-Za-z0-9])/dgi,
    mayMatch: (line) => hasBase32Run(line, 52),
    // A PAT is random base32: 52 letters without one of its digits are a word run together.
    reject: (value) => /[A-Z]/.test(value) || !/[2-7]/.test(value),
  }),
  // The same tokens without a name that says so (`BasicAuthentication("", "…")`, `connect(url, "…")`,
  // a list of tokens): their checksum is the evidence. Woken by the words near which credentials
  // are written; a line without a run of 52 base32 characters is not read further.
  rule({
    id: "azure/devops-pat-checksum",
    title: "Azure DevOps personal access token (by its checksum)",
    keywords: [...SECRET_NAME_KEYWORDS, "pat", "connect", "devops", "azure", "ado", "git", "login", "user", "://"],
    // The words count as the words of names: `key` not in `keyof`, `pat` not in `path`, `ado` not
    // in `shadow`. Without these tests, lines that hold only such words were a third of the lines
    // the keyword pass handed on in the TypeScript compiler's `lib/`.
    keywordEnd: isNotKeyOfAnotherWord,
    keywordEnds: new Map([
      ["pat", isNameEndAfterPat],
      ["ado", startsNameSegment],
    ]),
    // (Not a URL's user or password, `https://x:<pat>@pkgs.dev.azure.com/…`: the URL rules store the
    // whole URL, which the token cannot be taken out of.)
    pattern: /(?<![A-Za-z0-9+/_-])(?<value>[a-z2-7]{52})(?![A-Za-z0-9+/=_@-])/dg,
    mayMatch: (line) => hasBase32Run(line, 52),
    reject: (value) => !hasDevOpsPatChecksum(value),
    structured: true,
  }),
];

/**
 * `pat` wakes the legacy PAT rule only where it ends a word or a name's segment (`ado_pat`,
 * `devopsPat`, `PAT_TOKEN`), not in `path`, `pattern` or `dispatch`: those are on every tenth line
 * of code. The rule's other keywords wake it wherever they are.
 */
function isNameEndAfterPat(text: string, end: number): boolean {
  PAT_IN_A_WORD.lastIndex = end - 3;
  return !PAT_IN_A_WORD.test(text);
}
/** `pat` in any case, then a lower-case letter: the word goes on (`path`, `Pattern`). Tried where the keyword starts. */
const PAT_IN_A_WORD = /[Pp][Aa][Tt][a-z]/y;

/**
 * Whether the three-character keyword ending at `end` starts a word or a name's segment: `ADO_PAT`,
 * `adoToken`, `myAdoPat`, `az_ado`; not `shadow`, `meadow`, `SHADOW`.
 */
function startsNameSegment(text: string, end: number): boolean {
  const before = text.charCodeAt(end - 4);
  if (!isAsciiLetter(before)) return true;
  // A capital after a lower-case letter starts a camel-case segment.
  return isUpperCase(text.charCodeAt(end - 3)) && !isUpperCase(before);
}
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isUpperCase = (code: number) => code >= 65 && code <= 90;
