// Bundles the extension, the CLI, the local Azure emulator, the engine for the bench and the
// integration-test suite.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --tests       also bundle test/integration for the VS Code extension host
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { sep } from "node:path";

const args = new Set(process.argv.slice(2));
const production = args.has("--production");
const watch = args.has("--watch");
const withTests = args.has("--tests");
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import("esbuild").BuildOptions} */
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  // VS Code 1.90's extension host is Node 20 (Electron 29); the CLI supports Node 20 too.
  target: "node20",
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: "warning",
  define: { SECRET_HYGIENE_VERSION: JSON.stringify(version) },
  // jsonc-parser's default (UMD) build loads its parts with a require() esbuild cannot follow.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
};

/**
 * Reports each build. In watch mode the lines are the ones the `$esbuild-watch` problem matcher
 * (.vscode/tasks.json) waits for.
 */
const tag = watch ? "[watch]" : "[esbuild]";
const reportPlugin = {
  name: "report",
  setup(build) {
    build.onStart(() => console.log(`${tag} build started: ${build.initialOptions.outfile}`));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log(`${tag} build finished: ${build.initialOptions.outfile} (${result.errors.length} errors)`);
    });
  },
};

/**
 * Keeps `secret-hygiene run` and the Azure SDK it needs (1.3 MB of the CLI) out of dist/cli.js:
 * main.ts imports ./run-command on demand, but one bundle would still read and compile it on every
 * `scan`, which a pre-commit hook runs on each commit. The import becomes a require of the
 * dist/cli-run.js bundle built beside it.
 */
const cliRunCommandPlugin = {
  name: "cli-run-command",
  setup(build) {
    build.onResolve({ filter: /^\.\/run-command$/ }, (args) => (args.importer.endsWith(`cli${sep}main.ts`) ? { path: "./cli-run.js", external: true } : undefined));
  },
};

const builds = [
  { ...common, entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  // The workspace scan's worker thread: the engine alone, loaded by scan-worker-pool.ts.
  { ...common, entryPoints: ["src/extension/scan-worker.ts"], outfile: "dist/scan-worker.js" },
  { ...common, entryPoints: ["src/cli/index.ts"], outfile: "dist/cli.js", plugins: [cliRunCommandPlugin] },
  { ...common, entryPoints: ["src/cli/run-command.ts"], outfile: "dist/cli-run.js" },
  // The local Azure emulator (Key Vault, App Configuration, ARM) for tests and `npm start`.
  { ...common, entryPoints: ["src/emulator/cli.ts"], outfile: "dist/emulator.js" },
  // The engine alone, bundled as the worker and the CLI bundle it, for `npm run bench`: it times
  // the code users run. (Not packaged: .vscodeignore lists what is.)
  { ...common, entryPoints: ["src/engine/index.ts"], outfile: "dist/engine.js" },
];
if (withTests) {
  builds.push({
    ...common,
    minify: false,
    sourcemap: true,
    entryPoints: ["test/integration/index.ts"],
    outfile: "out/test/integration/index.js",
    external: ["vscode", "mocha"],
  });
}

const contexts = await Promise.all(builds.map((options) => esbuild.context({ ...options, plugins: [...(options.plugins ?? []), reportPlugin] })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
