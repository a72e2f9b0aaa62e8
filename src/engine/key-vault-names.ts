// Key Vault's rule for a secret's name: 1 to 127 of `0-9 a-z A-Z -`. One definition for the
// engine's readers of Key Vault files, the quick fix's name checks and the Azure layer's reading
// of secret URIs and error messages. (The emulator keeps its own: it stands for the service, and a
// mistake shared by both sides would pass both sides' tests.)

export const MAX_SECRET_NAME_LENGTH = 127;

/** The name as a pattern's part, for patterns that find a name inside more text. */
export const SECRET_NAME_PATTERN = `[0-9A-Za-z-]{1,${MAX_SECRET_NAME_LENGTH}}`;

const WHOLE_SECRET_NAME = new RegExp(`^${SECRET_NAME_PATTERN}$`);

export function isKeyVaultSecretName(name: string): boolean {
  return WHOLE_SECRET_NAME.test(name);
}
