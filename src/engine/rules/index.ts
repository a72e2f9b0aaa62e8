import { AZURE_RULES } from "./azure";
import { AZURE_FILE_RULES } from "./azure-files";
import { BLOCK_STRING_RULES } from "./block-strings";
import { CHPASSWD_RULES } from "./chpasswd";
import { CONFIG_ENV_LIST_RULES } from "./config-env-lists";
import { CONFIG_VALUE_RULES } from "./config-values";
import { GEM_CREDENTIAL_RULES } from "./gem-credentials";
import { COMPOSER_AUTH_RULES } from "./composer-auth";
import { BUNDLER_CREDENTIAL_RULES } from "./bundler-credentials";
import { GENERIC_RULES } from "./generic";
import { JSON_WEB_KEY_RULES } from "./json-web-keys";
import { KEY_FILE_RULES } from "./key-files";
import { KUBERNETES_RULES } from "./kubernetes";
import { PARAMETER_VALUE_RULES } from "./parameter-values";
import { PASSWORD_HASH_RULES } from "./password-hashes";
import { PGPASS_RULES } from "./pgpass";
import { PGBOUNCER_USERLIST_RULES } from "./pgbouncer-userlist";
import { REDIS_ACL_RULES } from "./redis-acl";
import { SASL_PASSWD_RULES } from "./sasl-passwd";
import { SECRET_FILE_RULES } from "./secret-files";
import { TOOL_SECRET_LINE_RULES } from "./tool-secret-lines";
import { KEY_FILE_FORMAT_RULES, PRIVATE_KEY_RULES } from "./private-keys";
import { TOKEN_RULES } from "./tokens";
import type { Rule, RuleInfo } from "./types";
import { CAPABILITY_URL_RULES, URL_RULES } from "./urls";
import { VENDOR_RULES } from "./vendors";

/**
 * Every built-in rule, in priority order: where two match the same text, the earlier one reports
 * it. Azure connection strings come first (they know the compound credential around a key), then
 * formats that are evidence on their own, and last the rule that relies on a name.
 */
export const BUILT_IN_RULES: readonly Rule[] = [
  // First: a BIND key file is one private key, whose 64-byte parameters have an Azure key's shape.
  ...KEY_FILE_FORMAT_RULES,
  ...AZURE_RULES,
  // After AZURE_RULES: an auth file's `…8Q~…` key stays the Entra client secret rule's finding.
  ...AZURE_FILE_RULES,
  ...PRIVATE_KEY_RULES,
  ...JSON_WEB_KEY_RULES,
  ...KEY_FILE_RULES,
  ...SECRET_FILE_RULES,
  ...KUBERNETES_RULES,
  ...VENDOR_RULES,
  ...TOKEN_RULES,
  ...URL_RULES,
  ...PASSWORD_HASH_RULES,
  // Before GENERIC_RULES: a .pgpass line's password is its fifth field, whatever a name on the line says.
  ...PGPASS_RULES,
  ...SASL_PASSWD_RULES,
  ...PGBOUNCER_USERLIST_RULES,
  ...REDIS_ACL_RULES,
  ...CHPASSWD_RULES,
  ...TOOL_SECRET_LINE_RULES,
  ...GENERIC_RULES,
  // After GENERIC_RULES: `:rubygems_api_key:` names itself, and stays the named rule's finding.
  ...GEM_CREDENTIAL_RULES,
  // After GENERIC_RULES too: a vendor's prefix (`ghp_`, `glpat-`) names the token better than the file.
  ...COMPOSER_AUTH_RULES,
  ...BUNDLER_CREDENTIAL_RULES,
  ...PARAMETER_VALUE_RULES,
  ...BLOCK_STRING_RULES,
  // After every rule that knows a token by its vendor or its name: the whole URL only where none did.
  ...CAPABILITY_URL_RULES,
  // Configuration values last: where a URL or host holds a secret, the secret is the finding.
  ...CONFIG_VALUE_RULES,
  // After them: where the value's own line says it is an address, the line rule names it.
  ...CONFIG_ENV_LIST_RULES,
];

/** Every rule the engine can report, for SARIF rule tables and documentation. */
export function knownRules(): RuleInfo[] {
  return BUILT_IN_RULES.map(({ id, title, kind, docsUrl }) => ({ id, title, kind, docsUrl }));
}
