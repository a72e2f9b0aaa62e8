// Where the secret's name is the setting's name: a move must not store it under another name than
// the one proposed and then delete the setting. No VS Code API here.
import type { MovePlan } from "../../fixes";

/**
 * The configuration key the app reads the moved value by, through the secret's name, or undefined
 * when any name will do. The plan deletes the setting and a configuration provider supplies it by
 * the secret's name (ASP.NET Core's Key Vault provider reads `A--B` as `A:B`): under another name
 * the application would read another setting, or the old value of this one. Known before anything
 * is stored, so a move never writes a copy it must take back (storeSecretVerified's `readAs`).
 */
export function keyReadBySecretName(plan: Pick<MovePlan, "style" | "readsConfigurationKey">): string | undefined {
  return plan.style === "removeValue" ? plan.readsConfigurationKey : undefined;
}

/**
 * Why a move whose secret must keep its name (`readAs`, see keyReadBySecretName) stops before
 * storing: the name `'${name}' ${taken}` (holds another value in kv-shop, is disabled in kv-shop…).
 * `newVersionFits`: a new version of the taken name would do (it holds another value, not a
 * disabled or a certificate's secret).
 */
export function keptNameRefusal(name: string, taken: string, readAs: string, newVersionFits: boolean): string {
  const remedy = newVersionFits ? "Move it again and add a new version of that secret, or rename the setting first." : "Rename the setting first.";
  return `'${name}' ${taken}, and the app reads the secret by that name, as ${readAs}: under another name it would not be read. Nothing was stored. ${remedy}`;
}

/**
 * Why the file cannot take the plan when the secret went under `storedName` instead of
 * `proposedName` (a name conflict, or the value found under another name), or undefined when it
 * can. A last check: a move that passes keyReadBySecretName to storeSecretVerified never gets here.
 */
export function renamedSettingRefusal(plan: Pick<MovePlan, "style" | "readsConfigurationKey">, proposedName: string, stored: { readonly name: string; readonly reused: boolean }): string | undefined {
  const readAs = keyReadBySecretName(plan);
  if (readAs === undefined) return undefined;
  if (stored.name.toLowerCase() === proposedName.toLowerCase()) return undefined;
  const why = stored.reused ? `Key Vault already holds this value as '${stored.name}'` : `'${proposedName}' holds another value in Key Vault`;
  return `${why}, and the app would read it by the secret's name, as another setting than ${readAs}`;
}
