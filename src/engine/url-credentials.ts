// What in a URL may be a credential: for the preview of a configuration value (which hides it) and
// for the capability-url rule (which reports such a URL as a secret, not a setting).
import { isBase58Checked } from "./base58-check";
import { looksRandom } from "./rules/secret-values";
import { B2C_POLICY_NAME, readsAsWords } from "./rules/value-shapes";

/** How much of a configuration value its preview shows. */
const CONFIG_PREVIEW_LENGTH = 60;

/** A query parameter that may carry a credential by its name (`?sig=`, `&bindpw=`, `?access_token=`), with its value. */
const CREDENTIAL_PARAMETER = /([?&;](?:sig|signature|token|access_token|api_?key|key|code|secret|password|passwd|pwd|bindpw|auth)=)([^&#;\s]+)/gi;
/** Parameters whose value is a credential whatever it looks like: a SAS signature, a password (`?bindpw=`). */
const ALWAYS_CREDENTIAL = /^[?&;](?:sig|signature|password|passwd|pwd|bindpw)=$/i;
/** A value that names a setting, not a credential: `?auth=sso`, `&secret=false`, `?code=en-US`, `?pwd=${DB_PASSWORD}`. */
const SETTING_WORD = /^(?:[A-Za-z]{1,12}(?:[-_][A-Za-z]{1,12})?|true|false|yes|no|on|off|none|null|\d{1,6}|\$\{[^}]*\}|\{[^}]*\}|%[A-Za-z_]+%)$/;
/** A run in a URL's path or query that may be a token. */
const TOKEN_CANDIDATE = /[A-Za-z0-9_+.=%-]{10,}/g;
/**
 * Query parameters whose values are random or encoded but let no one in: a search (`?q=`, which
 * may hold an encrypted or encoded query), OAuth's `state`, `nonce` and PKCE `code_challenge`, a
 * request's correlation id. Left out before looking for tokens in a URL.
 */
const RANDOM_NON_CREDENTIAL_PARAMETER = /[?&;](?:q|query|search|state|nonce|code_challenge|correlation_?id|request_?id|trace_?id)=[^&#;\s]*/gi;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a URL's path, query or fragment starts (after its host and port); -1 when it has none. */
function pathStartOf(value: string): number {
  const authority = value.indexOf("://");
  const rest = authority === -1 ? -1 : value.slice(authority + 3).search(/[/?#]/);
  return rest === -1 ? -1 : authority + 3 + rest;
}

/**
 * Whether a run of a URL's path or query may be a token, for the preview to hide: random-looking
 * letters and digits (a webhook's or a share link's, `https://hooks.contoso.local/notify/<token>`).
 * A GUID is an id (a tenant, a resource), not one. Under 16 characters, only mixed-case letters
 * with digits that change class at every other character count: words and numbers in paths are
 * that short too. Hiding too much here costs a preview a few characters.
 */
function mayBeToken(run: string): boolean {
  if (GUID.test(run)) return false;
  // (`%20` and the like are the URL's spelling of a blank or a slash, not part of a token.)
  const characters = run.replace(/%[0-9A-Fa-f]{2}/g, "").replace(/[.=%-]/g, "");
  if (characters.length >= 16) return looksRandom(characters);
  return characters.length >= 10 && /[a-z]/.test(characters) && /[A-Z]/.test(characters) && /\d/.test(characters) && classChanges(characters) * 2 >= characters.length && looksRandom(characters);
}

/**
 * Whether a run surely is a token, to refuse storing the URL as a plain setting: 20 characters or
 * more, random, and changing class as random text does (`IMG20240105Screenshot`, a file's name,
 * changes seldom). Refusing wrongly would block a move, so this asks more than mayBeToken.
 */
function isToken(run: string): boolean {
  const characters = run.replace(/%[0-9A-Fa-f]{2}/g, "").replace(/[.=%-]/g, "");
  // (A run with a Base58Check or CB58 checksum is a public address or chain id: Avalanche's RPC
  // route is `/ext/bc/<chain id>/rpc`. Asked last, of the few runs that look random.)
  return characters.length >= 20 && mayBeToken(run) && classChanges(characters) * 3 >= characters.length && !isBase58Checked(run);
}

/**
 * The parts of a URL's path and query that may be tokens, for the refusal: split at dots too, so a
 * bundle's content hash (`main.3f9a8c7b2e1d.js`) stands alone, and hexadecimal runs left out: a
 * content hash, a commit, a digest (`sha256:…`) is an id, as a GUID is. So are lower-case words
 * joined by `_` (`fcg_v8_album_info_cp`, `ep12_how_to_record_part_3`): a file's or an endpoint's
 * name, whose `_` and digits change class as often as a token's characters do. So is an Azure AD
 * B2C policy's name (`/contosob2c.onmicrosoft.com/b2c_1_edit_profile_v2`, an authority's path).
 */
function tokenParts(rest: string): string[] {
  return (rest.match(TOKEN_CANDIDATE) ?? [])
    .flatMap((run) => run.split("."))
    .filter((part) => !/^[0-9a-f]+$/i.test(part.replace(/-/g, "")) && !(part.includes("_") && (readsAsWords(part.split("_")) || B2C_POLICY_NAME.test(part))));
}

/**
 * A file that pages show, named by its path alone: an image, a recording, a video or its playlist,
 * with no query. Such a file is served to every visitor of the page that shows it, and the random
 * parts of its path are its id on a CDN (`/episodes/ckr9m2x0…/ckr9m2x0…-1650000000000.jpg`) or an
 * image resizer's signature of the rest of the path (thumbor's `/<signature>=/640x360/…/a.jpg`),
 * which lets no one do more than fetch that file. A token in its query is still one.
 */
const MEDIA_FILE_PATH = /^[^?#]*\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|heic|mp3|m4a|aac|oga|ogg|opus|wav|flac|mp4|m4v|webm|mkv|mov|avi|ogv|m3u8|mpd)$/i;

/**
 * A path that names what it serves as an image (`/api/v1/image/assets%2F<space>%2F<id>`, a CDN's
 * image API, which names its files by ids and needs no extension): its random parts are an asset's
 * id, fetched by every page that shows it, as MEDIA_FILE_PATH's are. Only the path from that
 * segment on is taken for that: a token before it (an API key in `/v2/<key>/…`) or in its query is
 * still one.
 */
const IMAGE_SERVICE_PATH = /^([^?#]*?\/)(?:images?|img)\/[^?#]*/i;

/**
 * A GraphQL persisted query's address, `/graphql/<query id>/<OperationName>` (X's web client asks
 * `/graphql/<id>/UserTweets?variables=…`): the id names the query the server keeps, the same for
 * every client, which is handed it in the app's own script. It lets in no one the query would not.
 * The operation's name after it, in PascalCase, says so; a token before the segment or in the
 * query is still one.
 */
const PERSISTED_QUERY_ID = /\/graphql\/[\w-]{10,64}(?=\/[A-Z][A-Za-z0-9]{2,80}(?:[?#]|$))/;

/** Whether a URL is a media file's address, an asset any visitor is given (see MEDIA_FILE_PATH). */
export function isMediaFileUrl(url: string): boolean {
  const pathStart = pathStartOf(url);
  return pathStart !== -1 && isMediaFilePath(url.slice(pathStart));
}

/** Whether a URL's path (from its first `/`) names a media file, with no query (see MEDIA_FILE_PATH). */
export function isMediaFilePath(path: string): boolean {
  return MEDIA_FILE_PATH.test(path);
}

/** Whether a credential parameter's value is one: always for a signature or a password, else when it looks random (a token, not `?auth=sso`). */
function isCredentialParameter(name: string, value: string): boolean {
  if (SETTING_WORD.test(value)) return false;
  return ALWAYS_CREDENTIAL.test(name) || (value.length >= 16 && looksRandom(value.replace(/%[0-9A-Fa-f]{2}/g, "")));
}

/** How often the next character is of another class (lower case, upper case, digit): a token changes at every other one, `report2024Q3` seldom. */
function classChanges(text: string): number {
  const classOf = (character: string) => (/[a-z]/.test(character) ? 0 : /[A-Z]/.test(character) ? 1 : 2);
  let changes = 0;
  for (let i = 1; i < text.length; i++) if (classOf(text[i]!) !== classOf(text[i - 1]!)) changes++;
  return changes;
}

/**
 * Whether a configuration value is a URL that carries a credential: a token in its path or query
 * (see isToken), or a query parameter named for one that holds one (`?bindpw=…`, `?sig=…`, a
 * random `?token=…`; not `?auth=sso` or `&secret=false`). Such a URL is a capability: whoever
 * reads it can use it, so it belongs in Key Vault, not in App Configuration's plain settings.
 */
export function urlCarriesCredential(value: string): boolean {
  const pathStart = pathStartOf(value);
  if (pathStart === -1) return false;
  const rest = value.slice(pathStart);
  if (isMediaFilePath(rest)) return false;
  for (const [, name, parameterValue] of rest.matchAll(CREDENTIAL_PARAMETER)) if (isCredentialParameter(name!, parameterValue!)) return true;
  return tokenParts(rest.replace(IMAGE_SERVICE_PATH, "$1").replace(PERSISTED_QUERY_ID, "/graphql/").replace(RANDOM_NON_CREDENTIAL_PARAMETER, "")).some(isToken);
}

/**
 * A configuration value's preview: the value itself (a host, an address, a URL is no secret), except
 * what may be a capability URL's token (see mayBeToken), or a credential parameter's value: those
 * show their first two characters.
 */
export function configPreview(value: string): string {
  const pathStart = pathStartOf(value);
  const shown =
    pathStart === -1
      ? value
      : value.slice(0, pathStart) +
        value
          .slice(pathStart)
          .replace(CREDENTIAL_PARAMETER, (whole: string, name: string, parameterValue: string) => (isCredentialParameter(name, parameterValue) ? `${name}${parameterValue.slice(0, 2)}…` : whole))
          .replace(TOKEN_CANDIDATE, (run) => (mayBeToken(run) ? `${run.slice(0, 2)}…` : run));
  return shown.length > CONFIG_PREVIEW_LENGTH ? `${shown.slice(0, CONFIG_PREVIEW_LENGTH - 3)}…` : shown;
}
