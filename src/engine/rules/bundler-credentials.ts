import { SECRETS_GUIDE } from "./docs";
import { isSecretUnderName } from "./secret-values";
import type { PatternRule, RuleContext } from "./types";

/**
 * Bundler's credentials for a private gem source, kept per host. In the environment, in a
 * `.bundle/config` or in CI settings the host is spelled as a variable's name: dots become `__`
 * and dashes `___` (`BUNDLE_GEMS__EXAMPLE__COM`, `BUNDLE_RUBYGEMS__PKG__GITHUB__COM`). On the
 * command line it is the host itself: `bundle config set --global gems.example.com user:token`.
 * The value is a token (Gemfury) or `user:password` (GitHub Packages, Sidekiq, Gemstash).
 * A host says nothing of a secret, so the Bundler convention names it.
 */

const DOCS = SECRETS_GUIDE;

/**
 * Bundler's own settings that are spelled like a host: `build.<gem>` (compile flags), `local.<gem>`
 * (a checkout's path) and `mirror.<uri>` (another source's URL). None holds a credential.
 */
const SETTING_PREFIXES = "(?:BUILD|LOCAL|MIRROR)__";

/**
 * A host as a variable's name, then its value: `user:password` or a token, maybe quoted. The
 * host's labels are separated by `__` or `___` and it ends in a top-level domain of letters.
 * (Labels cannot hold `_`, so each separator is read one way only: linear.)
 */
const HOST_VARIABLE = new RegExp(
  `(?<![A-Za-z0-9_])(?<name>BUNDLE_(?!${SETTING_PREFIXES})[A-Z0-9]+(?:_{2,3}[A-Z0-9]+)*__[A-Z]{2,12})["']?[ \\t]*[:=][ \\t]*(?<q>["']?)(?<value>[^\\s"'\`:]{1,200}(?::[^\\s"'\`]{1,200})?)\\k<q>(?![^\\s;,}])`,
  "dgi",
);

/** `bundle config [set] [--global|--local] <host> <credentials>`. */
const CONFIG_COMMAND = /\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--(?:global|local)[ \t]+)?(?<name>(?![Bb][Uu][Ii][Ll][Dd]\.|[Ll][Oo][Cc][Aa][Ll]\.|[Mm][Ii][Rr][Rr][Oo][Rr]\.)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})[ \t]+(?<q>["']?)(?<value>[^\s"'`:-][^\s"'`:]{0,199}(?::[^\s"'`]{1,200})?)\k<q>(?![^\s;&|])/dg;

/**
 * A pair's password or a token alone is judged as a key under a name would be: `${TOKEN}`,
 * `<token>`, `user:password` and words are none.
 */
function isNotCredential(value: string, _match: RegExpExecArray, context: RuleContext): boolean {
  const colon = value.indexOf(":");
  const secret = colon < 0 ? value : value.slice(colon + 1);
  return !isSecretUnderName(colon < 0 ? "token" : "password", secret, context.fileType === "code" ? "config" : context.fileType);
}

const BASE = {
  kind: "secret",
  // The convention names the value, as a name beside it would: the preview shows no prefix.
  evidenceIsName: true,
  docsUrl: DOCS,
  reject: isNotCredential,
} as const;

export const BUNDLER_CREDENTIAL_RULES: readonly PatternRule[] = [
  { ...BASE, id: "generic/bundler-host-credential", title: "Credentials for a private gem source (Bundler's BUNDLE_<HOST>)", keywords: ["bundle_"], pattern: HOST_VARIABLE },
  { ...BASE, id: "generic/bundler-config-credential", title: "Credentials for a private gem source (bundle config <host>)", keywords: ["bundle config"], pattern: CONFIG_COMMAND },
];
