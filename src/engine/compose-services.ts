import { hostOfAddress } from "./rules/config-values";

/**
 * Docker Compose puts each service on the project's network under its key in `services:`, so
 * `REDIS_URL: redis://redis:6379`, `DB_HOST: db` or `http://azurite:10000/…` beside services
 * `redis`, `db` and `azurite` name the file's own containers: the same wherever the file runs, not
 * a value for each environment to set. (Swarm's stack files and any file given to `docker compose
 * -f` are written alike, so the file is known by its top-level `services:` key, not by its name.)
 *
 * A fact of the whole file, so it is asked after the line rules ran (see scan.ts), never by them:
 * their results are kept per line between edits.
 */

/** `services:` at the top level, alone on its line. */
const TOP_LEVEL_SERVICES = /^services[ \t]*:[ \t]*(?:#.*)?$/m;
/** A mapping key, maybe quoted, and what a service's name may hold (letters, digits, `.`, `_`, `-`). */
const SERVICE_KEY = /^[ \t]+(["']?)([A-Za-z0-9][\w.-]*)\1[ \t]*:(?:[ \t]|$)/;

/** The keys of a YAML text's top-level `services:` mapping, lower-cased (network names are not case-sensitive). */
export function composeServiceNames(content: string): ReadonlySet<string> {
  const names = new Set<string>();
  const opening = TOP_LEVEL_SERVICES.exec(content);
  if (!opening) return names;
  let serviceIndent: number | undefined;
  let lineStart = content.indexOf("\n", opening.index) + 1;
  while (lineStart > 0 && lineStart < content.length) {
    const lineEnd = content.indexOf("\n", lineStart);
    const line = content.slice(lineStart, lineEnd === -1 ? content.length : lineEnd);
    lineStart = lineEnd + 1;
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent === line.length || line[indent] === "#") continue;
    // The next top-level key (or document) ends the mapping.
    if (indent === 0) break;
    // The services are the mapping's first level; deeper lines are their settings.
    serviceIndent ??= indent;
    if (indent !== serviceIndent) continue;
    const key = SERVICE_KEY.exec(line);
    if (key) names.add(key[2]!.toLowerCase());
  }
  return names;
}

/**
 * Whether a configuration value addresses one of a Compose file's services by the service's own
 * name: a single label (`search.corp.fabrikam.com` is a name on another network, whatever its
 * first label). `services` is the file's {@link composeServiceNames}.
 */
export function addressesComposeService(value: string, services: ReadonlySet<string>): boolean {
  if (services.size === 0) return false;
  const host = hostOfAddress(value);
  return host !== undefined && !host.includes(".") && services.has(host);
}
