// The admin endpoint, on the ARM listener under /_emulator/, for tests that run the emulator as a
// child process and cannot reach its in-process API:
//   GET    /_emulator/info                     the same JSON the CLI prints
//   GET    /_emulator/faults                   current fault rules
//   POST   /_emulator/faults                   apply a FaultCommand ({reset, add, consistencyLagMs, access})
//   DELETE /_emulator/faults                   clear every fault
//   PATCH  /_emulator/vaults/{name}            change vault properties (soft delete, purge protection…)
//   POST   /_emulator/vaults/{name}/secrets    seed a secret version with past dates
// No authentication: the listener is loopback-only and the emulator holds only test data.
import type { EmulatorDirectory } from "./directory";
import { UnknownResourceError } from "./directory";
import { parseFaultCommand } from "./faults";
import { HttpError, sendEmpty, sendJson, type EmulatorRequest } from "./http";
import { parseSecretSeed, parseVaultProperties } from "./seed";

const PREFIX = "/_emulator/";

function fail(request: EmulatorRequest, status: number, message: string): void {
  sendJson(request.res, status, { error: message });
}

async function route(request: EmulatorRequest, directory: EmulatorDirectory, segments: string[]): Promise<void> {
  const { method } = request;
  const [resource, name, child, ...rest] = segments;
  if (resource === "info" && name === undefined && method === "GET") return sendJson(request.res, 200, directory.info());
  if (resource === "faults" && name === undefined) {
    if (method === "GET") return sendJson(request.res, 200, directory.faults.snapshot());
    if (method === "DELETE") {
      directory.faults.reset();
      return sendEmpty(request.res, 204);
    }
    if (method === "POST") {
      directory.faults.apply(parseFaultCommand(await request.json()));
      return sendJson(request.res, 200, directory.faults.snapshot());
    }
  }
  if (resource === "vaults" && name !== undefined && rest.length === 0) {
    if (child === undefined && method === "PATCH") {
      return sendJson(request.res, 200, { properties: directory.setVaultProperties(name, parseVaultProperties(await request.json())) });
    }
    if (child === "secrets" && method === "POST") {
      const seeded = directory.seedSecret(name, parseSecretSeed(await request.json()));
      const vaultUrl = directory.vaultUrl(name.toLowerCase());
      return sendJson(request.res, 201, { ...seeded, id: `${vaultUrl}/secrets/${seeded.name}/${seeded.version}` });
    }
  }
  fail(request, 404, `no admin route for ${method} ${request.url.pathname}`);
}

/** Answers /_emulator/* requests; returns false for everything else. */
export async function handleAdmin(request: EmulatorRequest, directory: EmulatorDirectory): Promise<boolean> {
  if (!request.url.pathname.startsWith(PREFIX)) return false;
  let segments: string[];
  try {
    segments = request.url.pathname.slice(PREFIX.length).split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    fail(request, 400, "malformed path");
    return true;
  }
  try {
    await route(request, directory, segments);
  } catch (error) {
    if (error instanceof UnknownResourceError) fail(request, 404, error.message);
    else if (error instanceof HttpError) fail(request, error.status, error.message);
    // Validation errors and refused seeds (e.g. a deleted name) carry a message for the caller.
    else if (error instanceof Error) fail(request, 400, error.message);
    else throw error;
  }
  return true;
}
