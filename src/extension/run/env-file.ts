// A .env file as "Run with Secrets" reads it: KEY=VALUE lines (optional `export`, single or double
// quotes, `#` comments), and which values are Key Vault references to resolve. No `vscode` import,
// so it is unit-tested in plain Node.

export interface EnvEntry {
  readonly name: string;
  readonly value: string;
  /** Zero-based line, for messages. */
  readonly line: number;
}

/** A Key Vault reference in App Service's syntax, before its endpoint is checked. */
export type KeyVaultReference = { readonly secretUri: string } | { readonly vaultName: string; readonly secretName: string; readonly version?: string };

const ENTRY = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/;

function unquote(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    const body = end === -1 ? text.slice(1) : text.slice(1, end);
    return body.replace(/\\n/g, "\n").replace(/\\"/g, '"');
  }
  if (text.startsWith("'")) {
    const end = text.indexOf("'", 1);
    return end === -1 ? text.slice(1) : text.slice(1, end);
  }
  // Unquoted: a ` #` starts a comment.
  const comment = text.search(/\s#/);
  return (comment === -1 ? text : text.slice(0, comment)).trim();
}

export function parseEnvFile(text: string): EnvEntry[] {
  const entries: EnvEntry[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#|$)/.test(line)) return;
    const match = ENTRY.exec(line);
    if (match) entries.push({ name: match[1]!, value: unquote(match[2]!), line: index });
  });
  return entries;
}

const REFERENCE = /^@Microsoft\.KeyVault\((.*)\)$/i;

/** The reference a value holds, or undefined for a plain value. */
export function keyVaultReferenceIn(value: string): KeyVaultReference | undefined {
  const match = REFERENCE.exec(value.trim());
  if (!match) return undefined;
  const parts = new Map<string, string>();
  for (const part of match[1]!.split(";")) {
    const equals = part.indexOf("=");
    if (equals > 0) parts.set(part.slice(0, equals).trim().toLowerCase(), part.slice(equals + 1).trim());
  }
  const secretUri = parts.get("secreturi");
  if (secretUri) return { secretUri };
  const vaultName = parts.get("vaultname");
  const secretName = parts.get("secretname");
  if (vaultName && secretName) return { vaultName, secretName, version: parts.get("secretversion") || undefined };
  return undefined;
}
