import { indentedBlocks } from "./documentation-regions";
import type { OffsetSpan } from "./types";

/**
 * The metadata SOPS writes into a file it encrypted: the keys that can open it (`azure_kv`'s
 * `vault_url`, `hc_vault`'s `vault_address`, KMS ARNs), dates and the file's MAC. `sops` reads
 * them to decrypt the file, and a changed value breaks its MAC, so an address there is no
 * setting to move. Written in the encrypted file's own format:
 *
 *   YAML    `sops:` at the top level, then its indented keys;
 *   JSON    the top-level `"sops": { … }` member;
 *   dotenv  `sops_azure_kv__list_0__map_vault_url=…` lines;
 *   INI     the `[sops]` section.
 */

/** Every file SOPS encrypted holds its MAC, and each value it encrypted, in this form. */
const SOPS_CIPHERTEXT = "ENC[AES256_GCM,data:";
const YAML_BLOCK = /^()sops:[ \t]*$/gm;
const JSON_MEMBER = /"sops"[ \t]*:[ \t]*\{/g;
const DOTENV_LINE = /^sops_\w*=.*$/gm;
const INI_SECTION = /^\[sops\][ \t]*$/gm;

/** The regions of a text that hold SOPS's metadata; none in a text SOPS did not encrypt. */
export function sopsMetadataRegions(content: string): OffsetSpan[] {
  if (!content.includes(SOPS_CIPHERTEXT) || !content.includes("sops")) return [];
  const regions = indentedBlocks(content, YAML_BLOCK);
  for (const member of content.matchAll(JSON_MEMBER)) regions.push({ start: member.index, end: closingBrace(content, member.index + member[0].length) });
  for (const line of content.matchAll(DOTENV_LINE)) regions.push({ start: line.index, end: line.index + line[0].length });
  for (const section of content.matchAll(INI_SECTION)) {
    const next = content.indexOf("\n[", section.index + section[0].length);
    regions.push({ start: section.index, end: next === -1 ? content.length : next });
  }
  return regions;
}

/** Where the JSON object whose `{` ends right before `from` closes (its strings' braces aside); the text's end if it never does. */
function closingBrace(content: string, from: number): number {
  let depth = 1;
  for (let i = from; i < content.length; i++) {
    const char = content[i];
    if (char === '"') {
      // Past the string: its escaped quotes included.
      for (i++; i < content.length && content[i] !== '"'; i++) if (content[i] === "\\") i++;
    } else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i + 1;
  }
  return content.length;
}
