/**
 * A list of domain names, asked whether a host is one of them or a name under one. A host has a
 * handful of labels and a list may have a hundred names, so the host's own suffixes are looked up
 * (`a.b.contoso.com` → `b.contoso.com`, `contoso.com`, `com`) instead of comparing every name.
 */
export class DomainSet {
  private readonly names: ReadonlySet<string>;

  constructor(names: readonly string[]) {
    this.names = new Set(names);
  }

  /** `host` is a listed name or under one: `host === name || host.endsWith("." + name)`. */
  covers(host: string): boolean {
    return this.names.has(host) || this.isParentOf(host);
  }

  /** `host` is strictly under a listed name: `host.endsWith("." + name)`. */
  isParentOf(host: string): boolean {
    for (let dot = host.indexOf("."); dot !== -1; dot = host.indexOf(".", dot + 1)) if (this.names.has(host.slice(dot + 1))) return true;
    return false;
  }
}
