/**
 * The JavaScript runtime a file is written for, where it reads its environment otherwise than
 * Node's `process.env`: Deno's `Deno.env.get("X")`, and Cloudflare Workers, whose secrets are
 * bindings handed to each handler rather than an environment.
 */

/** Deno's read, which a Deno program has where Node's `process` may not be a global. */
export const denoRead = (name: string): string => `Deno.env.get("${name}")`;

/** A Deno program: it reads `Deno.env` and never Node's `process.env`. */
export function isDenoProgram(text: string): boolean {
  return text.includes("Deno.env.") && !text.includes("process.env");
}

/** A Workers module's handler, `fetch(request, env…` (or `scheduled`, `queue`), as `export default { … }` writes it. */
const WORKER_HANDLER = /\b(?:async\s+)?(?:fetch|scheduled|queue|email)\s*\(\s*[A-Za-z_$][\w$]*\s*(?::\s*[\w.<>]+\s*)?,\s*env\b/;

/** Why the move cannot write a read in a Cloudflare Worker, or undefined where the file is none. */
export function workerRefusal(text: string): string | undefined {
  if (!/\bexport\s+default\b/.test(text) || !WORKER_HANDLER.test(text)) return undefined;
  return "This is a Cloudflare Worker, which has no process.env: its secrets are bindings its handlers receive (env.NAME), set with wrangler secret put NAME and, locally, in .dev.vars. Move the value by hand into such a binding (its master copy can stay in Key Vault).";
}
