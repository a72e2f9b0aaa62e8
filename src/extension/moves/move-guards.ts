// What keeps two moves in one window from stepping on each other: a finding is moved once at a
// time, and the look at a name and the write to it run as one step per name. No VS Code API here.

import { createHash, randomBytes } from "node:crypto";

/**
 * Runs `run` after every earlier run under the same key has finished, so two moves of the same
 * name (a double click, a move during Move All, two findings with one name) cannot both find it
 * free and both write it.
 */
const keyLocks = new Map<string, Promise<unknown>>();

export async function withKeyLock<T>(key: string, run: () => Promise<T>): Promise<T> {
  const previous = keyLocks.get(key) ?? Promise.resolve();
  const current = previous.then(run, run);
  keyLocks.set(key, current);
  try {
    return await current;
  } finally {
    if (keyLocks.get(key) === current) keyLocks.delete(key);
  }
}

/** Findings being moved now (file and position): a second click waits for nothing and says so. */
const inFlight = new Set<string>();

/** Runs `run` unless the finding at `position` is being moved already; then `busy()` answers. */
export async function oncePerFinding<T>(uri: { toString(): string }, position: { line: number; character: number }, run: () => Promise<T>, busy: () => T): Promise<T> {
  const key = `${uri.toString()}#${position.line}:${position.character}`;
  if (inFlight.has(key)) return busy();
  inFlight.add(key);
  try {
    return await run();
  } finally {
    inFlight.delete(key);
  }
}

/**
 * Files a move runs in now, by document URI: "all" while a Move All holds them (it plans on each
 * file's text and edits them all in one edit at the end, or in the refactor preview), otherwise
 * how many single moves run there. A move that started beside a Move All in the same file would
 * find the file changed by the other one and take its own writes back, blaming an edit nobody
 * typed; it is refused at once instead.
 */
const filesInFlight = new Map<string, number | "all">();

/** Runs a single move in the file `uri` unless a Move All holds that file; then `busy()` answers. */
export async function asSingleMoveIn<T>(uri: { toString(): string }, run: () => Promise<T>, busy: () => T): Promise<T> {
  const key = uri.toString();
  const running = filesInFlight.get(key);
  if (running === "all") return busy();
  filesInFlight.set(key, (running ?? 0) + 1);
  try {
    return await run();
  } finally {
    const left = filesInFlight.get(key);
    if (typeof left === "number" && left > 1) filesInFlight.set(key, left - 1);
    else filesInFlight.delete(key);
  }
}

/** Runs a Move All over the files `uris` unless any move runs in one of them; then `busy(uri)` answers, for the first such file. */
export async function asMoveAllIn<T, U extends { toString(): string }>(uris: readonly U[], run: () => Promise<T>, busy: (uri: U) => T): Promise<T> {
  const taken = uris.find((uri) => filesInFlight.has(uri.toString()));
  if (taken !== undefined) return busy(taken);
  const keys = new Set(uris.map((uri) => uri.toString()));
  for (const key of keys) filesInFlight.set(key, "all");
  try {
    return await run();
  } finally {
    for (const key of keys) filesInFlight.delete(key);
  }
}

/**
 * Moves that point a file at a value stored in this window (a Key Vault secret's value, an App
 * Configuration setting's), by where it is stored. The move that wrote the value may fail after
 * another move, for the same value, found it there and pointed its own file at it: taking the
 * write back then would leave that file reading a deleted secret (or an older value). So while a
 * write's move is under way, each move that uses the write holds it; the write is taken back only
 * when the last of them lets go and none has settled (its file reads the value now); and a move
 * that found the value while something under its name was being taken back looks again.
 * A `scope` is a name (a secret's, a setting's key and label); a `place` one value under it
 * ({@link valuePlace}).
 */
interface Holding {
  readonly place: string;
  count: number;
  /** A move's file reads the value: nothing takes the write back. */
  inUse: boolean;
  /** The writer's undo: whoever lets go last runs it, so a write no file reads is not left behind. */
  readonly takeBack: () => Promise<string>;
}
/** The holdings of writes whose moves are under way. */
const holdings = new Map<string, Holding>();
/** Takings-back in progress, and how many have started, per scope (to tell a look made before one). */
const withdrawals = new Map<string, Promise<unknown>>();
const withdrawalCounts = new Map<string, number>();

/** A mark to take before looking under a name: {@link join} says whether the look is still good. */
export function lookMark(scope: string): number {
  return withdrawalCounts.get(scope) ?? 0;
}

/** One move's part in a write: it ends once, by letting go (the move failed) or by settling. */
export class Hold {
  private ended = false;
  constructor(
    private readonly scope: string,
    private readonly holding: Holding | undefined,
  ) {}

  /**
   * The move failed: lets go. The last to let go runs the writer's undo (or `ownTakeBack` for a
   * value no move in this window wrote); while others hold it, or a file reads it, `kept` is what
   * the user is told instead.
   */
  async release(ownTakeBack: () => Promise<string>, kept: string): Promise<string> {
    if (this.ended) return "";
    const holding = this.holding;
    if (!this.letGo()) return kept;
    if (holding?.inUse) return kept;
    withdrawalCounts.set(this.scope, lookMark(this.scope) + 1);
    const withdrawal = (holding?.takeBack ?? ownTakeBack)();
    withdrawals.set(this.scope, withdrawal);
    try {
      return await withdrawal;
    } finally {
      if (withdrawals.get(this.scope) === withdrawal) withdrawals.delete(this.scope);
    }
  }

  /** The move's file now reads the value: its write is never taken back. */
  settle(): void {
    if (this.ended) return;
    if (this.holding) this.holding.inUse = true;
    this.letGo();
  }

  /** Ends this move's part; true when it was the last to hold the write (or no move wrote it). */
  private letGo(): boolean {
    this.ended = true;
    const holding = this.holding;
    if (!holding) return true;
    if (--holding.count > 0) return false;
    if (holdings.get(holding.place) === holding) holdings.delete(holding.place);
    return true;
  }
}

/**
 * Joins the write at `place` for a move that found its value there, if nothing under `scope` was
 * taken back since `mark` (nor is being now); otherwise waits for that to end and returns
 * undefined: look again.
 */
export async function join(scope: string, place: string, mark: number): Promise<Hold | undefined> {
  const inProgress = withdrawals.get(scope);
  if (inProgress === undefined && lookMark(scope) === mark) {
    const holding = holdings.get(place);
    if (holding) holding.count++;
    return new Hold(scope, holding);
  }
  await inProgress?.catch(() => undefined);
  return undefined;
}

/** Holds the place a move has just written; `takeBack` undoes the write. */
export function holdWritten(scope: string, place: string, takeBack: () => Promise<string>): Hold {
  const holding: Holding = { place, count: 1, inUse: false, takeBack };
  holdings.set(place, holding);
  return new Hold(scope, holding);
}

/**
 * Where a value is stored under a scope, without the value: a salted digest, so equal values
 * meet, the holdings never hold a secret, and the digest means nothing outside this process.
 */
export function valuePlace(scope: string, value: string): string {
  return `${scope}|${createHash("sha256").update(PLACE_SALT).update(value).digest("base64")}`;
}
const PLACE_SALT = randomBytes(16);
