/**
 * What the planner takes and returns: plain data only, so the extension can turn a plan into a
 * WorkspaceEdit, the CLI could print it, and tests compare it without VS Code.
 */
import type { Finding } from "../engine";
import type { CodeLanguage } from "./file-kind";
import type { ConstantReach } from "./constant-uses";

/**
 * How the literal is replaced. Every file type has a default (see replacement.ts); a caller passes
 * one of these to override it, and gets a FixPlanError where that style cannot work.
 * - `keyVaultReference`: the whole setting value becomes `@Microsoft.KeyVault(SecretUri=…)`
 *   (resolved by App Service and Functions, and by "Run with secrets").
 * - `environmentVariable`: the value is read from an environment variable at run time, in the
 *   file's idiom (`process.env.X`, `os.environ["X"]`, `${X}` in compose files…).
 * - `configuration`: the value is read from configuration by key (C# `configuration["A:B"]`; the
 *   configuration-builder token `${name}` in XML .config files).
 * - `removeValue`: the setting is deleted from the file and a configuration provider supplies it
 *   under the same key (appsettings*.json with the Key Vault provider; a line of a .env file).
 */
export type ReplacementStyle = "keyVaultReference" | "environmentVariable" | "configuration" | "removeValue";

/** Replace `text.slice(start, end)` with `newText`. Offsets are UTF-16 offsets into the planned text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface MovePlan {
  /**
   * Exactly what gets stored: the whole connection string when the finding is compound, the whole
   * setting value when the replacement takes the whole setting (`Bearer …` in an App Service
   * setting), otherwise the secret itself. Escapes are decoded (JSON, XML), so it is the runtime value.
   */
  readonly value: string;
  /** The finding was a compound credential (a connection string or URL around the secret). */
  readonly compound: boolean;
  /** Offsets into the planned text; sorted and non-overlapping, so they can be applied in one edit. */
  readonly edits: readonly TextEdit[];
  /** What now stands where the value was, for the confirmation message. Never contains the value. */
  readonly replacementDescription: string;
  /** The style the plan used (the file type's default unless the caller chose one). */
  readonly style: ReplacementStyle;
  /** Follow-ups the user must do for the replacement to work. Never contain the value. */
  readonly notes: readonly string[];
  /**
   * The configuration key (`:`-separated, as IConfiguration reads it) the file reads after the
   * edit, when it reads one: `configuration["Smtp:Password"]` in C#, or the path of a setting
   * removed from appsettings.json. An App Configuration setting must have this key to be found.
   */
  readonly readsConfigurationKey?: string;
  /**
   * The environment variable planned for the value, as the file writes it (`.npmrc`'s `NPM_TOKEN`
   * for `AUTH_TOKEN`, an Actions secret's `GH_TOKEN`). Move all passes it back in MoveInput.variablesInUse.
   */
  readonly environmentVariable?: string;
  /**
   * The constant whose value the move makes a read at run time (Go's `const` becomes a `var`, C#'s
   * a `static readonly`), the code's language, which other files may use it and through which
   * type. The plan was refused where this file uses it as a constant; other files may, and the
   * caller checks those it can read (constantUseElsewhere).
   */
  readonly constantMadeVariable?: ConstantMadeVariable;
}

/** See MovePlan.constantMadeVariable. */
export interface ConstantMadeVariable {
  readonly name: string;
  readonly language: CodeLanguage;
  readonly reach: ConstantReach;
  /** The type that declares it (`Keys`), where other files name it through one. */
  readonly owner?: string;
}

export interface MoveInput {
  readonly text: string;
  /**
   * Exactly the path the finding was scanned under: file-type decisions use its name, and the
   * finding's fingerprint (checked against `text`) includes it.
   */
  readonly filePath: string;
  /** The language id it was scanned with (ScanInput.languageId): a notebook cell's, an untitled editor's. */
  readonly languageId?: string;
  /** A `secret` finding from scanning exactly `text`. */
  readonly finding: Finding;
  /** The Key Vault secret name (see secretNameFor); validated. */
  readonly secretName: string;
  /** `https://<vault>.vault.azure.net` or a loopback emulator URL such as `https://127.0.0.1:8443`. */
  readonly vaultUrl: string;
  readonly style?: ReplacementStyle;
  /**
   * The vault's Resource Manager id (`/subscriptions/…/providers/Microsoft.KeyVault/vaults/<name>`).
   * ARM parameters files name the vault by it; the plan throws FixPlanError `needsVaultResource`
   * where it is needed and missing, so a caller looks it up only then. Bicep and Terraform notes use it too.
   */
  readonly vaultResourceId?: string;
  /**
   * The application reads the secret through an App Configuration Key Vault reference, not from
   * the vault directly: the notes name App Configuration's provider.
   */
  readonly throughAppConfiguration?: boolean;
  /** With throughAppConfiguration: the label the App Configuration setting has, for the notes. */
  readonly appConfigurationLabel?: string;
  /**
   * The variables other replacements planned for this text read (MovePlan.environmentVariable), and
   * the secret each reads: Move all's earlier plans for the file, whose edits are not in `text` yet.
   * Another secret's variable is not read again: the value gets a numbered one (`API_KEY_2`).
   */
  readonly variablesInUse?: ReadonlyMap<string, string>;
  /**
   * The value was stored as a new secret (true) or found in the vault already (false), once the
   * move has stored it: a variable the text reads already is another secret's only for a new one.
   */
  readonly storedAsNew?: boolean;
}

export interface ConfigMoveInput {
  readonly text: string;
  /** Exactly the path the finding was scanned under (see MoveInput.filePath). */
  readonly filePath: string;
  /** See MoveInput.languageId. */
  readonly languageId?: string;
  /** A `config` finding from scanning exactly `text`. */
  readonly finding: Finding;
  /**
   * The App Configuration key (see suggestedConfigurationKey), `:`-separated. Where the file reads
   * a configuration path after the move (appsettings.json), it must be exactly that path.
   */
  readonly key: string;
  /** The label the value is stored under (the environment's); references and notes name it. */
  readonly label?: string;
  /** The tags stored with it: App Configuration's size limit counts them. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * The App Configuration endpoint (`https://<store>.azconfig.io`). Needed only where the file takes
   * an `@Microsoft.AppConfiguration(…)` reference (App Service settings).
   */
  readonly endpoint?: string;
  readonly style?: ReplacementStyle;
}
