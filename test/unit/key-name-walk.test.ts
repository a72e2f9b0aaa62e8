// KeyNames reads a JSON or YAML document once from the top for all of its findings, resuming at
// each finding where the one before stopped. The functions below are the old way (a fresh walk
// from the top per finding), kept as they were; both must name every offset alike, in order and
// out of order, on seeded random documents.
import assert from "node:assert/strict";
import { test } from "node:test";
import { inDocumentComment, KeyNames } from "../../src/engine/key-name";

function referenceJsonPath(content: string, offset: number): string[] {
  const stack: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let lastString: string | undefined;
  let i = 0;
  while (i < offset && i < content.length) {
    const ch = content[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < content.length && content[j] !== '"') j += content[j] === "\\" ? 2 : 1;
      lastString = content.slice(i + 1, j);
      i = j + 1;
      continue;
    }
    if (ch === "/" && content[i + 1] === "/") {
      const newline = content.indexOf("\n", i);
      i = newline === -1 ? content.length : newline;
      continue;
    }
    if (ch === ":") pendingKey = lastString;
    else if (ch === "{" || ch === "[") {
      stack.push(pendingKey);
      pendingKey = undefined;
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      pendingKey = undefined;
    } else if (ch === ",") pendingKey = undefined;
    i++;
  }
  return [...stack, pendingKey].filter((key): key is string => key !== undefined && key !== "");
}

function referenceYamlPath(content: string, offset: number): string[] {
  const stack: { indent: number; key: string }[] = [];
  const lineEnd = content.indexOf("\n", offset);
  for (const line of content.slice(0, lineEnd === -1 ? content.length : lineEnd).split("\n")) {
    const match = /^(\s*)(?:-\s+)?(["']?)([^"':#\s][^"':#]*?)\2\s*:(?:\s|$)/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: match[3]!.trim() });
  }
  return stack.map((entry) => entry.key);
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function randomText(random: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]!).join("");
}

/** Offsets in increasing order with repeats, then a few going back. */
function offsetsFor(random: () => number, length: number): number[] {
  const ascending = Array.from({ length: 8 }, () => Math.floor(random() * (length + 2))).sort((a, b) => a - b);
  return [...ascending, ...Array.from({ length: 3 }, () => Math.floor(random() * (length + 2)))];
}

function check(file: string, format: "json" | "yaml", pieces: readonly string[], reference: (content: string, offset: number) => string[], seed: number): void {
  const random = seeded(seed);
  for (let round = 0; round < 2000; round++) {
    const content = randomText(random, pieces, Math.floor(random() * 40));
    const names = new KeyNames(content, file);
    for (const offset of offsetsFor(random, content.length)) {
      const path = reference(content, offset);
      // A path names the setting; without one, or in a comment, the name comes from the text before the value.
      const expected = path.length > 0 && !inDocumentComment(content, offset, format) ? path.join(":") : new KeyNames(content, "x.txt").at(offset, undefined);
      assert.equal(names.at(offset, undefined), expected, `${JSON.stringify(content)} at ${offset}`);
    }
  }
}

test("JSON: one walk for all findings names them as a walk per finding does", () => {
  check("appsettings.json", "json", ['"a"', '"Key"', '"x\\"y"', ":", " ", "\n", "{", "}", "[", "]", ",", "//c\n", "/", '"', "1", "true"], referenceJsonPath, 7);
});

test("YAML: one walk for all findings names them as a walk per finding does", () => {
  check("values.yaml", "yaml", ["a", "key", ":", ": ", " ", "  ", "- ", "\n", "\r\n", "#", '"', "'", "x: y", "\t", "b:\n"], referenceYamlPath, 9);
});
