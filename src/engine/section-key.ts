import { KeyNames } from "./key-name";
import { knownRules } from "./rules";
import { segmentsOf } from "./rules/name-segments";

/**
 * A bare `key` says what it holds through the section it sits in: `api:` above `key:` in YAML,
 * `{"openai": {"key": …}}` in JSON, `[sendgrid]` above `key =` in TOML or INI. Only a section that
 * names a credential's use or a vendor counts: most sections with a `key` name a cache's, a flag's,
 * an object's or a list item's (`cache:`, `flags:`, `Contents:`, `tolerations:`, `with:`).
 */

/** A section's last word that says its key is a credential. */
const CREDENTIAL_SECTIONS = new Set([
  "api", "apis", "access", "auth", "authentication", "secret", "secrets", "private", "signing", "signature", "encryption",
  "license", "licence", "master", "subscription", "account", "client", "webhook", "webhooks", "hmac", "jwt", "session",
  "credential", "credentials", "oauth", "security", "service",
]);
/**
 * Rule families that name no vendor (or whose name is a common word: `branch:`, `square:`, `linear:`),
 * and vendors whose keys are public by design (Segment's write key, Firebase's and Mapbox's browser keys).
 */
const NOT_VENDOR_SECTIONS = new Set([
  "private-key", "generic", "kubernetes", "jwt", "url", "connection-string", "password-hash", "config", "rails", "segment", "firebase",
  "mapbox", "branch", "square", "linear", "readme", "age", "lob", "harness",
]);
let vendors: ReadonlySet<string> | undefined;
/** Vendors' names as the rules know them (`github/token` → `github`), written as one word (`microsoftteams`). */
function vendorNames(): ReadonlySet<string> {
  return (vendors ??= new Set(knownRules().map((rule) => rule.id.split("/")[0]!).filter((family) => !NOT_VENDOR_SECTIONS.has(family)).map((family) => family.replace(/-/g, ""))));
}

/** Whether a section named `section` (`api`, `stripeApi`, `open_ai`, `tools.openai`'s `openai`) holds a credential as its `key`. */
function sectionNamesCredential(section: string): boolean {
  const segments = segmentsOf(section);
  if (segments.length === 0) return false;
  return CREDENTIAL_SECTIONS.has(segments[segments.length - 1]!) || vendorNames().has(segments.join("")) || segments.some((segment) => vendorNames().has(segment));
}

export class SectionKeys {
  private keyNames: KeyNames | undefined;

  constructor(
    private readonly content: string,
    private readonly typePath: string,
  ) {}

  /** Whether the section of the bare `key` at `start` says it is a credential. */
  saysSecret(start: number): boolean {
    // (KeyNames gives the document's path to the value: `tools:openai:key`.)
    const path = (this.keyNames ??= new KeyNames(this.content, this.typePath)).at(start, "key")?.split(":") ?? [];
    const section = path.length >= 2 ? path[path.length - 2]! : undefined;
    return section !== undefined && /^[A-Za-z][\w-]*$/.test(section) && sectionNamesCredential(section);
  }
}
