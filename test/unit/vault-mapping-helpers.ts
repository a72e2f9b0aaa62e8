// Helpers for the vault mapping tests: exact ranges found by the text they cover, and made-up files.
import assert from "node:assert/strict";
import { parseVaultMapping, type MappingProblem, type ParsedVaultMapping, type TextRange } from "../../src/azure";

export const STRICT = { allowLoopback: false };
export const WITH_EMULATOR = { allowLoopback: true };

/** The zero-based range of the `occurrence`-th (from 0) `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): TextRange {
  let offset = -1;
  for (let index = 0; index <= occurrence; index++) {
    offset = text.indexOf(needle, offset + 1);
    assert.notEqual(offset, -1, `'${needle}' (#${occurrence}) is not in the text`);
  }
  const position = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split("\n").length - 1;
    return { line, character: at - (before.lastIndexOf("\n") + 1) };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}

/** Pretty JSON of `value`, as a person would write the file. */
export function file(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function parse(text: string, policy = STRICT): ParsedVaultMapping {
  return parseVaultMapping(text, policy);
}

/** The one problem with `code`; fails when there are none or several. */
export function onlyProblem(parsed: ParsedVaultMapping, code: MappingProblem["code"]): MappingProblem {
  const found = parsed.problems.filter((problem) => problem.code === code);
  assert.equal(found.length, 1, `expected one ${code} problem, got ${JSON.stringify(parsed.problems, null, 2)}`);
  return found[0]!;
}

/** A target as a plain object, for deepEqual. */
export function urls(parsed: ParsedVaultMapping, app: string, environment: string): { keyVault?: string; appConfiguration?: { endpoint: string; label?: string } } | undefined {
  const target = parsed.mapping.apps.find((candidate) => candidate.name === app)?.environments.get(environment);
  if (!target) return undefined;
  return { ...(target.keyVault ? { keyVault: target.keyVault } : {}), ...(target.appConfiguration ? { appConfiguration: { ...target.appConfiguration } } : {}) };
}
