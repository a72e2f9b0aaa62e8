import { withoutAtomicWriteSuffix } from "./file-type";

/**
 * Which files a scan leaves out, shared by the CLI's walker and the editor's workspace scan so both
 * skip the same things and say so in the same words.
 */

/** Folders that hold other people's code or tool state: dependencies, VCS data, build caches. */
export const SKIPPED_DIRECTORIES: readonly string[] = [
  // `vendor`: Go's vendored modules, Composer's and Bundler's installs.
  ".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", ".venv", "venv", "__pycache__", ".tox",
  // `.terragrunt-cache`: Terragrunt's copies of the modules it runs, `*.tfvars` and all.
  ".vscode-test", ".next", ".nuxt", ".terraform", ".terragrunt-cache",
  // Expo's local state and Babel's cache of compiled code (`.expo/web/cache`), and ember-try's copy
  // of `node_modules` while it tries other versions: copies of code found where it is written.
  ".expo", ".node_modules.ember-try",
];

/**
 * Folders a build writes its output to, copies of the source's settings files included (.NET's
 * `bin/` and `obj/` get `local.settings.json` and `appsettings.*.json`; Maven's `target/` and
 * Gradle's `build/` the resources). Git-ignored, a secret file in one is such a copy: the source's
 * is the one to fix, and the next build writes this one again. (Not ignored, such a folder is
 * source like any other: a `bin/` of scripts.)
 */
const BUILD_OUTPUT_DIRECTORIES: ReadonlySet<string> = new Set(["bin", "obj", "out", "build", "dist", "target"]);

/** Whether a folder's name is a build's output folder's (see above; whether git ignores it is the caller's question). */
export function isBuildOutputDirectory(name: string): boolean {
  return BUILD_OUTPUT_DIRECTORIES.has(name);
}

/** Why a file over the size budget was not scanned. */
export function oversizeReason(sizeBytes: number, budgetKb: number): string {
  return `larger than the size budget (${Math.ceil(sizeBytes / 1024)} KB > ${budgetKb} KB)`;
}

/**
 * Lockfiles list package names, versions and integrity hashes: never secrets, often look-alikes.
 * Their registry URLs are the exception: see lockfile-urls.ts.
 */
const LOCKFILES = new Set([
  "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "cargo.lock", "poetry.lock", "pipfile.lock",
  "composer.lock", "gemfile.lock", "go.sum", "packages.lock.json", "paket.lock", "podfile.lock", "pubspec.lock", "mix.lock", "flake.lock",
]);
/** A bundler's output: one long line after another. Hand-written code averages under 60 characters. */
const MINIFIED_AVERAGE_LINE_LENGTH = 500;
/**
 * A data URI's payload, or a run of base64 long enough to be data rather than code. (A run is
 * tried only where it starts: tried at every offset, runs just short of the length would cost
 * their length squared.)
 */
const INLINED_DATA = /data:[\w.+/-]{1,100}(?:;[\w=.+-]{1,100})*,[A-Za-z0-9+/=%_-]{64,}|(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{1000,}={0,2}/g;

/**
 * The files inside an Xcode `.dSYM` bundle (`ZXingObjC.framework.dSYM/Contents/Resources/Relocations/aarch64/ZXingObjC.yml`):
 * the linker writes them, listing every method as `-[Class initWithToken:mode:]`, so a secret's
 * name (`Token:`, `password:`) stands before the next selector part on every line.
 */
const DEBUG_SYMBOL_BUNDLE = /\.dsym[/\\]Contents[/\\]Resources[/\\]/i;

function lowerCaseBaseName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf("/"), filePath.lastIndexOf("\\")) + 1).toLowerCase();
}

/**
 * A package manager's lockfile (`package-lock.json`, `yarn.lock`, `poetry.lock`, `go.sum`…). The
 * engine reads only its URLs' credentials: a private registry's password or token, copied into
 * every `resolved` or `url` entry, is the one secret such a file holds.
 */
export function isLockfile(filePath: string): boolean {
  return LOCKFILES.has(withoutAtomicWriteSuffix(lowerCaseBaseName(filePath)));
}

/**
 * Why a file is generated rather than written (a source map, a minified bundle), or undefined.
 * Such files repeat what their sources say, in forms full of look-alikes: the sources are where a
 * secret is found and fixed. The engine returns no findings for them. (Lockfiles are generated too,
 * but are scanned for credentials in URLs: see {@link isLockfile}.)
 */
/**
 * A source map's JSON, by what comes before its (maybe long) `sourcesContent`: a `version` number
 * and the `sources` list, the `mappings` string (Closure Compiler writes it first) or the `names`
 * list (Babel writes it first, and it may fill the first 4 KB). An Elasticsearch mapping
 * (`elasticsearch.map`) has none of them.
 */
const SOURCE_MAP_START = /^\s*\{(?=[^]*?"version"\s*:\s*\d)(?=[^]*?(?:"(?:sources|sections|names)"\s*:\s*\[|"mappings"\s*:\s*"))/;

/**
 * A source map that opens with its `mappings` string (Parcel's order: `version` comes last, past a
 * mappings string far longer than the start read above). A string of Base64 VLQ segments is a
 * bundler's; an Elasticsearch mapping's `mappings` is an object.
 */
const SOURCE_MAP_MAPPINGS_FIRST = /^\s*\{\s*"mappings"\s*:\s*"[A-Za-z0-9+/,;]{16}/;

function isSourceMap(content: string): boolean {
  const start = content.slice(0, 4096);
  return SOURCE_MAP_START.test(start) || SOURCE_MAP_MAPPINGS_FIRST.test(start);
}

export function generatedFileReason(filePath: string, content: string): string | undefined {
  const base = lowerCaseBaseName(filePath);
  // (By its content too: Elasticsearch's mappings, `elasticsearch.map`, and other `.map` files are written.)
  if (base.endsWith(".map") && isSourceMap(content)) return "a source map (generated by a bundler)";
  if (/\.min\.(?:js|mjs|cjs|css)$/.test(base)) return "a minified bundle";
  if (DEBUG_SYMBOL_BUNDLE.test(filePath)) return "debug symbols (an Xcode .dSYM bundle, written by the linker)";
  // Bundlers name their chunks by content hash (`remoteEntry.1e1bdbb057205efa.js`); people do not.
  // (A hash has letters and digits; a date stamp has only digits.)
  if (/\.(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,32}\.(?:js|mjs|cjs|css)$/.test(base)) return "a bundle chunk (content-hashed file name)";
  if (/\.(?:js|mjs|cjs|css)$/.test(base) && content.length > 4096) {
    // Data inlined by hand (an image as a data URI, a base64 blob) is a long line, but no code:
    // what is left must be long lines for the file to be minified. (Taking data out only shortens
    // lines: a file whose lines are short with it is not minified, and is not searched for it.)
    const sample = content.slice(0, 256 * 1024);
    if (averageLineLength(sample) > MINIFIED_AVERAGE_LINE_LENGTH && averageLineLength(sample.replace(INLINED_DATA, "")) > MINIFIED_AVERAGE_LINE_LENGTH) {
      return "a minified bundle (very long lines)";
    }
  }
  return undefined;
}

/** Characters per line; any line break counts (a file with old Mac line ends, CR, is not one long line). */
function averageLineLength(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  // Lone CRs: only where a CR is not part of a CRLF.
  if (text.includes("\r")) lines += (text.match(/\r(?!\n)/g) ?? []).length;
  return text.length / lines;
}

/**
 * The markers code generators write at the top of what they generate: Go's `// Code generated …
 * DO NOT EDIT.`, .NET's `<auto-generated>`, `@generated` (Relay, Hack, Buck and others), and the
 * GNU build tools' `# Generated by GNU Autoconf 2.71 for …` (a `configure` script) and
 * `# Makefile.in generated by automake …`, and AutoRest's (the Azure SDKs' clients and models in
 * every language) `Code generated by Microsoft (R) AutoRest Code Generator.` with its warning that
 * changes `will be lost if the code is regenerated`, which other Microsoft generators print too;
 * AWS Amplify's `aws-exports.js`: `DO NOT EDIT. This file is automatically generated by AWS Amplify`;
 * LLVM's and MLIR's TableGen output (`AMX.h.inc`, `X86GenInstrInfo.inc`): `TableGen'erated file`.
 * Looked for in the first 2,000 characters, where a licence or build tags may come first.
 */
const GENERATED_CODE_MARKER =
  /^\/\/ Code generated .{0,200} DO NOT EDIT\.$|<auto-generated[\s>/]|@generated\b|^# Generated by GNU Autoconf\b|^# \S+ generated by automake\b|Code generated by Microsoft \(R\) AutoRest Code Generator|(?:Changes to this file|Changes) may cause incorrect behavior and will be lost if the code is regenerated|DO NOT EDIT\. This file is automatically generated by AWS Amplify\b|TableGen'erated file\b/m;

/**
 * Whether a file's header says a generator wrote it. The configuration rules leave such code
 * alone: an SDK's table of regional endpoints comes from the generator's input, where a change
 * would be made (secrets in it are still reported).
 */
export function isGeneratedCode(content: string): boolean {
  const head = content.slice(0, 2000);
  // (Every marker holds the word, TableGen's with a quote inside: most files are ruled out by one plain search.)
  return head.includes("erated") && GENERATED_CODE_MARKER.test(head);
}
