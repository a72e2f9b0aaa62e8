// Child process of `npm run bench`: scans the synthetic workspace with one engine and prints the
// process's peak resident memory, so each engine's figure is its own.
import { lintSource } from "@secretlint/core";
import { creator as recommendedPreset } from "@secretlint/secretlint-rule-preset-recommend";
import { shippedEngine } from "./shipped-engine";
import { syntheticSource } from "./synthetic";

async function main(): Promise<void> {
  const engine = process.argv[2];
  const baseline = process.resourceUsage().maxRSS;
  const files = Array.from({ length: 200 }, (_, i) => ({ content: syntheticSource(150, i + 1), filePath: `src/file${i}.ts` }));
  for (let run = 0; run < 5; run++) {
    for (const file of files) {
      if (engine === "secretlint") {
        await lintSource({
          source: { content: file.content, filePath: file.filePath, ext: ".ts", contentType: "text" },
          options: { config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: recommendedPreset }] }, maskSecrets: true },
        });
      } else {
        shippedEngine.scanText(file);
      }
    }
  }
  const peak = process.resourceUsage().maxRSS;
  console.log(`${(peak / 1024).toFixed(0)} MB peak RSS (${((peak - baseline) / 1024).toFixed(0)} MB above the process at start)`);
}

void main();
