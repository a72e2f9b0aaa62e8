import { blockNameAbove } from "./block-string-opener";
import { terraformVariableAt } from "./terraform-variable";
import { isSectionedFile, sectionAt } from "./ini-sections";
import { neighbourLines } from "./line-starts";
import { EXPANSION_DEFAULT_OPENING } from "./lookups/expansion-default";
import { ENVIRONMENT_WRITE_CALLS } from "./lookups/environment-write";

/**
 * The setting a value is assigned to, for naming the stored secret: the configuration path in
 * JSON and YAML (`ConnectionStrings:Default`, the form ASP.NET Core's Key Vault provider maps
 * `ConnectionStrings--Default` back to), otherwise the name on the left of the assignment, after
 * its `[section]`'s in TOML and INI (`database:password`).
 */

const MAX_STRUCTURED_SIZE = 2 * 1024 * 1024;

/** Reads a document's structure from the top, as far as an offset; see {@link KeyNames}. */
interface PathWalker {
  /** The path of keys around `offset`; offsets must not decrease from call to call. */
  pathAt(offset: number): string[];
}

/** Path of object keys around an offset in JSON (tolerant: comments and broken files give partial paths). */
class JsonPathWalker implements PathWalker {
  private readonly stack: (string | undefined)[] = [];
  private pendingKey: string | undefined;
  private lastString: string | undefined;
  /** Where the walk stopped: the first step at or after the previous offset. */
  private i = 0;

  constructor(private readonly content: string) {}

  pathAt(offset: number): string[] {
    const { content, stack } = this;
    let i = this.i;
    while (i < offset && i < content.length) {
      const ch = content[i]!;
      if (ch === '"') {
        let j = i + 1;
        while (j < content.length && content[j] !== '"') j += content[j] === "\\" ? 2 : 1;
        this.lastString = content.slice(i + 1, j);
        i = j + 1;
        continue;
      }
      if (ch === "/" && content[i + 1] === "/") {
        const newline = content.indexOf("\n", i);
        i = newline === -1 ? content.length : newline;
        continue;
      }
      if (ch === ":") this.pendingKey = this.lastString;
      else if (ch === "{" || ch === "[") {
        stack.push(this.pendingKey);
        this.pendingKey = undefined;
      } else if (ch === "}" || ch === "]") {
        stack.pop();
        this.pendingKey = undefined;
      } else if (ch === ",") this.pendingKey = undefined;
      i++;
    }
    this.i = i;
    return [...stack, this.pendingKey].filter((key): key is string => key !== undefined && key !== "");
  }
}

/**
 * `key:` at the start of a YAML line, after indentation and an optional list dash. The key's
 * column, dash included, is its depth: in `- name: x` the next line's `  run:` is its sibling.
 */
// (A colon not followed by a blank is part of the key: Pulumi's `orders:dbPassword:`. Bounded, as
// keys are: on a megabyte line of blanks an unbounded key tried a blank run at every character.)
const YAML_KEY = /^(\s*(?:-\s+)?)(["']?)([^"':#\s](?:[^"':#]|:(?![\s]|$)){0,300}?)\2[ \t]{0,40}:(?:\s|$)/;

/** Path of mapping keys around an offset in YAML, by indentation: every line up to the offset's own line counts. */
class YamlPathWalker implements PathWalker {
  private readonly stack: { indent: number; key: string }[] = [];
  /** End of the lines read so far: the newline after the last one, or -1 before the first. */
  private readTo = -1;

  constructor(private readonly content: string) {}

  pathAt(offset: number): string[] {
    const { content, stack } = this;
    const newline = content.indexOf("\n", offset);
    const lineEnd = newline === -1 ? content.length : newline;
    if (lineEnd > this.readTo) {
      for (const line of content.slice(this.readTo + 1, lineEnd).split("\n")) {
        const match = YAML_KEY.exec(line);
        if (!match) continue;
        const indent = match[1]!.length;
        while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
        stack.push({ indent, key: match[3]!.trim() });
      }
      this.readTo = lineEnd;
    }
    return stack.map((entry) => entry.key);
  }
}

/**
 * `NAME = "…`, `"name": "…`, `name: …`, `<add key="name" value="…`, `<add name="name"
 * connectionString="…` (what .NET and Key Vault's configuration builder look it up by), Python's
 * `KEY = """-----BEGIN…` (a PEM block in triple quotes): the name before the value. A
 * string split into literals joined by `+`, `&` or `.` (`cs = "Server=…;" + "Password=…`) is one value
 * when the name is assigned the first literal. Unquoted, what comes between the name and the value
 * may hold blanks after a blank that follows the operator (`Authorization: Basic deploy …`), but
 * not a blank and then another `NAME=`: on a command line (`--settings API_KEY=… CLIENT_SECRET=…`)
 * a value is the nearest name's, not the first one's on the line, and a word that holds its own
 * (`-u admin:… https://…`) names nothing after it.
 */
const NAME_BEFORE_VALUE = /(?:key|name)\s*=\s*"([^"]{1,100})"(?:\s+[\w:.-]{1,40}\s*=\s*"[^"]{0,200}"){0,3}\s+(?:value|connectionString)\s*=\s*"[^"]*$|([A-Za-z_$][\w$.:-]{0,100})["'\]]*\s*(?::=|=>|=|:)\s*(?:@|new\s+String\(|\()?(?:[rRbBuUf]{0,2}(?:"""|''')|[rRbBuUfF]{0,2}["'`](?:[^"'`]|["'`][ \t]*[+&.][ \t]*["'`])*|(?<=\s)(?:[^"'`\s]|\s(?![ \t]*[A-Za-z_$][\w$.:-]{0,100}["'\]]*[ \t]*(?::=|=>|=|:)))*|[^"'`\s]*)$/;
/**
 * What follows a command's option before its value when the option is given a `NAME=value` pair
 * (`-var="client_secret=`, Terraform's; `--set=db.password=`): the pair's NAME names the value.
 */
const OPTION_PAIR_AFTER_NAME = /^[ \t]*=[ \t]*["']?([A-Za-z_][\w.-]{0,100})=$/;

/**
 * A name with a type annotation before `=`, whose last word NAME_BEFORE_VALUE took for the name:
 * `apiKey: string =` (TypeScript, Kotlin, Swift, Scala), `token: str =`, `let t: string | undefined =`,
 * `let token: &str =`.
 */
const ANNOTATED_NAME = /(?:^|[\s(,{])([A-Za-z_$][\w$]{0,100})[!?]?[ \t]*:[ \t]*[\w$.<>[\]|&?* ]{0,100}$/;
/**
 * Go's `var token string =` and `const …`, Bicep's `param token string =`: the name, then its type,
 * one of the languages' own (C#'s `const string ApiKey =` and Dart's `const String token =` put the
 * type first, and their name is the word before `=`).
 */
const TYPED_DECLARATION = /(?:^|\s)(?:var|const|param)[ \t]+([A-Za-z_]\w{0,100})[ \t]+$/;
/** Visual Basic's `Dim cs As String =`, `Const ApiKey As String =`: the name before `As`. */
const DECLARED_AS = /(?:^|\s)([A-Za-z_]\w{0,100})[ \t]+As[ \t]+(?:New[ \t]+)?$/i;
const BUILT_IN_TYPE = /^(?:string|str|number|boolean|bool|int\d*|uint\d*|float\d*|double|char|byte|bytes|rune|object|array|any|unknown|undefined|null)$/;
/** A class's name as types are written: `String`, `SecretStr`, `Optional` (a constant's capitals are no type). */
const TYPE_NAME = /^[A-Z][a-z]\w*$/;
/**
 * A YAML list item that assigns, up to its value: `- POSTGRES_PASSWORD=`, `- "API_KEY=`, a CI
 * script's `- export NPM_TOKEN=`, and compose's default for a variable, `- POSTGRES_PASSWORD=${PG_PASSWORD:-`.
 */
const LIST_ITEM_ASSIGNMENT = new RegExp(String.raw`^[ \t]*-[ \t]+["']?(?:export[ \t]+)?([A-Za-z_][\w.-]{0,100})=(?:${EXPANSION_DEFAULT_OPENING})?$`);
/** A YAML comment before a value on its line: at the line's start, or after a blank with no quote before it. */
const YAML_COMMENT_BEFORE = /^(?:[ \t]*|[^'"#\n]*[ \t])#/;
/** A YAML flow mapping's member, up to its value: `{ user: app, password: `. */
const FLOW_MAPPING_MEMBER = /[{,][ \t]*["']?([A-Za-z_][\w.-]{0,100})["']?[ \t]*:[ \t]+["']?$/;

/**
 * The key names of one document's findings. Findings come in order of position, so the JSON or
 * YAML structure is read once from the top, each finding resuming where the one before stopped,
 * rather than once per finding (a file with many findings would cost their product).
 */
export class KeyNames {
  /** How the document's structure is read for a value's path; undefined for other files. */
  readonly format: "json" | "yaml" | undefined;
  private walker: PathWalker | undefined;
  private lastOffset = 0;
  /** TOML or INI: a name is given with its `[section]`'s (see ini-sections.ts). */
  private readonly sectioned: boolean;
  /** Nix: `''` opens a block string (see block-string-opener.ts). */
  private readonly nix: boolean;
  /** XML settings (Maven's, .NET's): an element names the text it holds. */
  private readonly xml: boolean;

  constructor(
    private readonly content: string,
    filePath: string,
  ) {
    const lower = filePath.toLowerCase();
    if (content.length > MAX_STRUCTURED_SIZE) this.format = undefined;
    // (Terraform's state is JSON: `outputs:db_connection_string:value`, not `value`.)
    else if (/\.(?:jsonc?|har|tfstate|tfstate\.backup)$/.test(lower)) this.format = "json";
    else if (/\.ya?ml$/.test(lower)) this.format = "yaml";
    this.sectioned = isSectionedFile(lower);
    this.nix = lower.endsWith(".nix");
    this.xml = XML_SETTINGS_FILE.test(lower);
  }

  /**
   * The name of the setting whose value starts at `start`; `ruleKeyName` is the name the rule saw,
   * if any, and `declared` says it is the setting's own name (a parameter's, a name/value pair's),
   * which names it better than the document's path to the value (`parameters:adminPassword:value`).
   */
  at(start: number, ruleKeyName: string | undefined, declared = false): string | undefined {
    const { content } = this;
    if (declared && ruleKeyName) return ruleKeyName;
    if (this.format && !inDocumentComment(content, start, this.format)) {
      // Going back means reading again from the top.
      if (!this.walker || start < this.lastOffset) this.walker = this.format === "json" ? new JsonPathWalker(content) : new YamlPathWalker(content);
      this.lastOffset = start;
      const path = this.walker.pathAt(start);
      if (path.length > 0) {
        // YAML's `- POSTGRES_PASSWORD=…` (Compose's environment list) and `{ user: app, password: … }`:
        // the value's own name is inside the item the path ends at.
        const own = this.format === "yaml" ? this.nameInsideItem(start, ruleKeyName) : undefined;
        return (own ? [...path, own] : path).join(":");
      }
    }
    const name = this.nameBefore(start, ruleKeyName);
    const section = name !== undefined && this.sectioned ? sectionAt(content, start) : undefined;
    return section ? [...section, name].join(":") : name;
  }

  /** The name on the left of the value at `start`: the rule's, or else read before it. */
  private nameBefore(start: number, ruleKeyName: string | undefined): string | undefined {
    if (ruleKeyName) return cleanRuleKeyName(ruleKeyName);
    const { window, before: textUpToValue, fromLineStart } = textBefore(this.content, start);
    // (A Lua long string's or a CMake bracket argument's `[[` opens the value as a quote does.)
    // (So do a raw string's `#"`, Swift's, and `r#"`, Rust's, with any number of `#`.)
    // (A literal joined onto a literal and a variable, `"postgres://" .. user .. "…`: the name is the whole expression's.)
    const before = textUpToValue.endsWith("[")
      ? textUpToValue.replace(LONG_BRACKET_OPEN, '"')
      : textUpToValue.endsWith('#"')
        ? textUpToValue.replace(RAW_HASH_OPEN, '"')
        : JOINED_LITERAL_AND_VARIABLE_OPEN.test(textUpToValue)
          ? textUpToValue.replace(JOINED_LITERAL_AND_VARIABLE_OPEN, '"')
          : textUpToValue;
    // (A value alone on its line, below `let apiKey = """` or `token = <<EOT`: the block's name.)
    if (fromLineStart && before.trim() === "") return blockNameAbove(this.content, start - before.length, this.nix);
    const match = NAME_BEFORE_VALUE.exec(before);
    let name = match?.[1] ?? match?.[2];
    // `rtmp://host/…`: a URL scheme, not a setting (an option after the URL may name the value).
    if (!name || before.startsWith("://", match!.index + name.length)) return nameWithoutAssignment(before) ?? (this.xml ? elementNameBefore(before) : undefined);
    // `-var="client_secret=…"`: the option is given a pair, whose name is the value's.
    if (before[match!.index - 1] === "-") name = OPTION_PAIR_AFTER_NAME.exec(before.slice(match!.index + name.length))?.[1] ?? name;
    // CMake's generator expression, `$<$<CONFIG:Release>:GH_TOKEN=…>`: a condition, then the definition.
    if (before.startsWith("$<", match!.index - 2)) return GENERATOR_EXPRESSION_DEFINITION.exec(before)?.[1];
    // The word before `=` may be a type: the name is before it.
    if (match![2] && /^["'\]]*[ \t]*=/.test(before.slice(match!.index + name.length))) {
      const head = before.slice(0, match!.index);
      // (Only when that word is a type: `else: api_token =`, `// TODO: rotate GITHUB_TOKEN =` name theirs.)
      if (BUILT_IN_TYPE.test(name) || TYPE_NAME.test(name)) name = ANNOTATED_NAME.exec(head)?.[1] ?? DECLARED_AS.exec(head)?.[1] ?? (BUILT_IN_TYPE.test(name) ? TYPED_DECLARATION.exec(head)?.[1] : undefined) ?? name;
    }
    if (name === "default") name = terraformVariableAt(this.content, start) ?? FIELD_DEFAULT_BEFORE.exec(window)?.[1] ?? OPTION_DEFAULT_BEFORE.exec(window)?.[1] ?? name;
    // (`jdbc:mysql://…`, `redis:6379`: a scheme before its colon. `REDIS=…` is a name.)
    const scheme = /^(?:https?|jdbc|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|redis|amqps?)$/i.test(name) && before[match!.index + name.length] === ":";
    // (Jsonnet's hidden fields, `password:: "…"`: the name takes a colon of the operator.)
    // (`process.env.TOKEN = "…"`: the variable is `TOKEN`, as cleanRuleKeyName has it.)
    // (`$clientSecret = …`: PowerShell's, PHP's and Perl's sigil is no part of the name, as cleanRuleKeyName has it.)
    return scheme ? undefined : name.replace(/^export\s+/, "").replace(/:+$/, "").replace(NODE_ENVIRONMENT, "").replace(/^\$/, "");
  }

  /**
   * The name the YAML item holding the value at `start` gives it there (a list item's `NAME=`, a
   * flow mapping's member): when it is the rule's `name`, or the rule read none (a vendor's token).
   */
  private nameInsideItem(start: number, name: string | undefined): string | undefined {
    const { before, fromLineStart } = textBefore(this.content, start);
    // (A list item is known by its line's start, which must be in the window.)
    const item = (fromLineStart ? (LIST_ITEM_ASSIGNMENT.exec(before) ?? this.scriptAssignment(before, start - before.length)) : null) ?? FLOW_MAPPING_MEMBER.exec(before);
    if (item?.[1] === undefined) return undefined;
    const ruleName = name === undefined ? undefined : cleanRuleKeyName(name);
    // (The default of `${PG_PASSWORD:-…}` is read under the variable, the item's name is what the container gets.)
    return ruleName === undefined || item[1] === ruleName || item.groups?.variable === ruleName ? item[1] : undefined;
  }

  /**
   * A script's `NAME=` right before the value on a line of a block scalar (`run: |`, `inlineScript:
   * |`): the path ends at the step's command key, which names the step, not the value.
   */
  private scriptAssignment(before: string, lineStart: number): RegExpExecArray | null {
    const assignment = SCRIPT_ASSIGNMENT.exec(before);
    return assignment && !YAML_KEY.test(before) && inBlockScalar(this.content, lineStart) ? assignment : null;
  }
}

/** A script's assignment right before its value: `export DB_PASSWORD=`, `--settings X=`, `-var="x=`. */
const SCRIPT_ASSIGNMENT = /(?:^|[\s;&|("'=])(?:export[ \t]+)?([A-Za-z_][\w.-]{0,100})=["']?$/;
/** A YAML key that opens a block scalar: `run: |`, `- inlineScript: >-`. */
const BLOCK_SCALAR_OPENER = /:[ \t]*[|>][-+0-9]{0,2}[ \t]*(?:#.*)?$/;
/** How many lines up a block scalar's key is looked for. */
const BLOCK_SCALAR_REACH_LINES = 300;

/**
 * Whether the line at `lineStart` is inside a block scalar: the first key line above it that is
 * less indented than every line between opens one. (A script's own lines may be less indented
 * than this one, `fi` below `  exit 1`.)
 */
function inBlockScalar(content: string, lineStart: number): boolean {
  let indent = /^[ \t]*/.exec(content.slice(lineStart, lineStart + 200))![0].length;
  for (const { text: line } of neighbourLines(content, lineStart, "up", BLOCK_SCALAR_REACH_LINES)) {
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() === "" || lineIndent >= indent) continue;
    if (YAML_KEY.test(line)) return BLOCK_SCALAR_OPENER.test(line);
    indent = lineIndent;
  }
  return false;
}

/** How far before a value its name is looked for. */
const NAME_REACH = 300;

/**
 * The value at `start` is in a comment of a JSON or YAML document (`# export ISE_PASSWORD=…`,
 * `// "token": "…"`): no setting of the document holds it, so its name is the comment's own (the
 * one before it), not the path of the key above. YAML's comment starts a line or follows a blank
 * outside quotes; JSON's (JSONC's) is taken at a line's start only.
 */
export function inDocumentComment(content: string, start: number, format: "json" | "yaml"): boolean {
  const { before, fromLineStart } = textBefore(content, start);
  if (!fromLineStart) return false;
  return format === "yaml" ? YAML_COMMENT_BEFORE.test(before) : /^[ \t]*\/\//.test(before);
}

/**
 * The NAME_REACH characters before `start` (`window`), and the part of them on its line
 * (`before`, from the line's start if nearer, which `fromLineStart` says). Never the whole of a
 * long line, which has as many values as a minified file: a search back to its start, once per
 * value, would be quadratic.
 */
function textBefore(content: string, start: number): { window: string; before: string; fromLineStart: boolean } {
  const window = content.slice(Math.max(0, start - NAME_REACH), start);
  const newline = window.lastIndexOf("\n");
  return { window, before: window.slice(newline + 1), fromLineStart: newline !== -1 || start <= NAME_REACH };
}

/** A name before a value that no `NAME =` or `NAME:` assigns: CMake's `set(`, Perl's hash element, an environment variable's write, a C macro's definition, a command's option. */
function nameWithoutAssignment(before: string): string | undefined {
  const cmake = CMAKE_SET_BEFORE.exec(before);
  const option = cmake ? undefined : OPTION_BEFORE.exec(before);
  const parameter = option?.[2] !== undefined && !UNNAMING_PARAMETER.test(option[2]) ? option[2] : undefined;
  return PERL_HASH_ELEMENT.exec(before)?.[1] ?? cmake?.[1] ?? cmake?.[2] ?? ENVIRONMENT_WRITE_BEFORE.exec(before)?.[1] ?? MACRO_DEFINITION_BEFORE.exec(before)?.[1] ?? option?.[1] ?? parameter;
}

/** A C or C++ macro's definition, before its value: `#define GITHUB_TOKEN "`. */
const MACRO_DEFINITION_BEFORE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w{0,100})[ \t]+"?$/;

/** A call that writes an environment variable, before its value: `os.Setenv("GITHUB_TOKEN", "`. */
const ENVIRONMENT_WRITE_BEFORE = new RegExp(String.raw`\b(?:${ENVIRONMENT_WRITE_CALLS})\(\s*["']([A-Za-z_]\w{0,100})["']\s*,\s*["']?$`);

/**
 * A class field's declaration helper, its `default=` argument right before the value, on the same
 * line or below (`stripe_key: SecretStr = Field(\n    default="…"`, pydantic's `Field`, a
 * dataclass's or attrs' `field`, `attr.ib`): the field names the value, not the keyword.
 */
const FIELD_DEFAULT_BEFORE = /(?:^|\n)[ \t]*([A-Za-z_]\w*)[ \t]*:[ \t]*[^=\n]{1,80}=[ \t]*(?:(?:pydantic|dataclasses|attrs?|attr)\.)?(?:Field|field|ib)\(\s*(?:[A-Za-z_]\w*\s*=\s*[^,()\n]{0,80},\s*)*default\s*=\s*["']?$/;

/**
 * An argparse or click option's `default=` right before the value, on its line or below the
 * option's (`parser.add_argument(\n    "--api-key",\n    default="…"`): the long option names it.
 */
const OPTION_DEFAULT_BEFORE = /\b(?:add_argument|option)\(\s*(?:["']-[A-Za-z]["']\s*,\s*)?["']--([A-Za-z][\w-]{0,60})["'][^()]{0,200}?\bdefault\s*=\s*["']?$/;

/** XML files whose elements are settings: Maven's settings.xml and pom.xml, .NET's .config, MSBuild's files. */
const XML_SETTINGS_FILE = /\.(?:xml|config|props|targets|[a-z]{2}proj)$/;
/** An element's start tag right before the value: `<sonar.token>`, `<password>`. */
const ELEMENT_BEFORE = /<([A-Za-z_][\w.:-]{0,100})(?:[ \t][^<>]{0,200})?>$/;
/** Elements that hold any text: what names it is elsewhere (a `<name>` before a `<value>`, a plist's `<key>`). */
const UNNAMING_ELEMENT = /^(?:value|string|data|item|entry|text|arg|argument|param|add)$/i;

/** The element whose text the value is: Maven's `<sonar.token>…`, `<password>…`. */
function elementNameBefore(before: string): string | undefined {
  const element = ELEMENT_BEFORE.exec(before)?.[1];
  return element !== undefined && !UNNAMING_ELEMENT.test(element) ? element : undefined;
}

/**
 * PowerShell parameters that take any text (`ConvertTo-SecureString -String '…'`) or any address
 * (`Invoke-RestMethod -Uri …`): they name no setting, and a key `Uri` in a shared store tells its
 * next reader nothing.
 */
const UNNAMING_PARAMETER = /^(?:String|Value|InputObject|Object|Text|Content|Body|Data|ArgumentList|Arguments|Uri|Url|Path|FilePath|Name)$/;

/** The name a rule read, without its quotes, sigils, or `process.env.` (Node's environment, which the name is a variable of). */
function cleanRuleKeyName(name: string): string {
  return name.replace(/^["'$@]+|["']+$/g, "").replace(NODE_ENVIRONMENT, "");
}

/** Node's and Vite's environment objects and PowerShell's drive, before a variable's name. */
const NODE_ENVIRONMENT = /^(?:(?:process\.env|import\.meta\.env)\.|\$env:)/i;
/** Perl's hash element assigned the value: `$ENV{GITHUB_TOKEN} = "`, `$config{'api_key'} = '`. */
const PERL_HASH_ELEMENT = /\$[A-Za-z_]\w*\{\s*["']?([A-Za-z_]\w{0,100})["']?\s*\}\s*=\s*["']$/;
/** The definition a CMake generator expression yields, right before its value: `…:GH_TOKEN=`. */
const GENERATOR_EXPRESSION_DEFINITION = /:([A-Za-z_]\w{0,100})=$/;
/**
 * A command's long option, then a blank, before its value: `--account-key …`, `--client-secret "`;
 * or a PowerShell parameter, `-ClientSecret '` (capitalised, as PowerShell's are written: a Unix
 * tool's one-dash option, `-p`, `-pass`, names nothing).
 */
const OPTION_BEFORE = /(?:^|[\s"'])(?:--([A-Za-z][\w-]{1,60})|-([A-Z][A-Za-z0-9]{1,60}))[ \t]+["']?$/;
const LONG_BRACKET_OPEN = /(?<=[=\s(,{])\[=*\[$/;
const RAW_HASH_OPEN = /(?<=[=\s(,{:])(?:b?r)?#+"$/;
/** A literal, a variable joined to it (`+`, Lua's `..`) and the next literal's quote: `"postgres://" .. user .. "`. */
const JOINED_LITERAL_AND_VARIABLE_OPEN = /(?<=[=\s(,{:])(["'`])[^"'`\n]{1,200}\1[ \t]*(?:\+|\.\.)[ \t]*[A-Za-z_][\w.]{0,60}[ \t]*(?:\+|\.\.)[ \t]*\1$/;
/** CMake's `set(NAME ` and `set(ENV{NAME} "`, before an argument that holds the value. */
const CMAKE_SET_BEFORE = /\bset\([ \t]*(?:ENV\{([A-Za-z_]\w{0,100})\}|([A-Za-z_][\w.-]{0,100}))[ \t]+"?$/i;
