// What Back Up and Restore say when the local file, not the vault, fails: the path, the cause in
// words, and that nothing was written or restored. A file-system error holds no request data and
// no value, so its code and the chosen path are safe to show and to log (unlike an Azure error,
// whose message describeFailure keeps out of sight). No `vscode` here, so the unit tests can check it.

/** Node's codes, and VS Code's FileSystemError codes for files behind other schemes (a remote window). */
const CAUSES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  NoPermissions: "permission denied",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EROFS: "the file system is read-only",
  EISDIR: "it is a folder",
  FileIsADirectory: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  FileNotADirectory: "a part of the path is a file, not a folder",
  ENAMETOOLONG: "the name is too long",
  EBUSY: "the file is in use",
  Unavailable: "the file system is not available",
};

export interface FileFailure {
  /** For the user: what failed, where, why, and what did not happen. */
  readonly message: string;
  /** For the log: the same, with the error's code. */
  readonly logLine: string;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** The cause in words; a missing file reads differently when writing (its folder) and reading (the file). */
export function fileCause(error: unknown, access: "read" | "write"): string {
  const code = codeOf(error);
  if (code === "ENOENT" || code === "FileNotFound") return access === "write" ? "folder not found" : "file not found";
  if (code && CAUSES[code]) return CAUSES[code];
  return code ? `error ${code}` : "an unexpected error";
}

/**
 * A backup file that could not be written. `atomic`: it was written beside the target and renamed
 * into place (writePrivateFileAtomically), so nothing was written and an earlier file is unchanged.
 */
export function backupWriteFailure(secretName: string, file: string, error: unknown, atomic: boolean): FileFailure {
  const cause = fileCause(error, "write");
  const outcome = atomic ? "Nothing was written; the secret was only read from the vault." : "The backup was not saved.";
  return {
    message: `Could not write the backup of '${secretName}' to ${file} (${cause}). ${outcome}`,
    logLine: `Vault explorer: writing the backup of '${secretName}' to ${file} failed: ${codeOf(error) ?? "no error code"} (${cause})`,
  };
}

/** A backup file that could not be read: nothing reached the vault. */
export function backupReadFailure(vaultName: string, file: string, error: unknown): FileFailure {
  const cause = fileCause(error, "read");
  return {
    message: `Could not read the backup file ${file} (${cause}). Nothing was restored into ${vaultName}.`,
    logLine: `Vault explorer: reading the backup file ${file} to restore into ${vaultName} failed: ${codeOf(error) ?? "no error code"} (${cause})`,
  };
}
