import { fileTypeOf } from "../file-type";
import { DomainSet } from "./domain-set";
import type { PatternRule, RuleContext } from "./types";

/**
 * Configuration values: IP addresses, host names and service URLs written into code. They are not
 * secrets (kind `config`): the fix is to read them from Azure App Configuration, so that each
 * environment can supply its own. Severity is lower than a secret's and the whole kind can be
 * switched off (ScanOptions.includeConfig).
 *
 * What counts, in one place for the three rules:
 * - Only values a program reads. Comments are skipped by all three rules: a comment is never read
 *   at run time, so "move it to App Configuration" has nothing to move, and comments are where
 *   example addresses and documentation links live. In code files the value must also sit inside
 *   a string literal (`threading.local`, `this.config.net` are expressions, not hosts). Prose
 *   documentation, translation catalogs, lock files, build manifests, package metadata and SVG
 *   images are skipped whole.
 * - Only endpoints. A URL needs evidence that it addresses a service rather than a page for people:
 *   an IP, a port, a private or single-label host, a named Azure resource, an environment or API
 *   in the name, an API path, a setting named for a service's address (`BaseAddress`, `API_URL`),
 *   or a non-web scheme. A bare host name needs to stand alone in its
 *   value, follow a server keyword or port, or carry the same evidence in its name.
 * - Not loopback, unspecified or broadcast addresses, not the documentation ranges and names of
 *   RFC 5737, RFC 3849 and RFC 2606/6761 (`192.0.2.x`, `2001:db8::`, `example.com`, `*.test`),
 *   not fixed well-known endpoints that are the same everywhere (Azure IMDS `169.254.169.254`,
 *   `host.docker.internal`, public documentation, schema and package-registry hosts, the
 *   resources Azure tokens are asked for such as `https://storage.azure.com/.default`).
 * - Not a credential: a URL with `user:pass@` or a connection string with a password or key is a
 *   secret, found by the secret rules and stored whole in Key Vault; reporting its host too would
 *   ask the user to split one value in two.
 *
 * Each rule's `value` group is the address, host or URL itself, without quotes.
 */

const DOCS = "https://learn.microsoft.com/azure/azure-app-configuration/overview";

// ---------------------------------------------------------------------------------------------
// Where a value sits: file kind, comment, string literal, surrounding setting
// ---------------------------------------------------------------------------------------------

/** Prose documentation: host names there describe, they are not read by a program. */
const DOCUMENTATION_EXTENSIONS = new Set(["md", "markdown", "mdx", "rst", "adoc", "asciidoc"]);
/**
 * gettext translation catalogs: the program shows their strings to people, and their headers name
 * the tool that wrote them (`X-Generator: Poedit 1.8.7.1`), a version that reads as an address.
 */
const TRANSLATION_EXTENSIONS = new Set(["po", "pot"]);
/**
 * Generated lock files list the registry every package came from, hundreds of times: the value to
 * change is the registry setting (.npmrc, nuget.config), which is scanned on its own.
 */
const GENERATED_FILE_NAMES = new Set([
  "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "packages.lock.json", "poetry.lock",
  "pipfile.lock", "cargo.lock", "gemfile.lock", "composer.lock", "go.sum", "go.mod",
]);

function fileBaseName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1).toLowerCase();
}

function fileExtension(filePath: string): string {
  const base = fileBaseName(filePath);
  const dot = base.lastIndexOf(".");
  return dot >= 0 ? base.slice(dot + 1) : "";
}

/**
 * Build and package manifests configure the build, not the running application: their URLs are
 * package metadata (`"homepage"`, `"author": {"url": …}`) or package feeds, which App
 * Configuration cannot serve.
 */
const BUILD_MANIFEST_NAMES = new Set([
  "package.json", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "nuget.config",
  ".npmrc", ".yarnrc", ".yarnrc.yml", "pip.conf", "pyproject.toml", "setup.cfg", "cargo.toml", "composer.json", "gemfile",
  "directory.build.props", "directory.build.targets", "directory.packages.props",
]);
const BUILD_MANIFEST_EXTENSIONS = new Set(["csproj", "vbproj", "fsproj", "sqlproj", "nuspec"]);
/** Python packages' metadata (`PKG-INFO`, a wheel's `METADATA`): the project's links and its README. */
const PACKAGE_METADATA_NAMES = new Set(["pkg-info", "metadata"]);
/** Images written as text: SVG path data is full of numbers with dots (`a2.182.5.5`) that read as addresses. */
const IMAGE_EXTENSIONS = new Set(["svg"]);

/**
 * A project's documents for people, in whatever format they were saved or rendered: `README`,
 * `README.html`, `CHANGELOG.txt`, `CONTRIBUTING.rst`.
 */
const DOCUMENT_STEMS = new Set([
  "readme", "changelog", "changes", "history", "news", "releasenotes", "release-notes", "release_notes", "contributing", "authors",
  "security", "code_of_conduct", "install", "upgrading",
]);

/**
 * A documentation page in another format: a project document by its name (`README.html`), or a
 * document saved under a second extension, as Sphinx keeps its sources beside the HTML
 * (`_sources/setup.rst.txt`) and tools render Markdown (`guide.md.html`).
 */
/** Scripts the engine reads as text (it knows their language by the `#!` line, if any): not documents. */
const SCRIPT_EXTENSIONS = new Set(["sh", "bash", "zsh", "ksh", "csh", "fish", "bat", "cmd"]);

function isDocumentationCopy(base: string): boolean {
  const dot = base.indexOf(".");
  // Only as text: `install.sh`, `security.py`, `history.js` and `news.yaml` are code and settings.
  if (DOCUMENT_STEMS.has(dot === -1 ? base : base.slice(0, dot)) && fileTypeOf(base) === "text" && !SCRIPT_EXTENSIONS.has(fileExtension(base))) return true;
  const inner = base.slice(0, base.lastIndexOf("."));
  return inner.includes(".") && DOCUMENTATION_EXTENSIONS.has(inner.slice(inner.lastIndexOf(".") + 1));
}

function isSkippedFile(filePath: string): boolean {
  const base = fileBaseName(filePath);
  const extension = fileExtension(filePath);
  return (
    GENERATED_FILE_NAMES.has(base) ||
    isDocumentationCopy(base) ||
    BUILD_MANIFEST_NAMES.has(base) ||
    PACKAGE_METADATA_NAMES.has(base) ||
    DOCUMENTATION_EXTENSIONS.has(extension) ||
    TRANSLATION_EXTENSIONS.has(extension) ||
    BUILD_MANIFEST_EXTENSIONS.has(extension) ||
    IMAGE_EXTENSIONS.has(extension)
  );
}

/** How comments and strings are written in a file, enough to tell them apart on one line. */
interface LineSyntax {
  /** Characters that open (and close) a string literal. */
  readonly quotes: string;
  /** `//` line comments and `/* … *\/` block comments. */
  readonly slashComments: boolean;
  /** `#` comments, at the start of a line or after whitespace. */
  readonly hashComments: boolean;
  /** `<!-- … -->` comments. */
  readonly xmlComments: boolean;
  /** `--` line comments (SQL, Lua). */
  readonly dashComments: boolean;
  /** A line that starts with one of these (after indentation) is a comment. */
  readonly commentLinePrefixes: readonly string[];
}

const C_FAMILY = new Set([
  "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "cs", "java", "kt", "kts", "go", "rs", "swift", "scala", "groovy", "gradle",
  "c", "h", "cc", "cpp", "hpp", "m", "dart", "fs", "bicep", "json", "jsonc", "json5",
]);
const HASH_FAMILY = new Set([
  "rb", "r", "pl", "pm", "ps1", "psm1", "sh", "bash", "zsh", "yaml", "yml", "toml", "cfg", "conf", "env", "tfvars", "nix",
  "cmake", "dockerfile", "mk",
]);
const MARKUP = new Set(["xml", "config", "csproj", "vbproj", "fsproj", "props", "targets", "nuspec", "resx", "xaml", "html", "htm", "svg", "plist"]);

/** The syntax of the last file asked about: matches of one file ask again and again. */
let lastSyntax: { readonly filePath: string; readonly syntax: LineSyntax } | undefined;

function lineSyntaxOf(filePath: string): LineSyntax {
  if (lastSyntax?.filePath !== filePath) lastSyntax = { filePath, syntax: lineSyntaxFromExtension(filePath) };
  return lastSyntax.syntax;
}

function lineSyntaxFromExtension(filePath: string): LineSyntax {
  const extension = fileExtension(filePath);
  const base = fileBaseName(filePath);
  const none: LineSyntax = { quotes: "\"'", slashComments: false, hashComments: false, xmlComments: false, dashComments: false, commentLinePrefixes: [] };
  if (extension === "php" || extension === "tf") return { ...none, slashComments: true, hashComments: true, commentLinePrefixes: ["*"] };
  if (C_FAMILY.has(extension)) {
    // Backticks are template literals (JS) and raw strings (Go); a leading `*` continues a block comment.
    return { ...none, quotes: "\"'`", slashComments: true, commentLinePrefixes: ["*"] };
  }
  if (MARKUP.has(extension)) return { ...none, xmlComments: true };
  if (extension === "properties") return { ...none, quotes: "", commentLinePrefixes: ["#", "!"] };
  if (extension === "ini") return { ...none, commentLinePrefixes: [";", "#"] };
  if (extension === "sql" || extension === "lua") return { ...none, dashComments: true };
  if (extension === "bat" || extension === "cmd") return { ...none, commentLinePrefixes: ["rem ", "::", "@rem "] };
  if (extension === "vb" || extension === "vbs") return { ...none, quotes: "\"", commentLinePrefixes: ["'", "rem "] };
  // Doctest lines (`>>> connect("db.example.org")`) are examples in a docstring.
  if (extension === "py") return { ...none, hashComments: true, commentLinePrefixes: [">>>"] };
  if (HASH_FAMILY.has(extension) || base === ".env" || base.startsWith(".env.") || base === "dockerfile" || base === "makefile") {
    return { ...none, hashComments: true };
  }
  // Anything else (shell scripts without an extension, .txt, unknown): `#` comments, markup comments.
  return { ...none, hashComments: true, xmlComments: true };
}

/** Where an offset of a line is, and for a string literal, where that literal opened. */
interface Place {
  readonly kind: "code" | "string" | "comment";
  /** Offset of the opening quote, for `string`. */
  readonly stringStart: number;
  readonly quote: string | undefined;
}

/**
 * Scanner state at `position` of a line, kept so that the next match on the same line continues.
 * Keyed by the line string itself: matches of one line share it, so the check is a pointer compare.
 */
interface LineScan {
  line: string;
  syntax: LineSyntax;
  position: number;
  quote: string | undefined;
  stringStart: number;
  /** The open string interpolates `{…}` (Python f-strings, C# `$"…"`). */
  braces: boolean;
  /** Open interpolations (`${…}`, `{…}`): the brace depth inside each, and the string to return to. */
  interpolations: { depth: number; stringStart: number; quote: string; braces: boolean }[];
  blockComment: boolean;
  xmlComment: boolean;
  /** Set once a line comment starts: everything after it is comment. */
  lineComment: boolean;
}

let lastScan: LineScan | undefined;

function isWhitespace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\r" || ch === "\n";
}

function startsCommentLine(line: string, syntax: LineSyntax): boolean {
  if (syntax.commentLinePrefixes.length === 0) return false;
  const indent = line.length - line.trimStart().length;
  const head = line.slice(indent, indent + 8).toLowerCase();
  return syntax.commentLinePrefixes.some((prefix) => head.startsWith(prefix));
}

/** `f"`, `rf"` (Python) and `$"`, `$@"` (C#) open strings whose `{…}` parts are code. */
const BRACE_INTERPOLATION_PREFIX = /(?:^|[^A-Za-z0-9_])(?:[fF][rR]?|[rR][fF])$|\$@?$|@\$$/;

/** Advances `scan` by one token from `i` while inside a string literal; returns the next offset. */
function stepInString(scan: LineScan, i: number): number {
  const { line } = scan;
  const ch = line[i]!;
  if (ch === "\\") return i + 2;
  const dollarBrace = scan.quote === "`" && ch === "$" && line[i + 1] === "{";
  const brace = scan.braces && ch === "{";
  if (brace && line[i + 1] === "{") return i + 2; // `{{` is a literal brace
  if (dollarBrace || brace) {
    // The interpolated expression is code until its braces close.
    scan.interpolations.push({ depth: 1, stringStart: scan.stringStart, quote: scan.quote!, braces: scan.braces });
    scan.quote = undefined;
    return i + (dollarBrace ? 2 : 1);
  }
  if (ch === scan.quote) scan.quote = undefined;
  return i + 1;
}

/** Advances `scan` by one token from `i` outside strings and comments; returns the next offset. */
function stepInCode(scan: LineScan, i: number): number {
  const { line, syntax } = scan;
  const ch = line[i]!;
  const interpolation = scan.interpolations[scan.interpolations.length - 1];
  if (interpolation && (ch === "{" || ch === "}")) {
    interpolation.depth += ch === "{" ? 1 : -1;
    if (interpolation.depth === 0) {
      scan.interpolations.pop();
      scan.quote = interpolation.quote;
      scan.braces = interpolation.braces;
      scan.stringStart = interpolation.stringStart;
    }
    return i + 1;
  }
  if (syntax.quotes.includes(ch)) {
    scan.quote = ch;
    scan.stringStart = i;
    scan.braces = ch !== "`" && BRACE_INTERPOLATION_PREFIX.test(line.slice(Math.max(0, i - 3), i));
    return i + 1;
  }
  if (syntax.slashComments && ch === "/" && line[i + 1] === "*") {
    scan.blockComment = true;
    return i + 2;
  }
  if (syntax.xmlComments && line.startsWith("<!--", i)) {
    scan.xmlComment = true;
    return i + 4;
  }
  if (
    (syntax.slashComments && ch === "/" && line[i + 1] === "/" && line[i - 1] !== ":") ||
    (syntax.hashComments && ch === "#" && (i === 0 || isWhitespace(line[i - 1]))) ||
    (syntax.dashComments && ch === "-" && line[i + 1] === "-")
  ) {
    scan.lineComment = true;
    return i;
  }
  return i + 1;
}

/**
 * Whether `index` of `line` is in code, in a string literal or in a comment, reading the line from
 * its start (one line: block comments and strings opened on earlier lines are not seen). Matches
 * come in order, so the scan resumes where the previous call on the same line stopped: a long
 * line with many matches is read once, not once per match.
 */
function placeAt(line: string, index: number, syntax: LineSyntax): Place {
  let scan = lastScan;
  if (!scan || scan.line !== line || scan.syntax !== syntax || scan.position > index) {
    scan = {
      line, syntax, position: 0, quote: undefined, stringStart: -1, braces: false, interpolations: [],
      blockComment: false, xmlComment: false, lineComment: startsCommentLine(line, syntax),
    };
    lastScan = scan;
  }
  let i = scan.position;
  while (i < index && !scan.lineComment) {
    if (scan.blockComment) {
      if (line[i] === "*" && line[i + 1] === "/") scan.blockComment = false;
      i += scan.blockComment ? 1 : 2;
    } else if (scan.xmlComment) {
      if (line.startsWith("-->", i)) scan.xmlComment = false;
      i += scan.xmlComment ? 1 : 3;
    } else if (scan.quote !== undefined) i = stepInString(scan, i);
    else i = stepInCode(scan, i);
  }
  scan.position = i;
  if (scan.lineComment || scan.blockComment || scan.xmlComment) return { kind: "comment", stringStart: -1, quote: undefined };
  return scan.quote !== undefined ? { kind: "string", stringStart: scan.stringStart, quote: scan.quote } : { kind: "code", stringStart: -1, quote: undefined };
}

/** Where the rule's value starts in the text the regex ran on. */
function valueStart(match: RegExpExecArray): number {
  return match.indices?.groups?.value?.[0] ?? match.index;
}

/*
 * The rules are line-scoped (the default), so `match.input` is one line. Every look around a match
 * reads a bounded window of it, so a long minified line with many matches stays linear.
 */

function placeOfValue(match: RegExpExecArray, context: RuleContext): Place {
  return placeAt(match.input, valueStart(match), lineSyntaxOf(context.filePath));
}

/**
 * True when the value is not something a program reads: a comment, or, in code, anything outside a
 * string literal (`os.path`, `threading.local`, `1.2.3.4` in a version constant are expressions).
 */
function isOutsideReadValue(place: Place, context: RuleContext): boolean {
  return place.kind === "comment" || (place.kind === "code" && context.fileType === "code");
}

/** Up to `window` characters before the value. */
function textBefore(match: RegExpExecArray, window = 120): string {
  const offset = valueStart(match);
  return match.input.slice(Math.max(0, offset - window), offset);
}

/** Up to `window` characters after the value. */
function textAfter(match: RegExpExecArray, value: string, window = 120): string {
  const end = valueStart(match) + value.length;
  return match.input.slice(end, end + window);
}

/**
 * The part of `before` that belongs to the value's own setting: what follows the last `,` `;` `{`.
 * `{"version": "1.0", "host": "10.0.0.5"}` gives `"host": "` for the address, so the version
 * check looks at the right name.
 */
function settingSlot(before: string): string {
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("{")) + 1);
}

/** True when the value is inside a URL (the URL rule reports it, whole). */
function isInsideUrl(match: RegExpExecArray): boolean {
  const before = textBefore(match, 2048);
  for (let i = before.length - 1; i >= 2; i--) {
    const ch = before[i]!;
    if (isWhitespace(ch) || ch === '"' || ch === "'" || ch === "`" || ch === "<" || ch === ">") return false;
    if (ch === "/" && before[i - 1] === "/" && before[i - 2] === ":") return true;
  }
  return false;
}

/**
 * A credential in the same string: `Server=…;Password=…`, `Endpoint=sb://…;SharedAccessKey=…`,
 * `https://…?sig=…`. The secret rules report it and the quick fix moves the whole string to Key
 * Vault, host included, so the host is not reported separately. `code=` is an Azure Functions
 * key in a URL, `key=` and `subscription-key=` API keys.
 */
const CREDENTIAL_SETTING =
  /(?:^|[\s;?&,"'])(?:password|pwd|accountkey|sharedaccesskey|sharedaccesssignature|accesskey|secret|client_secret|sig|token|access_token|api[_-]?key|key|subscription-key|code)\s*=/i;

function sharesStringWithCredential(match: RegExpExecArray, value: string): boolean {
  const before = textBefore(match, 1024);
  const after = textAfter(match, value, 1024);
  const opened = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"), before.lastIndexOf("`"));
  const closes = after.search(/["'`]/);
  const text = `${before.slice(opened + 1)}${value}${closes === -1 ? after : after.slice(0, closes)}`;
  return CREDENTIAL_SETTING.test(text);
}

/** App Service and Functions Key Vault references: the value already lives in Key Vault. */
const KEY_VAULT_REFERENCE = /@Microsoft\.KeyVault\(/i;

/**
 * Settings whose value names code or a schema, not a place to connect to: module and package names
 * (`require("socket.io")`, `DJANGO_SETTINGS_MODULE = "mysite.settings.local"`), Kubernetes API
 * groups (`apiVersion: networking.k8s.io/v1`), JSON schema ids. The name must stand alone or end
 * after `_`: `ServiceBusNamespace = "contoso.servicebus.windows.net"` is an endpoint.
 */
const CODE_NAME_SETTING = /(?<![A-Za-z0-9])(?:import|require|from|module|package|namespace|apiversion|\$schema|\$id|@context|@import|@use)["'`]?\s*[:=(]?\s*["'`]?$/i;
/** XML attributes that hold namespace names and schema locations (possibly several, space-separated). */
const NAMESPACE_ATTRIBUTE = /\b(?:xmlns(?::[\w.-]+)?|schemaLocation|noNamespaceSchemaLocation|targetNamespace)\s*=\s*["'][^"']*$/i;
/** Settings that hold links for people (package metadata), not endpoints for the program. */
const LINK_SETTING = /(?:homepage|repository|repo_?url|bugs|issues|author|funding|licen[cs]e(?:_?url)?|project_?url|documentation(?:_?url)?|docs_?url|help_?(?:url|uri|link)|privacy(?:_?url)?|terms(?:_?url)?|support_?url|changelog|icon_?url|readme)["'`]?\s*[:=>]\s*["'`]?$/i;

function isInNonEndpointSetting(value: string, match: RegExpExecArray): boolean {
  const before = textBefore(match);
  if (NAMESPACE_ATTRIBUTE.test(before) || LINK_SETTING.test(settingSlot(before))) return true;
  // A Service Bus or Event Hubs namespace is Azure's name for the resource itself
  // (`fully_qualified_namespace="orders.servicebus.windows.net"`): a host under a service's zone
  // is never a code namespace or module.
  return CODE_NAME_SETTING.test(settingSlot(before)) && !isAzureResourceHost(value.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Which hosts are configuration
// ---------------------------------------------------------------------------------------------

/** Names that always mean "this machine" or a fixed local endpoint, the same in every environment. */
const LOCAL_HOST_NAMES = new Set([
  "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "host.docker.internal", "gateway.docker.internal",
  "kubernetes.docker.internal", "host.containers.internal", "kubernetes.default", "kubernetes.default.svc",
  "kubernetes.default.svc.cluster.local", "metadata.google.internal",
]);

/** RFC 2606 and RFC 6761: names reserved for documentation and testing, never real hosts. */
const RESERVED_TOP_LEVEL = new Set(["example", "test", "invalid", "localhost"]);
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org"];

/**
 * Public hosts that appear in code as references, not as configuration: standards and schema
 * namespaces, licences, source hosting, package registries, CDNs, and the sign-in and management
 * endpoints that are the same for every tenant. A host matches an entry or any name under it.
 * Kept short on purpose: a host missing here is reported at information level, which is cheap.
 */
const PUBLIC_REFERENCE_DOMAINS = [
  // Standards, schemas, licences
  "w3.org", "json-schema.org", "schema.org", "xmlsoap.org", "openxmlformats.org", "purl.org", "ietf.org", "iana.org",
  "rfc-editor.org", "oasis-open.org", "openid.net", "unicode.org", "whatwg.org", "ecma-international.org", "spdx.org",
  "opensource.org", "apache.org", "gnu.org", "creativecommons.org", "mozilla.org", "wikipedia.org", "apple.com",
  // Source hosting, package registries, container registries
  "github.com", "githubusercontent.com", "github.io", "gitlab.com", "bitbucket.org", "npmjs.org", "npmjs.com", "yarnpkg.com",
  "nuget.org", "pypi.org", "pythonhosted.org", "maven.org", "gradle.org", "rubygems.org", "crates.io", "golang.org",
  "docker.com", "docker.io", "ghcr.io", "k8s.io", "kubernetes.io", "stackoverflow.com",
  // Languages and frameworks, CDNs and fonts
  "nodejs.org", "python.org", "typescriptlang.org", "readthedocs.io", "readthedocs.org", "eclipse.org", "springframework.org",
  "googleapis.com", "gstatic.com", "google.com", "jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com", "bootstrapcdn.com",
  "letsencrypt.org",
  // Microsoft's own sites (documentation, schemas, Graph, the container registry) and the
  // sign-in and management endpoints shared by every tenant
  "microsoft.com", "aka.ms", "microsoftonline.com", "microsoftonline.us", "login.windows.net", "sts.windows.net", "graph.windows.net",
  "login.chinacloudapi.cn", "management.azure.com", "management.core.windows.net", "management.chinacloudapi.cn",
  "management.usgovcloudapi.net", "portal.azure.com", "azure.microsoft.com", "dev.azure.com", "marketplace.visualstudio.com",
  "code.visualstudio.com",
  // Webhook hosts: the same for every customer (the secret is in the path, found by the secret rules)
  "slack.com", "office.com",
  // Developer tools' public endpoints, the same for everyone who uses the tool: Postman's OAuth
  // callback (`https://oauth.pstmn.io/v1/callback`) and echo service, OAuth and token debuggers
  "pstmn.io", "getpostman.com", "postman.com", "postman-echo.com", "oauthdebugger.com", "oidcdebugger.com", "jwt.io", "jwt.ms",
  "httpbin.org",
  // Technology names spelled like domains
  "asp.net", "ado.net", "vb.net", "dot.net", "socket.io", "engine.io",
];

/**
 * Azure DNS zones and service names under which the first labels name one customer's resource
 * (`contoso-sql.database.windows.net`, `contosoorders.blob.core.windows.net`). A name under one of
 * these is an environment-specific endpoint; the zone itself (`core.windows.net` as
 * `EndpointSuffix`) or a service-wide name (`appconfig.azure.com`, the App Configuration token
 * audience) is a constant of the cloud, not configuration.
 */
const AZURE_ZONES = [
  "windows.net", "core.windows.net", "blob.core.windows.net", "queue.core.windows.net", "table.core.windows.net",
  "file.core.windows.net", "dfs.core.windows.net", "web.core.windows.net", "database.windows.net", "servicebus.windows.net",
  "cache.windows.net", "redis.cache.windows.net", "search.windows.net", "kusto.windows.net",
  "azure.net", "vault.azure.net", "vaultcore.azure.net", "managedhsm.azure.net", "eventgrid.azure.net", "redis.azure.net",
  "cache.azure.net", "redisenterprise.cache.azure.net",
  "azure.com", "appconfig.azure.com", "appconfig.azure.us", "appconfig.azure.cn", "documents.azure.com", "cosmos.azure.com",
  "mongo.cosmos.azure.com", "database.azure.com", "postgres.database.azure.com", "mysql.database.azure.com", "openai.azure.com", "cognitiveservices.azure.com",
  "cloudapp.azure.com", "webpubsub.azure.com", "communication.azure.com",
  "azurewebsites.net", "scm.azurewebsites.net", "azurestaticapps.net", "azure-api.net", "azure-devices.net",
  "azure-devices-provisioning.net", "azurefd.net", "azureedge.net", "trafficmanager.net", "cloudapp.net", "signalr.net",
  "service.signalr.net", "azuredatabricks.net", "azurehdinsight.net", "azuresynapse.net", "azurehealthcareapis.com",
  "azurecr.io", "azconfig.io", "azmk8s.io", "azurecontainerapps.io", "azurecontainer.io",
  // Azure AD B2C and Entra External ID tenants sign users in at <tenant>.b2clogin.com, <tenant>.ciamlogin.com
  "b2clogin.com", "ciamlogin.com",
  // Sovereign clouds
  "chinacloudapi.cn", "core.chinacloudapi.cn", "database.chinacloudapi.cn", "servicebus.chinacloudapi.cn", "chinacloudsites.cn",
  "azure.cn", "vault.azure.cn", "usgovcloudapi.net", "core.usgovcloudapi.net", "database.usgovcloudapi.net",
  "servicebus.usgovcloudapi.net", "vault.usgovcloudapi.net", "azure.us", "azurewebsites.us", "azurecr.us", "cloudapi.de",
  "core.cloudapi.de",
];
const AZURE_ZONE_SET = new Set(AZURE_ZONES);

/**
 * Azure names that are the same for every customer of a cloud, under the zones above where a first
 * label would otherwise be taken for a customer's resource: the resources tokens are asked for
 * (`https://storage.azure.com/.default`, `https://ossrdbms-aad.database.windows.net/.default` for
 * Entra sign-in to PostgreSQL and MySQL) and service-wide APIs (Log Analytics, Application
 * Insights). Every environment asks for the same ones, so there is nothing to configure. Exact
 * names only: a name under one is regional or a customer's (`westeurope-5.in.applicationinsights.azure.com`,
 * `orders-dce.westeurope-1.ingest.monitor.azure.com`), which is configuration.
 */
const AZURE_CLOUD_WIDE_NAMES = new Set([
  "storage.azure.com", "servicebus.azure.net", "eventhubs.azure.net", "redis.azure.com", "search.azure.com", "monitor.azure.com",
  "ml.azure.com", "gallery.azure.com", "digitaltwins.azure.net", "iothubs.azure.net", "purview.azure.net", "attest.azure.net",
  "datalake.azure.net", "rest.media.azure.net", "batch.core.windows.net", "analysis.windows.net", "kusto.kusto.windows.net",
  "ossrdbms-aad.database.windows.net", "ossrdbms-aad.database.usgovcloudapi.net", "ossrdbms-aad.database.chinacloudapi.cn",
  "batch.core.usgovcloudapi.net", "batch.chinacloudapi.cn", "dev.azuresynapse.net", "sql.azuresynapse.net",
  "api.loganalytics.io", "api.applicationinsights.io", "api.loganalytics.azure.com", "ade.loganalytics.io",
  "ade.applicationinsights.io", "adx.monitor.azure.com",
  // The same in the sovereign clouds
  "management.core.usgovcloudapi.net", "management.core.chinacloudapi.cn", "gallery.usgovcloudapi.net", "gallery.chinacloudapi.cn",
  "rest.media.usgovcloudapi.net", "rest.media.chinacloudapi.cn", "graph.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn",
  "graph.microsoft.us", "portal.azure.us", "portal.azure.cn", "dev.azuresynapse.usgovcloudapi.net", "dev.azuresynapse.azure.cn",
  "api.loganalytics.us", "api.applicationinsights.us", "api.loganalytics.azure.cn", "api.applicationinsights.azure.cn",
  "login.partner.microsoftonline.cn",
]);

/** Top-level labels that only exist inside private networks. */
const INTERNAL_SUFFIXES = ["local", "internal", "corp", "lan", "intranet", "localdomain", "svc", "consul", "home.arpa"];

/**
 * Public top-level domains a bare host name must end with to be reported. A short list of the
 * domains service hosts use, leaving out those that collide with code: file extensions (`.py`,
 * `.sh`, `.md`, `.rs`, `.pl`, `.so`, `.cc`, `.in`, `.tf`, `.mk`), members and properties
 * (`.app`, `.dev`, `.name`, `.info` as in `logger.info`, `.at`, `.it`, `.is`, `.no`, `.ms` as in
 * `timeout.ms`). URLs are not limited to these: their scheme already says they are addresses.
 */
const HOST_NAME_TLDS = [
  "com", "net", "org", "io", "biz", "cloud", "gov", "edu", "mil",
  "us", "uk", "eu", "de", "fr", "nl", "ch", "se", "dk", "fi", "ie", "es", "pt", "ca", "au", "nz", "jp", "cn", "br", "sg",
  "hk", "kr", "tw", "za", "mx", "ru",
];

/** First labels of reversed domain names: Java and Android packages (`org.apache.commons.net`). */
const PACKAGE_ROOTS = new Set(["com", "org", "net", "io", "edu", "gov", "java", "javax", "jakarta", "android", "androidx", "kotlin", "scala", "sun"]);

function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function topLevelLabel(host: string): string {
  return host.slice(host.lastIndexOf(".") + 1);
}

const INTERNAL_SUFFIX_SET = new DomainSet(INTERNAL_SUFFIXES);
const AZURE_ZONE_DOMAINS = new DomainSet(AZURE_ZONES);
const RESERVED_DOMAIN_SET = new DomainSet(RESERVED_DOMAINS);
const PUBLIC_REFERENCE_DOMAIN_SET = new DomainSet(PUBLIC_REFERENCE_DOMAINS);

function hasInternalSuffix(host: string): boolean {
  return INTERNAL_SUFFIX_SET.covers(host);
}

/**
 * The zones above that Microsoft names its own hosts in, one label down (`status.azure.com`,
 * `login.windows.net`, `shell.azure.com`); customers' resources sit under a service's zone.
 */
const AZURE_ROOT_ZONES = new Set([
  "azure.com", "azure.net", "windows.net", "core.windows.net", "azure.us", "azure.cn", "chinacloudapi.cn", "core.chinacloudapi.cn",
  "usgovcloudapi.net", "core.usgovcloudapi.net", "cloudapi.de", "core.cloudapi.de",
]);

function isAzureResourceHost(host: string): boolean {
  return AZURE_ZONE_DOMAINS.isParentOf(host) && !AZURE_ROOT_ZONES.has(host.slice(host.indexOf(".") + 1));
}

/** A cloud zone on its own: `core.windows.net`, or a private DNS zone like `privatelink.blob.core.windows.net`. */
function isBareCloudZone(host: string): boolean {
  return AZURE_ZONE_SET.has(host.startsWith("privatelink.") ? host.slice("privatelink.".length) : host);
}

/**
 * True for a host name (lower case, any top-level domain) that could be configuration: not local,
 * not reserved for documentation, not a public reference, not a bare cloud zone.
 */
function isConfigurableHostName(host: string): boolean {
  if (LOCAL_HOST_NAMES.has(host) || host.endsWith(".localhost")) return false;
  if (RESERVED_TOP_LEVEL.has(topLevelLabel(host)) || RESERVED_DOMAIN_SET.covers(host)) return false;
  if (PUBLIC_REFERENCE_DOMAIN_SET.covers(host)) return false;
  if (isBareCloudZone(host) || AZURE_CLOUD_WIDE_NAMES.has(host)) return false;
  // Reverse-DNS zones (in-addr.arpa) are DNS plumbing; home.arpa is the one private-network suffix.
  if (topLevelLabel(host) === "arpa" && !isUnder(host, "home.arpa")) return false;
  return host.split(".").every((label) => label.length > 0 && !label.startsWith("-") && !label.endsWith("-"));
}

// ---------------------------------------------------------------------------------------------
// Which addresses are configuration
// ---------------------------------------------------------------------------------------------

function ipv4Octets(value: string): number[] | undefined {
  const parts = value.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^(?:0|[1-9][0-9]{0,2})$/.test(part))) return undefined;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : undefined;
}

/**
 * An IPv4 address that names a machine somewhere: not `0.x` (this network, wildcard masks),
 * loopback, link-local (which includes Azure IMDS `169.254.169.254`), multicast, reserved or
 * broadcast, which together cover every netmask from /4 up (`255.255.255.0` is a mask, not an
 * address, and the same in every environment); not the documentation and benchmark ranges; not
 * `n.0.0.0`, a /8 network or, far more often, a version such as `4.0.0.0`; not Azure's fixed
 * platform address `168.63.129.16`.
 */
function isConfigurableIpv4(octets: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  if (a === 0 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  if (a === 192 && b === 0 && c === 0) return false;
  if (b === 0 && c === 0 && d === 0) return false;
  return !(a === 168 && b === 63 && c === 129 && d === 16);
}

/** The eight 16-bit groups of an IPv6 address, or undefined when the text is not one. */
function ipv6Groups(value: string): number[] | undefined {
  const halves = value.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  if ([...head, ...tail].some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...new Array<string>(missing).fill("0"), ...tail].map((group) => parseInt(group, 16));
}

/**
 * Global unicast (2000::/3) and unique-local (fc00::/7) addresses, the only ones the regex admits
 * (loopback, link-local and multicast never reach here), minus the documentation prefixes
 * 2001:db8::/32 (RFC 3849) and 3fff::/20 (RFC 9637), the IETF special-purpose blocks 2001::/23
 * and 2002::/16 (6to4), and block bases such as `fc00::` or `2000::` that code uses as constants.
 */
function isConfigurableIpv6(groups: readonly number[]): boolean {
  const [first = 0, second = 0] = groups;
  if (first === 0x2001 && (second === 0x0db8 || second < 0x0200)) return false;
  if (first === 0x2002 || (first === 0x3fff && second < 0x1000)) return false;
  return groups.slice(1).some((group) => group !== 0);
}

function isConfigurableIpLiteral(value: string): boolean {
  const octets = ipv4Octets(value);
  if (octets) return isConfigurableIpv4(octets);
  const groups = ipv6Groups(value);
  return groups !== undefined && isConfigurableIpv6(groups);
}

/**
 * Four dotted numbers under a version or object-identifier name, in the value's own setting or as
 * an argument of the call around it: `Version=4.0.0.0`, `new Oid("2.5.29.17")`,
 * `compareVersions(current, "1.12.3.4")`.
 */
const VERSION_OR_OID_NAME = /version|\bver\b|assembly|\boid\b|objectidentifier|snmp/i;
const CALLEE_BEFORE = /([A-Za-z_$][\w$.]*)\s*\([^()]*$/;

/**
 * Names that say version without the word, ending right before the value: `BUILD = "5.2.1.7"`,
 * `buildNumber`, `RELEASE`, `revision`, an image's `tag`, `fw_rev`, `(build 5.2.1.7)` in a
 * sentence; and a name in quotes before a comma, as Windows resource files write theirs:
 * `VALUE "FileVersion", "10.0.0.1"`. Short words (`rev`, `tag`, `fw`) must start the name or a
 * word of it.
 */
const VERSION_LIKE_NAME_BEFORE =
  /(?:[Bb]uild|BUILD|[Rr]elease|RELEASE|[Rr]evision|REVISION|[Ff]irmware|FIRMWARE|(?:^|[^A-Za-z])(?:rev|REV|tag|TAG|fw|FW)|[a-z](?:Rev|Tag|Fw))(?:_?(?:no|num|number|id|NO|NUM|NUMBER|ID)|No|Num|Number|Id)?["'`]?\s*(?:[:=]|=>)?\s*["'`]?$|[Vv]ersion["']\s*,\s*["']$/;
/**
 * Context that says version: a requirement's operator (`orders-client==1.2.3.4`, `>=`, `~=`,
 * `^`, `~`; not PHP's `=>`), or a container image's tag (`ghcr.io/fabrikam/orders:1.2.3.4`,
 * `image: node:…`, `FROM node:…`): a repository's name starts with a lower-case letter, so a
 * route's `1.2.3.4/32:` is no image.
 */
const VERSION_CONTEXT_BEFORE = /(?:[=!<>~]=|(?<![=-])[<>]|[\^~])\s*$|(?:(?:^|[^\w./-])[\w.-]+(?:\/[\w.-]+)*\/[a-z][\w.-]*|(?:image["']?\s*[:=]\s*["']?|FROM\s+)[\w.-]+):$/;

function isVersionOrOidSetting(before: string): boolean {
  const near = before.slice(-60);
  return (
    VERSION_OR_OID_NAME.test(settingSlot(before)) ||
    VERSION_OR_OID_NAME.test(CALLEE_BEFORE.exec(before)?.[1] ?? "") ||
    VERSION_LIKE_NAME_BEFORE.test(near) ||
    VERSION_CONTEXT_BEFORE.test(near)
  );
}

/**
 * The first address of a block (`10.1.2.0`) names a network, not a machine; without a prefix it is
 * far more often the tail of a version (`1.14.2.0`). With a prefix (`10.1.2.0/24`) it is an
 * address range, which is configuration (allow-lists, subnets), unless it is one of the
 * special-purpose blocks code uses as constants.
 */
const SPECIAL_PURPOSE_BLOCKS = new Set(["10.0.0.0", "172.16.0.0", "192.168.0.0", "100.64.0.0", "198.18.0.0"]);

function isNetworkAddressWithoutRange(octets: readonly number[], prefixFollows: boolean): boolean {
  if (octets[3] !== 0) return false;
  return SPECIAL_PURPOSE_BLOCKS.has(octets.join(".")) || !prefixFollows;
}

/**
 * Object identifiers short enough to look like IPv4: the ISO arcs 1.2 (member bodies) and 1.3
 * (organisations: SNMP `1.3.6.1`, `1.3.101.112` for Ed25519) and the joint arcs 2.5 (X.500
 * attributes and certificate extensions), 2.16 and 2.23 (CA/Browser Forum policies).
 */
function isObjectIdentifier(value: string): boolean {
  return /^(?:1\.[23]|2\.5|2\.16|2\.23)\./.test(value);
}

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/** Schemes that name a network service. `file:`, `vscode:`, `chrome-extension:` and the like do not. */
const SERVICE_SCHEMES = new Set([
  "http", "https", "ws", "wss", "ftp", "ftps", "sftp", "ssh", "sb", "amqp", "amqps", "mqtt", "mqtts", "redis", "rediss",
  "mongodb", "mongodb+srv", "postgres", "postgresql", "mysql", "mariadb", "sqlserver", "tcp", "udp", "grpc", "grpcs",
  "ldap", "ldaps", "smb", "nfs", "kafka", "nats", "rtsp", "opc.tcp", "net.tcp", "memcached", "cassandra", "couchbase",
  "couchbases", "neo4j", "neo4j+s", "bolt", "dns",
]);
/** Web URLs address pages for people as often as services, so they need more evidence than `redis://`. */
const WEB_SCHEMES = new Set(["http", "https"]);

/** Host labels (split at `.` and `-`) that name an environment or a private network. */
const ENVIRONMENT_WORDS = new Set([
  "dev", "develop", "development", "test", "testing", "qa", "uat", "stage", "staging", "stg", "preprod", "prod", "production",
  "prd", "nonprod", "sandbox", "sbx", "int", "integration", "internal", "intranet", "corp", "local", "lab", "perf", "canary",
]);
/** Host labels that say the host is an API, and first labels that say it is a site for people. */
const API_WORDS = new Set(["api", "apis", "gateway", "graphql", "grpc"]);
const SITE_FIRST_LABELS = new Set(["www", "docs", "doc", "learn", "help", "support", "blog", "wiki", "status"]);
/** `/api/`, `/api.php`, `/graphql`, `/v2/`, `/v1.0/`; not a file such as `/v0.js`. */
const API_PATH = /^\/(?:(?:api|graphql|odata|rpc)(?:[/?#.]|$)|v[0-9]+(?:[/?#]|\.[0-9]|$))/i;
/**
 * A page about an API rather than the API: `/api/reference`, `/docs/api/orders`, `/api/guide`,
 * `/api/orders.html`. Documentation links, for people.
 */
const DOCUMENTATION_PAGE_PATH = /\/(?:docs?|documentation|reference|guides?|manual|tutorials?|wiki|help)(?:[/?#]|$)|\.(?:html?|md|pdf)(?:[?#]|$)/i;

/**
 * Single-label names that stand for "some host" in examples and tests (`http://a/b/c`,
 * `http://foo/bar`, `https://server:8080`), not a machine anyone named.
 */
const PLACEHOLDER_HOST_LABELS = new Set([
  "foo", "bar", "baz", "qux", "host", "hostname", "server", "servername", "domain", "example", "remote", "myhost", "myserver",
  "yourhost", "yourserver", "your-host", "your-server", "my-host", "my-server",
  // Django's test client calls every server this.
  "testserver",
]);

function isPlaceholderHostLabel(label: string): boolean {
  return label.length === 1 || PLACEHOLDER_HOST_LABELS.has(label);
}

interface ParsedUrl {
  readonly scheme: string;
  readonly host: string;
  readonly hasPort: boolean;
  readonly path: string;
}

function parseUrl(value: string): ParsedUrl | undefined {
  const separator = value.indexOf("://");
  const scheme = value.slice(0, separator).toLowerCase().replace(/^jdbc:/, "");
  // gRPC's `dns:///orders.internal:50051` leaves the authority (a DNS server) out: the host
  // follows the third slash.
  const rest = scheme === "dns" && value.startsWith("/", separator + 3) ? value.slice(separator + 4) : value.slice(separator + 3);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const path = authorityEnd === -1 ? "" : rest.slice(authorityEnd);
  // `user:pass@host` is a credential (the secret rules' finding); `*` is a pattern, not a host.
  if (authority.length === 0 || authority.includes("@") || authority.includes("*")) return undefined;
  let host = authority;
  let port = "";
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    if (close === -1) return undefined;
    host = authority.slice(1, close);
    port = authority.slice(close + 1).replace(/^:/, "");
  } else if (authority.includes(":")) {
    host = authority.slice(0, authority.lastIndexOf(":"));
    port = authority.slice(authority.lastIndexOf(":") + 1);
  }
  if (port !== "" && !/^[0-9]{1,5}$/.test(port)) return undefined;
  return { scheme, host: host.toLowerCase().replace(/\.$/, ""), hasPort: port !== "", path };
}

/**
 * What the host name alone says: a private-network suffix, a named Azure resource, an environment
 * (`orders-staging`, `db01.corp`), or an API (`api.fabrikam.com`, told apart: its pages about
 * itself are documentation). A site for people (`www.`, `docs.`) says nothing, even if it has
 * the word "api" further on.
 */
function hostNameSignal(host: string): "endpoint" | "api" | "site" | "none" {
  if (hasInternalSuffix(host) || isAzureResourceHost(host)) return "endpoint";
  // The top-level domain is not a word of the name: `react.dev` is not a development host.
  const words = host.slice(0, Math.max(0, host.lastIndexOf("."))).split(/[.-]/);
  if (words.some((word) => ENVIRONMENT_WORDS.has(word))) return "endpoint";
  if (SITE_FIRST_LABELS.has(words[0] ?? "")) return "site";
  return words.some((word) => API_WORDS.has(word)) ? "api" : "none";
}

/**
 * Setting names that say the value is a service's address: `BaseAddress`, `baseUrl`, `Endpoint`,
 * `ORDERS_API_URL`, `PAYMENT_SERVICE_URL`, Retrofit's `.baseUrl("…")`. The name must end right
 * before the value, so `docsUrl`, `homepage` or an `endpoint` mentioned earlier on the line do not
 * count; a bare `url` or `link` says nothing either way.
 */
const ENDPOINT_SETTING_BEFORE =
  /(?:base_?(?:url|uri|address)|endpoint|api_?(?:url|uri|base|root)|(?:service|server|backend)_?(?:url|uri))["'`]?\s*(?:[:=(]|=>)\s*(?:new\s+uri\(\s*)?@?["'`]?$/i;

/**
 * A URL is reported when it points at a service whose address differs between environments:
 * an IP address, a single-label or private-network host, an explicit port, a named Azure resource,
 * an environment or API in the host name, an API path, a setting whose name says endpoint, or a
 * non-web service protocol. A plain link to a public site (`https://www.contoso.com/privacy`) is
 * left alone, and so is a site for people (`www.`, `docs.`) under any name.
 */
function isConfigurableUrl(url: ParsedUrl, namedEndpoint: () => boolean): boolean {
  if (!SERVICE_SCHEMES.has(url.scheme) && !/^jdbc:/.test(url.scheme)) return false;
  if (ipv4Octets(url.host) || url.host.includes(":")) return isConfigurableIpLiteral(url.host);
  if (!/^[a-z0-9.-]+$/.test(url.host) || !isConfigurableHostName(url.host)) return false;
  if (!url.host.includes(".") && isPlaceholderHostLabel(url.host)) return false;
  if (!WEB_SCHEMES.has(url.scheme) || url.hasPort || !url.host.includes(".")) return true;
  const signal = hostNameSignal(url.host);
  // An API's host or path, unless the path is a page about it (`https://api.fabrikam.com/docs`).
  if (signal === "api") return !DOCUMENTATION_PAGE_PATH.test(url.path) || namedEndpoint();
  if (signal !== "none") return signal === "endpoint";
  return (API_PATH.test(url.path) && !DOCUMENTATION_PAGE_PATH.test(url.path)) || namedEndpoint();
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/** Checks every rule shares: the file, the place on the line, the setting, a credential nearby. */
function isNotAConfigurationValue(value: string, match: RegExpExecArray, context: RuleContext, place: Place): boolean {
  return (
    isSkippedFile(context.filePath) ||
    isOutsideReadValue(place, context) ||
    KEY_VAULT_REFERENCE.test(textBefore(match, 300)) ||
    isInNonEndpointSetting(value, match) ||
    sharesStringWithCredential(match, value)
  );
}

const OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
/** Four octets, not part of a longer dotted run (OIDs, `1.2.3.4.5`) or of a word (`v1.2.3.4`). */
const IPV4 = `(?<![A-Za-z0-9_./-])${OCTET}(?:\\.${OCTET}){3}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_-])`;
/**
 * A global-unicast or unique-local IPv6 address: a four-digit first group (2xxx, 3xxx, fcxx,
 * fdxx), then hex digits and colons; `ipv6Groups` checks the grammar. One bounded run, no nesting.
 */
const IPV6 = "(?<![A-Za-z0-9_.:/-])(?:[23][0-9A-Fa-f]{3}|[Ff][CcDd][0-9A-Fa-f]{2}):[0-9A-Fa-f:]{1,34}(?![A-Za-z0-9_.:-])";

/**
 * Host name labels. `(?:\.LABEL){0,8}` cannot backtrack badly: a label never contains a dot, so
 * there is one way to split a name into labels.
 */
const LABEL = "[A-Za-z0-9][A-Za-z0-9-]{0,62}";
const HOST_TLDS = [...HOST_NAME_TLDS, ...INTERNAL_SUFFIXES.map((suffix) => topLevelLabel(suffix))].sort((a, b) => b.length - a.length);
/**
 * Not after a character that would make the name part of something larger: a word, a longer dotted
 * name or wildcard (`*.contoso.com`), an e-mail address (`@`), a path or URL (`/`), a template
 * (`$`, `%`). Not before a call, index or assignment (`threading.local(`, `x.net = `), a longer
 * name or a file extension (`contoso.com.au` is matched whole; `db.corp.com.json` is not a host),
 * nor before a dot other than a full stop (`"dp.pt."` is a prefix).
 */
const HOST_BEFORE_NAME = "(?<![A-Za-z0-9_.@$%*/\\\\-])";
/**
 * Two places where a host follows a backslash, `@` or `/` all the same: a UNC path's server at the
 * start of a value (`\\fs01.corp.contoso.com\share`, in C-like strings `\\\\fs01…`) and Oracle's
 * thin JDBC URLs (`jdbc:oracle:thin:@//db01.contoso.com:1521/ORDERS`, `thin:@db01…:1521:ORCL`).
 */
const UNC_OR_ORACLE_HOST_BEFORE = String.raw`(?:^|[\s"'=>(,])(?:\\\\){1,2}|thin:@(?:\/\/)?`;
const HOST_BEFORE = `(?:(?<=${UNC_OR_ORACLE_HOST_BEFORE})|${HOST_BEFORE_NAME})`;
const UNC_OR_ORACLE_BEFORE = new RegExp(`(?:${UNC_OR_ORACLE_HOST_BEFORE})$`);
const HOST_AFTER = "(?![A-Za-z0-9_@$(\\[=-]|\\.(?!\\s|$))";

/** Lower-case `.tld` keywords: every reported host name ends with one of them. */
const HOST_KEYWORDS = HOST_TLDS.map((tld) => `.${tld}`);
/**
 * HOST_AFTER, for the keyword pass: a `.tld` followed by a name character (`.default`,
 * `.escapedText`) cannot end a host name, so it does not wake the rule.
 */
function hostCanEndBefore(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  if (next === ".") return end + 1 >= text.length || /\s/.test(text[end + 1]!);
  return !/[A-Za-z0-9_@$([=-]/.test(next);
}

/**
 * `"name.tld": …` is a key (package.json dependencies such as `"socket.io": "^4"`); `host/path:`
 * is a Kubernetes label or annotation key (`cert-manager.io/cluster-issuer: …`).
 */
function isKeyPosition(after: string): boolean {
  return /^["']\s*:(?!\/\/)/.test(after) || /^\/[A-Za-z0-9_./-]*["']?\s*:(?:\s|$)/.test(after);
}

/** A host in a connection string's server keyword: `Server=tcp:host,1433`, `Host=host;Port=5432`. */
const SERVER_KEYWORD_BEFORE = /(?:server|data source|address|addr|network address|host|hostname|endpoint)\s*=\s*(?:tcp:)?$/i;
/** `host:5432`, `host,1433`: a port follows. */
const PORT_AFTER = /^[:,][0-9]{2,5}(?![0-9])/;
/**
 * A whole value made of hosts: `host`, `host:port`, or a list of `host[:port]` separated by commas
 * or semicolons. Each repetition starts with a separator, so the repetition cannot overlap itself.
 * `host/path` without a scheme is not here: it is as often a reference (`crbug.com/1234`, a Go
 * module) as an image or share, so it needs a name that says endpoint.
 */
const HOSTS_ONLY = /^\s*[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\s*[,;]\s*[A-Za-z0-9.-]+(?::[0-9]{1,5})?)*\s*(?:[,;]\s*)?$/;

/**
 * The whole value the host sits in: the string literal around it, or for an unquoted value in a
 * configuration file, what follows the last `=`, `: `, `>` or `- ` up to a comment or markup.
 * Bounded windows on both sides.
 */
function enclosingValue(match: RegExpExecArray, value: string, place: Place): string {
  const start = valueStart(match);
  const line = match.input;
  const after = textAfter(match, value, 512);
  if (place.kind === "string" && place.quote !== undefined && start - place.stringStart <= 512) {
    const close = after.indexOf(place.quote);
    return line.slice(place.stringStart + 1, start) + value + (close === -1 ? after : after.slice(0, close));
  }
  const before = textBefore(match, 512);
  const opened = Math.max(before.lastIndexOf("="), before.lastIndexOf(">"), before.lastIndexOf(": "), before.lastIndexOf("- "));
  const ends = after.search(/<|\s#|\s\/\/|$/);
  return before.slice(opened + 1).replace(/^\s*-?\s*/, "") + value + after.slice(0, ends);
}

/**
 * A bare host name is reported when something says it is an endpoint: it is the whole value (a
 * string or setting holding only host names), it follows a connection-string server keyword or
 * has a port, or its name says so (see `hostNameSignal`). A host name mentioned inside a sentence
 * (`"see crbug.com/1234"`, `"Powered by Fly.io"`) is prose.
 */
function isEndpointHostName(value: string, match: RegExpExecArray, place: Place): boolean {
  const signal = hostNameSignal(value.toLowerCase());
  if (signal === "endpoint" || signal === "api") return true;
  if (SERVER_KEYWORD_BEFORE.test(textBefore(match, 40)) || PORT_AFTER.test(textAfter(match, value, 8))) return true;
  // A UNC path's first name is a file server's; after `thin:@` is the database server.
  if (UNC_OR_ORACLE_BEFORE.test(textBefore(match, 12))) return true;
  return HOSTS_ONLY.test(enclosingValue(match, value, place));
}

/**
 * A setting named for a host or server right before the value: `"Host": "…"`, `DB_HOST=`,
 * `ldap.server=`, `SmtpServer = "…"`, `<Server>`. The name must end right before the value.
 */
const HOST_SETTING_BEFORE = /(?:host|hostname|host_name|server|servername|server_name|address|addr|endpoint|fqdn)(?:["'`]?\s*(?:[:=]|=>)\s*@?["'`]?|>)$/i;

/**
 * HOST_SETTING_BEFORE or SERVER_KEYWORD_BEFORE. Both end in `=`, `:`, `>`, `@` or a quote, the
 * one character looked at first: most names in capitals are code (`Locale.US`, `System.IO`),
 * with none of these before them, and are not read further.
 */
function hasHostSettingBefore(match: RegExpExecArray): boolean {
  let i = valueStart(match) - 1;
  const line = match.input;
  while (i >= 0 && (line[i] === " " || line[i] === "\t")) i--;
  if (i < 0 || !"=:>@\"'`".includes(line[i]!)) return false;
  const before = textBefore(match, 60);
  return HOST_SETTING_BEFORE.test(before) || SERVER_KEYWORD_BEFORE.test(before);
}

/**
 * A name not written in lower case. Machine names are often written in capitals
 * (`Server=SQLPROD01.CORP.FABRIKAM.COM`, `DB_HOST=DB01.CONTOSO.LOCAL`), while dotted names in
 * capitals or mixed case are far more often code: Java constants (`LOGGER.INFO`, `Locale.US`),
 * .NET namespaces (`Contoso.Orders.Com`, `System.IO`), DOS file names (`COMMAND.COM`). A name in
 * capitals throughout counts with three labels or more; a shorter one, or one in mixed case
 * (`APP-SRV.Fabrikam.Org`), only where the setting or a port says host. (Lower-case names are
 * judged as before: `BRAND_NAME` below.)
 */
function rejectCapitalisedHostName(value: string, match: RegExpExecArray): boolean {
  if (!/[A-Z]/.test(value.slice(value.lastIndexOf(".") + 1))) return BRAND_NAME.test(value);
  if (hasHostSettingBefore(match) || PORT_AFTER.test(textAfter(match, value, 8))) return false;
  if (/[a-z]/.test(value) || value.split(".").length < 3) return true;
  // Capitals throughout, without a setting that says host: a machine's name has a number or a
  // hyphen in it (`SQLPROD01`, `APP-SRV`) or a private suffix; `APP.SETTINGS.IO` is a key.
  return !/[0-9-]/.test(value) && !hasInternalSuffix(value.toLowerCase());
}

/** A URI scheme that is not a network address (`tag:yaml.org,2002:str`, `urn:`) before the name. */
const NAMING_SCHEME_BEFORE = /(?:^|[^A-Za-z0-9+.-])(?:tag|urn|doi|oid):$/i;
/**
 * `Fly.io`, `Booking.com`, `AndroidDevice.info`: a two-label name whose first label is capitalised
 * and mixed-case is a brand in a sentence or a member name, not a host (machine names in upper
 * case, `SQLPROD01.corp.contoso.com`, stay).
 */
const BRAND_NAME = /^[A-Z][A-Za-z0-9-]*[a-z][A-Za-z0-9-]*\.[a-z]+$/;

function rejectHostName(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  const host = value.toLowerCase();
  if (!isConfigurableHostName(host) || INTERNAL_SUFFIXES.includes(host)) return true;
  if (PACKAGE_ROOTS.has(host.slice(0, host.indexOf(".")))) return true;
  if (rejectCapitalisedHostName(value, match)) return true;
  const labels = host.split(".");
  // Two short labels under a country code (`dp.pt`, `my.de`) are abbreviations far more often than hosts.
  if (labels.length === 2 && topLevelLabel(host).length === 2 && (labels[0]?.length ?? 0) < 3) return true;
  const after = textAfter(match, value);
  if (isKeyPosition(after) || NAMING_SCHEME_BEFORE.test(textBefore(match, 8))) return true;
  // Go import paths (`"go.uber.org/zap"`) are module names; Go code writes endpoints as URLs.
  if (fileExtension(context.filePath) === "go" && after.startsWith("/")) return true;
  if (isInsideUrl(match)) return true;
  const place = placeOfValue(match, context);
  return isNotAConfigurationValue(value, match, context, place) || !isEndpointHostName(value, match, place);
}

/**
 * Vector path data inline in markup or components: an SVG `<path d="M9 2.25.75.75…">` in JSX or
 * HTML, `points="…"`, `viewBox="…"`, a XAML `<Path Data="F1 M 10.5,2.25…">`. The numbers run
 * together with dots (`2.25.75.75`), which reads as an address. A path starts with a move (`M`),
 * or XAML's fill rule (`F0`, `F1`).
 */
const VECTOR_PATH_ATTRIBUTE_BEFORE = /(?:^|[\s<{(])(?:(?:d|Data)=\{?["'`]\s*[MmFf]|(?:points|viewBox)=\{?["'`])[^"'`]*$/;

function rejectIpAddress(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  if (!isConfigurableIpLiteral(value)) return true;
  const octets = ipv4Octets(value);
  const prefixFollows = /^\/[0-9]/.test(textAfter(match, value, 4));
  if (octets) {
    if (isObjectIdentifier(value) || isVersionOrOidSetting(textBefore(match))) return true;
    if (VECTOR_PATH_ATTRIBUTE_BEFORE.test(textBefore(match))) return true;
    if (isNetworkAddressWithoutRange(octets, prefixFollows)) return true;
  } else if (value.endsWith("::") && !prefixFollows) {
    // `2603:1000::` names a network, like `10.1.2.0`; with a prefix it is a range.
    return true;
  }
  return isInsideUrl(match) || isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/**
 * nginx's `proxy_pass http://backend;`: a single name without a port after a `*_pass` directive
 * names an `upstream` block in the same configuration, not a host. The block's `server` lines
 * hold the addresses, and those are reported.
 */
const NGINX_PASS_BEFORE = /(?:^|\s)(?:proxy|grpc|uwsgi|scgi)_pass\s+$/;

function isNginxUpstreamName(url: ParsedUrl, match: RegExpExecArray): boolean {
  return !url.host.includes(".") && !url.hasPort && NGINX_PASS_BEFORE.test(textBefore(match, 40));
}

/**
 * The URL stopped short of its host: `"https://www." + domain`, `"https://oauth.{0}/token"` (a
 * prefix the program completes, so the single label before the dot is not a host), or a regular
 * expression's escaped dot, `^https://www\\.contoso\\.com/.*$` (a pattern, not an address).
 */
function isCutBeforeHost(url: ParsedUrl, value: string, match: RegExpExecArray): boolean {
  const after = textAfter(match, value, 8);
  return /^\\+\./.test(after) || (url.path === "" && !url.host.includes(".") && after.startsWith("."));
}

/** Key Vault's zones in each cloud: a secret's identifier is `https://<vault>.<zone>/secrets/<name>`. */
const KEY_VAULT_ZONES = new DomainSet(["vault.azure.net", "vault.azure.cn", "vault.usgovcloudapi.net", "vault.microsoftazure.de"]);
/** The `uri` member of a Key Vault reference's JSON, possibly escaped inside a JSON string: `{"uri":"`, `{\"uri\":\"`. */
const REFERENCE_URI_MEMBER_BEFORE = /["']uri\\?["']\s*:\s*\\?["']$/;

/**
 * An App Configuration Key Vault reference: a setting whose content type is
 * `application/vnd.microsoft.appconfig.keyvaultref+json` and whose value is
 * `{"uri":"https://<vault>.vault.azure.net/secrets/<name>"}`, as exports and imports write it.
 * The value already lives in Key Vault, and App Configuration holds the reference: nothing to
 * move. Known by the secret's identifier in the `uri` member, or by the content type on its line.
 */
function isAppConfigurationKeyVaultReference(url: ParsedUrl, match: RegExpExecArray): boolean {
  if (!KEY_VAULT_ZONES.isParentOf(url.host) || !/^\/secrets\//i.test(url.path)) return false;
  return REFERENCE_URI_MEMBER_BEFORE.test(textBefore(match, 12)) || match.input.includes("keyvaultref+json");
}

function rejectUrl(value: string, match: RegExpExecArray, context: RuleContext): boolean {
  const url = parseUrl(value);
  const namedEndpoint = () => ENDPOINT_SETTING_BEFORE.test(textBefore(match, 80));
  if (!url || !isConfigurableUrl(url, namedEndpoint) || isNginxUpstreamName(url, match) || isCutBeforeHost(url, value, match)) return true;
  if (isAppConfigurationKeyVaultReference(url, match)) return true;
  return isNotAConfigurationValue(value, match, context, placeOfValue(match, context));
}

/** Characters a URL runs over; it ends at whitespace, quotes, markup, templates and separators. */
const URL_CHAR = "[^\\s\"'`<>(){}\\\\|^$,;]";
/** A URL does not end in sentence punctuation: `see https://orders.corp.contoso.com.` */
const URL_LAST_CHAR = "[^\\s\"'`<>(){}\\\\|^$,;.:!?*]";

export const CONFIG_VALUE_RULES: readonly PatternRule[] = [
  {
    id: "config/internal-url",
    title: "Service URL",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    keywords: ["://"],
    // A scheme (`jdbc:` prefix allowed), `://`, then one bounded run. URLs come first so that
    // the host and IP rules can leave anything inside a URL to this one.
    pattern: new RegExp(`(?<![A-Za-z0-9+.-])(?<value>(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{0,30}://${URL_CHAR}{0,2047}${URL_LAST_CHAR})`, "dg"),
    reject: rejectUrl,
  },
  {
    id: "config/hostname",
    title: "Host name",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    keywords: HOST_KEYWORDS,
    keywordEnd: hostCanEndBefore,
    // Any case: machine names are often written in capitals (see rejectCapitalisedHostName).
    pattern: new RegExp(`${HOST_BEFORE}(?<value>${LABEL}(?:\\.${LABEL}){0,8}\\.(?:${HOST_TLDS.join("|")}))${HOST_AFTER}`, "dgi"),
    reject: rejectHostName,
  },
  {
    id: "config/ip-address",
    title: "IP address",
    kind: "config",
    docsUrl: DOCS,
    skipsComments: true,
    // Every IPv4 address contains a digit followed by a dot; the IPv6 addresses found are those
    // written with `::` (addresses written out in full are found only on lines woken otherwise).
    keywords: ["0.", "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "::"],
    pattern: new RegExp(`(?<value>${IPV4}|${IPV6})`, "dg"),
    reject: rejectIpAddress,
  },
];
