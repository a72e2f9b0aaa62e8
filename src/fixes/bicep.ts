/**
 * Just enough Bicep to place a value: the path of object keys around it (is it under
 * `appSettings`?) and the `name:` beside a `value:` (`{ name: 'DB_PASSWORD', value: '…' }`).
 * One forward pass over strings, comments and brackets; expressions are not parsed.
 */

interface Frame {
  readonly key: string | undefined;
  name?: string;
}

export interface BicepContext {
  readonly path: readonly string[];
  readonly siblingName?: string;
}

export function bicepContextAt(text: string, offset: number): BicepContext {
  const stack: Frame[] = [{ key: undefined }];
  let pendingKey: string | undefined;
  let lastWord: string | undefined;
  let i = 0;
  while (i < offset && i < text.length) {
    const ch = text[i]!;
    if (text.startsWith("//", i)) {
      const newline = text.indexOf("\n", i);
      i = newline === -1 ? text.length : newline;
      continue;
    }
    if (text.startsWith("/*", i)) {
      const close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 2;
      continue;
    }
    if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      i = close === -1 ? text.length : close + 3;
      pendingKey = lastWord = undefined;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== "'" && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      if (j >= offset) break; // the value's own string
      if (pendingKey === "name") stack[stack.length - 1]!.name = text.slice(i + 1, j);
      pendingKey = lastWord = undefined;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j]!)) j++;
      lastWord = text.slice(i, j);
      i = j;
      continue;
    }
    if (ch === ":") pendingKey = lastWord;
    else if (ch === "{" || ch === "[") {
      stack.push({ key: pendingKey });
      pendingKey = undefined;
    } else if (ch === "}" || ch === "]") {
      if (stack.length > 1) stack.pop();
      pendingKey = undefined;
    } else if (ch === "\n" || ch === ",") pendingKey = undefined;
    if (ch !== " " && ch !== "\t" && ch !== ":") lastWord = undefined;
    i++;
  }
  const path = [...stack.map((frame) => frame.key), pendingKey].filter((key): key is string => key !== undefined);
  const siblingName = pendingKey === "value" ? stack[stack.length - 1]!.name : undefined;
  return siblingName === undefined ? { path } : { path, siblingName };
}
