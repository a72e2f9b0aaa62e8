/**
 * A Helm chart's values file (`values.yaml`, `values-prod.yaml`): Helm hands its values to the
 * templates as they are written and expands no `${NAME}`, so a placeholder there would be installed
 * as the password itself. The move empties the value instead, and the notes say how the install
 * passes it (`--set-string` from the vault or the store) or how the pod gets it without Helm
 * (the Secrets Store CSI driver).
 */
import { vaultParts } from "./deployment-parameters";
import { baseNameOf } from "./file-kind";
import { appConfigurationRead, readAccessNote, type ReplacementRequest } from "./replacement-common";
import { yamlBlockHeaderAbove, yamlPathAt } from "./yaml";

/** The value's path as `--set` writes it and as a template reads it. */
export interface HelmValuePath {
  /** `auth.password`, `env[0].value`; a `.` inside a key as `\.`. */
  readonly set: string;
  /** `.Values.auth.password`, `(index .Values.env 0).value`. */
  readonly template: string;
}

/**
 * The path of the value whose key is on the line at `lineStart`, list items by their index (the
 * engine's key name skips them: a `- name: X` / `value:` item is named X, which `--set X=…` would
 * add beside the list); undefined where a key holds what `--set` would read as syntax.
 */
export function helmValuePath(text: string, lineStart: number): HelmValuePath | undefined {
  const header = yamlBlockHeaderAbove(text, lineStart);
  const segments = yamlPathAt(text, header ? header.start : lineStart);
  if (segments === undefined || segments.some((segment) => typeof segment === "string" && !/^[A-Za-z_][\w.-]*$/.test(segment))) return undefined;
  let set = "";
  let template = ".Values";
  for (const segment of segments) {
    if (typeof segment === "number") {
      set += `[${segment}]`;
      template = `(index ${template} ${segment})`;
    } else {
      set += `${set === "" ? "" : "."}${segment.replace(/\./g, "\\.")}`;
      // (A template's field name is an identifier: `index` reads any other key.)
      template = /^[A-Za-z_]\w*$/.test(segment) ? `${template}.${segment}` : `(index ${template} "${segment}")`;
    }
  }
  return { set, template };
}

/** What the install must do now that the value is empty. */
export function helmValuesNotes(request: ReplacementRequest, path: HelmValuePath | undefined): string[] {
  const at = path?.set ?? "<path.to.value>";
  const secret = request.purpose === "secret";
  const read = secret
    ? `az keyvault secret show --vault-name ${vaultParts(request).vaultName} --name ${request.storeName} --query value -o tsv`
    : appConfigurationRead(request);
  // `--set` replaces a list of the chart's values whole (helm/helm#11734), dropping the item's other
  // keys and the other items, unless the values file is given too: then it sets only that key.
  const inList = path?.set.includes("[") ?? false;
  const valuesFile = inList ? ` -f ${baseNameOf(request.filePath)}` : "";
  const listNote = inList ? ` (With -f ${baseNameOf(request.filePath)}: --set alone would replace the whole list with an item holding only this value.)` : "";
  const notes = [
    `Helm expands no \${…} in a values file, so a placeholder would be installed as the value itself: the chart's value is now empty, and the install gives it: helm upgrade --install <release> <chart>${valuesFile} --set-string ${at}="$(${read})".${listNote}`,
    `The chart can stop an install that forgets it: {{ required "${at} is required" ${path?.template ?? ".Values.<path.to.value>"} }} where the template reads it.`,
  ];
  if (!secret) return notes;
  return [
    ...notes,
    `Helm keeps what --set gives it in the release's history in the cluster. Without it, the Secrets Store CSI driver's Azure Key Vault provider mounts ${request.storeName} into the pod (a SecretProviderClass naming the vault, synced to a Kubernetes Secret where the chart reads one).`,
    readAccessNote(request.storeUrl),
  ];
}
