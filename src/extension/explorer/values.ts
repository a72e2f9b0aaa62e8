// Pure helpers for the explorer's write actions: references to a secret in the formats people paste
// (built in src/fixes/references.ts), a generated secret value, rotation tags and tag validation. No `vscode`; unit-tested.
import { randomInt } from "node:crypto";
import { MAX_TAG_VALUE_LENGTH, MAX_TAGS } from "../../fixes";
import { isoDay, MAX_ROTATION_DAYS, ROTATION_TAGS, rotationDaysTag } from "./health";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Key Vault's limit on a tag's name. */
export const MAX_TAG_NAME_LENGTH = 512;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const GENERATED_LENGTH = 40;

/**
 * A random value for a rotated secret: letters and digits only, so it survives connection strings,
 * URLs, shells and YAML unquoted. 40 characters of 62 are about 238 bits.
 */
export function generateSecretValue(length = GENERATED_LENGTH, next: (max: number) => number = randomInt): string {
  if (!Number.isInteger(length) || length < 16 || length > 1024) throw new RangeError("a generated value has 16 to 1024 characters");
  let value = "";
  for (let index = 0; index < length; index++) value += ALPHABET[next(ALPHABET.length)];
  return value;
}

/**
 * The tags of a rotated secret: `rotated-on` today, `rotate-by` one rotation period later, and the
 * period itself kept (or recorded, when the secret had none). Everything else is kept.
 */
export function rotatedTags(tags: Readonly<Record<string, string>>, now: Date, rotationDays: number): { tags: Record<string, string>; rotateBy: Date } {
  // A longer period in the tag (set by hand) is brought down to the guidance's at rotation.
  const days = Math.min(rotationDaysTag(tags[ROTATION_TAGS.days]) ?? rotationDays, MAX_ROTATION_DAYS);
  const rotateBy = new Date(now.getTime() + days * DAY_MS);
  const next: Record<string, string> = { ...tags, [ROTATION_TAGS.rotatedOn]: isoDay(now), [ROTATION_TAGS.rotateBy]: isoDay(rotateBy) };
  // The period is recorded where there is room: without it the setting's applies, the same days.
  if (tags[ROTATION_TAGS.days] !== undefined || Object.keys(next).length < MAX_TAGS) next[ROTATION_TAGS.days] = String(days);
  return { tags: next, rotateBy };
}

/** Why a tag cannot be set, or undefined when it can. */
export function tagProblem(name: string, value: string, tags: Readonly<Record<string, string>>): string | undefined {
  if (name.trim() === "") return "A tag needs a name.";
  if (name.length > MAX_TAG_NAME_LENGTH) return `A tag name has at most ${MAX_TAG_NAME_LENGTH} characters.`;
  if (value.length > MAX_TAG_VALUE_LENGTH) return `A tag value has at most ${MAX_TAG_VALUE_LENGTH} characters.`;
  if (!(name in tags) && Object.keys(tags).length >= MAX_TAGS) return `Key Vault allows at most ${MAX_TAGS} tags per secret.`;
  return undefined;
}

/** Checks a whole set of tags, as a caller (or a test) may pass it. */
export function tagsProblem(tags: Readonly<Record<string, string>>): string | undefined {
  const entries = Object.entries(tags);
  if (entries.length > MAX_TAGS) return `Key Vault allows at most ${MAX_TAGS} tags per secret.`;
  for (const [name, value] of entries) {
    if (typeof value !== "string") return `The value of tag '${name}' must be text.`;
    const problem = tagProblem(name, value, tags);
    if (problem) return problem;
  }
  return undefined;
}

/** A date the user typed: `YYYY-MM-DD` (end of that day, UTC) or a number of days from now. */
export function parseExpiry(text: string, now: Date): Date | string {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) {
    const days = Number(trimmed);
    if (days < 1) return "At least 1 day.";
    return new Date(now.getTime() + days * DAY_MS);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!match) return "A date as YYYY-MM-DD, or a number of days from now.";
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59));
  if (Number.isNaN(date.getTime()) || isoDay(date) !== trimmed) return `${trimmed} is not a date.`;
  if (date.getTime() <= now.getTime()) return "The expiry must be in the future.";
  return date;
}
