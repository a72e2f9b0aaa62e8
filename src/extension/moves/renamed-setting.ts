// Where the secret's name is the setting's name: a move that stored under another name than the
// one proposed must not delete the setting. No VS Code API here.
import type { MovePlan } from "../../fixes";

/**
 * Why the file cannot take the plan when the secret went under `storedName` instead of
 * `proposedName` (a name conflict, or the value found under another name), or undefined when it
 * can. The plan deletes the setting and a configuration provider supplies it by the secret's name
 * (ASP.NET Core's Key Vault provider reads `A--B` as `A:B`): under another name the application
 * would read another setting, or the old value of this one.
 */
export function renamedSettingRefusal(plan: Pick<MovePlan, "style" | "readsConfigurationKey">, proposedName: string, stored: { readonly name: string; readonly reused: boolean }): string | undefined {
  if (plan.style !== "removeValue" || plan.readsConfigurationKey === undefined) return undefined;
  if (stored.name.toLowerCase() === proposedName.toLowerCase()) return undefined;
  const why = stored.reused ? `Key Vault already holds this value as '${stored.name}'` : `'${proposedName}' holds another value in Key Vault`;
  return `${why}, and the app would read it by the secret's name, as another setting than ${plan.readsConfigurationKey}`;
}
