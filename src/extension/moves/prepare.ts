// The first step of every move: scan the document afresh, find the finding the diagnostic stands
// for, and find where the file's application and environment keep secrets and settings.
import * as vscode from "vscode";
import type { Finding } from "../../engine";
import type { AppConfigurationTarget } from "../../azure";
import type { DiagnosticsController } from "../diagnostics-controller";
import { resolveTarget, VAULT_MAPPING_FILE } from "../../azure";
import { noVaultReason, type FileTarget, type VaultMappings } from "../vault-mappings";
import { settleEnvironment, type NeededTarget } from "./environment-question";
import { MoveStopped } from "./move-stopped";

export interface PreparedDocument {
  readonly document: vscode.TextDocument;
  readonly text: string;
  /** The version the plans are made against; the edit is applied only to this version. */
  readonly version: number;
  /** The folder-relative path the engine scanned under (fingerprints and file types use it). */
  readonly filePath: string;
  /** The language it was scanned as where the path does not tell (a notebook cell's, an untitled editor's). */
  readonly languageId?: string;
  readonly findings: readonly Finding[];
  readonly app?: string;
  readonly environment?: string;
  /** The environment is a production one (the mapping's environments say). */
  readonly production?: boolean;
  readonly vaultUrl?: string;
  readonly appConfiguration?: AppConfigurationTarget;
  /** Why there is no vault, when there is none. */
  readonly noVault?: string;
  /** In no workspace folder (an untitled editor, a file from elsewhere): no mapping can name a vault or store for it. */
  readonly outsideFolder?: true;
  /** The path names production but the environment is not production, and nobody chose it (InferredEnvironment.doubt). */
  readonly environmentDoubt?: string;
  /**
   * The app's other environments with an App Configuration store, when no environment is in the
   * file's path: the file is theirs too, and a value moved under one label is missing from theirs.
   */
  readonly otherConfigurationTargets?: readonly OtherConfigurationTarget[];
  /** The same for Key Vault: the app's other environments with a vault, when no environment is in the file's path. */
  readonly otherKeyVaultTargets?: readonly OtherKeyVaultTarget[];
  /** The environment a word of a path names, as the mapping file defines them (`prod` → production). */
  readonly environmentOf?: (word: string) => string | undefined;
}

/** Another environment of the file's app, and its vault. */
export interface OtherKeyVaultTarget {
  readonly environment: string;
  readonly vaultUrl: string;
}

/** Another environment of the file's app, and where its settings go. */
export interface OtherConfigurationTarget {
  readonly environment: string;
  readonly appConfiguration: AppConfigurationTarget;
}

export function sameRange(finding: Finding, range: vscode.Range): boolean {
  const { start, end } = finding.range;
  return start.line === range.start.line && start.character === range.start.character && end.line === range.end.line && end.character === range.end.character;
}

/**
 * @param settle where the path leaves the environment in doubt: settle it by asking (or with the
 * preset answer) for a target of this kind. Without it, the doubt is only reported (Move all skips such files).
 */
export async function prepareDocument(controller: DiagnosticsController, mappings: VaultMappings, uri: vscode.Uri, settle?: { readonly needs: NeededTarget; readonly preset?: string }): Promise<PreparedDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  const scanned = await controller.findingsFor(document);
  if (!scanned) {
    const state = controller.stateOf(uri);
    throw new MoveStopped("failed", state?.kind === "skipped" && state.category === "size" ? `This file is not scanned: ${state.reason}.` : "This file is excluded from scanning (.secrethygiene.json ignorePaths, the secretHygiene.exclude setting, or the baseline).");
  }
  const inferred = await mappings.targetFor(uri);
  const target = settle ? await settleEnvironment(inferred, settle.needs, settle.preset) : inferred;
  return {
    document,
    text: scanned.text,
    version: scanned.version,
    filePath: scanned.filePath,
    ...(scanned.languageId !== undefined ? { languageId: scanned.languageId } : {}),
    findings: scanned.findings,
    ...targetFields(target),
  };
}

/** What a prepared document says about where its values go: the file's app, environment and targets. */
type TargetFields = Omit<PreparedDocument, "document" | "text" | "version" | "filePath" | "languageId" | "findings">;

function targetFields(target: FileTarget | undefined): TargetFields {
  const resolved = target?.resolved;
  return {
    app: resolved?.app?.name,
    environment: resolved?.environment.environment,
    ...(resolved && target.mapping ? { production: target.mapping.mapping.environments.isProduction(resolved.environment.environment) } : {}),
    vaultUrl: resolved?.target?.keyVault,
    appConfiguration: resolved?.target?.appConfiguration,
    noVault: noVaultReason(target),
    ...(target === undefined ? { outsideFolder: true as const } : {}),
    ...(resolved?.environment.doubt ? { environmentDoubt: resolved.environment.doubt } : {}),
    ...(resolved?.environment.byDefault && resolved.app
      ? {
          otherConfigurationTargets: [...resolved.app.environments].flatMap(([environment, entry]) =>
            environment !== resolved.environment.environment && entry.appConfiguration ? [{ environment, appConfiguration: entry.appConfiguration }] : [],
          ),
          otherKeyVaultTargets: [...resolved.app.environments].flatMap(([environment, entry]) =>
            environment !== resolved.environment.environment && entry.keyVault ? [{ environment, vaultUrl: entry.keyVault }] : [],
          ),
        }
      : {}),
    ...(target?.mapping ? { environmentOf: (word: string) => target.mapping?.mapping.environments.canonical(word) } : {}),
  };
}

/**
 * The prepared document with its targets for `environment` instead of the one its path gives: a
 * part of the file that is one environment's only (a Spring document for the profile `prod`).
 * `why` says what makes it that environment's, for the refusal when the mapping file has no such
 * environment. Without a mapping file it stays as it is (the move then fails on the missing store).
 */
export async function preparedForEnvironment(mappings: VaultMappings, prepared: PreparedDocument, environment: string, why: string): Promise<PreparedDocument> {
  const target = await mappings.targetFor(prepared.document.uri);
  if (!target?.mapping) return prepared;
  const catalogue = target.mapping.mapping.environments;
  if (!catalogue.canonical(environment)) {
    throw new MoveStopped("failed", `${why}, and ${VAULT_MAPPING_FILE} has no environment '${environment}' (it has ${catalogue.names().join(", ")}): add it, or add '${environment}' as another name of one, so the value goes to that environment's store and label. Nothing was stored.`);
  }
  const { document, text, version, filePath, languageId, findings } = prepared;
  return {
    document,
    text,
    version,
    filePath,
    ...(languageId !== undefined ? { languageId } : {}),
    findings,
    ...targetFields({ ...target, resolved: resolveTarget(target.mapping.mapping, target.relativePath, environment) }),
  };
}

export function findingAt(prepared: PreparedDocument, range: vscode.Range, kind: Finding["kind"]): Finding {
  const finding = prepared.findings.find((candidate) => candidate.kind === kind && sameRange(candidate, range));
  if (!finding) throw new MoveStopped("failed", "The finding is no longer there: the file changed. Nothing was stored.");
  return finding;
}
