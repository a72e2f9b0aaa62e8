/**
 * The action a GitHub Actions step uses, for a value in that step's `with:` below its `uses:`: a
 * dozen lines below at most, none of them the next step's `- `.
 */
const STEP_ACTION_BEFORE = /\buses:[ \t]*["']?([\w.-]+\/[\w.-]+)(?:\/[\w./-]*)?@[^\n]*\n(?:(?![ \t]*-[ \t])[ \t][^\n]*\n){0,12}(?![ \t]*-[ \t])[ \t][^\n]*$/;

/** The step's action as `owner/repo` in lower case (GitHub's names ignore case: `Azure/login`), or undefined. */
export function stepActionBefore(text: string, offset: number): string | undefined {
  return STEP_ACTION_BEFORE.exec(text.slice(Math.max(0, offset - 800), offset))?.[1]?.toLowerCase();
}
