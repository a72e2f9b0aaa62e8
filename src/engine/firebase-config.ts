/**
 * Firebase's client configuration, which every build of an app carries to its users: the Google
 * API key in it names the Firebase project, and Firebase documents it as a "unique, but non-secret
 * identifier" (what the app may do is governed by security rules and the key's API
 * restrictions). A Google API key anywhere else may be any Google API's key, and is reported.
 */

/** A Google API key, whole. */
const GOOGLE_API_KEY = /^AIza[0-9A-Za-z_-]{35}$/;
/** The configuration files the Firebase console gives an Android and an iOS app. */
const FIREBASE_APP_CONFIG_FILE = /(?:^|[/\\])(?:google-services\.json|GoogleService-Info\.plist)$/;
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
export function isFirebaseClientKey(content: string, filePath: string, start: number, end: number): boolean {
  if (!content.startsWith("AIza", start) || !GOOGLE_API_KEY.test(content.slice(start, end))) return false;
  if (FIREBASE_APP_CONFIG_FILE.test(filePath)) return true;
  const before = content.slice(Math.max(0, start - 80), start);
  if (FIREBASE_API_KEY_NAME_BEFORE.test(before)) return true;
  if (!API_KEY_NAME_BEFORE.test(before)) return false;
  const open = content.lastIndexOf("{", start);
  const close = content.indexOf("}", end);
  if (open === -1 || close === -1 || start - open > WEB_CONFIG_REACH || close - end > WEB_CONFIG_REACH) return false;
  // One flat object: a `}` before the key or a `{` after it means the fields are a sibling's.
  if (content.slice(open + 1, start).includes("}") || content.slice(end, close).includes("{")) return false;
  return FIREBASE_WEB_CONFIG_FIELD.test(content.slice(open, close));
}
