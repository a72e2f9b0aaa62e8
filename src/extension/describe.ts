/** An error as one line for the log or a message. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
