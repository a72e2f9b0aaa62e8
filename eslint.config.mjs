// Lint rules that catch real bugs in an extension: unawaited promises (lost errors, racing edits),
// value imports of types (bundle bloat, import cycles), and the engine or the Azure layer reaching for VS Code.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", ".vscode-test/**", "node_modules/**", "samples/**", "test/fixtures/**", "*.vsix"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's test() returns a promise the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "suite", "describe", "it"] }] },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // Tests read JSON (manifests, reports) and assert on its shape: typing every read adds nothing.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The engine is pure: text and a path in, findings out. The CLI and the extension depend on it,
    // never the other way round, and it must run without VS Code or the Azure SDK.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "vscode", message: "src/engine must not depend on VS Code: return plain findings instead." }],
          patterns: [
            { group: ["@azure/*"], message: "src/engine must not depend on the Azure SDK." },
            { group: ["**/extension/**", "**/cli/**", "**/azure/**", "**/emulator/**"], message: "src/engine is the bottom layer." },
          ],
        },
      ],
    },
  },
  {
    // The Azure layer runs in the CLI and in plain-Node tests as well as in the extension.
    files: ["src/azure/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "vscode", message: "src/azure must not depend on VS Code: the extension adapts it (src/extension/azure-*.ts)." }],
          patterns: [{ group: ["**/extension/**", "**/cli/**", "**/emulator/**"], message: "src/azure sits below the CLI and the extension, and never uses the emulator's code." }],
        },
      ],
    },
  },
  {
    // The fix planner is pure like the engine: text, path and a finding in, edits out. The extension
    // stores the value and applies the edits.
    files: ["src/fixes/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "vscode", message: "src/fixes is pure: return plain edits instead." }],
          patterns: [
            { group: ["@azure/*"], message: "src/fixes must not depend on the Azure SDK." },
            { group: ["**/extension/**", "**/cli/**", "**/azure/**", "**/emulator/**"], message: "src/fixes sits on the engine only." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "vscode", message: "The CLI runs without VS Code." }] }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
);
