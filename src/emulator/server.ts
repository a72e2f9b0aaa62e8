// One HTTPS listener per endpoint (ARM, each vault, each store), all on 127.0.0.1 and all sharing
// the emulator's certificate. The pipeline for every request is the same:
//   unauthenticated routes (admin) → authenticate (401 before the body is read) → faults → service.
// Faults run after authentication so that "the next N requests" means N requests the service would
// have executed, not the SDK's body-less challenge probes.
import * as https from "node:https";
import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { AccessLevel, FaultController, FaultTarget, ServiceKind } from "./faults";
import { EmulatorRequest, sendEmpty, sendJson, type Headers } from "./http";
import type { EmulatorTls } from "./tls";

/** An error response in a service's own shape. A missing body sends an empty one. */
export interface ErrorReply {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Headers;
}

export interface Principal {
  kind: "bearer" | "hmac";
  /** An App Configuration read-only access key. */
  readOnlyKey?: boolean;
}

export interface RequestContext {
  principal: Principal;
  /** From the fault controller's access rules: who this caller is allowed to be. */
  access: AccessLevel;
  target: FaultTarget;
}

export interface ServiceHandler {
  readonly service: ServiceKind;
  readonly name: string;
  /** Routes that need no caller identity (the admin endpoint). Returns true when it answered. */
  handleUnauthenticated?(request: EmulatorRequest): Promise<boolean>;
  /** The caller, or undefined after answering 401 itself. */
  authenticate(request: EmulatorRequest): Promise<Principal | undefined>;
  handle(request: EmulatorRequest, context: RequestContext): Promise<void>;
  throttled(retryAfterSeconds: number | undefined): ErrorReply;
  serverError(status: number, retryAfterSeconds?: number): ErrorReply;
}

export interface Endpoint {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface EndpointOptions {
  tls: EmulatorTls;
  faults: FaultController;
  port: number;
  /** Receives one line per request when set: method, endpoint, path, status, duration. Never bodies. */
  log?: (line: string) => void;
}

export function sendReply(request: EmulatorRequest, reply: ErrorReply): void {
  if (reply.body === undefined) sendEmpty(request.res, reply.status, reply.headers);
  else sendJson(request.res, reply.status, reply.body, reply.headers, reply.contentType);
}

function decodedPath(request: EmulatorRequest): string {
  try {
    return decodeURIComponent(request.url.pathname);
  } catch {
    return request.url.pathname;
  }
}

async function serve(handler: ServiceHandler, faults: FaultController, request: EmulatorRequest, endpointClosed: AbortSignal): Promise<void> {
  if (handler.handleUnauthenticated && (await handler.handleUnauthenticated(request))) return;
  const principal = await handler.authenticate(request);
  if (!principal) return;

  const target: FaultTarget = { service: handler.service, name: handler.name, method: request.method, path: decodedPath(request) };
  const delay = faults.takeLatency(target);
  if (delay > 0) {
    // A client that gives up (a cancel, a timeout) does not stop a request the service already
    // has: like Key Vault, the emulator carries it out when its time comes, answering no one. Only
    // closing the emulator stops the wait, so close() leaves no timer running.
    // (The body is read first: the request has arrived whole, and the client can no longer take it back.)
    await request.body().catch(() => undefined);
    try {
      await sleep(delay, undefined, { signal: endpointClosed });
    } catch {
      return;
    }
  }
  const fault = faults.takeTransportFault(target);
  if (fault?.kind === "dropConnection") {
    // No response at all: the client sees ECONNRESET / "socket hang up", like a reset by a proxy.
    request.req.socket.destroy();
    return;
  }
  if (fault?.kind === "dropResponse") {
    // Carried out, then no answer: every reply goes through writeHead, which now resets the socket.
    const { res } = request;
    res.writeHead = (): ServerResponse => {
      request.req.socket.destroy();
      return res;
    };
    res.end = ((): ServerResponse => res) as ServerResponse["end"];
  }
  if (fault?.kind === "throttle") return sendReply(request, handler.throttled(fault.retryAfterSeconds));
  if (fault?.kind === "serverError") return sendReply(request, handler.serverError(fault.status, fault.retryAfterSeconds));

  await handler.handle(request, { principal, access: faults.accessFor(target), target });
}

export function startEndpoint(handler: ServiceHandler, options: EndpointOptions): Promise<Endpoint> {
  const closed = new AbortController();
  const server = https.createServer({ key: options.tls.keyPem, cert: options.tls.certPem }, (req, res) => {
    const request = new EmulatorRequest(req, res);
    const started = Date.now();
    if (options.log) {
      const log = options.log;
      res.on("finish", () => log(`${request.method} ${handler.service}/${handler.name} ${request.url.pathname} ${res.statusCode} ${Date.now() - started}ms`));
      res.on("close", () => {
        if (!res.writableFinished) log(`${request.method} ${handler.service}/${handler.name} ${request.url.pathname} connection dropped`);
      });
    }
    serve(handler, options.faults, request, closed.signal).catch((error: unknown) => {
      // Unexpected: a bug in the emulator, reported as the service would report an internal error.
      options.log?.(`internal error on ${request.method} ${request.url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (res.headersSent) res.destroy();
      else sendReply(request, handler.serverError(500));
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the emulator accepts any bearer token, so it must not be reachable from the network.
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `https://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            closed.abort();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
