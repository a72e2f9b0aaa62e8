// What to say when starting a command with a resolved .env file's variables throws. (Both runs
// share it: the extension's Run with Secrets and `secret-hygiene run`.)

/**
 * The failure's Node error code (`ERR_INVALID_ARG_VALUE`), never its message: Node's message
 * quotes the option it refused, and for the environment that is a variable's value, a secret.
 */
export function spawnFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^[A-Z0-9_]+$/.test(code) ? `${code} (the command or its environment could not be passed to it)` : "the command or its environment could not be passed to it";
}
