import { KeyNames } from "./key-name";
import { secretStrength } from "./rules/secret-names";

/**
 * A bare `key` says what it holds through the section it sits in: `api:` above `key:` in YAML,
 * `{"openai": {"key": …}}` in JSON, `[sendgrid]` above `key =` in TOML or INI. Read together
 * (`api.key`, `openai.key`) the two are judged as any name; a cache's or a lookup's section
 * (`cache:` / `key:`) names no secret. The line rule that found the value cannot see the section.
 */
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
    if (!section || !/^[A-Za-z][\w-]*$/.test(section)) return false;
    const strength = secretStrength(`${section}.key`);
    return strength === "key" || strength === "token" || strength === "password";
  }
}
