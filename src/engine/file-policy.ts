/**
 * Which files a scan leaves out, shared by the CLI's walker and the editor's workspace scan so both
 * skip the same things and say so in the same words.
 */

/** Folders that hold other people's code or tool state: dependencies, VCS data, build caches. */
export const SKIPPED_DIRECTORIES: readonly string[] = [
  ".git", ".hg", ".svn", "node_modules", "bower_components", ".venv", "venv", "__pycache__", ".tox",
  ".vscode-test", ".next", ".nuxt", ".terraform",
];

/** Why a file over the size budget was not scanned. */
export function oversizeReason(sizeBytes: number, budgetKb: number): string {
  return `larger than the size budget (${Math.ceil(sizeBytes / 1024)} KB > ${budgetKb} KB)`;
}
