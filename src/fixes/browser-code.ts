/**
 * JavaScript that ends up in what every visitor or user downloads: a file that runs in the browser,
 * on a phone or in a browser extension, or a value a build tool writes into its bundle. Reading a
 * secret from the environment there hands it to everyone all the same (or reads nothing: there is
 * no environment), so the move refuses and says where the secret belongs.
 */
import { enclosingBlockOpeners } from "./blocks";

/** A `'use client'` directive: the first statement of a React Server Components module (Next.js), before any import. */
const USE_CLIENT_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use client\1/;
/** Reads of the variables bundlers build into browser code: Vite's `VITE_`, Next.js's `NEXT_PUBLIC_`, Create React App's `REACT_APP_`. */
const BROWSER_VARIABLE_READ = /\bimport\.meta\.env\.VITE_\w|\bprocess\.env\.(?:NEXT_PUBLIC|REACT_APP)_\w/;
/** The Angular CLI's environment files (`src/environments/environment.prod.ts`), which it swaps into the app it builds. */
const ANGULAR_ENVIRONMENT_FILE = /(?:^|[\\/])environments[\\/]environment(?:\.[\w-]+)?\.ts$/;
/** Single-file components, which their framework compiles into the page. */
const COMPONENT_FILE = /\.(vue|svelte)$/;
/** An import of React Native or of Expo's app modules (not expo-server-sdk, which runs on servers). */
const REACT_NATIVE_IMPORT = /\b(?:from|require\()\s*["'](?:react-native(?:-[\w-]+)?|expo(?:-(?!server-sdk\b)[\w-]+)?)["']/;
/** A browser extension's own API: `chrome.runtime`, `chrome.storage`, Firefox's `browser.runtime`. */
const EXTENSION_API = /\b(?:chrome\.(?:runtime|storage|tabs|action|browserAction)|browser\.runtime)\./;

const SERVED_TO_BROWSERS = "Keep the secret on a server the page calls (an API route, a server action, a backend), remove it from this file by hand, and rotate it: it has been served to browsers.";

function runsInTheBrowser(why: string): string {
  return `This code runs in the browser (${why}): what it reads from the environment is built into the JavaScript every visitor downloads, so no vault can keep this secret there. ${SERVED_TO_BROWSERS}`;
}

/**
 * Why a JavaScript or TypeScript file (or a component file) surely runs where there is no
 * environment of the program's own: the move's refusal, or undefined. In the browser the
 * environment is the bundler's: a variable it exposes is built into the bundle (`process.env.X` is
 * undefined or a build error otherwise), so a read of it would hand the secret to every visitor.
 */
export function shippedCodeRefusal(text: string, filePath: string): string | undefined {
  if (USE_CLIENT_DIRECTIVE.test(text)) return runsInTheBrowser("a 'use client' component");
  if (ANGULAR_ENVIRONMENT_FILE.test(filePath)) return runsInTheBrowser("an Angular environment file, which the Angular CLI builds into the app");
  const component = COMPONENT_FILE.exec(filePath);
  if (component) return runsInTheBrowser(component[1] === "vue" ? "a Vue single-file component" : "a Svelte component");
  const read = BROWSER_VARIABLE_READ.exec(text);
  if (read) return runsInTheBrowser(`it reads ${read[0].slice(0, -1)}… variables, which the bundler builds into it`);
  if (REACT_NATIVE_IMPORT.test(text)) {
    return "This is a React Native app, which runs on its users' phones with no environment to read: a value given when it is built is built into the app every user installs, so no vault can keep this secret there. Keep the secret on a server the app calls, remove it from this file by hand, and rotate it: it has been shipped with the app.";
  }
  if (EXTENSION_API.test(text)) {
    return "This code runs in a browser extension (it calls the extension API), which has no environment to read: what it holds ships in the package every user installs, so no vault can keep this secret there. Keep the secret on a server the extension calls, remove it from this file by hand, and rotate it: it has been shipped with the extension.";
  }
  return undefined;
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
 * `runtimeConfig.public`, Vite's `define`, webpack's DefinePlugin, Expo's `extra`): the move's
 * refusal, or undefined. A configuration value may be read from the environment there, as builds
 * are meant to; a secret read there still ships.
 */
export function bundledValueRefusal(text: string, filePath: string, offset: number): string | undefined {
  const candidates = BUNDLED_OBJECTS.filter((object) => object.file.test(filePath) && !object.unless?.test(text));
  if (candidates.length === 0) return undefined;
  const { openers } = enclosingBlockOpeners(text, offset);
  const place = candidates.find((object) => openers.some((opener) => object.opener.test(opener)))?.place;
  return place === undefined
    ? undefined
    : `The value is in ${place}: read from the environment there, the secret would still be shipped, so no vault can keep it. Keep it on a server the code calls, remove it from this file by hand, and rotate it: it has been shipped already.`;
}
