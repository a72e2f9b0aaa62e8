import { constants as fsConstants, promises as fs, type PathLike } from "node:fs";

/**
 * Reading a file the CLI was pointed at, or that a repository put in its way, without trusting
 * it to be one: a FIFO blocks a plain read forever (and git can commit a symlink to one, or to
 * `/dev/zero`, which never ends), and `/proc` files say they are empty whatever they hold.
 */

/** Why a file was not read: not a regular file, or more bytes than the caller takes. */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    readonly reason: "not-a-file" | "too-large",
  ) {
    super(message);
  }
}

/** Opening a FIFO for reading without this waits for a writer; with it, the open returns and the type is checked. */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

/**
 * The bytes of a regular file (symlinks followed), at most `maxBytes` of them: anything else is
 * an {@link UnreadableFile}. The size is counted as the bytes come, not taken from `stat`.
 * File system errors (ENOENT, EACCES…) are thrown as they are.
 */
export async function readRegularFile(file: PathLike, maxBytes: number): Promise<Buffer> {
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UnreadableFile("not a regular file", "not-a-file");
    if (stat.size > maxBytes) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(maxBytes: number): UnreadableFile {
  return new UnreadableFile(`larger than ${formatSize(maxBytes)}`, "too-large");
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The most a configuration, a baseline or an env file may hold: far beyond any real one. */
export const MAX_POLICY_FILE_BYTES = 64 * 1024 * 1024;
