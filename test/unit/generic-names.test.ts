// How the generic rule reads setting names: which names say "secret", and how strongly.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { secretStrength } from "../../src/engine/rules/secret-names";
import { secretValuesIn } from "./found-secrets";

test("a qualifier and 'key' written as one word names a key", () => {
  for (const name of ["azureFunctionkey", "masterkey", "SIGNINGKEY"]) assert.equal(secretStrength(name), "key", name);
});

test("a name of one word ending in 'key' is a credential's unless its qualifier names data; with more words, any qualifier", () => {
  for (const name of ["indkey", "idxkey", "blobkey", "ttbkey", "chunkkey", "viewkey"]) assert.equal(secretStrength(name), undefined, name);
  for (const name of ["licensekey", "sessionkey", "streamkey", "enckey", "merchantkey", "userkey", "pushkey", "wpakey", "STREAMKEY", "ORDERS_BLOBKEY", "azureChunkkey"]) {
    assert.equal(secretStrength(name), "key", name);
  }
});

test("Joken's default_signer names its signing secret", () => {
  assert.equal(secretStrength("default_signer"), "key");
  assert.equal(secretStrength("signer"), undefined);
});

test("a person's key named by its OpenPGP id or fingerprint is public; another key of that length is not", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  const fingerprint = ["5D0C2A91", "E7F4B3C8", "6A1D9E0F", "72B4C35A", "8E6D1F09"].join("");
  assert.equal(found(`<releaseManagerKey>${fingerprint}</releaseManagerKey>\n`, "pom.xml"), 0);
  assert.equal(found(`<signingServiceKey>${fingerprint}</signingServiceKey>\n`, "pom.xml"), 1);
});

test("ConfigParser's section and option are names; a dictionary's default under a secret's name is a value", () => {
  const found = (content: string) => scanText({ content, filePath: "settings.py" }).length;
  assert.equal(found(`name = config.get("Credentials", "keystore")\n`), 0);
  assert.equal(found(`name = config.get("db_password", "${["Wq7t", "Zr2x", "Lm9v"].join("")}")\n`), 1);
  assert.equal(found(`name = config.get("Password", "keystore")\n`), 1, "a secret's own name is no section");
});

test("a bare pass compared with a word is a compiler's or a test's pass; a random value and a qualified name stay secrets", () => {
  const found = (content: string) => scanText({ content, filePath: "check.py" }).length;
  assert.equal(found(`if remark.Pass == "vectorize":\n`), 0);
  assert.equal(found(`if remark.Pass == "${["Wq7t", "Zr2x", "Lm9v"].join("")}":\n`), 1);
  assert.equal(found(`if db_pass == "vectorize":\n`), 1);
  // …and `pass` after the word that says which pass it is.
  assert.equal(found(`    elif func_pass == 'third':\n    if render_pass != "shadow":\n    if finalPass == "cleanup":\n`), 0);
  assert.equal(found(`if func_pass == "${["Wq7t", "Zr2x", "Lm9v"].join("")}":\n`), 1);
  assert.equal(found(`if ssh_pass == "vectorize":\n`), 1);
});

test("a bare pass named in a comment's sentence is an algorithm's pass, its quoted words the pass's name; a generated word and a commented-out setting stay secrets", () => {
  const found = (content: string) => scanText({ content, filePath: "simd_math.h" }).length;
  assert.equal(found(`    /* The second pass: "Rounded lattice folding step"\n       y = x * K; */\n`), 0);
  assert.equal(found(`// the final pass: "gentle lantern ridge sweep"\n`), 0);
  assert.equal(found(`// the final pass: "${["Wq7t", "Zr2x", "Lm9v"].join("")} lantern"\n`), 1, "a generated word");
  assert.equal(found(`/* pass: "gentle lantern ridge sweep" */\n`), 1, "a commented-out setting");
  assert.equal(found(`// the final password: "gentle lantern ridge sweep"\n`), 1, "a password's name");
  assert.equal(found(`pass = "gentle lantern ridge sweep";\n`), 1, "code");
});

test("English words that end in 'key', and lookup keys written as one word, name no secret", () => {
  for (const name of ["monkey", "turkey", "sortkey", "hotkey", "pubkey", "cachekey"]) assert.equal(secretStrength(name), undefined, name);
});

test("a Functions host key, a primary key, a storage key and a bare Key name a credential only if the value is a generated key", () => {
  for (const name of ["hostkey", "hostKey", "FUNCTION_HOST_KEY", "primaryKey", "AZURE_STORAGE_KEY", "Key"]) assert.equal(secretStrength(name), "generated-key", name);
});

test("names that say the value is invalid or made not to match are test data", () => {
  for (const name of ["nonMatchingToken", "non_matching_key", "invalidApiKey", "BOGUS_PASSWORD"]) assert.equal(secretStrength(name), undefined, name);
});

test("a build's flags and libraries for an auth module name no secret", () => {
  for (const name of ["basic_sspi_auth_CXXFLAGS", "token_helper_LDFLAGS", "libauth_la_LIBADD", "AUTH_LIBS"]) assert.equal(secretStrength(name), undefined, name);
});

test("names of error values (Go's Err…) name a message, not a secret", () => {
  for (const name of ["ErrPwd", "errInvalidToken", "ERR_PASSWORD", "ErrSecretNotFound"]) assert.equal(secretStrength(name), undefined, name);
  for (const name of ["errorReportingApiKey", "ERRBIT_API_KEY"]) assert.equal(secretStrength(name), "key", name);
});

test("WebAuthn's authenticator data (`authData`) names no secret; a secret's word beside it still does", () => {
  for (const name of ["authData", "byteAuthData", "auth_data"]) assert.equal(secretStrength(name), undefined, name);
  assert.equal(secretStrength("secretAuthData"), "password");
  assert.equal(secretStrength("authToken"), "token");
  const vector = ["dKq7mPz2Lk9xR4vB", "8wYt3nHc6jF0sGa5", "eU1oI9pQrZ7lM2bN"].join("");
  assert.deepEqual(scanText({ content: `package webauthn\n\nfunc TestAssertion(t *testing.T) {\n\tbyteAuthData, _ := base64.RawURLEncoding.DecodeString("${vector}")\n}\n`, filePath: "protocol/assertion_test.go" }), []);
});

test("ordinary secret names keep their strength", () => {
  assert.equal(secretStrength("DB_PASSWORD"), "password");
  assert.equal(secretStrength("api_token"), "token");
  assert.equal(secretStrength("STRIPE_KEY"), "key");
});

test("tokens that order, page or de-duplicate requests name no secret; credential tokens keep their strength", () => {
  for (const name of ["ChangeToken", "NextToken", "clientRequestToken", "idempotency_token", "output_token", "PageToken", "unique_token", "uniqueToken"]) assert.equal(secretStrength(name), undefined, name);
  for (const name of ["accessToken", "REFRESH_TOKEN", "next_auth_token", "githubToken"]) assert.equal(secretStrength(name), "token", name);
});

test("names about how a secret is handled name no secret", () => {
  for (const name of ["password_encryption", "id_token_encrypted_response_enc", "SECRET_NAMESPACE", "auth_protocol", "OPENSSH_AUTH_MAGIC", "PasswordLastUsed"]) {
    assert.equal(secretStrength(name), undefined, name);
  }
});

test("identifiers with acronyms and numbers among their words are values of no secret; random text with word-like pieces is a key", () => {
  const found = (value: string) => scanText({ content: `const apiKey = "${value}";\n`, filePath: "settings.ts" }).length;
  for (const value of ["cloudAutonomousVmClusters", "PublicIpv4Pools", "S3AccessPointAttachments", "VpnConnectionDeviceTypes"]) assert.equal(found(value), 0, value);
  // Split the same way, these leave most of their characters in short random pieces.
  for (const value of ["RKRwmO0SE7X8WcEjzjRwehn", "E5OxpUJUQAVM4tq", "QCHrbIuswHHJS2O5KEXsYadyKqiZKFnOPRv16SF"]) assert.equal(found(value), 1, value);
});

test("a numeronym among an identifier's words (u2f, k8s, e2e) leaves it a name; random text that starts the same way is a key", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  // A Perl list of a form's fields, two to a line: a field's name after one that ends in `Key`.
  const fields = ["p2pActivation", "p2pUserCanRemoveKey", "p2pAuthnLevel", "p2pLabel"];
  assert.equal(found(`nodes => [\n    '${fields[0]}',\n    '${fields[1]}', '${fields[2]}',\n    '${fields[3]}'\n]\n`, "Tree.pm"), 0);
  for (const value of ["k8sNodeLabels", "e2eTestRunner", "W3cTraceContext"]) assert.equal(found(`const apiKey = "${value}";\n`, "settings.ts"), 0, value);
  const random = ["q7x", "ZrWv", "Tk9Lp", "m4N"].join("");
  assert.equal(found(`my @n = ('${fields[1]}', '${random}');\n`, "Tree.pm"), 1);
  assert.equal(found(`const apiKey = "${random}";\n`, "settings.ts"), 1);
});

test("a credential named in the singular is referred to by its name; a generated value under it is still a secret", () => {
  const kinds = (content: string, filePath: string) => scanText({ content, filePath }).map((finding) => finding.ruleId);
  assert.deepEqual(kinds("[provider:orders]\ncredential = orders-db\n", "providers.cfg"), []);
  assert.deepEqual(kinds(`[provider:orders]\ncredential = ${["Wq7t", "Zr2x", "Lm9v", "Kd4p"].join("")}\n`, "providers.cfg"), ["generic/named-secret"]);
  // A section header is no assignment, but the lines under it are read.
  assert.deepEqual(kinds(`[password:orders]\npassword = ${["Hq7", "vR2p", "Lx9w"].join("!")}\n`, "providers.cfg"), ["generic/named-secret"]);
});

test("a sibling name beside a secret's name is a name; a short camel-case value under it may be a password", () => {
  const found = (content: string) => scanText({ content, filePath: "fields.js" }).length;
  assert.equal(found(`const names = ["wgPasswordSender", "wgImageMagickConvertCommand"];\n`), 0);
  assert.equal(found(`const login = { myPassword: "myDogRex2" };\n`), 1);
});

test("a literal that code joins to a variable is a prefix, unless it looks generated itself", () => {
  const found = (content: string) => scanText({ content, filePath: "keys.js" }).length;
  assert.equal(found(`const internalEventsKey = "__ordersEvents$" + randomKey;\n`), 0);
  assert.equal(found(`const apiKey = "${["Xq7L", "m2Pz", "9Rt4", "Vb8N", "c3Kd"].join("")}" + suffix;\n`), 1);
});

test("a secret word followed by a noun for another kind of thing names that thing; a secret word last keeps its strength", () => {
  for (const name of ["Alg.Alias.SecretKeyFactory.PBEWITHMD5ANDDES", "SECRET_NAME_PROD", "api_token_name_v2", "passwordFieldLabelText"]) assert.equal(secretStrength(name), undefined, name);
  assert.equal(secretStrength("secret_key_base"), "key");
  assert.equal(secretStrength("DB_PASSWORD_PROD"), "key");
  assert.equal(secretStrength("SECRET_HYGIENE_VSCODE"), "key");
});

test("a function and its arity, as Erlang and Elixir refer to one, is no secret; a password with a slash and a digit still is", () => {
  const found = (content: string) => scanText({ content, filePath: "orders_auth.erl" }).length;
  assert.equal(found(`%%% {@link orders_auth:with_timeout/2} {@link orders_auth:new/1}\n`), 0);
  assert.equal(found(`%%% see orders_auth:user_change_password/3\n`), 0);
  assert.equal(found(`Password = "${["Kq7", "vRt/", "2"].join("")}"\n`), 1);
});

test("PostgreSQL's catalogue null is no password", () => {
  const found = (content: string) => scanText({ content, filePath: "src/include/catalog/pg_authid.dat" }).length;
  assert.equal(found(`{ oid => '10', rolname => 'POSTGRES', rolpassword => '_null_', rolvaliduntil => '_null_' },\n`), 0);
  assert.equal(found(`{ oid => '10', rolname => 'orders', rolpassword => '${["Kq7", "vRt2", "Lm9"].join("-")}' },\n`), 1);
});


test("a generated password with a $ before capitals is a secret; a variable a shell or PHP expands is not", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  const generated = ["Qz7w!xyZo", "$KRMD8"].join("");
  assert.equal(found(`password = "${generated}"\n`, "app.py"), 1);
  const resource = `resource "azurerm_key_vault_secret" "db" {\n  name  = "db-password"\n  value = "${["Hq7k", "$ABCm2Zp9wLx4"].join("")}"\n}\n`;
  assert.equal(found(resource, "main.tf"), 1);
  assert.equal(found(`{ "password": { "type": "SecureString", "value": "${generated}" } }\n`, "linkedService.json"), 1);
  // Random capitals with an underscore among other characters are no variable either.
  assert.equal(found(`password = "${["Hq7k", "$AB_CDm2Zp9x"].join("")}"\n`, "app.py"), 1);
  for (const expanded of ["user:$PASSWORD@db01", "--password=$PGPASS", "prefix$DB_PASS", "$_ENV[PASS]", "$(cat /run/secrets/db)", "tmp$RANDOM", "Admin$USER", "db$DBPASS"]) {
    assert.equal(found(`DB_PASSWORD="${expanded}"\n`, "deploy.sh"), 0, expanded);
  }
});

test("a FreeRADIUS or Apache expansion is a reference, not a password", () => {
  const found = (content: string) => scanText({ content, filePath: "raddb/policy.d/filter" }).length;
  assert.equal(found(`Cleartext-Password := "%{control:User-Password}"\n`), 0);
  assert.equal(found(`&control:Crypt-Password := "%{crypt:AZ:&Tmp-String-5}"\n`), 0);
  assert.equal(found(`Cleartext-Password := "${["Kq7", "vRt2", "Lm9x"].join("%")}"\n`), 1);
});

test("a column's SQL type in a table's definition is no password", () => {
  const found = (content: string) => scanText({ content, filePath: "schema.sql" }).length;
  assert.equal(found(`CREATE TABLE admin_user (\n    name varchar(32),\n    password varchar(127),\n    token character varying(255),\n    primary key (name)\n);\n`), 0);
  assert.equal(found(`ALTER USER orders WITH PASSWORD '${["Kq7", "vRt2", "Lm9x"].join("!")}';\n`), 1);
  // …the last column of a definition on one line, closed by the table's bracket and the statement's `;`.
  assert.equal(found(`CREATE TABLE users (id INT PRIMARY KEY, password VARCHAR(64));\n`), 0);
  assert.equal(found(`CREATE TABLE secrets (name nvarchar(100), password nvarchar(200));\n`), 0);
});

test("a key type to generate, a printf format and a sentence's last word are no secrets", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  assert.equal(found(`openvpn --genkey tls-crypt-v2-server v2crypt-server.key\n`, "setup.sh"), 0);
  assert.equal(found(`log_debug("http_auth: scheme='%s' creds='%.*s%s'", scheme, len, creds, tail);\n`, "http_auth.c"), 0);
  assert.equal(found(`* fixed an authentication error that showed an extra Password: prompt.\n`, "changes.txt"), 0);
  assert.equal(found(`fprintf(stderr, "Error: --psk-identity required if --psk used.\\n");\n`, "options.c"), 0);
  assert.equal(found(`tls-cipher DEFAULT:!EXP:!LOW:!MEDIUM:!kDH:!kECDH:!DSS:!PSK:!SRP:!kRSA\n`, "tls-options.rst"), 0);
  assert.equal(found(`\\fBDEFAULT:!EXP:!LOW:!MEDIUM:!kDH:!kECDH:!DSS:!PSK:!SRP:!kRSA\\fP when\n`, "openvpn.8"), 0);
  assert.equal(found(`#ssl_cipher_list = ALL:!kRSA:!SRP:!DSS:!aNULL:!EXPORT:!3DES:!MD5:!PSK:!RC4:!ADH:!LOW@STRENGTH\n`, "10-ssl.conf"), 0);
  // Change logs name what changed, then say how; SASL mechanisms after AUTH=.
  assert.equal(found(`\t* gss_acquire_cred.3: spelling\n`, "lib/gssapi/ChangeLog"), 0);
  assert.equal(found(`\t- auth: SHA256-CRYPT and SHA512-CRYPT schemes do not work\n`, "NEWS"), 0);
  assert.equal(found(`\t+ userdb passwd: blocking=yes in args makes the lookups be done\n`, "NEWS"), 0);
  assert.equal(found(`* [core] token: Renamed to bearer\n`, "CHANGES.md"), 0);
  assert.equal(found(`- token: ${["Zr4", "Kv8", "Tq2", "Mw6", "Hn3", "Bx9"].join("")}\n`, "deploy.yaml"), 1);
  assert.equal(found(`    .url = "imap://user;AUTH=PLAIN@localhost",\n    .url = "pop://rg;AUTH=+APOP@mail.example.com:8110",\n`, "imap-url.c"), 0);
  assert.equal(found(`smtp_sasl_mechanism_filter: auth=CRAM-MD5\n`, "main.cf"), 0);
  // Numbers in hex, identifiers named for what they identify, option names, word lists, Texinfo slots.
  assert.equal(found(`MSG_SMBXSRV_CONNECTION_PASS\t= 0x0601,\nWBEM_E_LOCAL_CREDENTIALS = 0x80041064,\n`, "messaging.idl"), 0);
  assert.equal(found(`const string GUID_DRS_UNEXPIRE_PASSWORD = "ccc2dc7d-a6ad-4a7a-8846-c04e3cc53501";\n<?define GuidKpasswd=20A984EC-5BCB-4B93-A3A9-7AACBDC625E9 ?>\n`, "security.idl"), 0);
  assert.equal(found(`if (lpcfg_parm_bool(lp_ctx, NULL, "credentials", "krb5_cc_file", false)) {\n`, "credentials_krb5.c"), 0);
  assert.equal(found(`    "AuthSchemes": "basic,digest,ntlm,negotiate",\n`, "gpo.py"), 0);
  assert.equal(found(`TEMP=$(getopt -o h --long princ:,pass:,out:,host: -- "$@")\n`, "ktpass.sh"), 0);
  assert.equal(found(`new-password: @var{password}\n`, "setup.texi"), 0);
  // Under a key's name, a label's, a metric's or a map's key; a Go type a generator writes; cipher strings.
  assert.equal(found(`\tImagePolicyFailedOpenKey string = "alpha.image-policy.k8s.io/failed-open"\n\tTopologyKey: "topology.kubernetes.io/zone",\n`, "annotations.go"), 0);
  assert.equal(found(`\tboundPVCKey = "pv_collector_bound_pvc_count"\n\tOVN_ROUTER_NAME_EXT_ID_KEY = 'neutron-rtr2_id'\n`, "metrics.go"), 0);
  assert.equal(found(`\trepeatedStringForTokenRequests := "[]TokenRequest{"\n`, "generated.pb.go"), 0);
  assert.equal(found(`#define ZBX_CIPHERS_PSK "kPSK+AES128"\n#define ZBX_PSK_SUITE "PSK-AES128-CBC-SHA"\n`, "tls.c"), 0);
  assert.equal(found(`#  NONE:+VERS-TLS1.2:+ECDHE-PSK:+PSK:+AES-128-GCM:+AES-128-CBC:+AEAD:+SHA256:+SHA1:+CURVE-ALL:+COMP-NULL:+SIGN-ALL\n`, "zabbix_agentd.conf"), 0);
  assert.equal(found(`session.securityAuthProto = usmHMAC384SHA512AuthProtocol;\n`, "netsnmp.m4"), 0);
  assert.equal(found(`etcd --name etcd0 --initial-cluster-token etcd-cluster-1 --initial-cluster-state new\n`, "start.sh"), 0);
  assert.equal(found(`api_key = "${["kq7", "vrt2", "lm9x", "zp4w", "hn3b"].join("")}"\n`, "settings.py"), 1);
  assert.equal(found(`DEPLOY_KEY=px-${["k3q9vz2m", "x7wp", "t8nr", "2bd6h5jq"].join("-")}\n`, "deploy.env"), 1);
  assert.equal(found(`PRIVATE_KEY=0x${["4d9618e9d948276f4d06c7ba6b547899", "dae79182d79578e2bec65257fc8216c4"].join("")}\n`, "deploy.env"), 1);
  assert.equal(found(`creds = '${["%Kq7", "vRt2", "Lm9x"].join("%")}'\n`, "settings.py"), 1);
});

test("a credential call's empty last argument is not its password; an empty user before the password is a literal", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  const password = ["Xk9", "pQ2", "mZr7"].join("#");
  assert.equal(found(`ftp.login("deploy", "${password}", "")\n`, "upload.py"), 1);
  assert.equal(found(`conn = DriverManager.getConnection(url, "sa", "${password}", "");\n`, "Db.java"), 1);
  assert.equal(found(`$pat = [System.Net.NetworkCredential]::new("", "${password}").SecurePassword\n`, "ado.ps1"), 1);
});

test("a literal inside an array given to a credential call is that array's item, not the call's password; an argument after an index is", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;
  const password = ["Wv8", "tR3", "nQ5j"].join("%");
  assert.equal(found(`$conn = DriverManager::getConnection(['driver' => 'pdo_sqlite', 'memory' => true], $config);\n`, "bootstrap.php"), 0);
  assert.equal(found(`$conn = DriverManager::getConnection(['driver' => 'pdo_pgsql', 'dbname' => 'orders'], $config);\n`, "bootstrap.php"), 0);
  assert.equal(found(`conn = session.authenticate({"realm": "corp", "mode": "kerberos"})\n`, "client.py"), 0);
  assert.equal(found(`ftp.login(users["ops"], "${password}")\n`, "upload.py"), 1);
  assert.equal(found(`$conn = DriverManager::getConnection(['user' => 'app', 'password' => '${password}']);\n`, "bootstrap.php"), 1, "named in the array");
});

test("a password joined to its flag by = may start with a dash; a dash after a blank starts the next flag", () => {
  const found = (content: string) => scanText({ content, filePath: "deploy.sh" }).length;
  assert.equal(found(`kubectl create secret docker-registry regcred --docker-username=ci --docker-password=${["-2Yq", "7i9Md", "zdV_Z6"].join("")}\n`), 1);
  assert.equal(found(`kubectl create secret docker-registry regcred --docker-password --docker-email=ci@contoso.example\n`), 0);
  assert.equal(found(`mytool --password=--interactive\n`), 0);
});


test("a help text's row names the slot after its option; a random value there, or a word on a command line, is a secret", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;
  assert.equal(found(`-k, --auth-secret=anystring     Shared secret that clients send\n`, "README.html"), 0);
  assert.equal(found(`  --api-token TOKEN\tToken the server checks on each call\n`, "usage.txt"), 0);
  assert.equal(found(`-k, --auth-secret=${["Wq7", "Lr2", "Xz9", "Tk4"].join("")}     Shared secret that clients send\n`, "README.html"), 1);
  assert.equal(found(`-k, --auth-secret=${["Wqr", "Lrt", "Xzp", "Tkm"].join("")}     Shared secret that clients send\n`, "README.html"), 1);
  assert.equal(found(`mytool --auth-secret=orangejuice  Then restart it\n`, "run.sh"), 1);
});

test("a correlation key is an id that ties messages together; a key built of a word and hex names a cache entry", () => {
  const found = (content: string) => scanText({ content, filePath: "keys.json" }).length;
  const hex = ["9f2c4e7a", "1b3d5f60", "8a7c9e1d", "2f4b6d80"].join("");
  assert.equal(found(`{ "correlationKey": "${hex}" }\n`), 0);
  assert.equal(found(`{ "sessionKey": "user:${hex}" }\n`), 0);
  assert.equal(found(`{ "sessionKey": "${hex}" }\n`), 1, "a session's key alone may encrypt it");
  assert.equal(found(`{ "signingKey": "${hex}" }\n`), 1);
  assert.equal(found(`{ "sessionKey": "hex:${hex}" }\n`), 1, "an encoding's name before the key");
  assert.equal(found(`{ "apiKey": "user:${hex}" }\n`), 1, "a user and the key a client sends with it");
});

test("a name ending in `regexp` names a pattern (PEAR Mail_Mime's `$token_regexp`), as `regex` does; the token's own name still says token", () => {
  for (const name of ["token_regexp", "passwordRegexp", "secret_patterns", "apiKeyRegexes"]) assert.equal(secretStrength(name), undefined, name);
  for (const name of ["token", "token_secret", "regexp_token"]) assert.notEqual(secretStrength(name), undefined, name);
  const pattern = String.raw`#([^\x21\x23-\x27\x2A\x2B\x2D\x2E\x30-\x39\x41-\x5A\x5E-\x7E])#`;
  const generated = ["Kq7vRt2L", "m9xWp4Zs", "8Nb3"].join("");
  const content = `<?php\n$token_regexp = '${pattern}';\n$token = '${generated}';\n`;
  const found = scanText({ content, filePath: "Mail/mime.php" }).filter((finding) => finding.kind === "secret");
  assert.deepEqual(found.map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset)), [generated]);
});

test("Pascal's sources are code: a constant assigned, a field's type, a procedure field are no values; a quoted literal is", () => {
  const unit = [
    "unit Keys;",
    "interface",
    "type",
    "  TMaster = record",
    "    start_pass : procedure(cinfo : j_ptr);",
    "    fKey: TJSONString2;",
    "  end;",
    "implementation",
    "procedure Map(k: TKey);",
    "begin",
    "  case k of",
    "    keyNumpad7:          LazKey := VK_NUMPAD7;",
    "  end;",
    "end;",
    "end.",
  ].join("\n");
  for (const filePath of ["src/keys.pas", "demo/project1.lpr", "app/Main.dpr"]) assert.equal(scanText({ content: unit, filePath }).length, 0, filePath);
  const literal = "const\n  ApiToken = 'Zq8vNw3LkPt7Rx2MhYc5';\nbegin\n  Password := 'Wd7#kLq9zPx2';\nend.\n";
  assert.equal(scanText({ content: literal, filePath: "src/client.pas" }).length, 2);
});

test("a value of capitalised words that ends in the name's abbreviation in capitals names the slot; a word and a number before it may be a password", () => {
  const found = (content: string) => scanText({ content, filePath: "include/orders-plugin.h" }).filter((finding) => finding.kind === "secret").length;
  assert.equal(found('#define ORDERS_OBJ_ENTRY_PW "UnsaltedPW"\n'), 0);
  assert.equal(found('static const char *orders_pwd = "RotatedPWD";\n'), 0);
  assert.equal(found('#define ORDERS_OBJ_ENTRY_PW "Harbour47PW"\n'), 1);
  assert.equal(found('#define ORDERS_OBJ_ENTRY_PW "Harbourlights"\n'), 1);
});

test("a private member's name that starts with the setting's name (`_passwordDB`) names the member; a password after an underscore is still one", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;
  const table = "my $module = {\n    auth     => '_authentication',\n    password => '_passwordKV',\n    secret   => '__secret_db'\n}->{$type};\n";
  assert.equal(found(table, "lib/Portal/Run.pm"), 0);
  assert.equal(found(`    password => '_Kq7vRzm2Lp9x',\n`, "lib/Portal/Conf.pm"), 1);
});

test("a literal that ends in a tab before code adds to it is a tab-separated record's label; a generated value before the tab is still a secret", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;
  const perl = `my %fields = (\n\t"DIR_PASSWORD" => "DIR_PLAINPASSWD\\t" . param('PLAIN') . "\\nDIR_HASHPASSWD\\t" . param('HASHED'),\n);\n`;
  assert.equal(found(perl, "webadmin/admin-ldap.pl"), 0);
  assert.equal(found(`const line = { password: "ADMIN_PASSWORD_FIELD\\t" + form.password };\n`, "src/export.js"), 0);
  assert.equal(found(`\t"DIR_PASSWORD" => "${["Wq7t", "Zr2x", "Lm9v"].join("")}\\t" . param('PLAIN'),\n`, "webadmin/admin-ldap.pl"), 1);
});

test("a word and a number under a client token's name is an example's idempotency token; a random one is still a token", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").length;
  assert.equal(found(`\tinput := &gateway.CreateVolumeInput{\n\t\tClientToken: aws.String("ordervol445566"),\n\t}\n`, "service/gateway/examples_test.go"), 0);
  assert.equal(found(`\t\tClientToken: aws.String("kqzvrtpwmx4455"),\n`, "service/gateway/examples_test.go"), 1);
  assert.equal(found(`client_token = "${["Wq7t", "Zr2x", "Lm9v"].join("")}"\n`, "vault/client.py"), 1);
});

test("a numeronym is a word among the words of a key's value; a random chunk of that shape is not", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  // A storage key named for what it keeps: `i18next` is `i18n` and a word run on.
  assert.equal(found(`export const UI_LANGUAGE_KEY = 'i18next-ui-language';\nexport const DASHBOARD_THEME_KEY = "k8s_dashboard_theme";\n`, "constants.ts"), 0);
  assert.equal(found(`export const DASHBOARD_THEME_KEY = '${["q7mzt", "language"].join("-")}';\n`, "constants.ts"), 1);
  assert.equal(found(`export const DASHBOARD_API_KEY = '${["k3x9", "vwpl7", "zq2m"].join("-")}';\n`, "constants.ts"), 1);
});

test("an authenticator named as a resolver names it (authenticator:name) is no user: a provider's name after it is no password", () => {
  const found = (content: string, filePath: string) => scanText({ content, filePath }).length;
  assert.equal(found(`this.get('session').authenticate('authenticator:torii', 'github-connect');\n`, "login-controller.js"), 0);
  assert.equal(found(`session.authenticate("custom-authenticator:torii", "twitter-connect")\n`, "login.js"), 0);
  const password = ["Tq8", "wLm3", "Zr5k"].join("");
  assert.equal(found(`session.authenticate('authenticator:oauth2', 'alice', '${password}');\n`, "login.js"), 1);
  assert.equal(found(`session.authenticate('authenticator:token', '${password}');\n`, "login.js"), 1);
  assert.equal(found(`client.authenticate('alice', 'github-connect');\n`, "login.js"), 1);
});

test("a shop's cart or checkout token names the cart or checkout; a shop's API token is still one", () => {
  const reference = ["4f1c", "9ad0", "e27b", "5c83", "b6d1", "0a94", "7e2f", "c35d"].join("");
  const order = `mockResponse(JSON.stringify({"order": {"id": 1001, "cart_token": "${reference}", "checkout_token": "${reference}"}}));\n`;
  assert.deepEqual(secretValuesIn(order, "src/__tests__/order.test.ts"), []);
  assert.deepEqual(secretValuesIn(`checkout.token = "${reference}";\nconst checkoutToken = "${reference}";\n`, "src/checkout.ts"), []);
  assert.deepEqual(secretValuesIn(`const shopToken = "${reference}";\n`, "src/shop.ts"), [reference]);
  assert.equal(secretStrength("CART_API_TOKEN"), "token");
});

test("Struts' form token in a page's link guards against a second submission; a token named for a service is still one", () => {
  const formToken = ["7d2e", "a91c", "04fb", "6e38", "c5a0", "1b97", "f24d", "83ce"].join("");
  const link = `/**\n * @see https://portal.example.gov/lookup.do?org.apache.struts.taglib.html.TOKEN=${formToken}&page=2\n */\n`;
  assert.deepEqual(secretValuesIn(link, "src/Provider/PhoneNumber.php"), []);
  assert.deepEqual(secretValuesIn(link.replace("org.apache.struts.taglib.html.TOKEN", "access_token"), "src/Provider/PhoneNumber.php"), [formToken]);
});

test("a contract that moves tokens (tokenMessenger, tokenMinter) is named so for its public address; a messenger's token is a token", () => {
  const address = `0x${["7c1e", "93ab", "d04f", "2e8a", "b5c6", "1f07", "94d2", "c83e"].join("").repeat(2)}`;
  const chains = `  cctp: {\n    tokenMessenger: '${address}',\n    tokenMinter: '${address}',\n  },\n`;
  assert.deepEqual(secretValuesIn(chains, "dist/chains.mjs"), []);
  assert.equal(secretStrength("tokenContract"), undefined);
  assert.deepEqual(secretValuesIn(`const messengerToken = '${address}';\n`, "src/relay.ts"), [address]);
  assert.equal(secretStrength("MESSENGER_API_TOKEN"), "token");
});

test("the characters a generator draws passwords from (passwordSymbols) are no password; a symbols service's password is one", () => {
  assert.deepEqual(secretValuesIn(`const passwordSymbols = 'abcdef!@#$%^789';\n`, "src/samplers/string.js"), []);
  assert.equal(secretStrength("password_alphabet"), undefined);
  const password = ["Vr7q", "Lx2m", "Tz9k"].join("");
  assert.deepEqual(secretValuesIn(`const symbolsPassword = '${password}';\n`, "src/feed.js"), [password]);
});

test("a UI control's selectedKey names the chosen item's key, bound or literal; a selected service's API key is one", () => {
  const view = `<SegmentedButton id="layoutToggle" selectedKey="{viewModel>/initialLayoutChoice}" selectionChange=".onLayoutSwitch">\n<IconTabBar selectedKey="{= \${ui>/editMode} ? 'editSection' : 'readSection' }">\n`;
  assert.deepEqual(secretValuesIn(view, "webapp/view/ListReport.view.xml"), []);
  assert.equal(secretStrength("selectedKey"), undefined);
  assert.equal(secretStrength("SELECTED_VENDOR_API_KEY"), "key");
});

test("an API key's locator names where the key is read from; a locator service's key is a key", () => {
  const template = `{\n  "binding": { "type": "zeebe:property", "name": "inbound.auth.apiKeyLocator" },\n  "value": "=request.headers.relayKey"\n}\n`;
  assert.deepEqual(secretValuesIn(template, "element-templates/relay-connector.json"), []);
  assert.equal(secretStrength("apiKeyLocator"), undefined);
  assert.equal(secretStrength("LOCATOR_API_KEY"), "key");
});

test("a check's outcome named `…if_pass` or `onPass` is an action, not a password; a joined password word still is one", () => {
  const checkpoints = "checkpoints:\n  - question: \"Does the draft cite its sources?\"\n    action_if_pass: \"Seguir adelante\"\n    action_if_fail: \"Volver al borrador\"\n";
  assert.deepEqual(secretValuesIn(checkpoints, "data/review-matrix.yaml"), []);
  for (const name of ["action_if_pass", "onPass", "when_pass", "runAfterPass"]) assert.equal(secretStrength(name), undefined, name);
  for (const name of ["pass", "db_pass", "adminPass", "if_password"]) assert.equal(secretStrength(name), "password", name);
});

test("a workflow step's on_pass names what runs when the step passes; an admin's pass is a password", () => {
  const steps = `const steps = {\n  lint: { next_on_pass: "relay-review", on_fail: { default: "lint" } },\n  review: { onPass: "publish" },\n};\n`;
  assert.deepEqual(secretValuesIn(steps, "dist/steps.js"), []);
  assert.equal(secretStrength("next_on_pass"), undefined);
  assert.equal(secretStrength("relay_pass"), "password");
  const password = ["Qe4w", "Nb8r", "Ty2u"].join("");
  assert.deepEqual(secretValuesIn(`const relay_pass = "${password}";\n`, "src/relay.js"), [password]);
});

test("a model's key in a catalogue of models is its name; a generated key under that name is still reported", () => {
  const catalogue = `export const DEFAULT_RELAY_MODEL_KEY = "relay-tts-0.4b-v2";\nconst modelKey: RelayModelKey = "relay2.1-120m";\n`;
  assert.deepEqual(secretValuesIn(catalogue, "src/relay/models.ts"), []);
  const key = ["Wm3kTq8ZpR2vXn6LbY4cHs9JdF1g", "Ua7eQo5iKt0wNz3MrV8xBj2Ch+/Pl4Ey="].join("");
  assert.deepEqual(secretValuesIn(`const RELAY_MODEL_KEY = "${key}";\n`, "src/relay/models.ts"), [key]);
  assert.equal(secretStrength("RELAY_MODEL_API_KEY"), "key");
});

test("HTTP Digest's opaque is the server's string echoed back in the clear; a digest auth password is one", () => {
  const challenge = `call._auth._nonce = "7c1e0b5d9a2f4e6b8d0c3a5f7e9b1d3c";\ncall._auth._opaque = "4f2a9c7e1b3d5f8a0c6e2b4d9f1a3c5e";\n`;
  assert.deepEqual(secretValuesIn(challenge, "test/interface/relay-call.js"), []);
  assert.equal(secretStrength("auth_opaque"), undefined);
  const password = ["Rw5y", "Km3p", "Zx8q"].join("");
  assert.deepEqual(secretValuesIn(`call._auth._password = "${password}";\n`, "src/relay-call.js"), [password]);
});

test("a storage key named for a collection names where an app stores it; a storage service's API key is a key", () => {
  const names = `const STORAGE_OPTIONS_KEY = 'rlRelayOptionsV1';\nconst STORAGE_SCHEDULES_KEY = 'rlSchedulesV1';\n`;
  assert.deepEqual(secretValuesIn(names, "extensions/relay/service-worker.js"), []);
  const apiKey = ["4c8e1a7f", "3b9d2e6a", "0f5c8b1d", "7e2a9c4f"].join("");
  assert.deepEqual(secretValuesIn(`const STORAGE_API_KEY = '${apiKey}';\n`, "src/relay.js"), [apiKey]);
  const accountKey = ["Wm3kTq8ZpR2vXn6LbY4cHs9JdF1gUa7eQo5iKt0w", "Nz3MrV8xBj2ChPl4EyRw5yKm3pZx8qTb6nLc1vDh+/Ae4sGj=="].join("");
  assert.deepEqual(secretValuesIn(`const STORAGE_ACCOUNTS_KEY = '${accountKey}';\n`, "src/relay.js"), [accountKey]);
});

test("an issue tracker's issueKey names an issue (`RELAY-4821`); an API key beside it is a key", () => {
  const parsed = "expect(parseIssueUrl(url)).toEqual({\n  issueKey: 'RELAY-4821',\n  siteUrl: 'https://fabrikam.atlassian.net',\n});\n";
  assert.deepEqual(secretValuesIn(parsed, "src/integrations/tracker/issue-import.test.ts"), []);
  assert.deepEqual(secretValuesIn("const issue = { issue_key: 'FABRIKAM2-77' };\n", "src/tracker.ts"), []);
  const apiKey = ["Tq8ZpR2v", "Xn6LbY4c", "Hs9JdF1g"].join("");
  assert.deepEqual(secretValuesIn(`const tracker = { issueKey: 'RELAY-4821', apiKey: '${apiKey}' };\n`, "src/tracker.ts"), [apiKey]);
});
