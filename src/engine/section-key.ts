import { KeyNames } from "./key-name";
import { secretStrength } from "./rules/secret-names";

/**
 * A bare `key` says what it holds through the section it sits in: `api:` above `key:` in YAML,
 * `{"openai": {"key": …}}` in JSON, `[sendgrid]` above `key =` in TOML or INI. Read together
 * (`api.key`, `openai.key`) the two are judged as any name; a cache's or a lookup's section
 * (`cache:` / `key:`) names no secret. The line rule that found the value cannot see the section.
 */

/** Files whose sections are `[name]` headers: TOML (`[tools.openai]`, `[[providers]]`) and INI dialects. */
const SECTIONED_FILE = /\.(?:toml|ini|cfg|conf|cnf)$/i;
const SECTION_HEADER = /^[ \t]*\[\[?[ \t]*([^\]\n]{1,200}?)[ \t]*\]\]?[ \t]*(?:[#;].*)?$/gm;
/** How far above a value its section's header is looked for. */
const HEADER_REACH = 20_000;

export class SectionKeys {
  private keyNames: KeyNames | undefined;

  constructor(
    private readonly content: string,
    private readonly typePath: string,
  ) {}

  /** The name of the section the value at `start` sits in (its last part: `openai` for `[tools.openai]`). */
  sectionAt(start: number): string | undefined {
    const keyNames = (this.keyNames ??= new KeyNames(this.content, this.typePath));
    if (keyNames.format) {
      const path = keyNames.at(start, "key")?.split(":") ?? [];
      return path.length >= 2 ? path[path.length - 2] : undefined;
    }
    if (!SECTIONED_FILE.test(this.typePath)) return undefined;
    let header: string | undefined;
    for (const match of this.content.slice(Math.max(0, start - HEADER_REACH), start).matchAll(SECTION_HEADER)) header = match[1];
    return header?.split(/[.:]/).pop()?.replace(/^["']|["']$/g, "");
  }

  /** Whether the section of the bare `key` at `start` says it is a credential. */
  saysSecret(start: number): boolean {
    const section = this.sectionAt(start);
    if (!section || !/^[A-Za-z][\w-]*$/.test(section)) return false;
    const strength = secretStrength(`${section}.key`);
    return strength === "key" || strength === "token" || strength === "password";
  }
}
