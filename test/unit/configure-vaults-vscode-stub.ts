// The stand-in for `vscode` that test/unit/configure-vaults.test.ts loads before the code under
// test: Configure Vaults' dialogs answered from a script (the quick pick takes the Azure directory,
// each message presses `dialogs.pressButton`, the input box returns TYPED_URL), and every warning
// or error recorded. Anything else the code reaches for is undefined, and the test fails loudly.
import Module from "node:module";

export interface Shown {
  readonly kind: "warning" | "error";
  readonly message: string;
  readonly buttons: readonly string[];
}

/** What was shown, and the button each message answers with. */
export const dialogs: { shown: Shown[]; pressButton: string | undefined } = { shown: [], pressButton: undefined };
export const TYPED_URL = "https://orders-dev.vault.azure.net";

const window = {
  showQuickPick: (items: readonly { label: string }[]) => Promise.resolve(items.find((item) => /Pick from an Azure subscription/.test(item.label))),
  showWarningMessage: (message: string, ...buttons: string[]) => (dialogs.shown.push({ kind: "warning", message, buttons }), Promise.resolve(dialogs.pressButton)),
  showErrorMessage: (message: string, ...buttons: string[]) => (dialogs.shown.push({ kind: "error", message, buttons }), Promise.resolve(dialogs.pressButton)),
  showInputBox: () => Promise.resolve(TYPED_URL),
  withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
    task({ report: () => undefined }, { onCancellationRequested: () => ({ dispose: () => undefined }) }),
};
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request, ...rest) => (request === "vscode" ? { window, ProgressLocation: { Notification: 15 } } : load(request, ...rest));

