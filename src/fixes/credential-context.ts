/**
 * A name for a credential that its file does not name, or names only by the word for any
 * credential (`key`, `password`, `credential=`): what it opens, as the code or command line
 * around it shows (an endpoint's host, an account's name), then what kind of credential it is. `srch-orders-key` for
 * `new SearchClient(new Uri("https://srch-orders.search.windows.net"), "products", new
 * AzureKeyCredential("…"))`, not `Program-azure-sdk-credential-argument`. One vault holds one
 * app's secrets for one environment: the names must tell its accounts apart and say what each is.
 */
import { closingBracket, enclosingFrames, type EnclosingFrame } from "./code-sections";
import { isNamelessArgument, readsAsName, urlLabel } from "./connection-string-name";
import { withOneWordNames } from "./names";

/** Names that say what kind of credential a value is, not whose: `key`, `password`, `client_secret`, `account_key`. */
const KIND_ONLY = /^(?:key|secret|token|password|passwd|pwd|pass|pat|api[_-]?key|access[_-]?(?:key|token)|client[_-]?secret|account[_-]?key|shared[_-]?key|sas[_-]?token|subscription[_-]?key|primary[_-]?key|master[_-]?key)$/i;

/** The kind of credential an Azure rule finds, where the rule says more than "key". */
const RULE_KINDS: readonly (readonly [RegExp, string])[] = [
  [/client-secret$/, "client-secret"],
  [/account-key|storage-credential/, "account-key"],
  [/sas-token/, "sas-token"],
  [/devops-pat/, "devops-pat"],
  [/container-registry-key/, "password"],
  [/refresh-token/, "refresh-token"],
  [/certificate/, "certificate"],
];

/**
 * A service principal's secret: an app has one identity, whose secret is known as its client
 * secret (Azure.Identity's AZURE_CLIENT_SECRET), so the kind alone names it where nothing else does.
 */
const CLIENT_SECRET = "client-secret";

/**
 * The host of an Azure resource, and in it the label that names the resource: `srch-orders` in
 * `srch-orders.search.windows.net`, `stlakeprod` in Spark's `fs.azure.account.key.stlakeprod.dfs.core.windows.net`.
 * Only the services' own suffixes: a label before another host's domain names no Azure resource.
 */
const AZURE_HOST = new RegExp(
  String.raw`(?<![\w-])([a-z0-9][a-z0-9-]{1,62})\.(?:` +
    [
      String.raw`(?:blob|dfs|file|queue|table|web)\.core\.windows\.net`,
      String.raw`(?:servicebus|database|search|redis\.cache)\.windows\.net`,
      String.raw`vault\.azure\.net`,
      String.raw`[a-z0-9-]+\.eventgrid\.azure\.net`,
      String.raw`(?:documents|openai|cognitiveservices|webpubsub)\.azure\.com`,
      String.raw`[a-z0-9-]+\.batch\.azure\.com`,
      String.raw`(?:[a-z]+\.)?communication\.azure\.com`,
      String.raw`(?:postgres|mysql)\.database\.azure\.com`,
      String.raw`(?:mongo|table|cassandra|gremlin)\.cosmos\.azure\.com`,
      String.raw`(?:azconfig|azurecr)\.io`,
      String.raw`(?:azure-devices|azure-api)\.net`,
      String.raw`service\.signalr\.net`,
      String.raw`(?:scm\.)?azurewebsites\.net`,
    ].join("|") +
    String.raw`)(?![\w-])`,
  "gi",
);

/** A call that takes an account's name, then its key: `StorageSharedKeyCredential("stx", …)`, Go's `azblob.NewSharedKeyCredential`. */
const SHARED_KEY_CALL = /SharedKeyCredentials?$/;
/**
 * A credential's class that takes whose it is first: an account's name (SHARED_KEY_CALL), a
 * user's (`NetworkCredential("svc-reports", "…")`, pika's `PlainCredentials("orders", "…")`).
 */
const OWNER_FIRST_CALL = /(?:Credentials?|Auth)$/;
/** The first argument: an account's or user's name, or a variable holding it. */
const FIRST_ARGUMENT = /^\s*(?:["']([a-z0-9][a-z0-9-]{2,62})["']|([A-Za-z_]\w{0,60}))\s*,/;
/** What is called with the bracket: `new SearchClient(`, `speechsdk.SpeechConfig(`, `.clientSecret(`. */
const CALLEE = /([A-Za-z_$][\w$]*)\s*$/;
/**
 * An SDK's client or configuration, named by its service: `SpeechConfig`, `CosmosClient`,
 * `WebPubSubServiceClient`. (Not a credential's class: `AzureKeyCredential` says no more than "key".)
 */
const SDK_OBJECT = /^(?:New|Create)?(?:Azure)?([A-Z][A-Za-z0-9]{2,}?)(?:Service)?(?:Client|Config|Configuration|Credentials?|Builder|Options|Settings)$/;
/** What a credential's class is named by besides its service: `AzureKeyCredential`, `PlainCredentials`, `NetworkCredential`. */
const CREDENTIAL_WORD = /(?:Key|Secret|Token|Password|Sas|Signature|Certificate|Identity|Default|Environment|Basic|Bearer|Plain|Network|Static|Simple|Auth|Login|User(?:name)?)$/;
/** A builder's or setter's method named for its one argument: `.clientSecret("…")`, `.setPassword("…")`. */
const SETTER_PREFIX = /^(?:set|with)(?=[A-Z])/;

/** How many enclosing brackets, innermost first, may show what the credential opens. */
const FRAMES_READ = 3;

function ruleKind(ruleId: string): string | undefined {
  return ruleId.startsWith("azure/") ? RULE_KINDS.find(([pattern]) => pattern.test(ruleId))?.[1] : undefined;
}

/**
 * `clientSecret`, `api_key`, `TextAnalytics` → `client-secret`, `api-key`, `text-analytics`; an
 * acronym stays whole (`OpenAI` → `openai`), and a name written as one word (`GitHub` → `github`).
 */
function kebab(name: string): string {
  return withOneWordNames(name)
    .replace(/([a-z0-9])([A-Z][a-z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
}

/** How far past a range a host that starts in it may end: a label's 63 characters and the longest suffix, with room. */
const HOST_REACH = 256;

/** The label of the first Azure host in `text` between `from` and `to`, outside the value `[start, end)`. */
function azureHostLabel(text: string, from: number, to: number, start: number, end: number): string | undefined {
  // Searched in the range (with the character before it, for the look-behind, and room for a host
  // that starts in it to end), not in the rest of the text: a range with no host would otherwise
  // be searched to the text's end, once for each finding (the CLI names every one).
  const windowStart = Math.max(0, from - 1);
  const window = text.slice(windowStart, Math.min(text.length, to + HOST_REACH));
  AZURE_HOST.lastIndex = from - windowStart;
  for (let match = AZURE_HOST.exec(window); match !== null && windowStart + match.index < to; match = AZURE_HOST.exec(window)) {
    const at = windowStart + match.index;
    if ((at + match[0].length <= start || at >= end) && readsAsName(match[1]!)) return match[1]!.toLowerCase();
  }
  return undefined;
}

/** The name of an account in a variable the file assigned it to before `before`: `const account = "stwebprod01"`. */
function assignedAccount(text: string, variable: string, before: number): string | undefined {
  const assignment = new RegExp(String.raw`(?:^|[^\w$.])${variable}\s*(?::=|=)\s*["']([a-z0-9][a-z0-9-]{2,62})["']`, "g");
  let account: string | undefined;
  for (const match of text.slice(Math.max(0, before - 20_000), before).matchAll(assignment)) account = match[1];
  return account !== undefined && readsAsName(account) ? account : undefined;
}

interface Call {
  readonly frame: EnclosingFrame;
  /** Where its contents end: its closing bracket, or as far as it was looked for. */
  readonly end: number;
  readonly callee: string | undefined;
  /** `.name(`: a method's. */
  readonly method: boolean;
}

/**
 * Whether the brace at `open` opens an object the value is given in (`CosmosClient({ … })`, `key:
 * { … }`, C#'s `new Options { … }`), not a block (a class's or function's body, whose hosts are
 * other code's).
 */
function opensObject(text: string, open: number): boolean {
  const head = text.slice(Math.max(0, open - 200), open);
  return /[(,=:[][ \t\r\n]*$/.test(head) || /\bnew[ \t]+[\w.<>]+(?:\(\))?[ \t\r\n]*$/.test(head);
}

/** The calls and objects the value is in, innermost first, up to the first block. */
function callsAround(text: string, start: number, hashComments: boolean): Call[] {
  const frames = enclosingFrames(text, start, hashComments).reverse();
  const block = frames.findIndex((frame) => frame.bracket === "{" && !opensObject(text, frame.start));
  return frames
    .slice(0, block === -1 ? FRAMES_READ : Math.min(block, FRAMES_READ))
    .map((frame) => {
      const head = text.slice(Math.max(0, frame.start - 120), frame.start);
      const callee = frame.bracket === "(" ? CALLEE.exec(head) : null;
      return {
        frame,
        end: closingBracket(text, frame.start, hashComments) ?? Math.min(text.length, frame.start + 3000),
        callee: callee?.[1],
        method: callee !== null && head[callee.index - 1] === ".",
      };
    });
}

/**
 * What the calls around the value open: an Azure host in their arguments (the innermost call's
 * first: `ServiceBusClient("sb-x.servicebus.windows.net", credential=AzureNamedKeyCredential(…))`),
 * else the account or user a credential's class is built for, else the SDK object's service.
 */
function callQualifier(text: string, start: number, end: number, calls: readonly Call[]): string | undefined {
  for (const call of calls) {
    const host = azureHostLabel(text, call.frame.start + 1, call.end, start, end);
    if (host !== undefined) return host;
  }
  for (const call of calls) {
    if (call.callee === undefined || !OWNER_FIRST_CALL.test(call.callee)) continue;
    const argument = FIRST_ARGUMENT.exec(text.slice(call.frame.start + 1, call.end));
    // (Never the value itself, should it come first.)
    if (argument === null || start < call.frame.start + 1 + argument[0].length) continue;
    const owner = argument[1] ?? assignedAccount(text, argument[2]!, call.frame.start);
    if (owner !== undefined && readsAsName(owner)) return owner;
  }
  for (const call of calls) {
    const service = call.callee !== undefined ? SDK_OBJECT.exec(call.callee)?.[1] : undefined;
    if (service !== undefined && !CREDENTIAL_WORD.test(service)) return kebab(service);
  }
  return undefined;
}

/** The name a builder's method gives its only argument, the literal: `.clientSecret("…")` → `clientSecret`. */
function methodArgumentName(text: string, start: number, end: number, call: Call | undefined): string | undefined {
  if (call === undefined || !call.method || call.callee === undefined) return undefined;
  const argument = text.slice(call.frame.start + 1, call.end).trim();
  if (argument.length !== end - start + 2 || argument.slice(1, -1) !== text.slice(start, end)) return undefined;
  const name = call.callee.replace(SETTER_PREFIX, "");
  return KIND_ONLY.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : undefined;
}

/**
 * `<what it opens>-<kind>` from a qualifier and the name the file gives (`own`, maybe none or a
 * word for any credential): the kind is the rule's where it says more than "key", else the one
 * the code or command shows (`kindShown`: a shared key's call takes an account key), else the
 * file's word, else "key" (for an Azure rule). Undefined where nothing better than `own` is known.
 */
export function qualifiedCredentialName(qualifier: string | undefined, own: string | undefined, ruleId: string, kindShown?: string): string | undefined {
  const nameless = own === undefined || isNamelessArgument(own);
  const fromRule = ruleKind(ruleId) ?? kindShown;
  if (nameless && !ruleId.startsWith("azure/")) return undefined;
  const kind = fromRule ?? (nameless ? "key" : kebab(own));
  if (qualifier !== undefined) return `${qualifier}-${kind}`;
  if (fromRule === CLIENT_SECRET) return CLIENT_SECRET;
  return undefined;
}

/** An upper-case name (`CLIENT_SECRET = "…"`) is an environment variable's already, as the file chose it. */
function isConstantName(name: string | undefined): boolean {
  return name !== undefined && /[A-Z]/.test(name) && name === name.toUpperCase();
}

/** Whether `name` says what kind of credential a value is and no more, or nothing at all. */
export function namesNoOwner(name: string | undefined): boolean {
  return name === undefined || KIND_ONLY.test(name) || isNamelessArgument(name);
}

/**
 * The name of a secret literal in code from the calls around it, where the file gives it none or
 * one that {@link namesNoOwner}; undefined to keep the file's.
 */
export function credentialNameInCode(text: string, start: number, end: number, name: string | undefined, ruleId: string, hashComments: boolean): string | undefined {
  if (!namesNoOwner(name) || isConstantName(name)) return undefined;
  const calls = callsAround(text, start, hashComments);
  const own = name ?? methodArgumentName(text, start, end, calls[0]);
  const sharedKey = calls.some((call) => call.callee !== undefined && SHARED_KEY_CALL.test(call.callee));
  return qualifiedCredentialName(callQualifier(text, start, end, calls), own, ruleId, sharedKey ? "account-key" : undefined) ?? own;
}

/** A line that goes on on the next: a shell's `\`, PowerShell's backtick, cmd's `^`. */
const CONTINUED = /[\\`^][ \t]*$/;
/** How many lines one command may take. */
const COMMAND_LINES = 20;

/** The command the value is on: its line, with the lines a continuation joins to it. */
function commandAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = text.lastIndexOf("\n", start - 1) + 1;
  for (let n = 0; n < COMMAND_LINES && from > 0; n++) {
    const previous = text.lastIndexOf("\n", from - 2) + 1;
    if (!CONTINUED.test(text.slice(previous, from - 1))) break;
    from = previous;
  }
  let to = text.indexOf("\n", end);
  if (to === -1) to = text.length;
  for (let n = 0; n < COMMAND_LINES && to < text.length && CONTINUED.test(text.slice(text.lastIndexOf("\n", to - 1) + 1, to)); n++) {
    const next = text.indexOf("\n", to + 1);
    to = next === -1 ? text.length : next;
  }
  return { start: from, end: to };
}

/** `NAME=` right before the value: `--settings CLIENT_SECRET=`, mount's `-o …,password=`. */
const ASSIGNED_BEFORE = /(?:^|[\s;&|("'=,])([A-Za-z_][\w.-]{0,100})=["']?$/;
/** A long option before its value: `--account-key `, `--sas-token "`, `--password=`. */
const LONG_OPTION_BEFORE = /(?:^|\s)--([A-Za-z][\w-]{1,60})(?:[ \t]+|=)["'`]?$/;
/** A PowerShell parameter, capitalised as they are written: `-StorageAccountKey "`. */
const PARAMETER_BEFORE = /(?:^|\s)-([A-Z][A-Za-z0-9]{1,60})[ \t]+["'`]?$/;
/** A Windows tool's switch: cmdkey's `/pass:`, quoted as cmd quotes it inside PowerShell (`` /pass:`" ``). */
const SWITCH_BEFORE = /(?:^|\s)\/([A-Za-z]{2,30}):[`"'\\]*$/;
/** `-p` before the value, which with a user on the line (`docker login -u x -p`, `az login -u … -p`) is the password. */
const SHORT_PASSWORD_BEFORE = /(?:^|\s)-p[ \t]+["'`]?$/;
const USER_OPTION = /(?:^|\s)(?:-u|--username|--user)[ \t=]/;

/** The name the command gives the value: the `NAME=` or option right before it. */
function optionName(before: string, command: string): string | undefined {
  const named = ASSIGNED_BEFORE.exec(before) ?? LONG_OPTION_BEFORE.exec(before) ?? PARAMETER_BEFORE.exec(before) ?? SWITCH_BEFORE.exec(before);
  if (named) return named[1];
  return SHORT_PASSWORD_BEFORE.test(before) && USER_OPTION.test(command) ? "password" : undefined;
}

/** An account's name given by option: `--account-name stx`, `-StorageAccountName "stx"`, `AccountName=stx`. */
const ACCOUNT_OPTION = /(?:(?:^|\s)(?:--account-name|--storage-account|-StorageAccountName|-AccountName)[ \t=]+["'`]?|AccountName=)([a-z0-9][a-z0-9-]{2,62})(?![\w-])/dgi;
/** A resource's name given by option: `az acr login --name crx`, `az postgres flexible-server create -n pg-x`, `--registry crx`. */
const NAME_OPTION = /(?:^|\s)(?:--name|-n|--registry|--vault-name)[ \t=]+["'`]?([a-z0-9][a-z0-9-]{2,62})(?![\w.-])/dgi;
/** The user a command logs in as: `-u x`, `--username x`, mount's `username=x`, cmdkey's `/user:"localhost\x"`. */
const USER_NAME = /(?:(?:^|\s)(?:-u|--username|--user|-User(?:Name)?)[ \t=]+|(?:^|[\s,])username=|(?:^|\s)\/user:)[`"'\\]*(?:[\w.-]+\\)?([A-Za-z][A-Za-z0-9-]{2,62})(?![\w.@$-])/dg;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The URL a value is part of: what comes before it on the line back to a blank or quote, and after it. */
const URL_HEAD = /[a-z][a-z0-9+.-]*:\/\/[^\s"'`]*$/i;
const URL_TAIL = /^[^\s"'`]*/;

/**
 * What a URL the value is part of reaches: an Azure DevOps organisation (`https://<pat>@dev.azure.com/contoso/…`,
 * `contoso.visualstudio.com`), or an Azure service's host and the path's last segment that names something.
 */
function urlQualifier(text: string, command: { start: number; end: number }, start: number, end: number): string | undefined {
  const head = URL_HEAD.exec(text.slice(command.start, start))?.[0];
  if (head === undefined) return undefined;
  // (The value itself stands as `*`, which names nothing, wherever it is in the URL.)
  const url = `${head}*${URL_TAIL.exec(text.slice(end, command.end))?.[0] ?? ""}`;
  const parts = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i.exec(url);
  if (!parts) return undefined;
  const [, host, path] = parts as unknown as [string, string, string];
  if (/^dev\.azure\.com$/i.test(host)) return /^\/([A-Za-z0-9][\w.-]{0,62})/.exec(path)?.[1];
  const visualStudio = /^([a-z0-9][a-z0-9-]{0,62})\.visualstudio\.com$/i.exec(host);
  if (visualStudio) return visualStudio[1];
  return azureHostLabel(host, 0, host.length, -1, -1) !== undefined ? urlLabel(host, path) : undefined;
}

/**
 * The first name `pattern` (flags `dg`) captures in the command that lies outside the value
 * `[start, end)` and reads as a name: never a part of the value itself (`curl -u <token>:`).
 */
function nameOutside(pattern: RegExp, text: string, command: { start: number; end: number }, start: number, end: number): string | undefined {
  pattern.lastIndex = 0;
  const line = text.slice(command.start, command.end);
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    const [from, to] = match.indices![1]!;
    const name = match[1]!;
    if ((command.start + to <= start || command.start + from >= end) && readsAsName(name) && !GUID.test(name)) return name;
  }
  return undefined;
}

/** What the command around the value opens: its URL's resource, an account or resource named by option, an Azure host, the user it logs in as. */
function commandQualifier(text: string, command: { start: number; end: number }, start: number, end: number): string | undefined {
  return (
    urlQualifier(text, command, start, end) ??
    nameOutside(ACCOUNT_OPTION, text, command, start, end) ??
    nameOutside(NAME_OPTION, text, command, start, end) ??
    azureHostLabel(text, command.start, command.end, start, end) ??
    nameOutside(USER_NAME, text, command, start, end)
  );
}

/**
 * The name of a secret on a command line (a script's, a pipeline step's `run:`), where the file
 * gives it none or one that {@link namesNoOwner}: the option before it names it (`--account-key`,
 * `-p` after `-u`), and what the command opens says whose it is (`stwebprod01-account-key`). The
 * calls around it (`hashComments` given: the script is code) may say that too. Undefined to keep the file's.
 */
export function credentialNameOnCommandLine(text: string, start: number, end: number, name: string | undefined, ruleId: string, hashComments?: boolean): string | undefined {
  if (!namesNoOwner(name)) return undefined;
  const command = commandAround(text, start, end);
  const own = name ?? optionName(text.slice(command.start, start), text.slice(command.start, command.end));
  if (!namesNoOwner(own)) return own;
  const qualifier = commandQualifier(text, command, start, end) ?? (hashComments !== undefined ? callQualifier(text, start, end, callsAround(text, start, hashComments)) : undefined);
  return qualifiedCredentialName(qualifier, own, ruleId) ?? own;
}
