/**
 * The setting a value is assigned to, for naming the stored secret: the configuration path in
 * JSON and YAML (`ConnectionStrings:Default`, the form ASP.NET Core's Key Vault provider maps
 * `ConnectionStrings--Default` back to), otherwise the name on the left of the assignment.
 */

const MAX_STRUCTURED_SIZE = 2 * 1024 * 1024;

/** Path of object keys around `offset` in JSON (tolerant: comments and broken files give partial paths). */
export function jsonPathAt(content: string, offset: number): string[] {
  const stack: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let lastString: string | undefined;
  let i = 0;
  while (i < offset && i < content.length) {
    const ch = content[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < content.length && content[j] !== '"') j += content[j] === "\\" ? 2 : 1;
      lastString = content.slice(i + 1, j);
      i = j + 1;
      continue;
    }
    if (ch === "/" && content[i + 1] === "/") {
      const newline = content.indexOf("\n", i);
      i = newline === -1 ? content.length : newline;
      continue;
    }
    if (ch === ":") pendingKey = lastString;
    else if (ch === "{" || ch === "[") {
      stack.push(pendingKey);
      pendingKey = undefined;
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      pendingKey = undefined;
    } else if (ch === ",") pendingKey = undefined;
    i++;
  }
  return [...stack, pendingKey].filter((key): key is string => key !== undefined && key !== "");
}

/** Path of mapping keys around `offset` in YAML, by indentation. */
export function yamlPathAt(content: string, offset: number): string[] {
  const stack: { indent: number; key: string }[] = [];
  const lineEnd = content.indexOf("\n", offset);
  const lines = content.slice(0, lineEnd === -1 ? content.length : lineEnd).split("\n");
  for (const line of lines) {
    const match = /^(\s*)(?:-\s+)?(["']?)([^"':#\s][^"':#]*?)\2\s*:(?:\s|$)/.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    stack.push({ indent, key: match[3]!.trim() });
  }
  return stack.map((entry) => entry.key);
}

/** `NAME = "…`, `"name": "…`, `name: …`, `<add key="name" value="…`: the name before the value. */
const NAME_BEFORE_VALUE = /(?:key|name)\s*=\s*"([^"]{1,100})"\s+value\s*=\s*"[^"]*$|([A-Za-z_$][\w$.:-]{0,100})["'\]]*\s*(?::=|=>|=|:)\s*(?:@|new\s+String\(|\()?["'`]?[^"'`]*$/;

export function keyNameAt(content: string, filePath: string, start: number, ruleKeyName: string | undefined): string | undefined {
  const lower = filePath.toLowerCase();
  if (content.length <= MAX_STRUCTURED_SIZE) {
    if (/\.jsonc?$/.test(lower)) {
      const path = jsonPathAt(content, start);
      if (path.length > 0) return path.join(":");
    } else if (/\.ya?ml$/.test(lower)) {
      const path = yamlPathAt(content, start);
      if (path.length > 0) return path.join(":");
    }
  }
  if (ruleKeyName) return ruleKeyName.replace(/^["'$@]+|["']+$/g, "");
  const lineStart = content.lastIndexOf("\n", start - 1) + 1;
  const before = content.slice(Math.max(lineStart, start - 300), start);
  const match = NAME_BEFORE_VALUE.exec(before);
  const name = match?.[1] ?? match?.[2];
  // `rtmp://host/…`: a URL scheme, not a setting.
  if (!name || before.startsWith("://", match!.index + name.length)) return undefined;
  return !/^(?:https?|jdbc|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|redis|amqps?)$/i.test(name) ? name.replace(/^export\s+/, "") : undefined;
}
