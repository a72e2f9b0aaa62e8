// A revealed secret on the clipboard for a few seconds only: after the configured time, and when the
// extension stops, the clipboard is cleared, but only if it still holds that value (the user may have
// copied something else since). The value is kept in memory for that comparison and nowhere else.
import * as vscode from "vscode";

export class TransientClipboard implements vscode.Disposable {
  private pending: { value: string; timer: ReturnType<typeof setTimeout>; cleared: Promise<boolean>; resolve: (cleared: boolean) => void } | undefined;

  /** Copies `value`; resolves when the clipboard was cleared (true) or left alone (false). */
  async copy(value: string, seconds: number): Promise<{ cleared: Promise<boolean> }> {
    this.forget();
    await vscode.env.clipboard.writeText(value);
    let resolve!: (cleared: boolean) => void;
    const cleared = new Promise<boolean>((done) => (resolve = done));
    const timer = setTimeout(() => void this.clearNow(), seconds * 1000);
    this.pending = { value, timer, cleared, resolve };
    return { cleared };
  }

  /** Clears the clipboard now if it still holds the copied value. */
  async clearNow(): Promise<boolean> {
    const pending = this.pending;
    if (!pending) return false;
    this.pending = undefined;
    clearTimeout(pending.timer);
    let cleared = false;
    try {
      if ((await vscode.env.clipboard.readText()) === pending.value) {
        await vscode.env.clipboard.writeText("");
        cleared = true;
      }
    } catch {
      // The clipboard could not be read: leave it as it is rather than erase something else.
    }
    pending.resolve(cleared);
    return cleared;
  }

  /** Stops tracking the previous value without touching the clipboard (a newer copy replaces it). */
  private forget(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    this.pending.resolve(false);
    this.pending = undefined;
  }

  dispose(): void {
    void this.clearNow();
  }
}
