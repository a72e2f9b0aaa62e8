/**
 * What is recorded with a stored secret, as Key Vault's guidance asks: management data
 * (rotation, origin, owner) in tags, the expiry as the secret's own attribute. Key Vault allows
 * 15 tags per secret and 256 characters per tag value.
 */

export const MAX_TAGS = 15;
export const MAX_TAG_VALUE_LENGTH = 256;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SecretMetadataInput {
  /** Application name, when the workspace says (vault mapping). */
  readonly app?: string;
  /** Environment name (`dev`, `prod`), when known. */
  readonly environment?: string;
  /** Where the value was found: a workspace-relative path reads best. */
  readonly sourcePath: string;
  /** Days until the secret should be rotated; Key Vault's guidance is at most 60. */
  readonly rotationDays: number;
  readonly now: Date;
  /** Who moved it (the signed-in account). */
  readonly createdBy: string;
  readonly compound: boolean;
  /** The value is a JSON document (a service principal's credentials, `{"clientId": …}`). */
  readonly json?: boolean;
  /** The engine rule that found it. */
  readonly ruleId: string;
}

export interface SecretMetadata {
  readonly tags: Readonly<Record<string, string>>;
  readonly contentType: string;
  /** `now + rotationDays`: the secret shows as expired in the portal when rotation is overdue. */
  readonly expiresOn: Date;
}

/** A value cut to the tag limit; for paths the end (the file name) is the part worth keeping. */
function tagValue(value: string, keep: "start" | "end" = "start"): string {
  const trimmed = value.trim();
  if (trimmed.length <= MAX_TAG_VALUE_LENGTH) return trimmed;
  return keep === "end" ? `…${trimmed.slice(trimmed.length - (MAX_TAG_VALUE_LENGTH - 1))}` : `${trimmed.slice(0, MAX_TAG_VALUE_LENGTH - 1)}…`;
}

/**
 * Content types (free text in Key Vault; these follow the MIME types tools already use):
 * a PEM private key `application/x-pem-file` (as Key Vault certificates), a URL with credentials
 * `text/uri-list`, JSON credentials `application/json`, another compound credential
 * `application/x-connection-string`, a JWT `application/jwt`, anything else `text/plain`.
 */
function contentTypeFor(ruleId: string, compound: boolean, json: boolean): string {
  if (ruleId === "private-key/pem") return "application/x-pem-file";
  if (ruleId === "url/credentials") return "text/uri-list";
  if (json) return "application/json";
  if (compound) return "application/x-connection-string";
  if (ruleId === "jwt/token") return "application/jwt";
  return "text/plain";
}

export function secretMetadata(input: SecretMetadataInput): SecretMetadata {
  if (!Number.isInteger(input.rotationDays) || input.rotationDays < 1) throw new RangeError(`rotationDays must be a whole number of days, at least 1 (got ${input.rotationDays}).`);
  const expiresOn = new Date(input.now.getTime() + input.rotationDays * DAY_MS);
  const tags: Record<string, string> = {
    "rotation-days": String(input.rotationDays),
    "rotate-by": expiresOn.toISOString().slice(0, 10),
    source: tagValue(input.sourcePath.replace(/\\/g, "/"), "end"),
    "created-by": tagValue(input.createdBy),
    "detected-by": tagValue(input.ruleId),
  };
  if (input.app?.trim()) tags.app = tagValue(input.app);
  if (input.environment?.trim()) tags.env = tagValue(input.environment);
  return { tags, contentType: contentTypeFor(input.ruleId, input.compound, input.json === true), expiresOn };
}
