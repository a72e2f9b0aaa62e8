import * as crypto from "node:crypto";

/** One-shot hashing (Node 20.12+) is about twice as fast; VS Code's older Node has only createHash. */
const sha256Hex: (data: string) => string =
  typeof crypto.hash === "function" ? (data) => crypto.hash("sha256", data, "hex") : (data) => crypto.createHash("sha256").update(data).digest("hex");

/**
 * A fingerprint must survive unrelated edits (so no line or column) and tell apart two identical
 * secrets in one file (so the occurrence index is part of it). The value enters only through a
 * hash, and the result is truncated, so a fingerprint in a baseline file reveals nothing usable.
 */
export function fingerprint(ruleId: string, filePath: string, value: string, occurrence: number): string {
  const normalizedPath = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  return sha256Hex(`${ruleId}\u0000${normalizedPath}\u0000${value}\u0000${occurrence}`).slice(0, 32);
}
