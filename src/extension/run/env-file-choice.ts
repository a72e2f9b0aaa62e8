// Which .env file Run with Secrets reads when none is named, decided without VS Code so it is
// unit-tested: run-with-secrets.ts finds the files and shows the pick.

/**
 * Files that match `.env*` but hold no environment to run with: templates of one (placeholders,
 * committed so others know which variables to set) and direnv's `.envrc`, a shell script.
 */
const NOT_AN_ENVIRONMENT = /(?:^|\/)(?:\.envrc|\.env(?:\.[^/]*)?\.(?:example|sample|template))$/i;

/**
 * The file to use without asking (`<folder>/.env`, when it is the only candidate), or the
 * candidates to pick from (folder-relative, `/`-separated). Any other lone file is offered rather
 * than used: it may be another environment's, or in a subfolder while the command runs at the
 * folder's root. No candidate at all: `.env`, which the run then reports as not found.
 */
export function envFileChoice(relativePaths: readonly string[]): { readonly use: string } | { readonly pick: readonly string[] } {
  const candidates = relativePaths.filter((file) => !NOT_AN_ENVIRONMENT.test(file)).sort();
  if (candidates.length === 0) return { use: ".env" };
  if (candidates.length === 1 && candidates[0] === ".env") return { use: ".env" };
  return { pick: candidates };
}
