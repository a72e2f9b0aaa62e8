/**
 * Front-end build tools copy the environment variables with their prefix into the JavaScript they
 * ship to every browser: Next.js's `NEXT_PUBLIC_`, Vite's `VITE_`, Create React App's
 * `REACT_APP_`, Gatsby's `GATSBY_`, Angular's `NG_APP_`, Expo's `EXPO_PUBLIC_`, Nuxt's
 * `NUXT_PUBLIC_` and SvelteKit's and Astro's `PUBLIC_`. Written as environment variables are, in
 * capitals, alone or after `process.env.`, `import.meta.env.` or a section (`env:`).
 */
const BUNDLED_CLIENT_NAME = /(?:^|[.:])(?:NEXT_PUBLIC|VITE|REACT_APP|GATSBY|NG_APP|EXPO_PUBLIC|NUXT_PUBLIC|PUBLIC)_([A-Z0-9][A-Z0-9_]*)$/;

/** The name after a bundler's client prefix (`DB_PASSWORD` for `NEXT_PUBLIC_DB_PASSWORD`), or undefined for any other name. */
export function bundledClientName(name: string): string | undefined {
  return BUNDLED_CLIENT_NAME.exec(name)?.[1];
}
