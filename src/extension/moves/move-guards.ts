// What keeps two moves in one window from stepping on each other: a finding is moved once at a
// time, and the look at a name and the write to it run as one step per name. No VS Code API here.

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
