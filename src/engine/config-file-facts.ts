import { addressesComposeService, composeServiceNames } from "./compose-services";
import { isYamlFile } from "./file-type";
import { sopsMetadataRegions } from "./sops-metadata";
import type { OffsetSpan } from "./types";

/**
 * What the rest of a file says about a configuration value found in it. The line rules see one
 * line, and their results are kept per line between edits (see incremental.ts), so a fact of the
 * whole file is asked here, after they ran (see findingsOf). Each fact is read from the text on
 * the first value that needs it, once per scan.
 */
export class ConfigFileFacts {
  private composeServices: ReadonlySet<string> | undefined;
  private sopsMetadata: OffsetSpan[] | undefined;

  constructor(
    private readonly content: string,
    private readonly typePath: string,
  ) {}

  /** Whether the value at `start`..`end` is no setting, for what the rest of the file says. */
  showsNoSetting(start: number, end: number): boolean {
    return this.namesComposeService(start, end) || this.inSopsMetadata(start);
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
}
