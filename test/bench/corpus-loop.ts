// Scans a folder's files again and again with the engine alone, for profiling and for comparing
// two builds on a busy machine. It runs dist/engine.js, so build first:
//   npm run build && node --import tsx test/bench/corpus-loop.ts [runs] [folder]
//   node --cpu-prof --import tsx test/bench/corpus-loop.ts 200      (then open the .cpuprofile;
//   its lines are dist/engine.js's)
// Prints the first pass and the median of the others, in CPU time (what this process used, so
// other processes on the machine matter less than to wall time) and in wall time. The folder
// defaults to the detection corpus, found as `npm run bench` finds it.
import * as path from "node:path";
import { folderFiles } from "./folder-files";
import { shippedEngine } from "./shipped-engine";

const runs = Number(process.argv[2] ?? 50);
const corpusRoot = process.env.SECRET_HYGIENE_BENCH_CORPUS ?? path.join(__dirname, "..", "..", "..", "shared", "bench", "detection");
const root = path.resolve(process.argv[3] ?? path.join(corpusRoot, "corpus"));

const files = folderFiles(root);

/** One pass over every file: [CPU ms, wall ms]. */
function pass(): [number, number] {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const file of files) shippedEngine.scanText(file);
  const cpu = process.cpuUsage(cpuBefore);
  return [(cpu.user + cpu.system) / 1000, performance.now() - started];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const [firstCpu, firstWall] = pass();
const cpu: number[] = [];
const wall: number[] = [];
for (let run = 0; run < runs; run++) {
  const [c, w] = pass();
  cpu.push(c);
  wall.push(w);
}
console.log(`${files.length} file(s) in ${root}`);
console.log(`first pass: ${firstCpu.toFixed(1)} ms CPU, ${firstWall.toFixed(1)} ms wall`);
console.log(`median of ${runs}: ${median(cpu).toFixed(2)} ms CPU, ${median(wall).toFixed(2)} ms wall`);
