// Which move a finding's light bulb offers, decided without VS Code so the table is unit-tested:
// secret-code-actions.ts turns each choice into a CodeAction.
import { CommandId } from "./contributions";

/** What is known of the finding and its file when the light bulb asks. */
export interface MoveChoiceContext {
  /** Restricted Mode refuses every move (a move acts on the vaults the workspace's files name). */
  readonly trusted: boolean;
  readonly isConfig: boolean;
  /**
   * No move can rewrite the place: a secret's stores the secret itself or its tool reads the file
   * (moveRefusal); a configuration value's file has no way to read the key (configMoveRefusal).
   * Only the reason is offered.
   */
  readonly refused: boolean;
  /** "<vault> · <environment>" when the file maps to a Key Vault. */
  readonly vault?: string;
  /** "<store> · <environment>" when the file maps to an App Configuration store. */
  readonly store?: string;
  /** The file reads configuration keys, so an App Configuration setting can supply the secret's reference. */
  readonly offerReference: boolean;
  /**
   * The document is in no workspace folder (an untitled editor, a file opened from elsewhere): no
   * vault mapping can ever name its vault, so configuring one would not help; only why is offered.
   */
  readonly outsideFolder?: boolean;
}

export interface MoveChoice {
  readonly label: string;
  /** A command of ours, or VS Code's own (the Workspace Trust editor). */
  readonly command: string;
  /** How the command is called: at the finding, with choices, explaining its refusal, or with no arguments. */
  readonly call: "atFinding" | "interactive" | "explainRefusal" | "none";
  readonly preferred?: boolean;
}

/** VS Code's Workspace Trust editor. */
export const MANAGE_WORKSPACE_TRUST = "workbench.trust.manage";

export function moveChoices(context: MoveChoiceContext): MoveChoice[] {
  const { trusted, isConfig, refused, vault, store, offerReference, outsideFolder } = context;
  // A place whose move is always refused: its reason (answered only in a trusted workspace, where
  // the move runs; in Restricted Mode nothing, rather than "trust first" for a move that then fails).
  // (Not a disabled action: the light bulb hides those, and the user would never learn why.)
  if (refused || (outsideFolder && (isConfig ? !store : !vault))) {
    if (!trusted) return [];
    return [
      isConfig
        ? { label: "Why can't this value move to App Configuration?", command: CommandId.moveToAppConfiguration, call: "explainRefusal" }
        : { label: "Why can't this secret move to Key Vault?", command: CommandId.moveSecretToKeyVault, call: "explainRefusal" },
    ];
  }
  // In Restricted Mode every move would end in "trust the workspace first": the one choice says
  // so and opens the trust editor, rather than a preferred fix that can only fail.
  if (!trusted) return [{ label: `Move to ${isConfig ? "App Configuration" : "Key Vault"}… (trust this workspace first)`, command: MANAGE_WORKSPACE_TRUST, call: "none" }];
  if (isConfig) {
    return store
      ? [
          { label: `Move to App Configuration (${store})`, command: CommandId.moveToAppConfiguration, call: "atFinding", preferred: true },
          { label: "Move to App Configuration…", command: CommandId.moveToAppConfiguration, call: "interactive" },
        ]
      : [{ label: "Move to App Configuration… (configure a store for this file first)", command: CommandId.configureVaults, call: "none" }];
  }
  if (!vault) return [{ label: "Move to Key Vault… (configure a vault for this file first)", command: CommandId.configureVaults, call: "none" }];
  return [
    { label: `Move to Key Vault (${vault})`, command: CommandId.moveSecretToKeyVault, call: "atFinding", preferred: true },
    { label: "Move to Key Vault…", command: CommandId.moveSecretToKeyVault, call: "interactive" },
    ...(offerReference && store ? [{ label: `Move to Key Vault and reference it from App Configuration (${store})`, command: CommandId.moveSecretViaAppConfiguration, call: "atFinding" as const }] : []),
  ];
}
