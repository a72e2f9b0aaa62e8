// A secret moved out of a file whose path names no environment (the base appsettings.json, `src/`)
// went to the default environment's vault only, yet every environment read it from that file: the
// others now lack it. The move's result says so and names their vaults; its button stores the same
// value under the same name in each, as the move stored it (written, read back), and the message
// names the vaults and the name, never the value.
import type * as vscode from "vscode";
import type { SecretStore } from "../../azure";
import { describeError } from "./move-stopped";
import type { OtherKeyVaultTarget } from "./prepare";
import { storeSecretVerified, type CollisionChoice, type SecretToStore } from "./vault-steps";

/** "appsettings.json is read in every environment: staging and production now lack X; store it in their vaults too (orders-stg, orders-prod)." */
export function sharedSecretNote(fileName: string, lacking: string, others: readonly { readonly environment: string; readonly vaultName: string }[]): string {
  if (others.length === 0) return "";
  const one = others.length === 1;
  const environments = one ? others[0]!.environment : `${others.slice(0, -1).map((other) => other.environment).join(", ")} and ${others.at(-1)!.environment}`;
  return `${fileName} is read in every environment: ${environments} now ${one ? "lacks" : "lack"} ${lacking}; store it in ${one ? "its vault" : "their vaults"} too (${others.map((other) => other.vaultName).join(", ")}).`;
}

/**
 * Stores `secret` (what to store for an environment: the same name and value, that environment's
 * tags) in each of `others`' vaults. The name is kept (`readAs`: the file
 * reads the secret by it in every environment); a vault where it holds another value gets a new
 * version only when `onCollision` says so (otherwise the user is asked). One vault that fails is
 * named, and the others and the move stand.
 */
export async function storeInOtherVaults(
  secretStore: (vaultUrl: string) => SecretStore,
  others: readonly OtherKeyVaultTarget[],
  secret: (environment: string) => SecretToStore,
  options: { readonly readAs: string; readonly onCollision?: CollisionChoice; readonly signal: AbortSignal; readonly log: vscode.LogOutputChannel },
): Promise<{ readonly message: string; readonly failed: boolean }> {
  const stored: string[] = [];
  let name = "";
  const failures: string[] = [];
  for (const { environment, vaultUrl } of others) {
    let where = environment;
    try {
      const secrets = secretStore(vaultUrl);
      where = `${secrets.vaultName} (${environment})`;
      const toStore = secret(environment);
      name = toStore.name;
      const done = await storeSecretVerified(secrets, toStore, { onCollision: options.onCollision, signal: options.signal, log: options.log, readAs: options.readAs });
      done.settle();
      stored.push(`${where}${done.reused ? ", already there" : ""}`);
    } catch (error) {
      failures.push(`${where}: ${describeError(error, options.log, "Store for the other environments")}`);
    }
  }
  const said = stored.length ? `'${name}' is stored in ${stored.join("; ")} too.` : "";
  const notSaid = failures.length ? ` Not stored in ${failures.join(" ")}` : "";
  return { message: `${said}${notSaid}`.trim(), failed: failures.length > 0 };
}
