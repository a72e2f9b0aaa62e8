// A stand-in for the `vscode` module for tests of the questions a move asks (vault-steps.ts): each
// message dialog is recorded (message, detail, buttons) and answered from `dialogs.answers`, first
// in first out; no answer left is the dialog dismissed (Cancel). Any other VS Code API is missing.
import Module from "node:module";

export interface AskedDialog {
  readonly message: string;
  readonly detail?: string;
  readonly buttons: readonly string[];
}

export const dialogs: { asked: AskedDialog[]; answers: (string | undefined)[] } = { asked: [], answers: [] };

const record = (message: string, options: { readonly detail?: string } | undefined, ...buttons: string[]): Promise<string | undefined> => {
  dialogs.asked.push({ message, ...(options?.detail ? { detail: options.detail } : {}), buttons });
  return Promise.resolve(dialogs.answers.shift());
};

const stub = { window: { showWarningMessage: record, showInformationMessage: record } };

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request, ...rest) => (request === "vscode" ? stub : load(request, ...rest));
