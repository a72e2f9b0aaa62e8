import { baseNameOf, C_COMMENT_EXTENSIONS, fileExtensionOf, isYamlFile, quoteLikeLanguageOf } from "./file-type";
import { nearLineStartOf } from "./line-starts";
import type { OffsetSpan } from "./types";

/**
 * Parts of a text that are documentation by a language's or a tool's convention, where a name and
 * a value beside it show how to call something:
 * - Ansible's module documentation, YAML held in Python strings: `EXAMPLES = r'''…'''`,
 *   `DOCUMENTATION = …`, `RETURN = …` (`password: netapp123` there is an example of a task);
 * - the Azure CLI's help entries (knack's convention, which every `az` extension follows), YAML in
 *   Python strings too: `helps['vm create'] = """…"""`, whose `examples:` hold `az` command lines;
 * - the Google Cloud CLI's help, in Python: `detailed_help = {'EXAMPLES': """…"""}`, and a docstring's
 *   `## EXAMPLES` section, up to the docstring's closing quotes;
 * - a docstring's example paragraph, up to the docstring's closing quotes: a line `Example:`,
 *   `Examples:` or `Example usage:` (Google's style, and CPython's own modules), or `Examples`
 *   underlined (NumPy's style);
 * - reStructuredText `:example:` fields in Python docstrings (the Azure CLI's generated commands
 *   write their examples so), up to the end of the field's indented block;
 * - reStructuredText literal blocks in Python docstrings: the indented block after a line ending
 *   in `::` (`The token dict may hold::`). In Python a line can end so only in a string or a comment;
 * - Markdown code blocks in Python docstrings, from a fence to the closing fence or the string's
 *   end, as docstrings rendered by mkdocs write examples (FastAPI's, Pydantic's);
 * - `examples: |` (and `example: |`) block scalars in YAML, as the Google Cloud CLI's command
 *   specs and OpenAPI documents write examples, and what an `example:` key holds in any form (an
 *   OpenAPI schema's `example:` mapping of made-up values, `x-example: …`); `description: |`
 *   block scalars, which are prose (OpenAPI's hold Markdown with fenced examples);
 * - interactive sessions (Python's doctests, REPL transcripts in docs, Ruby's `irb>`, Elixir's
 *   `iex>`): lines starting with the prompt, and the output printed below one, up to the next
 *   blank line;
 * - examples in doc comments, in any file: Javadoc's `<pre>` blocks and the `@example` tag (JSDoc,
 *   phpDoc, KDoc) inside a `/** … *\/` comment; C#'s `<example>` and `<code>` elements and
 *   Markdown code fences (Rust's doctests, Swift's) in a run of `///` lines;
 * - Perl's POD, from a line that starts a POD command (`=pod`, `=head1 SYNOPSIS`) to `=cut`: a
 *   module's manual, whose synopsis calls it with made-up credentials.
 *
 * Only findings whose evidence is a name are dropped there (see `Rule.evidenceIsName`), and
 * configuration values, which an example shows rather than sets: a value in a vendor's own format
 * is reported in documentation too.
 */
export class DocumentationRegions {
  private regions: readonly OffsetSpan[] | undefined;

  constructor(
    private readonly content: string,
    private readonly filePath: string,
  ) {}

  has(offset: number): boolean {
    const lineStart = nearLineStartOf(this.content, offset, DOCTEST_LINE_REACH);
    if (lineStart !== undefined && (DOCTEST_PROMPT.test(this.content.slice(lineStart, lineStart + 40)) || isDoctestOutput(this.content, lineStart))) return true;
    this.regions ??= regionsOf(this.content, this.filePath);
    return this.regions.some((region) => region.start <= offset && offset < region.end);
  }
}

function regionsOf(content: string, filePath: string): OffsetSpan[] {
  const docComments = [...blockCommentExamples(content), ...lineCommentExamples(content)];
  if (isPython(filePath)) {
    return [
      ...documentationStrings(content),
      ...examplesSections(content),
      ...(content.includes("xample") || content.includes("XAMPLE") || content.includes("Usage") ? docstringSections(content, EXAMPLE_PARAGRAPH) : []),
      ...(content.includes(":example:") ? indentedBlocks(content, EXAMPLE_FIELD) : []),
      ...(content.includes("::") ? indentedBlocks(content, LITERAL_BLOCK_INTRODUCTION) : []),
      ...(content.includes("```") || content.includes("~~~") ? docstringFences(content) : []),
      ...docComments,
    ];
  }
  if (isPerl(filePath) && content.includes("\n=")) return [...podBlocks(content), ...docComments];
  if (fileExtensionOf(filePath) === "go") return [...goDocCodeBlocks(content), ...docComments];
  if (isYamlFile(filePath) && /example|description:/i.test(content)) return [...indentedBlocks(content, YAML_EXAMPLES_BLOCK), ...lineRegions(content, YAML_EXAMPLE_LINE), ...docComments];
  if (SCHEMA_EXTENSIONS.has(fileExtensionOf(filePath)) && content.includes("documentation>")) return [...schemaDocumentation(content), ...docComments];
  return docComments;
}

/** A top-level Go declaration, which the comment right above it documents. */
const GO_DECLARATION = /^(?:package|func|type|var|const)\b/;
/** A line of a Go doc comment's code block: indented past the comment's text (`//\tclient.SetAuthToken(…)`). */
const GO_LINE_COMMENT_CODE = /^\/\/ ?[ \t]/;

/**
 * Code blocks in Go's doc comments: the comment right above a top-level declaration (a run of
 * `//` lines, or a `/* … *\/` block, at the start of their lines), whose indented lines gofmt and
 * go doc show as code (go.dev/doc/comment). A package's examples live there
 * (`Password: "…"` in `doc.go`, `client.SetAuthToken("…")` above the method). Each indented
 * line is a region; a comment not followed by a declaration (commented-out code) is none.
 */
function goDocCodeBlocks(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  const lines = content.split("\n");
  let offset = 0;
  const starts = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  let first = 0;
  while (first < lines.length) {
    const line = lines[first]!;
    let last = first;
    let block = false;
    if (line.startsWith("//")) {
      while (last + 1 < lines.length && lines[last + 1]!.startsWith("//")) last++;
    } else if (line.startsWith("/*")) {
      while (last < lines.length && !lines[last]!.includes("*/")) last++;
      block = true;
    } else {
      first++;
      continue;
    }
    if (last + 1 < lines.length && GO_DECLARATION.test(lines[last + 1]!)) {
      for (let i = first; i <= Math.min(last, lines.length - 1); i++) {
        const text = lines[i]!;
        if (block ? i > first && /^[ \t]/.test(text) : GO_LINE_COMMENT_CODE.test(text)) regions.push({ start: starts[i]!, end: starts[i]! + text.length });
      }
    }
    first = last + 1;
  }
  return regions;
}

/** Files whose `<documentation>` elements are prose: XML Schema, WSDL and XML in general. */
const SCHEMA_EXTENSIONS = new Set(["xsd", "wsdl", "xml"]);
/** An XML Schema or WSDL `<documentation>` element, with any namespace prefix (`xsd:`, `xs:`, `wsdl:`), to its end tag. */
const SCHEMA_DOCUMENTATION = /<(?<prefix>[A-Za-z_][\w.-]{0,30}:)?documentation\b[^>]{0,500}>/g;

/**
 * The content of each `<xsd:documentation>` element (`<xs:…>`, `<wsdl:…>`): prose about the
 * schema, which holds its licence's link and examples of the values it describes, not a setting.
 * An element left open counts for nothing.
 */
function schemaDocumentation(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  SCHEMA_DOCUMENTATION.lastIndex = 0;
  for (let match = SCHEMA_DOCUMENTATION.exec(content); match; match = SCHEMA_DOCUMENTATION.exec(content)) {
    if (match[0].endsWith("/>")) continue;
    const close = content.indexOf(`</${match.groups!.prefix ?? ""}documentation>`, match.index + match[0].length);
    if (close === -1) break;
    regions.push({ start: match.index + match[0].length, end: close });
    SCHEMA_DOCUMENTATION.lastIndex = close;
  }
  return regions;
}

/** Where an example starts in a `/** … *\/` comment: a Javadoc `<pre>` block, or an `@example` tag. */
const BLOCK_COMMENT_EXAMPLE = /<pre>|@example\b/gi;
/** The next tag of a doc comment (a line `* @param …`): it ends an `@example`. */
const NEXT_DOC_TAG = /\n[ \t]*\*?[ \t]*@[A-Za-z]/g;

/**
 * Each `<pre>` block (to `</pre>`) and `@example` tag (to the next tag) inside a `/** … *\/`
 * comment, at most to the comment's end. Only a comment whose `/**` begins its line: a string's
 * `"/api/**"` (a route, a glob) opens none. Each comment is read once, so many are linear.
 */
function blockCommentExamples(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  for (let open = content.indexOf("/**"); open !== -1; ) {
    const close = content.indexOf("*/", open + 2);
    const end = close === -1 ? content.length : close;
    if (/^[ \t]*$/.test(content.slice(content.lastIndexOf("\n", open - 1) + 1, open))) {
      const comment = content.slice(open, end);
      BLOCK_COMMENT_EXAMPLE.lastIndex = 0;
      for (let match = BLOCK_COMMENT_EXAMPLE.exec(comment); match; match = BLOCK_COMMENT_EXAMPLE.exec(comment)) {
        let exampleEnd = comment.length;
        if (match[0].toLowerCase() === "<pre>") {
          const closePre = comment.slice(match.index).search(/<\/pre>/i);
          if (closePre !== -1) exampleEnd = match.index + closePre;
        } else {
          NEXT_DOC_TAG.lastIndex = match.index;
          const nextTag = NEXT_DOC_TAG.exec(comment);
          if (nextTag) exampleEnd = nextTag.index;
        }
        regions.push({ start: open + match.index, end: open + exampleEnd });
        BLOCK_COMMENT_EXAMPLE.lastIndex = exampleEnd;
      }
    }
    if (close === -1) break;
    open = content.indexOf("/**", close + 2);
  }
  return regions;
}

/** A `///` line that opens an example: C#'s `<example>` or `<code>` element, or a Markdown fence. */
const LINE_COMMENT_EXAMPLE = /^[ \t]*\/\/[/!][^\n]*?(?:<(?<element>example|code)>|(?<fence>```|~~~))/gm;

/**
 * Each example in a run of `///` (or Rust's `//!`) doc comment lines: from the line that opens it
 * to the closing element or fence, at most to the last line of the run.
 */
function lineCommentExamples(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  if (!content.includes("///") && !content.includes("//!")) return regions;
  LINE_COMMENT_EXAMPLE.lastIndex = 0;
  for (let match = LINE_COMMENT_EXAMPLE.exec(content); match; match = LINE_COMMENT_EXAMPLE.exec(content)) {
    const closing = match.groups!.element ? `</${match.groups!.element}>` : match.groups!.fence!;
    let end = content.indexOf("\n", match.index);
    // (`/// Returns <code>null</code> when…`: an element closed on its own line is that line.)
    const closedOnItsLine = content.slice(match.index + match[0].length, end === -1 ? content.length : end).includes(closing);
    while (end !== -1 && !closedOnItsLine) {
      const next = content.indexOf("\n", end + 1);
      const line = content.slice(end + 1, next === -1 ? content.length : next);
      if (!/^[ \t]*\/\/[/!]/.test(line)) break;
      end = next;
      if (line.includes(closing)) break;
    }
    if (end === -1) end = content.length;
    regions.push({ start: match.index, end });
    LINE_COMMENT_EXAMPLE.lastIndex = end;
  }
  return regions;
}

/**
 * An interactive session's prompt: Python's `>>> `, Ruby's `irb> ` and `irb(main):001:0> `, Pry's
 * `pry(main)> `, Elixir's `iex> ` and `iex(1)> ` (the Rails guides and Elixir's docs show sessions so).
 */
const DOCTEST_PROMPT = /^[ \t]*(?:>>>|irb(?:\([^)\n]{0,40}\)(?::\d{1,5}){0,2})?[>*]|pry\([^)\n]{0,40}\)>|iex(?:\(\d{1,5}\))?>)[ \t]/;
/** A doctest line is a line of code: a prompt thousands of characters back is not one. */
const DOCTEST_LINE_REACH = 4096;
/** How many lines of output a doctest line may print before the value: more is a listing, not an example. */
const DOCTEST_OUTPUT_LINES = 20;
/** A docstring's or a Markdown code block's closing line. */
const DOCUMENT_END = /"""|'''|```/;
/**
 * `EXAMPLES = r'''`, `helps['vm create'] = """`, `'EXAMPLES': """` (a `detailed_help` entry): the
 * assignment or the entry, and the opening triple quote (group `quote`).
 */
const DOCUMENTATION_STRING_START = /^[ \t]*(?:(?:EXAMPLES|DOCUMENTATION|RETURN|helps\[(["'])[^"'\n]{1,200}\1\])[ \t]*=|(?:detailed_help[ \t]*=[ \t]*\{[ \t]*)?(["'])EXAMPLES\2[ \t]*:)[ \t]*[rRuU]?(?<quote>"""|''')/gm;
/** A Markdown heading in a docstring, as the Google Cloud CLI writes its commands' help. */
const EXAMPLES_HEADING = /^[ \t]*##[ \t]*EXAMPLES[ \t]*$/gm;
/**
 * A docstring's paragraph of examples: `Example:`, `Examples:`, `Example usage:` alone on a line
 * (or in capitals, `EXAMPLES:`, as FreeIPA's command help writes its command lines), or `Examples`
 * over a line of dashes. The code under it need not be indented (CPython's
 * `urllib.request` shows a whole script so).
 */
// (…and `Example of use:`, `Usage:`, `Usage example:`, `For example:`, as scapy's docstrings head theirs.)
const EXAMPLE_PARAGRAPH = /^[ \t]*(?:(?:Examples?(?:[ \t]+(?:[Uu]sage|of[ \t]+use))?|EXAMPLES?|Usage(?:[ \t]+examples?)?|For[ \t]+example)[ \t]*::?|Examples?[ \t]*\r?\n[ \t]*-{3,})[ \t]*$/gm;
/** Each pattern's group 1 is the indent of the line that opens a block of lines indented deeper. */
const EXAMPLE_FIELD = /^([ \t]*):example:/gm;
/** (Not a line with a `#`: `if ready:  # see the docs::` is code with a comment, and a block of code follows.) */
const LITERAL_BLOCK_INTRODUCTION = /^([ \t]*)[^\s#][^\n#]*::[ \t]*$/gm;
/**
 * A key that opens a block of examples or prose: group 1 is its column, a list item's dash
 * included (the item's other keys are its siblings, not its content).
 */
const YAML_EXAMPLES_BLOCK = /^([ \t]*(?:-[ \t]+)?)(?:(?:examples?|EXAMPLES|x-examples?):[ \t]*(?:[|>][-+0-9]*)?|description:[ \t]*[|>][-+0-9]*)[ \t]*$/gm;
/** `example: "…"`, `x-example: …`: an example on its key's line, which is the whole region. */
const YAML_EXAMPLE_LINE = /^[ \t]*(?:-[ \t]+)?(?:examples?|x-examples?):[ \t]+[^\s|>#][^\n]*$/gm;

function isPython(filePath: string): boolean {
  return /\.pyw?$/i.test(filePath);
}

function isPerl(filePath: string): boolean {
  return /\.(?:pm|pl|pod|t)$/i.test(filePath);
}

/** A POD command at a line's start (`=pod`, `=head2`, `=over`, `=item`, `=begin`, `=for`, `=encoding`), but the `=cut` that ends one. */
const POD_START = /^=(?!cut\b)[a-z][a-z0-9]*\b/gm;
const POD_END = /^=cut\b.*$/gm;

/** Perl's POD blocks: from a command that starts one to the next `=cut`, or the end of the file. */
function podBlocks(content: string): OffsetSpan[] {
  return lineMarkedBlocks(content, POD_START, POD_END);
}

/**
 * Blocks from a line that `start` matches to the next line that `end` matches (both global,
 * multi-line regexes anchored at a line's start), or to the end of the file.
 */
function lineMarkedBlocks(content: string, start: RegExp, end: RegExp): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  start.lastIndex = 0;
  for (let opening = start.exec(content); opening; opening = start.exec(content)) {
    // (Searched from the block's start, not in a copy of the rest: a file of many blocks stays linear.)
    end.lastIndex = opening.index;
    const closing = end.exec(content);
    const stop = closing ? closing.index + closing[0].length : content.length;
    regions.push({ start: opening.index, end: stop });
    start.lastIndex = stop;
  }
  return regions;
}

/**
 * Whether the line at `lineStart` is printed by a doctest line above it: the lines between are
 * output too (or a prompt's `...` continuation), and no blank line ends the example first, nor the
 * end of the docstring or the fenced block that holds it (the code after is no output).
 */
function isDoctestOutput(content: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < DOCTEST_OUTPUT_LINES && lineStart - end < DOCTEST_LINE_REACH; lines++) {
    const start = content.lastIndexOf("\n", end - 1) + 1;
    const line = content.slice(start, Math.min(end, start + 40));
    if (line.trim() === "" || DOCUMENT_END.test(line)) return false;
    if (DOCTEST_PROMPT.test(line)) return true;
    end = start - 1;
  }
  return false;
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

/**
 * Each `## EXAMPLES` section of a docstring, to the docstring's closing quotes. Only inside a
 * triple-quoted string: a comment written so in code is no docstring.
 */
function examplesSections(content: string): OffsetSpan[] {
  return content.includes("## EXAMPLES") ? docstringSections(content, EXAMPLES_HEADING) : [];
}

/**
 * From each line `heading` matches inside a triple-quoted string to the string's closing quotes,
 * or to where `endWithin` ends it before them. The strings are read once from the start of the
 * text, however many headings there are.
 */
function docstringSections(content: string, heading: RegExp, endWithin = (_match: RegExpExecArray, stringEnd: number) => stringEnd): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  const strings = new TripleQuotedStrings(content);
  heading.lastIndex = 0;
  for (let match = heading.exec(content); match; match = heading.exec(content)) {
    const quote = strings.openAt(match.index);
    if (!quote) continue;
    const close = content.indexOf(quote, match.index);
    const end = endWithin(match, close === -1 ? content.length : close);
    regions.push({ start: match.index, end });
    heading.lastIndex = end;
  }
  return regions;
}

/** A line that opens or closes a Markdown code block: a fence of backticks or tildes, maybe a language's name after it. */
const MARKDOWN_FENCE = /^[ \t]*(?<fence>```|~~~)[^\n`]*$/gm;

/**
 * Each Markdown code block inside a triple-quoted string: from its opening fence to the closing
 * one, or to the string's closing quotes if it has none. A fence in code or in a comment opens none.
 */
function docstringFences(content: string): OffsetSpan[] {
  return docstringSections(content, MARKDOWN_FENCE, (match, stringEnd) => {
    const fence = match.groups!.fence!;
    // (The closing fence is the next line that is that fence alone, within the string.)
    for (let at = content.indexOf(fence, match.index + match[0].length); at !== -1 && at < stringEnd; at = content.indexOf(fence, at + fence.length)) {
      if (beginsItsLine(content, at) && /^[ \t]*(?:\n|$)/.test(content.slice(at + fence.length, at + fence.length + 40))) return at + fence.length;
    }
    return stringEnd;
  });
}

/** Python's triple-quoted strings read forwards: which one is open at an offset, asked in increasing order. */
class TripleQuotedStrings {
  private at = 0;
  private open: string | undefined;

  constructor(private readonly content: string) {}

  /** The triple quote of the string still open at `offset` (no smaller than the last one asked about), if one is. */
  openAt(offset: number): string | undefined {
    for (;;) {
      const next = this.open ? this.content.indexOf(this.open, this.at) : firstTripleQuote(this.content, this.at);
      if (next === -1 || next >= offset) return this.open;
      this.open = this.open ? undefined : this.content.slice(next, next + 3);
      this.at = next + 3;
    }
  }
}

function firstTripleQuote(content: string, from: number): number {
  const double = content.indexOf('"""', from);
  const single = content.indexOf("'''", from);
  return double === -1 ? single : single === -1 ? double : Math.min(double, single);
}

/** Each line `pattern` matches, as a region of its own. */
function lineRegions(content: string, pattern: RegExp): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) regions.push({ start: match.index, end: match.index + match[0].length });
  return regions;
}

/**
 * Each line that `pattern` (global, multi-line, its group 1 the line's indentation) matches, and
 * the lines after it that are blank or indented deeper than it.
 */
export function indentedBlocks(content: string, pattern: RegExp): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(content); match; match = pattern.exec(content)) {
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
    pattern.lastIndex = end;
  }
  return regions;
}

/**
 * Languages whose comments include `/* … *\/` blocks: C's family, and those with other comments
 * beside them (PHP's and HCL's `#`, SQL's `--`), CSS and its preprocessors, and single-file components.
 */
const SLASH_STAR_EXTENSIONS = new Set([
  ...C_COMMENT_EXTENSIONS, "php", "phtml", "css", "scss", "less", "sql", "tf", "hcl", "vue", "svelte",
]);
/**
 * Ruby's block comments, embedded documentation: `=begin` at a line's start (`=begin rdoc`) up to
 * `=end` at a line's start. Its examples (`:server => 'www.fabrikam.com'`) read as code line by line.
 */
const RUBY_BLOCK_COMMENT_START = /^=begin(?![^\s])/gm;
const RUBY_BLOCK_COMMENT_END = /^=end(?![^\s]).*$/gm;
/** Markup, whose comments are `<!-- … -->` blocks. */
const MARKUP_EXTENSIONS = new Set(["xml", "config", "props", "targets", "resx", "xaml", "html", "htm", "plist", "xsd", "wsdl", "xsl", "xslt"]);

/**
 * The comments of a text that span lines: a `/* … *\/` block (JSDoc, Javadoc, a licence header,
 * code commented out) or a markup `<!-- … -->` block. A line inside one can read as code (a
 * JSDoc line without its leading `*`, `<add key="Host" value="…" />` commented out), and rules
 * that look at one line cannot tell. From the end of the line that opens the comment to its
 * close: the opening line is the rules' own to read. A `/*` counts where it begins its line (a
 * string's `"/api/*"` opens none); an unclosed comment counts for nothing. Python's docstrings
 * count too (see `docstrings`): they are strings to the rules, but nothing reads them at run time;
 * and so do Ruby's `=begin` … `=end` blocks, whose lines have no marker at all.
 */
export class MultiLineComments {
  private regions: readonly OffsetSpan[] | undefined;

  constructor(
    private readonly content: string,
    private readonly filePath: string,
  ) {}

  has(offset: number): boolean {
    const region = this.regionAt(offset);
    return region !== undefined && offset < region.end;
  }

  /** Whether all of `start` up to `end` lies in one comment: a line between a block comment's first and last. */
  covers(start: number, end: number): boolean {
    const region = this.regionAt(start);
    return region !== undefined && end <= region.end;
  }

  /** The last region starting at or before the offset (the regions are in order and apart). */
  private regionAt(offset: number): OffsetSpan | undefined {
    const regions = (this.regions ??= multiLineComments(this.content, this.filePath));
    let low = 0;
    let high = regions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (regions[middle]!.start <= offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? regions[low - 1] : undefined;
  }
}

function multiLineComments(content: string, filePath: string): OffsetSpan[] {
  const extension = fileExtensionOf(filePath);
  if (SLASH_STAR_EXTENSIONS.has(extension)) return commentBlocks(content, "/*", "*/", true);
  if (MARKUP_EXTENSIONS.has(extension)) return commentBlocks(content, "<!--", "-->", false);
  if (extension === "py" || extension === "pyw" || extension === "pyi") return docstrings(content);
  if (quoteLikeLanguageOf(filePath) === "ruby" && content.includes("=begin")) return lineMarkedBlocks(content, RUBY_BLOCK_COMMENT_START, RUBY_BLOCK_COMMENT_END);
  if ((extension === "cmake" || baseNameOf(filePath) === "cmakelists.txt") && content.includes("#[")) return cmakeBracketComments(content);
  return [];
}

/** A CMake bracket comment's opening, `#[[` or `#[==[`: its `=`s say how its closing is written. */
const CMAKE_BRACKET_COMMENT_START = /#\[(=*)\[/g;

/**
 * CMake's bracket comments, `#[[ … ]]` and `#[==[ … ]==]` (closed by as many `=`s as opened them),
 * whole: a module's reStructuredText documentation, whose examples (`URL
 * http://intranet.example.com/sauce.tgz`) read as settings line by line.
 */
function cmakeBracketComments(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  CMAKE_BRACKET_COMMENT_START.lastIndex = 0;
  for (let opening = CMAKE_BRACKET_COMMENT_START.exec(content); opening; opening = CMAKE_BRACKET_COMMENT_START.exec(content)) {
    const closing = content.indexOf(`]${opening[1]!}]`, opening.index + opening[0].length);
    // (An unclosed comment counts for nothing, as a `/*` without its `*/` does.)
    if (closing === -1) break;
    const stop = closing + opening[1]!.length + 2;
    regions.push({ start: opening.index, end: stop });
    CMAKE_BRACKET_COMMENT_START.lastIndex = stop;
  }
  return regions;
}

/** Python's triple quotes, either kind: read in order, each string's opening then its closing. */
const TRIPLE_QUOTES = /"""|'''/g;
/** A block's header (`def …:`, `class …:`), with a comment after it or not. */
const BLOCK_HEADER_END = /:[ \t]*(?:#[^\n]*)?$/;
/** How far back a docstring's header or the module's start is looked for, past blank and comment lines. */
const HEADER_REACH_LINES = 40;

/**
 * Python's docstrings, whole, from their opening quotes: a triple-quoted string that begins its
 * line (an `r` or `u` prefix allowed) right after a block's header (`def connect():`) or as the
 * module's first statement. Their addresses describe (`"""Connects to
 * https://orders.internal.contoso.com/v2."""`); a string that an assignment or a call holds is
 * read. Triple-quoted strings are paired in order, so a closing `"""` at the start of a line is
 * never taken for an opening one. An unclosed string ends the search.
 */
function docstrings(content: string): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  TRIPLE_QUOTES.lastIndex = 0;
  for (let match = TRIPLE_QUOTES.exec(content); match; match = TRIPLE_QUOTES.exec(content)) {
    const open = match.index;
    const close = content.indexOf(match[0], open + 3);
    if (close === -1) break;
    const at = /[rRuU]/.test(content[open - 1] ?? "") ? open - 1 : open;
    if (beginsItsLine(content, at) && followsHeaderOrModuleStart(content, content.lastIndexOf("\n", at - 1) + 1)) regions.push({ start: open, end: close + 3 });
    TRIPLE_QUOTES.lastIndex = close + 3;
  }
  return regions;
}

/** Whether the last line of code before `lineStart` ends a block's header, or there is none. */
function followsHeaderOrModuleStart(content: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let lines = 0; lines < HEADER_REACH_LINES; lines++) {
    if (end < 0) return true;
    const start = content.lastIndexOf("\n", end - 1) + 1;
    const line = content.slice(start, end).trim();
    if (line !== "" && !line.startsWith("#")) return BLOCK_HEADER_END.test(line);
    end = start - 1;
  }
  return false;
}

function commentBlocks(content: string, open: string, close: string, atLineStart: boolean): OffsetSpan[] {
  const regions: OffsetSpan[] = [];
  // The first newline at or after the current comment's opening, looked for again only once the
  // comments have passed it: many short comments on one long line stay linear.
  let newline = -1;
  for (let at = content.indexOf(open); at !== -1; ) {
    const end = content.indexOf(close, at + open.length);
    if (end === -1) break;
    if (newline !== Infinity && newline < at) {
      newline = content.indexOf("\n", at);
      if (newline === -1) newline = Infinity;
    }
    const lineEnd = newline;
    if (lineEnd < end && (!atLineStart || beginsItsLine(content, at))) regions.push({ start: lineEnd, end });
    at = content.indexOf(open, end + close.length);
  }
  return regions;
}

/** Only spaces and tabs between the line's start and `offset` (read backwards: stops at the first other character). */
function beginsItsLine(content: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (content[i] === " " || content[i] === "\t")) i--;
  return i < 0 || content[i] === "\n" || content[i] === "\r";
}
