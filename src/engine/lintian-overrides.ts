/**
 * Lintian's override files: `debian/<package>.lintian-overrides`, `debian/lintian-overrides`,
 * `debian/source/lintian-overrides`, installed as `/usr/share/lintian/overrides/<package>`. Each
 * line is a package's name and one of Lintian's tags (`base-passwd: no-debconf-config`), so a
 * secret's word in a package's name (`base-passwd`, `libpam-pwdfile`) is no evidence of a secret.
 */
const LINTIAN_OVERRIDES = /(?:^|[/\\])(?:[^/\\]+\.)?lintian-overrides$|(?:^|[/\\])lintian[/\\]overrides[/\\][^/\\]+$/;

export function isLintianOverrides(filePath: string): boolean {
  return LINTIAN_OVERRIDES.test(filePath);
}
