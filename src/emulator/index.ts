// The emulator's programmatic API, for tests and `npm start` that embed it in-process.
export { startEmulator } from "./emulator";
export type { AccessLevel, AccessRule, FaultCommand, FaultMatch, FaultRule, FaultSnapshot, ServiceKind } from "./faults";
export { FaultController } from "./faults";
export type { SecretSeed, SeedDate, SeededSecret } from "./seed";
export type { VaultProperties } from "./state";
export type { AppConfigEndpointInfo, EmulatorInfo, EmulatorOptions, RunningEmulator, VaultOption } from "./types";
export { KEY_VAULT_REFERENCE_CONTENT_TYPE } from "./appconfig/wire";
