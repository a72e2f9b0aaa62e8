/**
 * Git's own settings files: `~/.gitconfig` (and the files it includes, `.gitconfig.local`,
 * `work.gitconfig`), the system's `gitconfig`, `~/.config/git/config` and a repository's
 * `.git/config`.
 */
const GIT_CONFIG_FILE = /(?:^|[/\\])(?:\.?gitconfig(?:[.-][^/\\]+)?|[^/\\]+\.gitconfig|\.git[/\\]config|git[/\\]config)$/i;

/**
 * Git's `user.signingKey` names the key that signs commits: a GPG key's id (`3AA5C34371567BD2`)
 * or fingerprint, an SSH public key (`ssh-ed25519 AAAA…`, `key::ssh-ed25519 AAAA…`) or the path
 * to one. The private key stays in the agent or the keyring, so the value is never a secret,
 * however random a key id looks.
 */
export function isGitSigningKeySetting(filePath: string, keyName: string | undefined): boolean {
  return keyName !== undefined && /^(?:user[.:])?signingkey$/i.test(keyName) && GIT_CONFIG_FILE.test(filePath);
}
