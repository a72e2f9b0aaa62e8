import { createHash } from "node:crypto";

/**
 * A fingerprint must survive unrelated edits (so no line or column) and tell apart two identical
 * secrets in one file (so the occurrence index is part of it). The value enters only through a
 * hash, and the result is truncated, so a fingerprint in a baseline file reveals nothing usable.
 */
export function fingerprint(ruleId: string, filePath: string, value: string, occurrence: number): string {
  const normalizedPath = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  return createHash("sha256")
    .update(`${ruleId}\u0000${normalizedPath}\u0000${value}\u0000${occurrence}`)
    .digest("hex")
    .slice(0, 32);
}
