import * as vscode from "vscode";

/**
 * How long a folder's answer ("which repository holds me") is trusted. Files outside the
 * workspace are rescanned on every edit; a minute without stat calls is worth a `git init` being
 * noticed a little late.
 */
const REPOSITORY_ROOT_TTL_MS = 60_000;

/**
 * The path the engine judges a file by when it lies outside every workspace folder. The engine
 * reads folders in a path as the project's own (`tests/`, `docs/`, `locales/`), so the folders
 * above the project must not count: `/home/ana/docs/shop/src/app.ts` is application code, not a
 * manual. The project is the nearest enclosing git repository, as the CLI run at its root would
 * see it; a file in no repository is judged by its name alone.
 */
export class LooseFilePaths {
  private readonly roots = new Map<string, { readonly root: Promise<vscode.Uri | undefined>; readonly at: number }>();

  async pathOf(file: vscode.Uri): Promise<string> {
    const name = basename(file.path);
    // An untitled editor has no folders; any other scheme (remote, virtual) can be walked up.
    if (file.scheme === "untitled") return name;
    const root = await this.repositoryRootOf(parentOf(file));
    return root ? file.path.slice(root.path.replace(/\/$/, "").length + 1) : name;
  }

  private repositoryRootOf(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const key = folder.toString();
    const known = this.roots.get(key);
    if (known && Date.now() - known.at < REPOSITORY_ROOT_TTL_MS) return known.root;
    const root = this.findRepositoryRoot(folder);
    this.roots.set(key, { root, at: Date.now() });
    return root;
  }

  private async findRepositoryRoot(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    // `.git` is a folder in a clone and a file in a worktree or submodule: either marks the root.
    if (await exists(vscode.Uri.joinPath(folder, ".git"))) return folder;
    const parent = parentOf(folder);
    return parent.path === folder.path ? undefined : this.repositoryRootOf(parent);
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function parentOf(uri: vscode.Uri): vscode.Uri {
  const path = uri.path.replace(/\/[^/]*\/?$/, "");
  return uri.with({ path: path === "" ? "/" : path });
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
