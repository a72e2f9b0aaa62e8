// A move that makes a constant a variable breaks the other files that use it as a constant. The
// planner sees one file and refuses where that file does; the files that may use the constant are
// read here, before anything is stored: a Go package is its folder, and a C#, Java, Kotlin or Dart
// constant that is not private may be used anywhere in the program, so the workspace folder's
// source files of that language are read.
import * as path from "node:path";
import * as vscode from "vscode";
import { decodeFileContent } from "../../engine";
import { constantUseElsewhere, constantUseRefusal, FixPlanError, type MovePlan, type OtherProgramFile } from "../../fixes";
import { openDocumentOf } from "../open-documents";
import { type ProgressReporter, withCancellableProgress } from "../progress";
import { CANCELLED_BEFORE_STORING, MoveStopped } from "./move-stopped";

/** A source file larger than this is not read: no hand-written one is, and a generated one holds no use of a secret's constant. */
const LARGEST_SOURCE_FILE = 2 * 1024 * 1024;

/** Build output and dependencies: what is in them is not the program's own source. */
const NOT_SOURCE = "**/{node_modules,bin,obj,build,out,target,dist,.git,.gradle,.dart_tool,.vs,.idea}/**";

/** Files read at once: enough to keep the disk busy, few enough not to hold many open. */
const READ_BATCH = 32;

/**
 * Characters of source kept between the constants of one Move All run: a project up to this size
 * is read once per run; past it, the files beyond are read again for each constant rather than
 * held (a large monorepo's sources would weigh hundreds of megabytes in the extension host).
 */
const KEPT_SOURCE_CHARACTERS = 32 * 1024 * 1024;

/** The source files that can use a constant of a language, by extension, with the language each is read as. */
const SOURCE_EXTENSIONS: Readonly<Record<string, Readonly<Record<string, OtherProgramFile["language"]>>>> = {
  go: { go: "go" },
  csharp: { cs: "csharp" },
  // (Java and Kotlin call each other: a Kotlin constant may be a Java annotation's argument.)
  java: { java: "java", kt: "kotlin", kts: "kotlin" },
  kotlin: { java: "java", kt: "kotlin", kts: "kotlin" },
  dart: { dart: "dart" },
};

type Language = OtherProgramFile["language"];

/**
 * The files read for one command. Move All asks for each constant it moves: the files are listed
 * once per run, and kept up to a budget.
 */
export class OtherSourceFiles {
  private readonly listed = new Map<string, Promise<readonly vscode.Uri[]>>();
  private readonly kept = new Map<string, string>();
  private keptCharacters = 0;

  /**
   * The first use of `constant` in a file `pattern` lists (not `self`) where only a constant may
   * stand. Every file is read: a use past any limit would break when the move makes the constant a
   * variable. So a large workspace's reading says how far it is (`report`), and a Cancel (`signal`)
   * stops it between batches.
   */
  async firstUse(constant: { readonly name: string; readonly owner?: string }, pattern: vscode.RelativePattern, extensions: Readonly<Record<string, Language>>, recursive: boolean, self: vscode.Uri, signal: AbortSignal, report: (message: string) => void): Promise<{ path: string; line: number; what: string } | undefined> {
    const uris = (await this.list(pattern, recursive)).filter((uri) => uri.toString() !== self.toString());
    for (let at = 0; at < uris.length; at += READ_BATCH) {
      if (signal.aborted) throw cancelled();
      report(`${at.toLocaleString("en-US")} of ${uris.length.toLocaleString("en-US")} files read`);
      const batch = await Promise.all(
        uris.slice(at, at + READ_BATCH).map(async (uri): Promise<OtherProgramFile | undefined> => {
          const language = extensions[path.posix.extname(uri.path).slice(1).toLowerCase()];
          const text = language && (await this.text(uri));
          // (The path as the refusal names it: relative to the folder searched, `header.go`, `src/Keys.cs`.)
          return language && text !== undefined ? { language, text, path: path.posix.relative(pattern.baseUri.path, uri.path) } : undefined;
        }),
      );
      const use = constantUseElsewhere(constant.name, batch.filter((file) => file !== undefined), constant.owner);
      if (use) return use;
    }
    // (Cancelled during the last batch, the move must not go on as if nothing was found.)
    if (signal.aborted) throw cancelled();
    return undefined;
  }

  private list(pattern: vscode.RelativePattern, recursive: boolean): Promise<readonly vscode.Uri[]> {
    const key = `${pattern.baseUri.toString()}|${pattern.pattern}`;
    let uris = this.listed.get(key);
    if (!uris) {
      uris = recursive ? Promise.resolve(vscode.workspace.findFiles(pattern, NOT_SOURCE)).catch(() => []) : folderFiles(pattern.baseUri);
      this.listed.set(key, uris);
    }
    return uris;
  }

  private async text(uri: vscode.Uri): Promise<string | undefined> {
    // (An open document is read afresh each time: it may have changed since.)
    const open = openDocumentOf(uri);
    if (open) return open.getText();
    const key = uri.toString();
    const kept = this.kept.get(key);
    if (kept !== undefined) return kept;
    const text = await fileText(uri);
    if (text !== undefined && this.keptCharacters + text.length <= KEPT_SOURCE_CHARACTERS) {
      this.kept.set(key, text);
      this.keptCharacters += text.length;
    }
    return text;
  }
}

/**
 * Throws the planner's refusal (a FixPlanError) when another file that can see the constant `plan`
 * makes a variable uses it where only a constant may stand. A folder that cannot be listed, or a
 * file that cannot be read, is passed over: the move is the one it was before. Move All passes its
 * Cancel (`signal`); without one, the search shows a notification with a Cancel of its own.
 */
export async function refuseConstantUsedElsewhere(document: vscode.TextDocument, plan: MovePlan, sources = new OtherSourceFiles(), signal?: AbortSignal): Promise<void> {
  const constant = plan.constantMadeVariable;
  const extensions = constant && SOURCE_EXTENSIONS[constant.language];
  if (!constant || !extensions || constant.reach === "file" || document.isUntitled) return;
  const folder = vscode.Uri.joinPath(document.uri, "..");
  const workspaceFolder = constant.reach === "program" ? vscode.workspace.getWorkspaceFolder(document.uri) : undefined;
  // (A file outside every workspace folder has only its own folder to go by.)
  const recursive = workspaceFolder !== undefined;
  const pattern = new vscode.RelativePattern(workspaceFolder ?? folder, `**/*.{${Object.keys(extensions).join(",")}}`);
  // A large project takes seconds to read. Move All's notification has a Cancel already, and the
  // status bar says what it waits for; a single move's search gets a notification with a Cancel of
  // its own, as its other look-ups before storing do.
  const search = (stop: AbortSignal, progress: ProgressReporter) => sources.firstUse(constant, pattern, extensions, recursive, document.uri, stop, (message) => progress.report({ message }));
  const what = `looking for other uses of ${constant.name}`;
  const use = signal
    ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Secret Hygiene: ${what}` }, (progress) => search(signal, progress))
    : await withCancellableProgress(`Move to Key Vault: ${what}…`, search);
  if (use) throw new FixPlanError("unsupported", constantUseRefusal(constant.name, `line ${use.line} of ${use.path}`, use.what));
}

function cancelled(): MoveStopped {
  return new MoveStopped("cancelled", CANCELLED_BEFORE_STORING);
}

/** The files of one folder, not of its subfolders. (findFiles searches only the workspace's folders; a Go file may be outside them.) */
async function folderFiles(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => []);
  return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => vscode.Uri.joinPath(folder, name));
}

/** A file's text from the disk; undefined for one too large or not text. */
async function fileText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > LARGEST_SOURCE_FILE) return undefined;
    const decoded = decodeFileContent(await vscode.workspace.fs.readFile(uri));
    return "text" in decoded ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
