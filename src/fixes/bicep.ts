/**
 * Just enough Bicep to place a value: the path of object keys around it (is it under
 * `appSettings`?), the `name:` beside a `value:` (`{ name: 'DB_PASSWORD', value: '…' }`), and the
 * secret a Key Vault secret resource's `properties: { value: … }` is stored as.
 * One forward pass over strings, comments and brackets; expressions are not parsed.
 */
import { isSecretResourceType, secretNameOfResourceName } from "./secret-resources";

interface Frame {
  readonly key: string | undefined;
  name?: string;
  /** The type a `resource <symbol> '<type>' = {` declaration gives the object it opens. */
  readonly resourceType?: string;
}

export interface BicepContext {
  readonly path: readonly string[];
  readonly siblingName?: string;
  /** The secret's name, for the `properties.value` of a Key Vault secret resource named before it. */
  readonly secretName?: string;
}

export function bicepContextAt(text: string, offset: number): BicepContext {
  const stack: Frame[] = [{ key: undefined }];
  let pendingKey: string | undefined;
  let lastWord: string | undefined;
  // `resource` read on this line, then the type string after it: the next `{` opens that resource.
  let declaringResource = false;
  let declaredType: string | undefined;
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
      else if (declaringResource) {
        declaredType = text.slice(i + 1, j);
        declaringResource = false;
      }
      pendingKey = lastWord = undefined;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_]/.test(text[j]!)) j++;
      lastWord = text.slice(i, j);
      if (lastWord === "resource" && pendingKey === undefined) declaringResource = true;
      i = j;
      continue;
    }
    if (ch === ":") pendingKey = lastWord;
    else if (ch === "{" || ch === "[") {
      // (A loop's `[for … : {` opens its `[` first: the type goes to the object.)
      stack.push(ch === "{" && declaredType !== undefined ? { key: pendingKey, resourceType: declaredType } : { key: pendingKey });
      if (ch === "{") declaredType = undefined;
      pendingKey = undefined;
    } else if (ch === "}" || ch === "]") {
      if (stack.length > 1) stack.pop();
      pendingKey = undefined;
    } else if (ch === "\n" || ch === ",") pendingKey = undefined;
    // A declaration opens its body on its own line.
    if (ch === "\n") {
      declaringResource = false;
      declaredType = undefined;
    }
    if (ch !== " " && ch !== "\t" && ch !== ":") lastWord = undefined;
    i++;
  }
  const path = [...stack.map((frame) => frame.key), pendingKey].filter((key): key is string => key !== undefined);
  const siblingName = pendingKey === "value" ? stack[stack.length - 1]!.name : undefined;
  if (siblingName !== undefined) return { path, siblingName };
  const secretName = pendingKey === "value" ? secretResourceNameAround(stack) : undefined;
  return secretName === undefined ? { path } : { path, secretName };
}

/** The secret name of the resource whose `properties` object is the innermost frame, if it is a Key Vault secret resource. */
function secretResourceNameAround(stack: readonly Frame[]): string | undefined {
  const properties = stack[stack.length - 1]!;
  const resource = stack[stack.length - 2];
  if (properties.key !== "properties" || !resource || !isSecretResourceType(resource.resourceType) || resource.name === undefined) return undefined;
  return secretNameOfResourceName(resource.name);
}
