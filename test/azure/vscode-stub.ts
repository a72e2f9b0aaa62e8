// src/extension/moves/vault-steps.ts asks its questions (another name? recover?) through VS Code.
// Tests that preset every answer (`onCollision`) load it with this stand-in for the `vscode`
// module, which Node cannot resolve outside VS Code: any question the code does ask fails the test.
import Module from "node:module";

const unavailable = {
  get window(): never {
    throw new Error("vscode.window is not available in this test: preset the answer instead");
  },
};

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load.bind(loader);
loader._load = (request, ...rest) => (request === "vscode" ? unavailable : load(request, ...rest));
