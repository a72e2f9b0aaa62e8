// This machine's loopback hosts, where only the local emulator may listen: endpoint checks refuse
// them unless the user enabled the emulator, and error messages about them speak of the emulator.

export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether `resource` is how an emulator endpoint is named in messages: a loopback `host:port`
 * (endpoints.ts names loopback endpoints so). A vault named "localhost" has no port.
 */
export function isEmulatorResource(resource: string): boolean {
  const match = /^(.+):\d+$/.exec(resource);
  return match !== null && LOOPBACK_HOSTS.has(match[1]!);
}
