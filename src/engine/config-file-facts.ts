import { addressesComposeService, composeServiceNames } from "./compose-services";
import { isYamlFile } from "./file-type";
import { isInDottedNameFamily } from "./neighbour-lines";
import { sopsMetadataRegions } from "./sops-metadata";
import type { OffsetSpan } from "./types";

/** `name:` before a value, maybe as a list item's first key, maybe quoted: the whole key of the value's line. */
const NAME_KEY_BEFORE = /^[ \t]*(?:-[ \t]+)?name[ \t]*:[ \t]*["']?$/;
/** A manifest's `apiVersion:` and `kind:` (a `List`'s items' too; a Helm template may fill the version in). */
const KUBERNETES_API_VERSION = /^[ \t]*(?:-[ \t]+)?apiVersion:[ \t]*\S/m;
const KUBERNETES_KIND = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*["']?[A-Z]\w*["']?[ \t]*$/m;

/**
 * What the rest of a file says about a configuration value found in it. The line rules see one
 * line, and their results are kept per line between edits (see incremental.ts), so a fact of the
 * whole file is asked here, after they ran (see findingsOf). Each fact is read from the text on
 * the first value that needs it, once per scan.
 */
export class ConfigFileFacts {
  private composeServices: ReadonlySet<string> | undefined;
  private sopsMetadata: OffsetSpan[] | undefined;
  private kubernetesManifest: boolean | undefined;

  constructor(
    private readonly content: string,
    private readonly typePath: string,
  ) {}

  /** Whether the value at `start`..`end` is no setting, for what the rest of the file says. */
  showsNoSetting(start: number, end: number): boolean {
    return this.namesComposeService(start, end) || this.inSopsMetadata(start) || this.namesKubernetesObject(start) || isInDottedNameFamily(this.content, start, end);
  }

  /** A host that is one of a Compose file's own services: see compose-services.ts. */
  private namesComposeService(start: number, end: number): boolean {
    if (!isYamlFile(this.typePath)) return false;
    return addressesComposeService(this.content.slice(start, end), (this.composeServices ??= composeServiceNames(this.content)));
  }

  /** An address in the metadata SOPS keeps to decrypt the file: see sops-metadata.ts. */
  private inSopsMetadata(start: number): boolean {
    return (this.sopsMetadata ??= sopsMetadataRegions(this.content)).some((region) => region.start <= start && start < region.end);
  }

  /**
   * A Kubernetes object's or item's `name:` (an admission webhook's `orders.contoso.com`, a CRD's
   * `widgets.contoso.com`, an APIService's `v1beta1.metrics.k8s.io`): DNS-shaped, as the API asks
   * of names, but an identifier, never a host to connect to. Only in a manifest: elsewhere a
   * `name:` may be a server's.
   */
  private namesKubernetesObject(start: number): boolean {
    if (!isYamlFile(this.typePath)) return false;
    const lineStart = this.content.lastIndexOf("\n", start - 1) + 1;
    if (!NAME_KEY_BEFORE.test(this.content.slice(lineStart, start))) return false;
    return (this.kubernetesManifest ??= KUBERNETES_API_VERSION.test(this.content) && KUBERNETES_KIND.test(this.content));
  }
}
