/**
 * JavaScript that ends up in what every visitor downloads: a whole file that runs in the browser,
 * or a value a build tool writes into the bundle. Reading a secret from the environment there
 * hands it to every visitor all the same, so the move refuses and says where it belongs.
 */
import { enclosingBlockOpeners } from "./blocks";

/** A `'use client'` directive: the first statement of a React Server Components module (Next.js), before any import. */
const USE_CLIENT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use client\1/;
/** Reads of the variables bundlers build into browser code: Vite's `VITE_`, Next.js's `NEXT_PUBLIC_`, Create React App's `REACT_APP_`. */
const BROWSER_VARIABLE_READ = /\bimport\.meta\.env\.VITE_\w|\bprocess\.env\.(?:NEXT_PUBLIC|REACT_APP)_\w/;
/** The Angular CLI's environment files (`src/environments/environment.prod.ts`), which it swaps into the app it builds. */
const ANGULAR_ENVIRONMENT_FILE = /(?:^|[\\/])environments[\\/]environment(?:\.[\w-]+)?\.ts$/;

/**
 * Why a JavaScript or TypeScript file surely runs in the browser, or undefined. There the
 * environment is the bundler's: a variable it exposes is built into the bundle (`process.env.X`
 * is undefined or a build error otherwise), so a read of it would hand the secret to every visitor.
 */
export function browserCodeEvidence(text: string, filePath: string): string | undefined {
  if (USE_CLIENT_DIRECTIVE.test(text)) return "a 'use client' component";
  if (ANGULAR_ENVIRONMENT_FILE.test(filePath)) return "an Angular environment file, which the Angular CLI builds into the app";
  const read = BROWSER_VARIABLE_READ.exec(text);
  return read ? `it reads ${read[0].slice(0, -1)}… variables, which the bundler builds into it` : undefined;
}

/** Objects of a build's configuration whose values the build writes into the code it ships, by the file they are in and the text that opens them. */
const BUNDLED_OBJECTS: readonly { readonly file: RegExp; readonly opener: RegExp; readonly place: string; readonly unless?: RegExp }[] = [
  { file: /(?:^|[\\/])next\.config\.[cm]?[jt]s$/, opener: /(?:^|[\s,{])env\s*:\s*$/, place: "next.config's env, which Next.js writes into the JavaScript every visitor downloads" },
  { file: /(?:^|[\\/])nuxt\.config\.[cm]?[jt]s$/, opener: /(?:^|[\s,{])public\s*:\s*$/, place: "Nuxt's runtimeConfig.public, which Nuxt sends to every visitor's browser" },
  { file: /(?:^|[\\/])vite\.config\.[cm]?[jt]s$/, opener: /(?:^|[\s,{])define\s*:\s*$/, place: "Vite's define, which writes it into the JavaScript every visitor downloads" },
  { file: /(?:^|[\\/])app\.config\.[cm]?[jt]s$/, opener: /(?:^|[\s,{])extra\s*:\s*$/, place: "Expo's extra, which is shipped to every device in the app's manifest" },
  // (Not in a build for Node, whose bundle stays on the server.)
  { file: /\.[cm]?[jt]s$/, opener: /\bDefinePlugin\(\s*$/, place: "webpack's DefinePlugin, which writes it into the JavaScript every visitor downloads", unless: /\btarget\s*:\s*["'](?:async-)?node/ },
];

/**
 * Where a build tool writes the value at `offset` into what it ships (next.config's `env`, Nuxt's
 * `runtimeConfig.public`, Vite's `define`, webpack's DefinePlugin, Expo's `extra`), or undefined.
 * A configuration value may be read from the environment there, as builds are meant to; a secret
 * read there still ships.
 */
export function bundledValuePlace(text: string, filePath: string, offset: number): string | undefined {
  const candidates = BUNDLED_OBJECTS.filter((object) => object.file.test(filePath) && !object.unless?.test(text));
  if (candidates.length === 0) return undefined;
  const { openers } = enclosingBlockOpeners(text, offset);
  return candidates.find((object) => openers.some((opener) => object.opener.test(opener)))?.place;
}
