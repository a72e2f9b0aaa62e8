// The engine the bench times: dist/engine.js, the bundle `npm run build` makes the way it makes
// the extension's scan worker and the CLI. secretlint is timed as its packages ship, so ours is
// too. Loaded from source through tsx instead, each call between the engine's modules goes through
// a module object: the warm corpus pass took about 1.25 times the bundle's CPU time (alternated
// runs: 108–140 ms against 86–129 ms), and a fresh process's first pass almost twice as long.
import { existsSync } from "node:fs";
import * as path from "node:path";
import type * as EngineModule from "../../src/engine";

type Engine = typeof EngineModule;

export const SHIPPED_ENGINE_PATH = path.join(__dirname, "..", "..", "dist", "engine.js");

function load(): Engine {
  if (!existsSync(SHIPPED_ENGINE_PATH)) throw new Error(`${SHIPPED_ENGINE_PATH} is missing: run \`npm run build\` first (\`npm run bench\` does).`);
  return require(SHIPPED_ENGINE_PATH) as Engine;
}

export const shippedEngine: Engine = load();
