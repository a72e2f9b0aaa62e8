/**
 * Keys that a client's configuration carries to every user by design, and whose vendor documents
 * them as public:
 * - Firebase's: the Google API key names the Firebase project, a "unique, but non-secret
 *   identifier" (what the app may do is governed by security rules and the key's API
 *   restrictions). A Google API key anywhere else may be any Google API's key, and is reported.
 * - Algolia DocSearch's: the search-only API key of a documentation site's search box
 *   (`algolia: { appId, apiKey, indexName }` in Docusaurus, `docsearch({ … })`), which Algolia
 *   says is safe to put in front-end code. Another Algolia key (an admin key) is never written so.
 * - Browser monitoring SDKs': a Datadog client token (`pub` and 32 hex digits), which Datadog
 *   requires in place of an API key in browsers and apps; a New Relic browser key (`NRJS-`) in
 *   the browser agent's `{ licenseKey, applicationID }`, which every monitored page serves; the key
 *   of a Bugsnag notifier started with `Bugsnag.start(…)`, which only sends error reports; and a
 *   Rollbar `accessToken` in a browser configuration (the snippet's `_rollbarConfig`, or a payload
 *   for `client.javascript`), a `post_client_item` token Rollbar makes for pages to carry.
 */

/** A Google API key, whole. */
const GOOGLE_API_KEY = /^AIza[0-9A-Za-z_-]{35}$/;
/** The configuration files the Firebase console gives an Android and an iOS app. */
// (`firebase_options.dart`: FlutterFire's generated options, `FirebaseOptions(apiKey: '…', …)`.)
const FIREBASE_APP_CONFIG_FILE = /(?:^|[/\\])(?:google-services\.json|GoogleService-Info\.plist|firebase_options\.dart)$/;
/**
 * A web app's `firebaseConfig = { apiKey: "…", authDomain: "….firebaseapp.com", … }`: the key is
 * the value of `apiKey`, and the console writes `authDomain` or `messagingSenderId` beside it, in
 * the same flat object (a Maps loader's `{ apiKey: "…", version: "weekly" }` has neither).
 */
const API_KEY_NAME_BEFORE = /\bapiKey["']?[ \t]*[:=][ \t]*["']$/;
const FIREBASE_WEB_CONFIG_FIELD = /\bauthDomain["']?[ \t]*:[ \t]*["'][\w-]+\.firebaseapp\.com["']|\bmessagingSenderId["']?[ \t]*:/;
/** How far from the key its object's braces may be. */
const WEB_CONFIG_REACH = 400;
/** A front end's build variable for it: `NEXT_PUBLIC_FIREBASE_API_KEY=…`, `VITE_FIREBASE_API_KEY`, `REACT_APP_FIREBASE_API_KEY`. */
const FIREBASE_API_KEY_NAME_BEFORE = /FIREBASE_API_KEY["']?[ \t]*[:=][ \t]*["']?$/i;

/** Whether the value at `start`–`end` of `content` is a Firebase app's Google API key, which is public. */
function isFirebaseClientKey(content: string, filePath: string, start: number, end: number): boolean {
  if (!content.startsWith("AIza", start) || !GOOGLE_API_KEY.test(content.slice(start, end))) return false;
  if (FIREBASE_APP_CONFIG_FILE.test(filePath)) return true;
  const before = content.slice(Math.max(0, start - 80), start);
  if (FIREBASE_API_KEY_NAME_BEFORE.test(before)) return true;
  if (!API_KEY_NAME_BEFORE.test(before)) return false;
  const object = flatObjectAround(content, start, end);
  return object !== undefined && FIREBASE_WEB_CONFIG_FIELD.test(object);
}

/** An Algolia API key, a Bugsnag notifier's, a Rollbar token: 32 hexadecimal digits. */
const HEX_32 = /^[0-9a-f]{32}$/;
/** DocSearch's configuration names the index to search beside the key. */
const DOCSEARCH_FIELD = /\bindexName["']?[ \t]*:/;

function isDocSearchKey(content: string, start: number, end: number): boolean {
  if (end - start !== 32 || !HEX_32.test(content.slice(start, end))) return false;
  if (!API_KEY_NAME_BEFORE.test(content.slice(Math.max(0, start - 80), start))) return false;
  const object = flatObjectAround(content, start, end);
  return object !== undefined && DOCSEARCH_FIELD.test(object);
}

/**
 * The one flat object literal around `start`–`end`, braces included, within WEB_CONFIG_REACH on
 * each side; undefined when a `}` before the value or a `{` after it says the fields around are a
 * sibling object's.
 */
function flatObjectAround(content: string, start: number, end: number): string | undefined {
  const open = content.lastIndexOf("{", start);
  const close = content.indexOf("}", end);
  if (open === -1 || close === -1 || start - open > WEB_CONFIG_REACH || close - end > WEB_CONFIG_REACH) return undefined;
  if (content.slice(open + 1, start).includes("}") || content.slice(end, close).includes("{")) return undefined;
  return content.slice(open, close + 1);
}

/** A Datadog client token: `pub` and 32 hexadecimal digits, a shape Datadog's other keys do not have. */
const DATADOG_CLIENT_TOKEN = /^pub[0-9a-f]{32}$/;
/** A New Relic browser key. */
const NEW_RELIC_BROWSER_KEY = /^NRJS-[0-9a-f]{19}$/;
/**
 * The browser agent's configuration (`NREUM.info`, `loader_config`, the npm agent's `info`) names the
 * application beside the key. (Elsewhere, in a properties file or a script, the key is still reported,
 * as other scanners report the shape: nothing there shows that it went to a page.)
 */
const NEW_RELIC_APPLICATION_FIELD = /\bapplicationID["']?[ \t]*:/;
/**
 * The key as a Bugsnag notifier's start call is given it: `Bugsnag.start('…')`, or as `apiKey` among
 * the flat fields its object begins with (`Bugsnag.start({ releaseStage: 'production', apiKey: '…' })`).
 */
const BUGSNAG_START_BEFORE = /\bBugsnag\.start\([ \t\r\n]*(?:\{[^{}()]*\bapiKey["']?[ \t]*:[ \t]*)?["']$/;
/** Rollbar's configuration names its token `accessToken`. */
const ACCESS_TOKEN_NAME_BEFORE = /\baccessToken["']?[ \t]*[:=][ \t]*["']$/;
/** The Rollbar browser snippet's global, which the page's script reads its configuration from. */
const ROLLBAR_SNIPPET_CONFIG_BEFORE = /\b_rollbarConfig[ \t]*=[ \t]*$/;
/** `payload: { client: { javascript: { code_version, source_map_enabled } } }`: options only Rollbar's browser SDK has. */
const ROLLBAR_BROWSER_PAYLOAD = /\bclient["']?[ \t]*:[ \t]*\{[ \t\r\n]*["']?javascript["']?[ \t]*:/;

/** Whether the value at `start`–`end` of `content` is a token or key that a browser monitoring SDK sends from every page. */
function isMonitoringClientKey(content: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 35 && content.startsWith("pub", start)) return DATADOG_CLIENT_TOKEN.test(content.slice(start, end));
  if (length === 24 && content.startsWith("NRJS-", start)) {
    if (!NEW_RELIC_BROWSER_KEY.test(content.slice(start, end))) return false;
    const object = flatObjectAround(content, start, end);
    return object !== undefined && NEW_RELIC_APPLICATION_FIELD.test(object);
  }
  if (length !== 32 || !HEX_32.test(content.slice(start, end))) return false;
  const before = content.slice(Math.max(0, start - 200), start);
  if (BUGSNAG_START_BEFORE.test(before)) return true;
  if (!ACCESS_TOKEN_NAME_BEFORE.test(before)) return false;
  const object = enclosingObject(content, start, end);
  return object !== undefined && (ROLLBAR_SNIPPET_CONFIG_BEFORE.test(content.slice(Math.max(0, object.start - 40), object.start)) || ROLLBAR_BROWSER_PAYLOAD.test(content.slice(object.start, object.end)));
}

/**
 * The innermost object literal around `start`–`end`, nested objects inside it included: where its
 * `{` and its matching `}` are, within WEB_CONFIG_REACH on each side. (Braces are counted as they
 * come: a configuration's strings seldom hold one.)
 */
function enclosingObject(content: string, start: number, end: number): { start: number; end: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - WEB_CONFIG_REACH); i--) {
    const character = content[i];
    if (character === "}") depth++;
    else if (character === "{" && depth-- === 0) {
      open = i;
      break;
    }
  }
  if (open === -1) return undefined;
  depth = 0;
  for (let i = end; i < Math.min(content.length, end + WEB_CONFIG_REACH); i++) {
    const character = content[i];
    if (character === "{") depth++;
    else if (character === "}" && depth-- === 0) return { start: open, end: i + 1 };
  }
  return undefined;
}

/** Whether the value at `start`–`end` of `content` is a client key its vendor publishes on purpose. */
export function isPublicClientKey(content: string, filePath: string, start: number, end: number): boolean {
  return isFirebaseClientKey(content, filePath, start, end) || isDocSearchKey(content, start, end) || isMonitoringClientKey(content, start, end);
}
