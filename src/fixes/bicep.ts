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

/**
 * The forward pass, kept between calls: asked for a later offset in the same text, it goes on from
 * where it stopped rather than from the start (the CLI names each of a file's findings, in order:
 * a pass from the start for each made a file's naming quadratic in its findings). What it has read
 * up to an offset does not depend on the offset asked for before, so the state carries over.
 */
class BicepReader {
  private readonly stack: Frame[] = [{ key: undefined }];
  private pendingKey: string | undefined;
  private lastWord: string | undefined;
  // `resource` read on this line, then the type string after it: the next `{` opens that resource.
  private declaringResource = false;
  private declaredType: string | undefined;
  private i = 0;
  /** The offset last read up to. */
  offset = 0;

  constructor(readonly text: string) {}

  contextAt(offset: number): BicepContext {
    this.readTo(offset);
    const { stack, pendingKey } = this;
    const path = [...stack.map((frame) => frame.key), pendingKey].filter((key): key is string => key !== undefined);
    const siblingName = pendingKey === "value" ? stack[stack.length - 1]!.name : undefined;
    if (siblingName !== undefined) return { path, siblingName };
    const secretName = pendingKey === "value" ? secretResourceNameAround(stack) : undefined;
    return secretName === undefined ? { path } : { path, secretName };
  }

  private readTo(offset: number): void {
    const { text, stack } = this;
    this.offset = offset;
    let i = this.i;
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
        this.pendingKey = this.lastWord = undefined;
        continue;
      }
      if (ch === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== "'" && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
        if (j >= offset) break; // the value's own string (read on, if a later offset is asked for)
        if (this.pendingKey === "name") stack[stack.length - 1]!.name = text.slice(i + 1, j);
        else if (this.declaringResource) {
          this.declaredType = text.slice(i + 1, j);
          this.declaringResource = false;
        }
        this.pendingKey = this.lastWord = undefined;
        i = j + 1;
        continue;
      }
      if (/[A-Za-z_]/.test(ch)) {
        let j = i + 1;
        while (j < text.length && /[A-Za-z0-9_]/.test(text[j]!)) j++;
        this.lastWord = text.slice(i, j);
        if (this.lastWord === "resource" && this.pendingKey === undefined) this.declaringResource = true;
        i = j;
        continue;
      }
      if (ch === ":") this.pendingKey = this.lastWord;
      else if (ch === "{" || ch === "[") {
        // (A loop's `[for … : {` opens its `[` first: the type goes to the object.)
        stack.push(ch === "{" && this.declaredType !== undefined ? { key: this.pendingKey, resourceType: this.declaredType } : { key: this.pendingKey });
        if (ch === "{") this.declaredType = undefined;
        this.pendingKey = undefined;
      } else if (ch === "}" || ch === "]") {
        if (stack.length > 1) stack.pop();
        this.pendingKey = undefined;
      } else if (ch === "\n" || ch === ",") this.pendingKey = undefined;
      // A declaration opens its body on its own line.
      if (ch === "\n") {
        this.declaringResource = false;
        this.declaredType = undefined;
      }
      if (ch !== " " && ch !== "\t" && ch !== ":") this.lastWord = undefined;
      i++;
    }
    this.i = i;
  }
}

/** The last text read, and how far. */
let lastReader: BicepReader | undefined;

export function bicepContextAt(text: string, offset: number): BicepContext {
  const reader = lastReader?.text === text && lastReader.offset <= offset ? lastReader : new BicepReader(text);
  lastReader = reader;
  return reader.contextAt(offset);
}

/** The secret name of the resource whose `properties` object is the innermost frame, if it is a Key Vault secret resource. */
function secretResourceNameAround(stack: readonly Frame[]): string | undefined {
  const properties = stack[stack.length - 1]!;
  const resource = stack[stack.length - 2];
  if (properties.key !== "properties" || !resource || !isSecretResourceType(resource.resourceType) || resource.name === undefined) return undefined;
  return secretNameOfResourceName(resource.name);
}
