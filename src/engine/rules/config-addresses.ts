import { settingSlot } from "./config-value-place";

/**
 * Which IP addresses are configuration: private and public hosts' addresses, not versions, OIDs,
 * masks or documentation ranges.
 */

export function ipv4Octets(value: string): number[] | undefined {
  // Asked of every URL's host, nearly all of them names: a name is told apart before splitting.
  if (!/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(value)) return undefined;
  const parts = value.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^(?:0|[1-9][0-9]{0,2})$/.test(part))) return undefined;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : undefined;
}

/**
 * An IPv4 address that names a machine somewhere: not `0.x` (this network, wildcard masks),
 * loopback, link-local (which includes Azure IMDS `169.254.169.254`), multicast, reserved or
 * broadcast, which together cover every netmask from /4 up (`255.255.255.0` is a mask, not an
 * address, and the same in every environment); not the documentation and benchmark ranges; not
 * `n.0.0.0`, a /8 network or, far more often, a version such as `4.0.0.0`; not Azure's fixed
 * platform address `168.63.129.16`.
 */
function isConfigurableIpv4(octets: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  if (a === 0 || a === 127 || a >= 224) return false;
  if (a === 169 && b === 254) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  if (a === 198 && (b === 18 || b === 19)) return false;
  if (a === 192 && b === 0 && c === 0) return false;
  if (b === 0 && c === 0 && d === 0) return false;
  // `1.2.3.4`, `4.3.2.1`, `5.6.7.8`: digits counting up or down, an example's address.
  if (a < 10 && d < 10 && b - a === c - b && d - c === c - b && Math.abs(b - a) === 1) return false;
  return !(a === 168 && b === 63 && c === 129 && d === 16);
}

/** The eight 16-bit groups of an IPv6 address, or undefined when the text is not one. */
function ipv6Groups(value: string): number[] | undefined {
  const halves = value.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  if ([...head, ...tail].some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...new Array<string>(missing).fill("0"), ...tail].map((group) => parseInt(group, 16));
}

/**
 * Global unicast (2000::/3) and unique-local (fc00::/7) addresses, the only ones the IP rule's regex
 * admits (loopback, link-local and multicast are not configuration), minus the documentation prefixes
 * 2001:db8::/32 (RFC 3849) and 3fff::/20 (RFC 9637), the IETF special-purpose blocks 2001::/23
 * and 2002::/16 (6to4), and block bases such as `fc00::` or `2000::` that code uses as constants.
 */
function isConfigurableIpv6(groups: readonly number[]): boolean {
  const [first = 0, second = 0] = groups;
  // (A URL's bracketed host reaches here unfiltered: `http://[::1]:8080`, `[fe80::1]` are loopback
  // and link-local, as `localhost` is.)
  if ((first & 0xe000) !== 0x2000 && (first & 0xfe00) !== 0xfc00) return false;
  if (first === 0x2001 && (second === 0x0db8 || second < 0x0200)) return false;
  if (first === 0x2002 || (first === 0x3fff && second < 0x1000)) return false;
  return groups.slice(1).some((group) => group !== 0);
}

/**
 * Public DNS resolvers' anycast addresses (Google's, Cloudflare's, Quad9's, OpenDNS's): a
 * resolver's default or a connectivity check, the same from every environment.
 */
const PUBLIC_RESOLVERS = new Set([
  "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
  "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001", "2620:fe::fe", "2620:fe::9",
]);

export function isConfigurableIpLiteral(value: string): boolean {
  if (PUBLIC_RESOLVERS.has(value.toLowerCase())) return false;
  const octets = ipv4Octets(value);
  if (octets) return isConfigurableIpv4(octets);
  const groups = ipv6Groups(value);
  return groups !== undefined && isConfigurableIpv6(groups);
}

/**
 * Four dotted numbers under a version or object-identifier name, in the value's own setting or as
 * an argument of the call around it: `Version=4.0.0.0`, `new Oid("2.5.29.17")`,
 * `compareVersions(current, "1.12.3.4")`.
 */
const VERSION_OR_OID_NAME = /version|\bver\b|assembly|\boid\b|objectidentifier|snmp/i;
const CALLEE_BEFORE = /([A-Za-z_$][\w$.]*)\s*\([^()]*$/;

/**
 * Names that say version without the word, ending right before the value: `BUILD = "5.2.1.7"`,
 * `buildNumber`, `RELEASE`, `revision`, an image's `tag`, `fw_rev`, `(build 5.2.1.7)` in a
 * sentence; and a name in quotes before a comma, as Windows resource files write theirs:
 * `VALUE "FileVersion", "10.0.0.1"`. Short words (`rev`, `tag`, `fw`) must start the name or a
 * word of it.
 */
const VERSION_LIKE_NAME_BEFORE =
  /(?:[Bb]uild|BUILD|[Rr]elease|RELEASE|[Rr]evision|REVISION|[Ff]irmware|FIRMWARE|(?:^|[^A-Za-z])(?:rev|REV|tag|TAG|fw|FW)|[a-z](?:Rev|Tag|Fw))(?:_?(?:no|num|number|id|NO|NUM|NUMBER|ID)|No|Num|Number|Id)?["'`]?\s*(?:[:=]|=>)?\s*["'`]?$|[Vv]ersion["']\s*,\s*["']$/;
/**
 * Context that says version: a requirement's operator (`orders-client==1.2.3.4`, `>=`, `~=`,
 * `^`, `~`; not PHP's `=>`; RubyGems' `"= 1.2.3.4"`, a bare `=` that opens its string, where an
 * assignment's `=` never stands), or a container image's tag (`ghcr.io/fabrikam/orders:1.2.3.4`,
 * `image: node:…`, `FROM node:…`): a repository's name starts with a lower-case letter, so a
 * route's `1.2.3.4/32:` is no image.
 */
const VERSION_CONTEXT_BEFORE = /(?:[=!<>~]=|(?<![=-])[<>]|[\^~]|["'`]=)\s*$|(?:(?:^|[^\w./-])[\w.-]+(?:\/[\w.-]+)*\/[a-z][\w.-]*|(?:image["']?\s*[:=]\s*["']?|FROM\s+)[\w.-]+):$/;

/**
 * RCS and CVS revisions, four numbers on a branch: after the file's `,v` in an `$Id: lcode.c,v
 * 2.25.1.3 2007/12/28 … $` keyword, and after the date in a diff's header made from such a file
 * (`--- lcode.c\t2007/12/28 15:32:23\t2.25.1.3`).
 */
const RCS_REVISION_BEFORE = /,v[ \t]+$|\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\t$/;

/** A changelog's move to a release: `Sync to 4.5.1.1` (an RPM spec's `%changelog`), `bump to v2.0.0.1`. */
const VERSION_VERB_BEFORE = /\b(?:update|upgrade|sync|bump|rebase|downgrade)(?:s|d|ed)?[ \t]+to[ \t]+v?$/i;

/**
 * A standard's or a manual's section, numbered four deep: `(RFC7540 8.1.2.6)` in an HTTP/2
 * library's error messages, `see section 3.2.1.4`, `§ 6.5.1.1`.
 */
const SECTION_NUMBER_BEFORE = /(?:\bRFC[ -]?\d{3,5},?|\b[Ss]ection|\bSECTION|\b[Ss]ec\.|§|\b[Cc]lause|\b[Cc]hapter)[ \t]*$/;

/** An enzyme's Enzyme Commission number, four numbers deep: `(EC 3.1.1.4)`, `EC:6.5.1.1`. */
const ENZYME_NUMBER_BEFORE = /\bEC[ \t:]?$/;

/**
 * A browser's User-Agent string up to the value: every dotted number in it is a version, of the
 * engine (`rv:1.9.2.8`), the browser (`Chrome/…`) or the phone's firmware (`HTC Desire 1.19.161.5
 * Build/…`). A user-agent list (a crawler's, a test's) holds hundreds.
 */
const USER_AGENT_BEFORE = /\b(?:Mozilla|Opera)\/\d+(?:\.\d+)*[ \t]+\([^"'`\n]*$/;

/** Whether what comes before four dotted numbers says they are a version, an object identifier, a section number or an enzyme's number. */
export function isVersionOidOrSection(before: string): boolean {
  const near = before.slice(-60);
  return (
    USER_AGENT_BEFORE.test(before) ||
    VERSION_OR_OID_NAME.test(settingSlot(before)) ||
    VERSION_OR_OID_NAME.test(CALLEE_BEFORE.exec(before)?.[1] ?? "") ||
    VERSION_LIKE_NAME_BEFORE.test(near) ||
    VERSION_CONTEXT_BEFORE.test(near) ||
    RCS_REVISION_BEFORE.test(near) ||
    SECTION_NUMBER_BEFORE.test(near) ||
    ENZYME_NUMBER_BEFORE.test(near) ||
    VERSION_VERB_BEFORE.test(near)
  );
}

/**
 * The first address of a block (`10.1.2.0`) names a network, not a machine; written without a
 * prefix it is far more often the tail of a version (`1.14.2.0`). (With a prefix it is a range:
 * see rejectIpAddress.)
 */
export function isNetworkAddress(octets: readonly number[]): boolean {
  return octets[3] === 0;
}

/**
 * The last address of a block (`10.1.2.255`, `172.31.255.255`) is its broadcast address, or a
 * range's end beside its start (`['172.16.0.0', '172.31.255.255']`, RFC 1918's blocks in a fake
 * data generator): no machine is given one.
 */
export function isBroadcastAddress(octets: readonly number[]): boolean {
  return octets[3] === 255;
}

/**
 * Object identifiers short enough to look like IPv4: the ISO arcs 1.2 (member bodies) and 1.3
 * (organisations: SNMP `1.3.6.1`, `1.3.101.112` for Ed25519) and the joint arcs 2.5 (X.500
 * attributes and certificate extensions), 2.16 and 2.23 (CA/Browser Forum policies).
 */
export function isObjectIdentifier(value: string): boolean {
  return /^(?:1\.[23]|2\.5|2\.16|2\.23)\./.test(value);
}
