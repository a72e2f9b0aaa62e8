/**
 * Why a quick fix refuses to rewrite a file. The planner throws instead of guessing: a wrong edit
 * either breaks the program or leaves the secret half in the file, and the user can always move a
 * value by hand. Messages name the setting and the file, never the value.
 */

export type FixPlanErrorCode =
  /** The span no longer holds the value the engine reported (the text changed since the scan). */
  | "stale"
  /** The value is not inside a string literal, setting or scalar whose bounds the planner can find. */
  | "noBounds"
  /** The literal holds escapes or interpolation, so its source text is not the value the program uses. */
  | "notLiteral"
  /** The file type or the requested style has no safe replacement. */
  | "unsupported"
  /** A secret name, environment variable name or vault URL that cannot be written. */
  | "invalidInput"
  /** The replacement names the vault by its Resource Manager id (ARM parameters files): plan again with vaultResourceId. */
  | "needsVaultResource"
  /**
   * The text is not what the program reads (decoded in the wrong encoding, or JSON that does not
   * parse): no other name or style helps, the user must fix the file first.
   */
  | "brokenFile";

export class FixPlanError extends Error {
  override readonly name = "FixPlanError";
  constructor(
    readonly code: FixPlanErrorCode,
    message: string,
  ) {
    super(message);
  }
}
