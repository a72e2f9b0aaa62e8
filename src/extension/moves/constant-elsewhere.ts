// A move that makes a constant a variable breaks the other files that use it as a constant. The
// planner refuses where the moved file itself does; a Go package is its folder, so its other files
// are known and few, and are read here before anything is stored. (A C# or Java constant may be
// used anywhere in the project, which only a build would tell.)
import * as path from "node:path";
import * as vscode from "vscode";
import { decodeFileContent } from "../../engine";
import { constantUseElsewhere, constantUseRefusal, FixPlanError, type MovePlan } from "../../fixes";
import { openDocumentOf } from "../open-documents";

/** A package file larger than this is not read: no hand-written Go file is, and a generated one holds no use of a secret's constant. */
const LARGEST_PACKAGE_FILE = 2 * 1024 * 1024;

/**
 * Throws the planner's refusal (a FixPlanError) when another `.go` file of the moved file's folder
 * uses the constant `plan` makes a variable where only a constant may stand. A folder that cannot
 * be listed, or a file that cannot be read, is passed over: the move is the one it was before.
 */
export async function refuseConstantUsedInPackage(document: vscode.TextDocument, plan: MovePlan): Promise<void> {
  const constant = plan.constantMadeVariable;
  if (constant?.language !== "go" || document.isUntitled || !/\.go$/i.test(document.uri.path)) return;
  const folder = vscode.Uri.joinPath(document.uri, "..");
  const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => []);
  const self = path.posix.basename(document.uri.path);
  const files: { path: string; text: string }[] = [];
  for (const [name, type] of entries) {
    if (name === self || !/\.go$/i.test(name) || (type & vscode.FileType.File) === 0) continue;
    const text = await packageFileText(vscode.Uri.joinPath(folder, name));
    if (text !== undefined) files.push({ path: name, text });
  }
  const use = constantUseElsewhere("go", constant.name, files);
  if (use) throw new FixPlanError("unsupported", constantUseRefusal(constant.name, `line ${use.line} of ${use.path}`, use.what));
}

/** An open document's text (maybe unsaved, what the build will see once saved), else the file's. */
async function packageFileText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocumentOf(uri);
  if (open) return open.getText();
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > LARGEST_PACKAGE_FILE) return undefined;
    const decoded = decodeFileContent(await vscode.workspace.fs.readFile(uri));
    return "text" in decoded ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
