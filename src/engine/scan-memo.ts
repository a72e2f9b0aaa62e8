/**
 * Verdicts on values that one scan may ask for more than once: a value is judged by its rule,
 * then by the generic rule or by the scan itself. They are kept for one scan only (the scan
 * forgets them all when it starts and when it ends): no judged value outlives its scan, and
 * scanning the same texts again (a benchmark, a rescan) costs what the first scan cost.
 */
export class ScanMemo<V> {
  private readonly verdicts = new Map<string, V>();

  constructor(private readonly judge: (value: string) => V) {
    allMemos.push(this);
  }

  get(value: string): V {
    let verdict = this.verdicts.get(value);
    if (verdict === undefined) {
      // Bounded: a few thousand strings, whatever the text.
      if (this.verdicts.size >= VERDICTS_KEPT) this.verdicts.clear();
      this.verdicts.set(value, (verdict = this.judge(value)));
    }
    return verdict;
  }

  forget(): void {
    this.verdicts.clear();
  }
}

const VERDICTS_KEPT = 4096;
const allMemos: ScanMemo<unknown>[] = [];
const otherForgetters: (() => void)[] = [];

/**
 * For a rule that keeps something of one scan's text other than verdicts on values (the last stretch
 * of a line it walked): `forget` drops it when each scan starts and ends, as the memos are cleared.
 */
export function forgetWhenScansEnd(forget: () => void): void {
  otherForgetters.push(forget);
}

/** Called when a scan starts and when it ends. */
export function forgetScanMemos(): void {
  for (const memo of allMemos) memo.forget();
  for (const forget of otherForgetters) forget();
}
