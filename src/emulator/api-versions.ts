// The api-versions each emulated API serves, oldest first. The real services refuse a version they
// do not serve (400); accepting any would let an SDK upgrade, or a pinned `serviceVersion`, that
// moves a client to a version not deployed yet pass every emulator test and fail for users.
// Each list holds what the SDKs we ship send, and older GA versions a caller may pin. When an SDK
// upgrade sends another, test/emulator/api-versions.test.ts fails: add the version here once the
// real service serves it.
export const SUPPORTED_API_VERSIONS = {
  /** @azure/keyvault-secrets 4.11 sends 2025-07-01; its `serviceVersion` offers 7.0–7.6. */
  keyVault: ["2016-10-01", "7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "2025-07-01"],
  /** @azure/app-configuration 1.12 sends 2026-04-01; its known versions are 2023-11-01 on. */
  appConfiguration: ["1.0", "2023-10-01", "2023-11-01", "2024-09-01", "2026-04-01"],
  /**
   * Microsoft.Resources: subscriptions and tenants (@azure/arm-resources-subscriptions 2.1 sends
   * 2022-12-01) and the generic resource list (@azure/arm-keyvault's `vaults.list()` sends 2015-11-01).
   */
  armResources: ["2015-11-01", "2016-06-01", "2016-09-01", "2019-10-01", "2020-01-01", "2021-01-01", "2021-04-01", "2022-12-01"],
  /** Microsoft.KeyVault: @azure/arm-keyvault 5.0 sends 2026-02-01. */
  armKeyVault: ["2019-09-01", "2021-10-01", "2022-07-01", "2023-02-01", "2023-07-01", "2024-11-01", "2026-02-01"],
  /** Microsoft.AppConfiguration: @azure/arm-appconfiguration 4.0 sends 2023-03-01. */
  armAppConfiguration: ["2022-05-01", "2023-03-01", "2024-05-01"],
} as const satisfies Record<string, readonly string[]>;

export type VersionedApi = keyof typeof SUPPORTED_API_VERSIONS;

export function servesApiVersion(api: VersionedApi, version: string): boolean {
  return (SUPPORTED_API_VERSIONS[api] as readonly string[]).includes(version);
}

export function latestApiVersion(api: VersionedApi): string {
  const versions = SUPPORTED_API_VERSIONS[api];
  return versions[versions.length - 1]!;
}
