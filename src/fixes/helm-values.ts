/**
 * A Helm chart's values file (`values.yaml`, `values-prod.yaml`): Helm hands its values to the
 * templates as they are written and expands no `${NAME}`, so a placeholder there would be installed
 * as the password itself. The move empties the value instead, and the notes say how the install
 * passes it (`--set-string` from the vault or the store) or how the pod gets it without Helm
 * (the Secrets Store CSI driver).
 */
import { vaultParts } from "./deployment-parameters";
import { appConfigurationRead, readAccessNote, type ReplacementRequest } from "./replacement-common";

/**
 * The value's path as `--set` writes it (`auth.password`, a `.` inside a key as `\.`), from the
 * engine's key name (`auth:password`); undefined where a segment is a list index or holds what
 * `--set` would read as syntax.
 */
export function helmValuePath(keyName: string | undefined): string | undefined {
  if (keyName === undefined) return undefined;
  const segments = keyName.split(":");
  if (segments.some((segment) => !/^[A-Za-z_][\w.-]*$/.test(segment))) return undefined;
  return segments.map((segment) => segment.replace(/\./g, "\\.")).join(".");
}

/** What the install must do now that the value is empty. */
export function helmValuesNotes(request: ReplacementRequest, path: string | undefined): string[] {
  const at = path ?? "<path.to.value>";
  const secret = request.purpose === "secret";
  const read = secret
    ? `az keyvault secret show --vault-name ${vaultParts(request).vaultName} --name ${request.storeName} --query value -o tsv`
    : appConfigurationRead(request);
  const notes = [
    `Helm expands no \${…} in a values file, so a placeholder would be installed as the value itself: the chart's value is now empty, and the install gives it: helm upgrade --install <release> <chart> --set-string ${at}="$(${read})".`,
    `The chart can stop an install that forgets it: {{ required "${at} is required" .Values.${path ?? "<path.to.value>"} }} where the template reads it.`,
  ];
  if (!secret) return notes;
  return [
    ...notes,
    `Helm keeps what --set gives it in the release's history in the cluster. Without it, the Secrets Store CSI driver's Azure Key Vault provider mounts ${request.storeName} into the pod (a SecretProviderClass naming the vault, synced to a Kubernetes Secret where the chart reads one).`,
    readAccessNote(request.storeUrl),
  ];
}
