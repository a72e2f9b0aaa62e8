// The stand-in for `vscode` that test/unit/planned-document.test.ts loads before the code under
// test: the documents open now, the files on disk (what openTextDocument opens once a document is
// closed), and the edits applied. Anything else the code reaches for is undefined, and the test
// fails loudly.
import Module from "node:module";

export interface FakeDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  isClosed: boolean;
  isDirty: boolean;
  saved: boolean;
  getText(): string;
  positionAt(offset: number): number;
  save(): Promise<boolean>;
}

/** A document of `text` at `uri`: positions are offsets, enough to see where an edit goes. */
export function fakeDocument(uri: string, text: string, version = 1): FakeDocument {
  return {
    uri: { toString: () => uri },
    version,
    isClosed: false,
    isDirty: false,
    saved: false,
    getText: () => text,
    positionAt: (offset) => offset,
    save() {
      this.saved = true;
      return Promise.resolve(true);
    },
  };
}

/** What the test controls and sees: open documents, the files on disk by URI, the edits applied. */
export const fake = {
  textDocuments: [] as FakeDocument[],
  files: new Map<string, string>(),
  applied: [] as { uri: string; start: number; end: number; newText: string }[],
};

class WorkspaceEdit {
  readonly replacements: { uri: string; start: number; end: number; newText: string }[] = [];
  replace(uri: { toString(): string }, range: { start: number; end: number }, newText: string): void {
    this.replacements.push({ uri: uri.toString(), start: range.start, end: range.end, newText });
  }
}

const vscode = {
  Range: class {
    constructor(
      readonly start: number,
      readonly end: number,
    ) {}
  },
  WorkspaceEdit,
  workspace: {
    get textDocuments() {
      return fake.textDocuments.filter((document) => !document.isClosed);
    },
    openTextDocument(uri: { toString(): string }) {
      const text = fake.files.get(uri.toString());
      if (text === undefined) return Promise.reject(new Error("file not found"));
      const document = fakeDocument(uri.toString(), text);
      fake.textDocuments.push(document);
      return Promise.resolve(document);
    },
    applyEdit(edit: WorkspaceEdit) {
      fake.applied.push(...edit.replacements);
      return Promise.resolve(true);
    },
  },
};

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request, ...rest) => (request === "vscode" ? vscode : load(request, ...rest));
