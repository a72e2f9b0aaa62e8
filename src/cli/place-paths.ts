import { existsSync } from "node:fs";
import * as path from "node:path";

/**
 * The path the engine judges a file's place by (ScanInput.placePath: tests, documentation, a
 * locale's messages) when the file is outside the current folder. The engine reads every folder in
 * a path as the project's own, so the folders above the project must not count:
 * `../shared/bench/corpus/app.py` is no benchmark, `../work/docs/shop/src/app.ts` no manual. The
 * project is the file's git repository, as the CLI run at its root would see it. A file in none
 * is judged by its path below the folder named on the command line that holds it (`scan
 * ../tarball`: the project is that folder, and its `tests/` are tests), or by its name alone when
 * it was named itself (as the editor judges a loose file). Inside the current folder, the path
 * shown is the one judged, as it always was.
 */
export class PlacePaths {
  /** Folder → its repository's top (undefined: in none), for every folder asked about so far. */
  private readonly tops = new Map<string, string | undefined>();

  /** @param roots the paths named on the command line, absolute. */
  constructor(private readonly roots: readonly string[] = []) {}

  /** The place to pass, or undefined when the display path is it. */
  placeOf(displayPath: string, absolutePath: string): string | undefined {
    if (!outsideCurrentFolder(displayPath)) return undefined;
    const top = this.repositoryTopOf(path.dirname(absolutePath));
    const project = top ?? this.namedFolderHolding(absolutePath);
    return project !== undefined ? path.relative(project, absolutePath).split(path.sep).join("/") : path.basename(absolutePath);
  }

  /** The deepest folder named on the command line that holds the file, if any. */
  private namedFolderHolding(absolutePath: string): string | undefined {
    let deepest: string | undefined;
    for (const root of this.roots) {
      if (absolutePath.startsWith(root.endsWith(path.sep) ? root : root + path.sep) && (deepest === undefined || root.length > deepest.length)) deepest = root;
    }
    return deepest;
  }

  private repositoryTopOf(folder: string): string | undefined {
    if (this.tops.has(folder)) return this.tops.get(folder);
    // `.git` is a folder in a clone and a file in a worktree or a submodule: either marks the top.
    const parent = path.dirname(folder);
    const top = existsSync(path.join(folder, ".git")) ? folder : parent === folder ? undefined : this.repositoryTopOf(parent);
    this.tops.set(folder, top);
    return top;
  }
}

function outsideCurrentFolder(displayPath: string): boolean {
  return displayPath === ".." || displayPath.startsWith("../") || path.isAbsolute(displayPath);
}
