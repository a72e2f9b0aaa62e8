// Request and response plumbing shared by the three services: a parsed view of the request with
// a lazily read body, and writers for JSON, empty and error responses.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Bodies above this are refused; the largest real payload (a backup blob) is far smaller. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export class EmulatorRequest {
  readonly method: string;
  /** Exactly as received (path and query), which is what App Configuration's HMAC signs. */
  readonly rawTarget: string;
  /** `Host` header, port included: ids and next links are built from it like the service does. */
  readonly host: string;
  readonly origin: string;
  readonly url: URL;
  private bodyPromise: Promise<Buffer> | undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
  ) {
    this.method = (req.method ?? "GET").toUpperCase();
    this.rawTarget = req.url ?? "/";
    this.host = req.headers.host ?? "127.0.0.1";
    this.origin = `https://${this.host}`;
    this.url = new URL(this.rawTarget, this.origin);
  }

  /** A query parameter by case-insensitive name, decoded (the SDK sends `api%2Dversion`). */
  query(name: string): string | null {
    const wanted = name.toLowerCase();
    for (const [key, value] of this.url.searchParams) {
      if (key.toLowerCase() === wanted) return value;
    }
    return null;
  }

  queryAll(name: string): string[] {
    const wanted = name.toLowerCase();
    return [...this.url.searchParams].filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : value;
  }

  /** Read once, on demand: Key Vault must be able to answer 401 without consuming the body. */
  body(): Promise<Buffer> {
    this.bodyPromise ??= new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      this.req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new HttpError(413, "Request body too large"));
          this.req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      this.req.on("end", () => resolve(Buffer.concat(chunks)));
      this.req.on("error", reject);
    });
    return this.bodyPromise;
  }

  /** The body as JSON, or undefined when it is empty. Throws HttpError(400) on malformed JSON. */
  async json(): Promise<unknown> {
    const body = await this.body();
    if (body.length === 0) return undefined;
    try {
      return JSON.parse(body.toString("utf8")) as unknown;
    } catch {
      throw new HttpError(400, "The request body is not valid JSON.");
    }
  }
}

/** A transport-level failure a service turns into its own error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Headers = Record<string, string | number>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}, contentType = "application/json; charset=utf-8"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": contentType,
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-cache",
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  res.writeHead(status, { "Content-Length": 0, ...headers });
  res.end();
}

/** For HEAD: the headers a GET would carry, no body. */
export function sendHeadersOnly(res: ServerResponse, status: number, headers: Headers): void {
  res.writeHead(status, headers);
  res.end();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ "a": "b" }` with string values only, or undefined when the input is not such an object. */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") return undefined;
    result[key] = entry;
  }
  return result;
}
