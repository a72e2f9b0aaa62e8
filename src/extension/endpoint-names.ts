// The name a vault or App Configuration store goes by wherever the user reads it (the Vaults view,
// quick-fix titles, reports): the emulator's own name for its loopback endpoints (`shop-dev`, not
// `127.0.0.1:35701`), else the first label of its host (`orders-dev`). No VS Code API here.
import { checkEndpoint, sameEndpoint, type DataPlaneService, type EmulatorEndpoints } from "../azure";

/** The emulator's own name for one of its endpoints (`shop-dev`); undefined for any other URL. */
export function emulatorEndpointName(url: string, service: DataPlaneService, emulator: EmulatorEndpoints | undefined): string | undefined {
  if (!emulator) return undefined;
  return service === "keyVault"
    ? Object.entries(emulator.vaults).find(([, candidate]) => sameEndpoint(candidate, url))?.[0]
    : Object.entries(emulator.appConfig).find(([, candidate]) => sameEndpoint(candidate.endpoint, url))?.[0];
}

/** @param emulator the running emulator's endpoints, when the user enabled it. */
export function endpointName(url: string, service: DataPlaneService, emulator: EmulatorEndpoints | undefined): string {
  const named = emulatorEndpointName(url, service, emulator);
  if (named) return named;
  const verdict = checkEndpoint(url, service, { allowLoopback: true });
  return verdict.accepted ? verdict.endpoint.name : url;
}
