// src/extension/diagnostics-controller.ts runs inside VS Code. This stand-in for the `vscode`
// module gives it what its open, close and disk paths touch (diagnostic collections, settings,
// open documents and notebooks, a file system), so those paths run under node:test. Anything else
// the code reaches for is undefined, and the test fails loudly.
import Module from "node:module";

export class Uri {
  private constructor(
    readonly scheme: string,
    private readonly text: string,
  ) {}

  static parse(text: string): Uri {
    return new Uri(text.slice(0, text.indexOf(":")), text);
  }

  get fragment(): string {
    return "";
  }

  get fsPath(): string {
    return this.text.replace(/^file:\/\//, "");
  }

  toString(): string {
    return this.text;
  }
}

export class FakeDiagnosticCollection {
  readonly entries = new Map<string, unknown[]>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: unknown[]): void {
    this.entries.set(uri.toString(), diagnostics);
  }
  get(uri: Uri): unknown[] | undefined {
    return this.entries.get(uri.toString());
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  clear(): void {
    this.entries.clear();
  }
  forEach(callback: (uri: Uri, diagnostics: unknown[]) => void): void {
    for (const [key, diagnostics] of this.entries) callback(Uri.parse(key), diagnostics);
  }
  dispose(): void {}
}

/** What the test controls: settings by key, what is open, the files on disk. */
export const fake = {
  settings: new Map<string, unknown>(),
  textDocuments: [] as unknown[],
  notebookDocuments: [] as { uri: Uri }[],
  files: new Map<string, Uint8Array>(),
  collections: new Map<string, FakeDiagnosticCollection>(),
};

class EventEmitter<T> {
  private readonly listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => void this.listeners.splice(this.listeners.indexOf(listener), 1) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {}
}

function fileBytes(uri: Uri): Promise<Uint8Array> {
  const bytes = fake.files.get(uri.toString());
  return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`${uri.toString()} not found`));
}

const vscode = {
  Uri,
  EventEmitter,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  Range: class {
    constructor(
      readonly startLine: number,
      readonly startCharacter: number,
      readonly endLine: number,
      readonly endCharacter: number,
    ) {}
  },
  Diagnostic: class {
    source?: string;
    code?: unknown;
    constructor(
      readonly range: unknown,
      readonly message: string,
      readonly severity: number,
    ) {}
  },
  Disposable: { from: (...disposables: { dispose(): void }[]) => ({ dispose: () => disposables.forEach((disposable) => disposable.dispose()) }) },
  languages: {
    createDiagnosticCollection(name: string): FakeDiagnosticCollection {
      const collection = new FakeDiagnosticCollection(name);
      fake.collections.set(name, collection);
      return collection;
    },
  },
  workspace: {
    get textDocuments() {
      return fake.textDocuments;
    },
    get notebookDocuments() {
      return fake.notebookDocuments;
    },
    getConfiguration: () => ({ get: <T>(key: string, fallback: T): T => (fake.settings.has(key) ? (fake.settings.get(key) as T) : fallback) }),
    getWorkspaceFolder: () => undefined,
    asRelativePath: (uri: Uri) => uri.toString(),
    fs: {
      stat: (uri: Uri) => fileBytes(uri).then((bytes) => ({ size: bytes.length, mtime: 0, ctime: 0, type: 1 })),
      readFile: (uri: Uri) => fileBytes(uri).then((bytes) => bytes.slice()),
    },
  },
};

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request, ...rest) => (request === "vscode" ? vscode : load(request, ...rest));
