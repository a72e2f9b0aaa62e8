// App Configuration's key and label filters (docs/azure-wire-protocol.md §4, REST "key-value"):
//   absent or `*`  any value (for labels, including no label)
//   `abc*`         prefix
//   `a,b`          either (up to 5 alternatives)
//   `\*` `\,` `\\` literal characters
//   NUL (`%00`)    no label
export type ValueMatcher = (value: string | null) => boolean;

export class FilterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_ALTERNATIVES = 5;

interface Alternative {
  text: string;
  prefix: boolean;
}

/** Splits on unescaped commas and unescapes each alternative, noting a trailing unescaped `*`. */
function alternatives(raw: string, parameter: string): Alternative[] {
  const result: Alternative[] = [];
  let text = "";
  let prefix = false;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (prefix && char !== ",") throw new FilterError(parameter, `The wildcard '*' must be the last character of a ${parameter} filter.`);
    if (char === "\\") {
      const next = raw[index + 1];
      if (next === undefined) throw new FilterError(parameter, `The ${parameter} filter ends with an escape character.`);
      text += next;
      index++;
    } else if (char === ",") {
      result.push({ text, prefix });
      text = "";
      prefix = false;
    } else if (char === "*") {
      prefix = true;
    } else {
      text += char;
    }
  }
  result.push({ text, prefix });
  if (result.length > MAX_ALTERNATIVES) throw new FilterError(parameter, `A ${parameter} filter can have at most ${MAX_ALTERNATIVES} comma-separated values.`);
  return result;
}

export function parseFilter(raw: string | null, parameter: "key" | "label" | "name"): ValueMatcher {
  if (raw === null || raw === "*") return () => true;
  const options = alternatives(raw, parameter);
  return (value) =>
    options.some(({ text, prefix }) => {
      if (parameter === "label" && text === "\u0000" && !prefix) return value === null;
      if (value === null) return prefix && text === "";
      return prefix ? value.startsWith(text) : value === text;
    });
}

/** `tags=name=value` filters: every one must match. */
export function parseTagsFilter(raw: readonly string[]): (tags: Record<string, string>) => boolean {
  const wanted = raw.map((entry) => {
    const separator = entry.indexOf("=");
    if (separator <= 0) throw new FilterError("tags", "A tags filter must look like name=value.");
    return { name: entry.slice(0, separator), value: entry.slice(separator + 1) };
  });
  return (tags) => wanted.every(({ name, value }) => tags[name] === value);
}
