// Backup blobs. The service returns an opaque, encrypted blob that only a vault in the same
// subscription can restore. We seal the secret (all versions) with AES-256-GCM under a key kept in
// the emulator's state: the blob stays opaque (no values readable in it), survives a restart with
// --data, and a tampered or foreign blob fails like the service's "Malformed backup blob".
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { SecretRecord } from "../state";

const MAGIC = Buffer.from("SecretHygieneEmulatorSecretBackupV1", "utf8");
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealBackup(record: SecretRecord, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(MAGIC);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(record), "utf8"), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), sealed]);
}

function isSecretRecord(value: unknown): value is SecretRecord {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<SecretRecord>;
  return typeof candidate.name === "string" && Array.isArray(candidate.versions) && candidate.versions.length > 0;
}

/** The secret inside a blob, or undefined when the blob is not one of ours or was altered. */
export function openBackup(blob: Buffer, key: Buffer): SecretRecord | undefined {
  if (blob.length <= MAGIC.length + IV_BYTES + TAG_BYTES || !blob.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const iv = blob.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = blob.subarray(MAGIC.length + IV_BYTES, MAGIC.length + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(MAGIC);
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(blob.subarray(MAGIC.length + IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed: unknown = JSON.parse(plain.toString("utf8"));
    return isSecretRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
