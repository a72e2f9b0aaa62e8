import type { RuleContext, RuleHit, ScannerRule } from "./types";

/**
 * Files whose whole content is a key, known by their name. Rails' `config/master.key` (and the
 * per-environment `config/credentials/<environment>.key`) decrypts `credentials.yml.enc`, where a
 * Rails application keeps every secret it has: a committed key file gives them all away. Rails
 * writes it as 32 hexadecimal digits and leaves it out of the repository in the `.gitignore` it
 * generates. The content names nothing, so no keyword can wake the rule: the file's name does.
 */
const RAILS_KEY_FILE = /(?:^|[/\\])config[/\\](?:master|credentials[/\\][\w.-]{1,64})\.key$/i;

/** Whether Rails reads this file as a key to its credentials (see RAILS_KEY_FILE). */
export function isRailsKeyFile(filePath: string): boolean {
  return RAILS_KEY_FILE.test(filePath);
}

/** `SecureRandom.hex(16)`, as `rails credentials:edit` writes it, alone in the file. */
const WHOLE_FILE_HEX_KEY = /^\s*(?<value>[0-9a-fA-F]{32})\s*$/d;

function findRailsMasterKey(text: string, _context: RuleContext): RuleHit[] {
  // (The file is one line: a long text is not a key file, and need not be read.)
  if (text.length > 200) return [];
  const span = WHOLE_FILE_HEX_KEY.exec(text)?.indices?.groups?.value;
  return span ? [{ start: span[0], end: span[1], keyName: "RAILS_MASTER_KEY" }] : [];
}

export const KEY_FILE_RULES: readonly ScannerRule[] = [
  {
    id: "rails/master-key",
    title: "Rails master key file",
    kind: "secret",
    docsUrl: "https://guides.rubyonrails.org/security.html#custom-credentials",
    keywords: [],
    fileName: RAILS_KEY_FILE,
    find: findRailsMasterKey,
  },
];
