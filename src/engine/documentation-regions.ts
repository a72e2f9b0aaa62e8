import type { OffsetSpan } from "./types";

/**
 * Parts of a text that are documentation by a language's or a tool's convention, where a name and
 * a value beside it show how to call something:
 * - Ansible's module documentation, YAML held in Python strings: `EXAMPLES = r'''…'''`,
 *   `DOCUMENTATION = …`, `RETURN = …` (`password: netapp123` there is an example of a task);
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
    const lineStart = this.content.lastIndexOf("\n", offset - 1) + 1;
    if (DOCTEST_PROMPT.test(this.content.slice(lineStart, lineStart + 40))) return true;
    this.regions ??= isPython(this.filePath) ? ansibleDocumentation(this.content) : [];
    return this.regions.some((region) => region.start <= offset && offset < region.end);
  }
}

const DOCTEST_PROMPT = /^[ \t]*>>>[ \t]/;
const ANSIBLE_DOCUMENTATION_START = /^[ \t]*(?:EXAMPLES|DOCUMENTATION|RETURN)[ \t]*=[ \t]*[rRuU]?("""|''')/gm;

function isPython(filePath: string): boolean {
  return /\.pyw?$/i.test(filePath);
}

/** The bodies of Ansible's documentation strings: from the opening triple quote to its closing one. */
function ansibleDocumentation(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  if (!content.includes("EXAMPLES") && !content.includes("DOCUMENTATION") && !content.includes("RETURN")) return regions;
  ANSIBLE_DOCUMENTATION_START.lastIndex = 0;
  for (let match = ANSIBLE_DOCUMENTATION_START.exec(content); match; match = ANSIBLE_DOCUMENTATION_START.exec(content)) {
    const start = match.index + match[0].length;
    const close = content.indexOf(match[1]!, start);
    const end = close === -1 ? content.length : close;
    regions.push({ start, end });
    ANSIBLE_DOCUMENTATION_START.lastIndex = end;
  }
  return regions;
}
