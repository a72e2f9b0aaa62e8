// "Export Vault Health Report": every vault the workspace maps, with Resource Manager's settings,
// every secret's metadata (names and dates only: no value is read) and the same checks as the
// tree, as a Markdown document the user can save or share.
import * as vscode from "vscode";
import { describeFailure } from "../failure";
import { showErrorWithRemedies } from "../notify";
import { withCancellableProgress } from "../progress";
import { remediesFor } from "../remedies";
import { checkEndpoint, isAzureError, sameEndpoint } from "../../azure";
import { endpointDisplayName, type ExplorerContext } from "./context";
import { assessSecret, healthReport, summarizeSecrets, vaultBadgeSettings, vaultHealth, type ReportSecret, type ReportVault, type SecretMetadata } from "./health";

/** A report lists at most this many secrets per vault (the rest is counted as "listing stopped early"). */
const MAX_SECRETS = 20_000;

export interface ReportResult {
  readonly document?: vscode.TextDocument;
  readonly vaults: number;
  readonly message: string;
}

/** Every mapped vault URL once, across folders. */
function mappedVaults(ctx: ExplorerContext): string[] {
  const urls: string[] = [];
  for (const url of ctx.allMappedVaults()) if (!urls.some((known) => sameEndpoint(known, url))) urls.push(url);
  return urls;
}

async function reportVault(ctx: ExplorerContext, vaultUrl: string, signal: AbortSignal): Promise<ReportVault> {
  const name = endpointDisplayName(ctx, vaultUrl, "keyVault");
  const uses = ctx.vaultUses(vaultUrl);
  const arm = await ctx.arm.find(vaultUrl);
  // The folder's settings, as the tree reads them for the vault's node: a folder may shorten the rotation period.
  const badgeSettings = vaultBadgeSettings(uses, (folderUri) => ctx.settings(folderUri === undefined ? undefined : vscode.Uri.parse(folderUri)), new Date());
  const secrets: { name: string; metadata: SecretMetadata }[] = [];
  let complete = true;
  let secretsProblem: string | undefined;
  const local = checkEndpoint(vaultUrl, "keyVault", { allowLoopback: true });
  // Signed out, listing would open a sign-in prompt per vault: say so instead.
  if (!(local.accepted && local.endpoint.loopback) && !(await ctx.auth.signedIn())) {
    secretsProblem = "You are not signed in to Azure.";
  } else {
    try {
      for await (const secret of ctx.access.secretStore(vaultUrl).listSecrets({ signal })) {
        if (secrets.length >= MAX_SECRETS) {
          complete = false;
          break;
        }
        secrets.push({ name: secret.name, metadata: secret });
      }
    } catch (error) {
      if (isAzureError(error, "cancelled")) throw error;
      secretsProblem = describeFailure(error);
    }
  }
  const summary = secretsProblem ? undefined : summarizeSecrets(secrets.map((secret) => secret.metadata), badgeSettings, complete);
  const flagged: ReportSecret[] = secrets
    .map((secret) => ({ name: secret.name, assessment: assessSecret(secret.metadata, badgeSettings), expiresOn: secret.metadata.expiresOn }))
    .filter((secret) => secret.assessment.badges.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    name,
    url: vaultUrl,
    uses,
    vault: arm.info,
    warnings: vaultHealth({ vault: arm.info, propertiesProblem: arm.problem, uses, secrets: summary }),
    secrets: summary,
    flagged,
    secretsProblem,
  };
}

export async function exportHealthReport(ctx: ExplorerContext, options: { show?: boolean } = {}): Promise<ReportResult> {
  await ctx.loadMappings();
  const urls = mappedVaults(ctx);
  let vaults: ReportVault[];
  try {
    vaults = await withCancellableProgress("Secret Hygiene: checking the workspace's vaults…", async (signal, progress) => {
      const done: ReportVault[] = [];
      for (const url of urls) {
        progress.report({ message: endpointDisplayName(ctx, url, "keyVault"), increment: 100 / Math.max(1, urls.length) });
        done.push(await reportVault(ctx, url, signal));
      }
      return done;
    });
  } catch (error) {
    const message = isAzureError(error) ? error.message : describeFailure(error, ctx.log, "Health report");
    // The user's own Cancel needs no message; any other failure does, or the command seems to do nothing.
    if (!isAzureError(error, "cancelled")) void showErrorWithRemedies(`The health report was not made: ${message}`, remediesFor(message, error));
    return { vaults: 0, message };
  }
  const content = healthReport(vaults, new Date());
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
  if (options.show !== false) await vscode.window.showTextDocument(document, { preview: false });
  ctx.log.info(`Vault explorer: health report for ${vaults.length} vault(s)`);
  return { document, vaults: vaults.length, message: `Health report for ${vaults.length} vault(s).` };
}
