import { nearLineStartOf } from "./line-starts";
import type { OffsetSpan } from "./types";

/**
 * Parts of a text that are documentation by a language's or a tool's convention, where a name and
 * a value beside it show how to call something:
 * - Ansible's module documentation, YAML held in Python strings: `EXAMPLES = r'''…'''`,
 *   `DOCUMENTATION = …`, `RETURN = …` (`password: netapp123` there is an example of a task);
 * - the Azure CLI's help entries (knack's convention, which every `az` extension follows), YAML in
 *   Python strings too: `helps['vm create'] = """…"""`, whose `examples:` hold `az` command lines;
 * - reStructuredText `:example:` fields in Python docstrings (the Azure CLI's generated commands
 *   write their examples so), up to the end of the field's indented block;
 * - Python interactive sessions (doctests, REPL transcripts in docs): lines starting `>>> `.
 *
 * Only findings whose evidence is a name are dropped there (see `Rule.evidenceIsName`): a value
 * in a vendor's own format is reported in documentation too.
 */
export class DocumentationRegions {
  private regions: readonly OffsetSpan[] | undefined;

  constructor(
    private readonly content: string,
    private readonly filePath: string,
  ) {}

  has(offset: number): boolean {
    const lineStart = nearLineStartOf(this.content, offset, DOCTEST_LINE_REACH);
    if (lineStart !== undefined && DOCTEST_PROMPT.test(this.content.slice(lineStart, lineStart + 40))) return true;
    this.regions ??= isPython(this.filePath) ? [...documentationStrings(this.content), ...exampleFields(this.content)] : [];
    return this.regions.some((region) => region.start <= offset && offset < region.end);
  }
}

const DOCTEST_PROMPT = /^[ \t]*>>>[ \t]/;
/** A doctest line is a line of code: a prompt thousands of characters back is not one. */
const DOCTEST_LINE_REACH = 4096;
/** `EXAMPLES = r'''`, `helps['vm create'] = """`: the assignment and the opening triple quote (group `quote`). */
const DOCUMENTATION_STRING_START = /^[ \t]*(?:EXAMPLES|DOCUMENTATION|RETURN|helps\[(["'])[^"'\n]{1,200}\1\])[ \t]*=[ \t]*[rRuU]?(?<quote>"""|''')/gm;
const EXAMPLE_FIELD = /^([ \t]*):example:/gm;

function isPython(filePath: string): boolean {
  return /\.pyw?$/i.test(filePath);
}

/** The bodies of Ansible's and the Azure CLI's documentation strings: from the opening triple quote to its closing one. */
function documentationStrings(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  if (!/EXAMPLES|DOCUMENTATION|RETURN|helps\[/.test(content)) return regions;
  DOCUMENTATION_STRING_START.lastIndex = 0;
  for (let match = DOCUMENTATION_STRING_START.exec(content); match; match = DOCUMENTATION_STRING_START.exec(content)) {
    const start = match.index + match[0].length;
    const close = content.indexOf(match.groups!.quote!, start);
    const end = close === -1 ? content.length : close;
    regions.push({ start, end });
    DOCUMENTATION_STRING_START.lastIndex = end;
  }
  return regions;
}

/** Each `:example:` field: its line and the lines after it that are blank or indented deeper. */
function exampleFields(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  if (!content.includes(":example:")) return regions;
  EXAMPLE_FIELD.lastIndex = 0;
  for (let match = EXAMPLE_FIELD.exec(content); match; match = EXAMPLE_FIELD.exec(content)) {
    const indent = match[1]!.length;
    let end = content.indexOf("\n", match.index);
    while (end !== -1) {
      const next = content.indexOf("\n", end + 1);
      const line = content.slice(end + 1, next === -1 ? content.length : next);
      const lineIndent = line.length - line.trimStart().length;
      if (line.trim() !== "" && lineIndent <= indent) break;
      end = next;
    }
    if (end === -1) end = content.length;
    regions.push({ start: match.index, end });
    EXAMPLE_FIELD.lastIndex = end;
  }
  return regions;
}
