/** A file-system error in words, for messages that name the path themselves (Node's name the call and the path). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "EISDIR": return "is a directory";
    case "ENOTDIR": return "a part of the path is a file, not a folder";
    case "ELOOP": return "too many symbolic links (a loop?)";
    case "ENAMETOOLONG": return "the name is too long";
    case "EEXIST": return "a file is in the way of a folder to create";
    case "ENOSPC": return "no space left on the device";
    default: return error instanceof Error ? error.message : String(error);
  }
}
