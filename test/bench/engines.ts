// The two engines the bench compares, with one signature: ours (the bundled src/engine, see
// shipped-engine.ts) and secretlint's recommended preset through @secretlint/core, both in the
// calling process.
import * as path from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import { shippedEngine } from "./shipped-engine";

const SECRETLINT_CONFIG = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommendedPreset }] };

export type Engine = (content: string, filePath: string) => Promise<{ line: number; endLine: number; rule: string; kind: string }[]>;

export const engines: Record<"secret-hygiene" | "secretlint", Engine> = {
  "secret-hygiene": async (content, filePath) =>
    (await shippedEngine.scan({ content, filePath })).map((f) => ({ line: f.range.start.line + 1, endLine: f.range.end.line + 1, rule: f.ruleId, kind: f.kind })),
  secretlint: async (content, filePath) => {
    const result = await lintSource({
      source: { content, filePath, ext: path.extname(filePath), contentType: "text" },
      options: { config: SECRETLINT_CONFIG, maskSecrets: true },
    });
    return result.messages.map((m) => ({ line: m.loc.start.line, endLine: m.loc.end.line, rule: m.ruleId, kind: "secret" }));
  },
};
