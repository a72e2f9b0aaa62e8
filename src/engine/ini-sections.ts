/**
 * TOML and the INI dialects group settings under `[section]` headers (TOML's `[tools.openai]` and
 * `[[providers]]` too): a setting's name is only whole with its section's (`database:password`,
 * as .NET's INI provider reads it), and two sections may each hold a `password`.
 */

/** Files whose settings sit under `[name]` headers. */
const SECTIONED_FILE = /\.(?:toml|ini|cfg|conf|cnf)$/i;
const SECTION_HEADER = /^[ \t]*\[\[?[ \t]*([^\]\n]{1,200}?)[ \t]*\]\]?[ \t]*(?:[#;].*)?$/gm;
/** How far above a setting its section's header is looked for. */
const HEADER_REACH = 20_000;
/** A part of a section's name that is a plain name: not `program:worker`, `remote "origin"` or a TOML quoted key. */
const PLAIN_PART = /^[A-Za-z0-9_-]{1,100}$/;

export function isSectionedFile(filePath: string): boolean {
  return SECTIONED_FILE.test(filePath);
}

/**
 * The parts of the section's name that the setting at `start` sits in (`[tools.openai]` → `tools`,
 * `openai`); undefined above the first header, or where the name is not a plain dotted path.
 */
export function sectionAt(content: string, start: number): string[] | undefined {
  let header: string | undefined;
  for (const match of content.slice(Math.max(0, start - HEADER_REACH), start).matchAll(SECTION_HEADER)) header = match[1];
  const parts = header?.split(".");
  return parts?.every((part) => PLAIN_PART.test(part)) ? parts : undefined;
}
