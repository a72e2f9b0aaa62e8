// Keeps the state in a JSON file when --data is given. Every change is written at once (the state
// is small), atomically: a temp file in the same directory, then rename, so a crash or SIGKILL
// leaves either the old file or the new one, never half of one. Mode 0600 because it holds the
// (fake) secret values and the App Configuration access keys.
import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import type { EmulatorState } from "./state";

export interface StatePersistence {
  load(): EmulatorState | undefined;
  save(state: EmulatorState): void;
}

export const inMemoryOnly: StatePersistence = {
  load: () => undefined,
  save: () => undefined,
};

function isEmulatorState(value: unknown): value is EmulatorState {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<EmulatorState>;
  return (
    candidate.formatVersion === 1 &&
    typeof candidate.subscriptionId === "string" &&
    typeof candidate.tenantId === "string" &&
    typeof candidate.backupKey === "string" &&
    typeof candidate.vaults === "object" &&
    typeof candidate.stores === "object"
  );
}

export function fileBacked(file: string): StatePersistence {
  return {
    load() {
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not the parser's message: it quotes the text around the error, which may be a secret value.
        throw new Error(`${file} is not valid JSON; delete it or point --data elsewhere.`);
      }
      if (!isEmulatorState(parsed)) throw new Error(`${file} is not an emulator data file (formatVersion 1).`);
      return parsed;
    },
    save(state) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      try {
        fs.writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
        fs.renameSync(temporary, file);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}
