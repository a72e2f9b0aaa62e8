import { baseNameOf, C_COMMENT_EXTENSIONS, fileExtensionOf, fileTypeOf, withoutAtomicWriteSuffix } from "../file-type";
import { isExamplePath, isTestPath } from "../undeployed-paths";
import { isTranslationFile } from "./translation-files";
import type { RuleContext } from "./types";
import { isAzureResourceHost } from "./config-hosts";

/**
 * Where a configuration value sits: the file's kind, a comment, a string literal, the setting
 * around it. What the configuration-value rules ask before they judge a value.
 */

/**
 * Prose documentation: host names there describe, they are not read by a program. (Manual pages
 * too, by their section: `ssh.1`, `sshd_config.5`, `pgrep.1p`.)
 */
const DOCUMENTATION_EXTENSIONS = new Set(["md", "markdown", "mdx", "rst", "adoc", "asciidoc", "1", "2", "3", "4", "5", "6", "7", "8", "9", "1p", "3p", "man"]);
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

/**
 * Public lists of domain names that packages ship as data: Mozilla's Public Suffix List under
 * its two names and their variants (`tld`, `tldextract`, `publicsuffix2` and browsers carry a
 * copy, `effective_tld_names_public_only.dat.txt` among them; HttpClient's is
 * `public-suffix-list.txt`). Every line a domain, the same for everyone: thousands of findings
 * and none to move.
 */
const PUBLIC_DOMAIN_LIST = /^(?:public[_-]suffix[_-]list|effective_tld_names)[\w.-]{0,40}\.(?:dat(?:\.txt)?|txt)$/;
/**
 * The public list of web crawlers' User-Agent patterns (`crawler-user-agents.json`), which bot
 * detectors in every language ship as data: each entry's pattern, sample agents and link name a
 * crawler's site, hundreds of them, the same for everyone.
 */
const CRAWLER_USER_AGENT_LIST = /^crawler[_-]user[_-]agents\.json$/;

/**
 * Software bills of materials: CycloneDX and SPDX documents (`auditwheel.cdx.json` in a wheel's
 * `.dist-info/sboms/`, `manifest.spdx.json`) and the folder Microsoft's SBOM tool writes into a
 * package, `_manifest/spdx_2.2/`, with the signing service's logs beside the manifest. They list
 * what a package was built from and where each part was downloaded, for auditors: package
 * metadata, as a lock file is, read by no application as settings.
 */
const SOFTWARE_BILL_OF_MATERIALS = /(?:\.(?:cdx|spdx)(?:\.(?:json|xml|ya?ml))?$|(?:^|[\\/])_manifest[\\/]spdx_[\d.]+[\\/])/i;

/**
 * Build and package manifests configure the build, not the running application: their URLs are
 * package metadata (`"homepage"`, `"author": {"url": …}`) or package feeds, which App
 * Configuration cannot serve.
 */
const BUILD_MANIFEST_NAMES = new Set([
  "package.json", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "nuget.config",
  ".npmrc", ".yarnrc", ".yarnrc.yml", "pip.conf", "pyproject.toml", "setup.cfg", "cargo.toml", "composer.json", "gemfile",
  "directory.build.props", "directory.build.targets", "directory.packages.props",
  // OCaml's dune: `(public_name orders.internal)` names a library, with dots as its sub-libraries.
  "dune", "dune-project",
]);
const BUILD_MANIFEST_EXTENSIONS = new Set(["csproj", "vbproj", "fsproj", "sqlproj", "nuspec", "gemspec", "podspec"]);
/** Python packages' metadata (`PKG-INFO`, a wheel's `METADATA`): the project's links and its README. */
const PACKAGE_METADATA_NAMES = new Set(["pkg-info", "metadata"]);
/** The same as one file, as distutils installs it: `orders_client-2.4.1.egg-info` is the PKG-INFO itself. */
const PACKAGE_METADATA_EXTENSIONS = new Set(["egg-info"]);
/**
 * PEAR's registry of the PHP packages it installed: each package's `package.xml`, serialized, in
 * `.registry/<package>.reg` (`.registry/.channel.<channel>/<package>.reg` for another channel's),
 * and each channel's definition in `.channels/<channel>.reg`. Its host names are channels that
 * packages came from and depend on, dozens a file: package metadata, as a lock file's registry is.
 * (A Windows Registry export, `.reg` too, is never in such a folder.)
 */
const PEAR_REGISTRY_FILE = /(?:^|[\\/])\.(?:registry|channels)[\\/](?:\.channel\.[^\\/]+[\\/])?[^\\/]+\.reg$/i;
/**
 * Records a program loads in bulk: CSV and TSV tables, PostgreSQL's `COPY` input (`inet.data`, a
 * regression test's 500 addresses). Each row is data, the same in every environment; none is a setting.
 */
const DATA_EXTENSIONS = new Set(["csv", "tsv", "data"]);
/**
 * Plain text and logs: notes, command transcripts, a program's output. Nothing reads a setting from
 * them at run time, so a host there is a mention, and the move to App Configuration is refused for
 * the whole file. (Secrets are still reported there: a leak is a leak.)
 */
const UNREAD_TEXT_EXTENSIONS = new Set([
  "txt", "text", "log",
  // A bundle's licence banners kept beside it (`index.umd.js.LICENSE`, as webpack's Terser plugin
  // named them before `.LICENSE.txt`): its libraries' names, authors and sites.
  "license", "licence",
]);
/**
 * An editor's saved session: Sublime Text's `.sublime-workspace` keeps the open buffers' text, their
 * undo history and the find history as JSON strings. Code there is a copy, its quotes escaped, so
 * `fullname.local` in a buffer reads as a host inside a string; nothing runs or reads the file.
 */
const EDITOR_SESSION_EXTENSIONS = new Set(["sublime-workspace"]);
/**
 * Files a tool keeps for itself, whose addresses no application reads: SSH's `known_hosts` (the
 * hosts whose keys were accepted, a record, not a setting) and SOPS's `.sops.yaml` (the Key Vault
 * key each path is encrypted with; `sops` reads it there, and moving it breaks the encryption).
 */
const TOOL_OWNED_FILE_NAMES = new Set(["known_hosts", "known_hosts2", "ssh_known_hosts", ".sops.yaml", ".sops.yml"]);
/**
 * Images written as text: SVG path data is full of numbers with dots (`a2.182.5.5`) that read as
 * addresses, and so are the rows of an X pixmap or bitmap (`.xpm`, `.xbm`: C arrays of pixels
 * written as characters, `"...9.1.6.5#g"`).
 */
const IMAGE_EXTENSIONS = new Set(["svg", "xpm", "xbm"]);
/**
 * Certificates and bundles of them (`roots.pem`, `cacert.pem`, `ca.crt`): besides the encoded
 * blocks, a bundle often prints each certificate as text, with its issuer's CRL and OCSP
 * addresses (`URI:ldap://directory.example-ca.net/…`), public and the same for everyone. A
 * private key in such a file is still a secret.
 */
const CERTIFICATE_EXTENSIONS = new Set(["pem", "crt", "cer"]);

/**
 * A project's documents for people, in whatever format they were saved or rendered: `README`,
 * `README.html`, `CHANGELOG.txt`, `CONTRIBUTING.rst`.
 */
const DOCUMENT_STEMS = new Set([
  "readme", "changelog", "changes", "history", "news", "releasenotes", "release-notes", "release_notes", "contributing", "authors",
  "security", "code_of_conduct", "install", "upgrading",
  // Licences and copyright statements (Debian's `debian/copyright`, `COPYING`, `NOTICE`): who wrote
  // what, under which terms, with the authors' sites.
  "copyright", "copying", "license", "licence", "notice",
]);

/** A document's name: one of DOCUMENT_STEMS, or a README of a part (`TLS_README`, `README-WIN32`, Postfix's and others' manuals). */
function isDocumentStem(stem: string): boolean {
  return DOCUMENT_STEMS.has(stem) || /(?:^|[_-])readme(?:[_-]|$)/.test(stem);
}

/** Scripts the engine reads as text (it knows their language by the `#!` line, if any): not documents. */
const SCRIPT_EXTENSIONS = new Set(["sh", "bash", "zsh", "ksh", "csh", "fish", "bat", "cmd"]);

/**
 * A documentation page in another format: a project document by its name (`README.html`), or a
 * document saved under a second extension, as Sphinx keeps its sources beside the HTML
 * (`_sources/setup.rst.txt`) and tools render Markdown (`guide.md.html`).
 */
function isDocumentationCopy(base: string): boolean {
  const dot = base.indexOf(".");
  const stem = dot === -1 ? base : base.slice(0, dot);
  // Only as text: `install.sh`, `security.py`, `history.js` and `news.yaml` are code and settings.
  if (isDocumentStem(stem) && fileTypeOf(base) === "text" && !SCRIPT_EXTENSIONS.has(fileExtensionOf(base))) return true;
  const inner = base.slice(0, base.lastIndexOf("."));
  return inner.includes(".") && DOCUMENTATION_EXTENSIONS.has(inner.slice(inner.lastIndexOf(".") + 1));
}

/**
 * Whether the configuration rules skip this file whole. Asked for each value found; the path's
 * verdict is kept until another file is asked about, as a file's values come together.
 */
export function isSkippedFile(filePath: string): boolean {
  if (lastSkipVerdict?.filePath !== filePath) lastSkipVerdict = { filePath, skipped: skipsWholeFile(filePath) };
  return lastSkipVerdict.skipped;
}
let lastSkipVerdict: { readonly filePath: string; readonly skipped: boolean } | undefined;

function skipsWholeFile(filePath: string): boolean {
  const base = baseNameOf(filePath);
  const extension = fileExtensionOf(filePath);
  return (
    GENERATED_FILE_NAMES.has(withoutAtomicWriteSuffix(base)) ||
    PUBLIC_DOMAIN_LIST.test(base) ||
    CRAWLER_USER_AGENT_LIST.test(base) ||
    SOFTWARE_BILL_OF_MATERIALS.test(filePath) ||
    isDocumentationCopy(base) ||
    BUILD_MANIFEST_NAMES.has(base) ||
    PACKAGE_METADATA_NAMES.has(base) ||
    PACKAGE_METADATA_EXTENSIONS.has(extension) ||
    PEAR_REGISTRY_FILE.test(filePath) ||
    TOOL_OWNED_FILE_NAMES.has(base) ||
    DOCUMENTATION_EXTENSIONS.has(extension) ||
    TRANSLATION_EXTENSIONS.has(extension) ||
    BUILD_MANIFEST_EXTENSIONS.has(extension) ||
    IMAGE_EXTENSIONS.has(extension) ||
    CERTIFICATE_EXTENSIONS.has(extension) ||
    DATA_EXTENSIONS.has(extension) ||
    UNREAD_TEXT_EXTENSIONS.has(extension) ||
    EDITOR_SESSION_EXTENSIONS.has(extension) ||
    // What the user interface says, in each language: an example address in a message is no setting.
    isTranslationFile(filePath, fileTypeOf(filePath)) ||
    isTestPath(filePath) ||
    isExamplePath(filePath)
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

const C_FAMILY = new Set(C_COMMENT_EXTENSIONS);
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
  const extension = fileExtensionOf(filePath);
  const base = baseNameOf(filePath);
  const none: LineSyntax = { quotes: "\"'", slashComments: false, hashComments: false, xmlComments: false, dashComments: false, commentLinePrefixes: [] };
  if (extension === "php" || extension === "tf") return { ...none, slashComments: true, hashComments: true, commentLinePrefixes: ["*"] };
  if (C_FAMILY.has(extension)) {
    // Backticks are template literals (JS) and raw strings (Go); a leading `*` continues a block comment.
    return { ...none, quotes: "\"'`", slashComments: true, commentLinePrefixes: ["*"] };
  }
  // A page's inline scripts comment a line with `// ` (a standard's section, `// 21.1.5.2 The
  // %StringIteratorPrototype% Object`, in a bundled shim); markup's own text does not open a line
  // so (a protocol-relative `//cdn…` has no space after the slashes).
  if (extension === "html" || extension === "htm") return { ...none, xmlComments: true, commentLinePrefixes: ["// "] };
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
export interface Place {
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
export function valueStart(match: RegExpExecArray): number {
  return match.indices?.groups?.value?.[0] ?? match.index;
}

/*
 * The rules are line-scoped (the default), so `match.input` is one line. Every look around a match
 * reads a bounded window of it, so a long minified line with many matches stays linear.
 */

export function placeOfValue(match: RegExpExecArray, context: RuleContext): Place {
  return placeAt(match.input, valueStart(match), lineSyntaxOf(context.filePath));
}

/**
 * SQL scripts, read as text otherwise: SQL writes every value it holds as a quoted literal
 * (`'db01.corp.contoso.com'`), so a dotted name outside quotes is a table's or alias's column
 * (`s.local`, `tbl.local` of a `local` flag) or a schema's object, never an address.
 */
const SQL_EXTENSIONS = new Set(["sql"]);

/**
 * True when the value is not something a program reads: a comment, or, in code, anything outside a
 * string literal (`os.path`, `threading.local`, `1.2.3.4` in a version constant are expressions).
 */
export function isOutsideReadValue(place: Place, context: RuleContext): boolean {
  if (place.kind === "comment") return true;
  return place.kind === "code" && (context.fileType === "code" || SQL_EXTENSIONS.has(fileExtensionOf(context.filePath)));
}

/** Up to `window` characters before the value. */
export function textBefore(match: RegExpExecArray, window = 120): string {
  const offset = valueStart(match);
  return match.input.slice(Math.max(0, offset - window), offset);
}

/** Up to `window` characters after the value. */
export function textAfter(match: RegExpExecArray, value: string, window = 120): string {
  const end = valueStart(match) + value.length;
  return match.input.slice(end, end + window);
}

/**
 * The part of `before` that belongs to the value's own setting: what follows the last `,` `;` `{`.
 * `{"version": "1.0", "host": "10.0.0.5"}` gives `"host": "` for the address, so the version
 * check looks at the right name.
 */
export function settingSlot(before: string): string {
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("{")) + 1);
}

/**
 * What a URL's user part holds once the password has been taken out of the file: a template's
 * placeholder (`${DB_PASSWORD}`, `{db_password}`, `$DB_PASSWORD`, `$(DbPassword)`,
 * `{{ .Values.password }}`, a GitHub Actions or Azure Pipelines expression `${{ secrets.TOKEN }}`,
 * `<password>`, `%s`) or a string concatenation (`" + password + "`). Each alternative starts
 * with its own character, so the alternation cannot backtrack into another.
 */
const USERINFO_TEMPLATE = String.raw`(?:\$\{(?:\{[^{}\n]{1,200}\}|[^{}\n]{1,200})\}|\{\{[^{}\n]{1,200}\}\}|\{[^{}\s]{0,100}\}|\$\([^()\n]{1,100}\)|\$[A-Za-z_][A-Za-z0-9_]{0,63}|<[^<>\s]{1,100}>|%[sv]|["'\`][ \t]*\+[^+\n]{1,100}\+[ \t]*["'\`])`;
/**
 * `scheme://user:` and a template, or a template alone, right before an `@`: a credential URL
 * written without its password (`redis://default:${REDIS_PASSWORD}@cache.fabrikam.net:6380`,
 * `"amqp://orders:" + password + "@rabbit.fabrikam.net"`). A literal password is no template: such
 * a URL stays a secret, whole.
 */
const TEMPLATED_USERINFO = new RegExp(`[A-Za-z][A-Za-z0-9+.-]{0,30}://(?:[\\w.~%-]{1,64}:${USERINFO_TEMPLATE}|${USERINFO_TEMPLATE}(?::${USERINFO_TEMPLATE})?)$`);

/**
 * Where the scheme starts of a credential URL whose user part ends in a template right before
 * `text[at]` (an `@`), or -1. The host after that `@` is the URL's configuration value: the
 * password is kept elsewhere already, and the cut URL before it is no address.
 */
export function templatedUserinfoSchemeStart(text: string, at: number): number {
  if (!endsTemplate(text, at)) return -1;
  const from = Math.max(0, at - 400);
  const found = TEMPLATED_USERINFO.exec(text.slice(from, at));
  return found ? from + found.index : -1;
}

/** A template's last character before `text[at]`: the cheap test, so that most `@`s (`user@host`) are not read further. */
function endsTemplate(text: string, at: number): boolean {
  const last = text[at - 1];
  if (last === undefined) return false;
  if ("})>\"'`".includes(last)) return true;
  if ((last === "s" || last === "v") && text[at - 2] === "%") return true;
  let i = at - 1;
  while (i >= 0 && at - i <= 64 && /\w/.test(text[i]!)) i--;
  return i < at - 1 && text[i] === "$";
}

/** True when the value is inside a URL (the URL rule reports it, whole). */
export function isInsideUrl(match: RegExpExecArray): boolean {
  const before = textBefore(match, 2048);
  for (let i = before.length - 1; i >= 2; i--) {
    const ch = before[i]!;
    if (isWhitespace(ch) || ch === '"' || ch === "'" || ch === "`" || ch === "<" || ch === ">") return false;
    // (The host after a templated user part is the URL's value: see templatedUserinfoSchemeStart.)
    if (ch === "@" && templatedUserinfoSchemeStart(before, i) !== -1) return false;
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

export function sharesStringWithCredential(match: RegExpExecArray, value: string): boolean {
  const before = textBefore(match, 1024);
  const after = textAfter(match, value, 1024);
  const opened = Math.max(before.lastIndexOf('"'), before.lastIndexOf("'"), before.lastIndexOf("`"));
  const closes = after.search(/["'`]/);
  const text = `${before.slice(opened + 1)}${value}${closes === -1 ? after : after.slice(0, closes)}`;
  return CREDENTIAL_SETTING.test(text);
}

/**
 * A whole string literal that another string is tested against, not an address used:
 * `"github.com" in url` and `not in` (Python), `url.endsWith(".azure.com")`, `host.Contains("…")`,
 * Go's `strings.HasSuffix(host, "…")`, an equality on either side (`host === "…"`, `"…" != host`,
 * `"…".equals(h)`, `h.equalsIgnoreCase("…")`, `string.Equals(h, "…")`), a `case "…":` label, or a
 * member of a literal list that is searched (`host in ("…", "…")`, `["…", "…"].includes(host)`).
 * Code that checks where a URL points names the place to recognise, not one to connect to.
 */
const TESTED_AGAINST_BEFORE =
  /(?:\.(?:[Ee]nds[Ww]ith|[Ss]tarts[Ww]ith|endswith|startswith|[Ii]ncludes|[Cc]ontains|[Ii]ndexOf|find)\(|\bstrings\.(?:HasSuffix|HasPrefix|Contains|EqualFold)\([^,()]{1,100},|[!=]==?|\.(?:equals|equalsIgnoreCase|Equals|EqualsIgnoreCase)\((?:[^,()]{1,100},)?|\bcase)[ \t]*["'`]$/;
const TESTED_AGAINST_AFTER = /^["'`](?:[ \t]+(?:not[ \t]+)?in[ \t]|[ \t]*[!=]==?(?!=)|\.(?:equals|equalsIgnoreCase|Equals)\()/;
/** The members of a literal list before the value, each quoted and followed by a comma. */
const LIST_MEMBERS = String.raw`(?:[ \t]*["'][^"'\n]{0,200}["'][ \t]*,)*[ \t]*`;
/**
 * A list literal searched with `in`: `host in ("…", "…")`, `if origin not in {"…"}:`; not a loop
 * over it (`for host in ["…", "…"]:` connects to each).
 */
const SEARCHED_LIST_BEFORE = new RegExp(`(?<!\\bfor\\b[^:;\\n]{0,80})\\bin[ \\t]*[([{]${LIST_MEMBERS}["']$`);
/** A list literal searched by a call on it: `["…", "…"].includes(host)`, `Set.of("…").contains(h)`, `{"…"}.Contains(h)`. */
const SEARCHED_LIST_AFTER = /^["'](?:[ \t]*,[ \t]*["'][^"'\n]{0,200}["'])*[ \t]*,?[ \t]*[)\]}]\.(?:includes|contains|Contains|indexOf|has)\(/;

export function isTestedAgainst(match: RegExpExecArray, value: string): boolean {
  const after = textAfter(match, value, 300);
  if (TESTED_AGAINST_AFTER.test(after) || SEARCHED_LIST_AFTER.test(after)) return true;
  const before = textBefore(match, 300);
  return TESTED_AGAINST_BEFORE.test(before.slice(-160)) || SEARCHED_LIST_BEFORE.test(before);
}

/**
 * Words of a sentence right before the value: two words, the second in lower case (`Could not
 * reach `, `Connecting to ${host} at `), an interpolation counting as a word, maybe with a colon
 * (`Learn more: `) or a link's opening tag after them (`is retried if <a href="`, help text that a
 * form shows as HTML); or right after it (` is unreachable`, ` did not answer`).
 */
const SENTENCE_BEFORE = /(?:^|[\s(])(?:[A-Za-z][a-z]*|\$?\{[^{}]{1,60}\})[ \t]+[a-z]{2,}(?::?[ \t]+|[ \t]+<a[ \t]+href=["'])$/;
const SENTENCE_AFTER = /^[:,.]?[ \t]+[a-z]{2,}[ \t]+[a-z]{2,}(?![\w.-])/;
/** A word of prose: letters between blanks or before punctuation. */
const PROSE_WORD = /(?:^|\s)[A-Za-z][a-z]*(?=[\s,.:;!?]|$)/g;
/** A command line's option: `kubeadm join 10.0.0.12:6443 --token …`, `curl -s …` is a command, not a sentence. */
const COMMAND_OPTION = /(?:^|\s)--?[A-Za-z]/;

/**
 * A value inside a string literal that reads as a sentence: an error or log message
 * (`"Could not reach api.fabrikam.com: check your network"`), text for people: words next to the
 * value, three words or more in the string, and no command-line option. The program prints it;
 * the address it connects to is written where it connects, and reported there.
 */
export function readsAsSentence(value: string, match: RegExpExecArray, place: Place): boolean {
  if (place.kind !== "string") return false;
  const { before, after } = stringTextAround(value, match, place, 240);
  if (!SENTENCE_BEFORE.test(before.slice(-120)) && !SENTENCE_AFTER.test(after)) return false;
  if (COMMAND_OPTION.test(before) || COMMAND_OPTION.test(after)) return false;
  return (before.match(PROSE_WORD)?.length ?? 0) + (after.match(PROSE_WORD)?.length ?? 0) >= 3;
}

/** A Markdown code fence, at a line's start in the text or after an escaped line break (`\\n```console`). */
const MARKDOWN_FENCE_IN_STRING = /(?:^|\n|\\n)[ \t]*(?:```|~~~)/;

/**
 * A value inside a string literal that holds Markdown with a code block: the help text a tool or a
 * field describes itself with (an MCP tool's `description: 'Example cURL request:\n\n```console…'`,
 * an LLM prompt's examples). The string is text for people or a model, and its addresses are the
 * examples it shows; the program does not connect to them. Read on the value's line only, a bounded
 * window each way.
 */
export function isInMarkdownString(value: string, match: RegExpExecArray, place: Place): boolean {
  if (place.kind !== "string") return false;
  const { before, after } = stringTextAround(value, match, place, 2000);
  return MARKDOWN_FENCE_IN_STRING.test(before) || MARKDOWN_FENCE_IN_STRING.test(after);
}

/** The text of the string literal a value stands in, before the value and after it up to the closing quote, `reach` characters each way at most. */
function stringTextAround(value: string, match: RegExpExecArray, place: Place, reach: number): { before: string; after: string } {
  const start = valueStart(match);
  const before = match.input.slice(Math.max(place.stringStart + 1, start - reach), start);
  const rest = textAfter(match, value, reach);
  const close = rest.indexOf(place.quote!);
  return { before, after: close === -1 ? rest : rest.slice(0, close) };
}

/** App Service and Functions Key Vault references: the value already lives in Key Vault. */
export const KEY_VAULT_REFERENCE = /@Microsoft\.KeyVault\(/i;

/**
 * Settings whose value names code or a schema, not a place to connect to: module and package names
 * (`require("socket.io")`, `DJANGO_SETTINGS_MODULE = "mysite.settings.local"`), the type packages
 * a TypeScript project or TypeScript's own table loads (`"types": ["datatables.net"]`), Kubernetes
 * API groups (`apiVersion: networking.k8s.io/v1`), JSON schema ids. The name must stand alone or
 * end after `_`: `ServiceBusNamespace = "contoso.servicebus.windows.net"` is an endpoint.
 */
const CODE_NAME_SETTING = /(?<![A-Za-z0-9])(?:import|require|from|module|package|namespace|types|apiversion|\$schema|\$id|@context|@import|@use)["'`]?\s*[:=(]?\s*\[?\s*["'`]?$/i;
/** XML attributes that hold namespace names and schema locations (possibly several, space-separated). */
const NAMESPACE_ATTRIBUTE = /\b(?:xmlns(?::[\w.-]+)?|schemaLocation|noNamespaceSchemaLocation|targetNamespace)\s*=\s*["'][^"']*$/i;
/** Settings that hold links for people (package metadata), not endpoints for the program. */
const LINK_SETTING = /(?:homepage|repository|repo_?url|bugs|issues|author|funding|licen[cs]e(?:_?url)?|project_?url|documentation(?:_?url)?|docs_?url|help_?(?:url|uri|link)|privacy(?:_?url)?|terms(?:_?url)?|support_?url|changelog|icon_?url|readme)["'`]?\s*[:=>]\s*["'`]?$/i;

/** A setting's name alone (`DOCS_URL`, `homepage`) that holds a link for people, as LINK_SETTING reads it before a value. */
export function isLinkSettingName(name: string): boolean {
  return LINK_SETTING.test(`${name}:`);
}

/**
 * isInNonEndpointSetting for a value whose line does not show its setting's name: a member of a
 * list written one member a line (`"types": [` above `"datatables.net",`), named by the last
 * segment of its key path (`compilerOptions:types`).
 */
export function isNonEndpointSettingPath(keyPath: string, value: string): boolean {
  const slot = `${keyPath.slice(keyPath.lastIndexOf(":") + 1)}:`;
  return LINK_SETTING.test(slot) || (CODE_NAME_SETTING.test(slot) && !isAzureResourceHost(value.toLowerCase()));
}

/**
 * What an input shows while it is empty (`placeholder="https://api.fabrikam.com/v1"`,
 * `placeholder={"…"}`, `PlaceholderText = "…"`): an example of what to type, which nothing connects to.
 * Every value in it is one, not the first alone (`placeholder="relay.local or 10.0.0.1"`).
 */
const PLACEHOLDER_SETTING = /(?<![A-Za-z0-9])placeholder(?:_?text)?["'`]?\s*[:=]\s*\{?\s*["'`][^"'`\n]*$/i;
/**
 * An HTML attribute that names the translated text an element shows (Node-RED's and i18next's
 * `data-i18n="tls.label.ca"`, `data-i18n="[title]mqtt.label.nl;…"`): dotted message keys whose
 * last word may be a country's domain, not hosts.
 */
const TRANSLATION_KEY_ATTRIBUTE = /\bdata-i18n\s*=\s*["'][^"'\n]*$/i;

/**
 * A setting named for a name (`dataset_name: mlqa.en.es`, `loggerName`, `module_name`), or a
 * logger's name (`getLogger("fsspec.local")`): dotted names there are a data set's, a logger's or
 * a module's, not hosts. Not a host's, a server's or a domain's name (`server_name`, `HOST_NAME`,
 * `common_name`), which is one, nor a Kubernetes ExternalName Service's `externalName:`, the
 * outside host the Service stands for.
 */
const NAME_SETTING = /(?<![A-Za-z0-9])(?![A-Za-z0-9_-]*?(?:host|server|domain|dns|fqdn|site|sni|common|cname|node|machine|computer|endpoint|service|virtual|alt|subject|instance|cluster|dc|external)[_-]?name["'`]?\s*[:=])[A-Za-z][A-Za-z0-9_-]{0,60}(?:[_-]name|[a-z0-9]Name|_NAME)["'`]?\s*[:=]\s*["'`]?$/i;
const LOGGER_NAME_BEFORE = /\bgetLogger\(\s*["'`]$/;
/**
 * A setting that names who makes a thing (a device table's `vendor: "databyte.ch"`, a package's
 * `manufacturer`, `brand`): a company whose name is its web site's, not a host the program reaches.
 */
const MAKER_SETTING = /(?<![A-Za-z0-9_-])(?:vendor|manufacturer|brand)["'`]?\s*[:=]\s*["'`]$/i;
/**
 * A setting's key asked of a settings API (LXC's `get_config_item("lxc.net")`,
 * `set_config_key("cache.local", …)`), or a property's name (`System.getProperty("maven.repo.local")`,
 * JRuby's `maven.property( 'maven.repo.local', dir )`, Gradle's `findProperty("…")`): the dotted
 * name is the key the value is stored under, not a host, whatever its last word.
 */
const CONFIG_KEY_CALL_BEFORE = /\b(?:(?:get|set|clear|has|unset)_?(?:global_?)?config_?(?:item|key|option)|(?:get|set|find|has)?property)\(\s*["'`]$/i;

export function isInNonEndpointSetting(value: string, match: RegExpExecArray): boolean {
  const before = textBefore(match);
  if (NAMESPACE_ATTRIBUTE.test(before) || LINK_SETTING.test(settingSlot(before)) || PLACEHOLDER_SETTING.test(before)) return true;
  if (TRANSLATION_KEY_ATTRIBUTE.test(before) || MAKER_SETTING.test(settingSlot(before))) return true;
  if (NAME_SETTING.test(settingSlot(before)) || LOGGER_NAME_BEFORE.test(before) || CONFIG_KEY_CALL_BEFORE.test(before)) return true;
  // A Service Bus or Event Hubs namespace is Azure's name for the resource itself
  // (`fully_qualified_namespace="orders.servicebus.windows.net"`): a host under a service's zone
  // is never a code namespace or module.
  const named = CODE_NAME_SETTING.test(settingSlot(before)) || CODE_NAME_SETTING.test(settingSlot(listOpeningBefore(before)));
  return named && !isAzureResourceHost(value.toLowerCase());
}

/**
 * For a later member of a one-line array (`"types": ["node", "` before the value), the text up to
 * and with the array's `[`, where the setting's name is; otherwise "".
 */
function listOpeningBefore(before: string): string {
  if (!/,\s*["'`]$/.test(before)) return "";
  const bracket = before.lastIndexOf("[");
  return bracket === -1 || before.includes("]", bracket) ? "" : before.slice(0, bracket + 1);
}
