import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import { PROJECT_CONFIG_FILE, SECRETLINT_CONFIG_FILE } from "../engine";

/**
 * Whether `-o FILE` may be written, checked before the scan. The walk leaves the report file out
 * (an earlier run's report is no source), so `scan . -o .env` would replace the `.env` unread: a
 * file `-o` replaces must be empty or an earlier report of this tool, and never the baseline or
 * the configuration. Returns why not, or undefined when it may.
 */
/** What `file` is when it is one of the configuration files a scan reads ("the configuration"). */
export function ownPolicyFile(cwd: string, file: string, configPath: string | undefined): string | undefined {
  const target = path.resolve(cwd, file);
  const own = [
    [configPath ?? PROJECT_CONFIG_FILE, "the configuration"],
    [SECRETLINT_CONFIG_FILE, "secretlint's configuration"],
  ] as const;
  return own.find(([policyFile]) => path.resolve(cwd, policyFile) === target)?.[1];
}

export async function outputFileRefusal(cwd: string, outputFile: string, policyFiles: { baselinePath: string; configPath: string | undefined }): Promise<string | undefined> {
  const target = path.resolve(cwd, outputFile);
  const own = path.resolve(cwd, policyFiles.baselinePath) === target ? "the baseline" : ownPolicyFile(cwd, outputFile, policyFiles.configPath);
  if (own) return `'${outputFile}' is ${own}: write the report elsewhere`;
  let head: string;
  let tail: string;
  try {
    // (Non-blocking: a FIFO would wait for a writer before its type could be checked.)
    const handle = await fs.open(target, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return `'${outputFile}' is not a file: write the report elsewhere`;
      const size = stat.size;
      if (size === 0) return undefined;
      head = await readAt(handle, 0, Math.min(size, REPORT_HEAD_BYTES));
      tail = await readAt(handle, Math.max(0, size - REPORT_TAIL_BYTES), Math.min(size, REPORT_TAIL_BYTES));
    } finally {
      await handle.close();
    }
  } catch {
    // Not there yet (or its folder is not): written anew. Any other error shows when it is written.
    return undefined;
  }
  if (isEarlierReport(head, tail)) return undefined;
  return `'${outputFile}' exists and is not a report of this tool: -o replaces only its own earlier reports (remove the file, or write the report elsewhere)`;
}

const REPORT_HEAD_BYTES = 4096;
const REPORT_TAIL_BYTES = 1024;

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<string> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead).toString("utf8");
}

/** The JSON and SARIF reports name the tool near their start; the text report ends with its summary line. */
const TOOL_NAMED = /"name":\s*"secret-hygiene"/;
// (Colours are escape sequences around parts of the line: ESC, `[`, numbers, `m`.)
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const SUMMARY_LINE = /(?:^|\n)(?:(?:No secrets found|Scan incomplete: no secrets found in what could be read|\d+ findings? in \d+ files?) \(\d+ files? scanned[^\n]*\)\.|Nothing scanned \(0 files(?: scanned[^\n]*)?\)\.)\n?$/;

function isEarlierReport(head: string, tail: string): boolean {
  return (head.trimStart().startsWith("{") && TOOL_NAMED.test(head)) || SUMMARY_LINE.test(tail.replace(ANSI, ""));
}
