// Shapes where a rule that drops look-alikes could drop a real secret, or a rule that finds a new
// shape could report code that holds none: each case pairs the secret with its look-alike.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createHash } from "node:crypto";
import { generatedFileReason, scanText } from "../../src/engine";
import { secretValuesIn } from "./found-secrets";

const TOKEN = ["8Tg02ZAaJX4T", "feXVOMKlCvRT", "YVMEI1O73Y5QJRwF"].join("");
const PASSWORD = ["XP5rTJcU", "#MDlnlt9"].join("");
const KEY = ["ko5vazP74uvk", "htGe4c2EA5yt", "YBaceu5b"].join("");


test("a template's braces inside a string hide a name; JSX's and Go's double braces are code", () => {
  assert.deepEqual(secretValuesIn(`<Client options={{ token: "${TOKEN}" }} />\n`, "src/App.tsx"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`seed := []User{{Name: "admin", Password: "${PASSWORD}"}}\n`, "internal/seed.go"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`password: "{{resolve:secretsmanager:prod/db:SecretString:password}}"\n`, "stack.yaml"), []);
});

test("random lower-case values with separators are secrets; names made of words are not", () => {
  assert.deepEqual(secretValuesIn(`props.put("db.password", "pyo4-rklp-q4q8-a7f0");\n`, "src/Db.java"), ["pyo4-rklp-q4q8-a7f0"]);
  assert.deepEqual(secretValuesIn(`api_key = "mzpq-hxwt-bvkd-rnfl-sjcg"\n`, "app/settings.py"), ["mzpq-hxwt-bvkd-rnfl-sjcg"]);
  assert.deepEqual(secretValuesIn(`boundPVCKey = "pv_collector_bound_pvc_count"\n`, "metrics.go"), []);
});

test("in a test, a random value whose digits read as leetspeak is still a secret", () => {
  assert.deepEqual(secretValuesIn(`API_KEY = "z05ibulmeipbr4qifg9w"\n`, "tests/test_client.py"), ["z05ibulmeipbr4qifg9w"]);
  assert.deepEqual(secretValuesIn(`API_KEY = "k03o41eb5bmmbb5gymok"\n`, "tests/test_client.py"), ["k03o41eb5bmmbb5gymok"]);
  assert.deepEqual(secretValuesIn(`password = "sup3Rsekr3t"\n`, "tests/test_users.py"), []);
});

test("passwords of capitalised words are not cipher strings; cipher strings are", () => {
  assert.deepEqual(secretValuesIn(`DB_PASSWORD = "Kraken-Kitty-2024"\nADMIN_PASSWORD = "Secure-Key-2024"\n`, "app/settings.py"), ["Kraken-Kitty-2024", "Secure-Key-2024"]);
  assert.deepEqual(secretValuesIn(`#define TLS_PSK_CIPHERS "kPSK+AES128"\n`, "tls.c"), []);
});

test("createCipheriv and createDecipheriv both take a key", () => {
  assert.deepEqual(secretValuesIn(`const c = crypto.createCipheriv("aes-256-cbc", "${KEY}", iv);\n`, "src/crypto.ts"), [KEY]);
  assert.deepEqual(secretValuesIn(`const d = crypto.createDecipheriv("aes-256-cbc", "${KEY}", iv);\n`, "src/crypto.ts"), [KEY]);
});

test("positional logins: the password's own place, not the user, a client name or a documented default", () => {
  assert.deepEqual(secretValuesIn(`var ssh = new SshClient("files.internal", 22, "deploy", keyFile);\n`, "src/Ssh.cs"), []);
  assert.deepEqual(secretValuesIn(`var ssh = new SshClient("files.internal", 22, "deploy", "${PASSWORD}");\n`, "src/Ssh.cs"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`JedisPool pool = new JedisPool(cfg, "redis.internal", 6379, 2000, null, 0, "orders-service");\n`, "src/Cache.java"), []);
  assert.deepEqual(secretValuesIn(`ftp = FTP("ftp.internal", "anonymous", "guest@")\n`, "app/ftp.py"), []);
  assert.deepEqual(secretValuesIn(`creds := credentials.NewStaticV4("minioadmin", "minioadmin", "")\n`, "cmd/main.go"), []);
});

test("a bare pepper must look generated; Devise's is", () => {
  assert.deepEqual(secretValuesIn(`toppings = { pepper: "cayenne" }\n`, "src/menu.ts"), []);
  assert.deepEqual(secretValuesIn(`  config.pepper = "${KEY}"\n`, "config/initializers/devise.rb"), [KEY]);
});

test("an encoder's `a:b` is a user and password only when `a` could be a user", () => {
  assert.deepEqual(secretValuesIn(`digest := base64.StdEncoding.EncodeToString([]byte("sha256:${KEY}"))\n`, "cmd/main.go"), []);
  assert.deepEqual(secretValuesIn(`const g = Buffer.from("urn:ietf:params:oauth:grant-type:jwt-bearer").toString("base64");\n`, "src/oauth.ts"), []);
  assert.deepEqual(secretValuesIn(`const header = "Basic " + Buffer.from("deploy:${PASSWORD}").toString("base64");\n`, "src/client.ts"), [PASSWORD]);
});

test("a type after a name ends at `;`: the next statement's value is not the name's", () => {
  assert.deepEqual(secretValuesIn(`  password: string; placeholder = "${KEY}";\n`, "src/form.ts"), []);
  assert.deepEqual(secretValuesIn(`const SIGNING_SECRET: &[u8] = b"${KEY}";\n`, "src/config.rs"), [KEY]);
});

test("a source map is known by its mappings too, whichever key comes first", () => {
  const map = JSON.stringify({ version: 3, mappings: "AAAA,SAAS".repeat(600), sources: ["a.ts"], sourcesContent: [`password = "${PASSWORD}"`] });
  assert.ok(generatedFileReason("dist/app.js.map", map));
  // Babel writes `names` first, which may fill the first 4 KB.
  const babel = JSON.stringify({ version: 3, file: "connection.js", names: Array.from({ length: 900 }, (_, i) => `_name${i}`), sources: ["../src/connection.ts"], sourcesContent: [`password = "${PASSWORD}"`], mappings: "AAAA" });
  assert.ok(babel.indexOf('"sources"') > 4096);
  assert.ok(generatedFileReason("lib/connection.js.map", babel));
});

test("SQL literals with MySQL's escaped quotes keep their columns", () => {
  assert.deepEqual(secretValuesIn(`INSERT INTO api_clients (note, client_secret) VALUES ('it\\'s billing', '${KEY}');\n`, "db/seed.sql"), [KEY]);
});

test("a variable inside a value is filled in by the program; a `$` among a password's characters is not one", () => {
  assert.deepEqual(secretValuesIn(`PGPASSWORD=X$long_password psql -h db -U app\n`, "test/run.sh"), []);
  assert.deepEqual(secretValuesIn(`Lex->mi.password = $3.str;\n`, "sql/sql_yacc.yy"), []);
  assert.deepEqual(secretValuesIn(`SET @saved_password=@@global.disconnect_on_expired_password;\n`, "mysql-test/main/ps.test"), []);
  assert.deepEqual(secretValuesIn(`password = "super$ecret"\n`, "app/settings.py"), ["super$ecret"]);
  assert.deepEqual(secretValuesIn(`password = "${PASSWORD}"\n`, "app/settings.py"), [PASSWORD]);
});

test("names, formats and paths under a key's name are not keys; a key is", () => {
  assert.deepEqual(secretValuesIn(`public function __construct(string $userKey = 'SSL_CLIENT_S_DN_Email') {}\n`, "src/X509.php"), []);
  assert.deepEqual(secretValuesIn(`static const char *init_key = "mod_proxy_http2_init_counter";\n`, "mod_proxy_http2.c"), []);
  assert.deepEqual(secretValuesIn(`self::FORMAT_KEY => '%rP%yY%mM%dDT%hH%iM%sS',\n`, "src/DateIntervalNormalizer.php"), []);
  assert.deepEqual(secretValuesIn(`Project: "htpasswd"=.\\support\\htpasswd.dsp - Package Owner=<4>\n`, "Apache.dsw"), []);
  assert.deepEqual(secretValuesIn(`Verify_Fail_Except_Psk : constant Mode_Type;\n`, "wolfssl.ads"), []);
  assert.deepEqual(secretValuesIn(`static const char *init_key = "${KEY}";\n`, "mod_proxy.c"), [KEY]);
});

test("an anonymous FTP login's address and a change log's author are no passwords; a word, digits and a sign are", () => {
  assert.deepEqual(secretValuesIn(`    password = "apache-proxy@";\n`, "modules/proxy/mod_proxy_ftp.c"), []);
  assert.deepEqual(secretValuesIn(` * bug #40153 [Mailer] Add support for SMTP with user and password (GaryPEGEOT)\n`, "CHANGELOG-5.3.md"), []);
  assert.deepEqual(secretValuesIn(`        self.user_pass = "samba123@"\n`, "scripting/devel/speedtest.py"), ["samba123@"]);
});

test("mysql's glued -p: find's -print0 and a quoted command's entity are not passwords", () => {
  assert.deepEqual(secretValuesIn(`find $mysql_datadir ! -uid "$(id -u mysql)" -print0 | xargs -0 -r chown mysql\n`, "debian/mariadb-server.postinst"), []);
  assert.deepEqual(secretValuesIn(`Arguments="/k &quot;mysql.exe&quot; -uroot -p&quot;"\n`, "win/packaging/extra.wxs.in"), []);
  assert.deepEqual(secretValuesIn(`mysql -uroot -p${PASSWORD.replace("#", "x")} orders\n`, "scripts/restore.sh"), [PASSWORD.replace("#", "x")]);
});

test("a URL whose user and password are named in capitals is a README's template; a JDBC port and properties are no password", () => {
  assert.deepEqual(secretValuesIn(`MAILER_DSN=gmail+smtp://USERNAME:APP-PASSWORD@default\nLINKEDIN_DSN=linkedin://ACCESS_TOKEN:USER_ID@default\n`, "Bridge/Google/README.md"), []);
  const jdbc = `String url = "jdbc:sqlserver://orders-sql.database.windows.net:1433;database=orders;user=app@orders-sql;password=${PASSWORD};encrypt=true";\n`;
  assert.deepEqual(secretValuesIn(jdbc, "src/Db.java"), [PASSWORD]);
});

test("legacy Azure DevOps PATs aligned as terraform fmt aligns them, and piped to az devops login", () => {
  const pat = ["umexlicedpmuludjbmz", "ubz3fbwrht6b52rgtpn", "5umfxpeaom5dkq"].join("");
  assert.deepEqual(secretValuesIn(`devops_pat          = "${pat}"\n`, "env/prod.tfvars"), [pat]);
  assert.deepEqual(secretValuesIn(`AZURE_DEVOPS_PAT:        ${pat}\n`, "pipelines/vars.yaml"), [pat]);
  assert.deepEqual(secretValuesIn(`echo "${pat}" | az devops login --organization https://dev.azure.com/contoso\n`, "scripts/login.sh"), [pat]);
});

test("'password' in other languages is documentation's slot", () => {
  assert.deepEqual(secretValuesIn(`$ openssl passwd -apr1 monMot-de-passe\n`, "docs/password_encryptions.html.fr"), []);
  assert.deepEqual(secretValuesIn(`DB_PASSWORD=meinPasswort\n`, ".env"), []);
});

test("a server's directive without `=` holds a secret as an assignment would; a key id, a path and a product's default do not", () => {
  assert.deepEqual(secretValuesIn(`vrrp_instance VI_1 {\n    authentication {\n        auth_type PASS\n        auth_pass ${PASSWORD.replace("#", "q").slice(0, 8)}\n    }\n}\n`, "etc/keepalived/keepalived.conf"), [PASSWORD.replace("#", "q").slice(0, 8)]);
  assert.deepEqual(secretValuesIn(`secret_key ${KEY}\n`, "deploy/app.conf"), [KEY]);
  assert.deepEqual(secretValuesIn(`default-key 4952E40301FAB41A\nsecret_key_file /etc/app/secret.key\n`, "selftest/gnupg/gpg.conf"), []);
  assert.deepEqual(secretValuesIn(`client localhost {\n\tsecret\ttesting123\n}\n`, "raddb/clients.conf"), []);
  assert.deepEqual(secretValuesIn(`secret_key ${KEY}\n`, "docs/notes.txt"), [], "only a configuration file's lines are directives");
});

test("a Twitter bearer token alone is one; a run of zero bytes in a wrapped base64 blob is not", () => {
  const bearer = "A".repeat(22) + ["MLheAAAAAAA0%2BuSeid%2BULvsea4J", "tiGRiSDSJSI%3DEUifiRBkKG5E2XzMDj"].join("");
  assert.deepEqual(secretValuesIn(`TWITTER_BEARER_TOKEN=${bearer}\n`, ".env"), [bearer]);
  const blob = `BINLOG 'AMqaOw8BAAAAdAAAAHgAAAAAAAQANS42LjM0LTc5LjEtZGVidWctbG9nAAAAAAAAAAAAAAAAAAAA ${"A".repeat(24)}EzgNAAgAEgAEBAQEEgAAXAAEGggAAAAICAgCAAAACgoKGRkAAYVx w2w=';\n`;
  assert.deepEqual(secretValuesIn(blob, "mysql-test/suite/galera/t/mdev-31651.test"), []);
});

test("application code's handovers without a secret's name: a URL's key=, an LDAP bind, a Redis string built by format, Basic bytes encoded a line later", () => {
  const apiKey = ["cY1eiwlJM44F0R8oE", "ZdqcwfnQcEBh5k1KSYqkth"].join("");
  assert.deepEqual(secretValuesIn(`return fetch(\`https://maps.partner-geo.com/v1/geocode?q=contoso&key=${apiKey}\`);\n`, "web/src/lib/http.ts"), [apiKey]);
  assert.deepEqual(secretValuesIn(`const thumb = "https://cdn.partner-geo.com/asset?key=thumbnails/large/cat.png&v=2";\nconst c = "https://cdn.partner-geo.com/o?key=a94a8fe5ccb19ba61c4c0873d391e987982fbbd3";\n`, "web/src/lib/cdn.ts"), []);
  assert.deepEqual(secretValuesIn(`client.bind("cn=svc-web,ou=services,dc=contoso,dc=com", "${PASSWORD}", () => {});\nconst f = handler.bind(this, "cn=x");\n`, "server/ldap.ts"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`var redis = string.Format("{0}:6380,password=${PASSWORD},ssl=True", host);\n`, "Data/Connections.cs"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`var raw = Encoding.ASCII.GetBytes("svc_orders:${PASSWORD}");\nvar msg = Encoding.UTF8.GetBytes("orders:created");\n`, "Http/PartnerApiClient.cs"), [PASSWORD]);
});

test("the Erlang cookie and Puppet's postgresql_password are passwords", () => {
  assert.deepEqual(secretValuesIn(`RABBITMQ_ERLANG_COOKIE=${KEY}\n`, "deploy/.env"), [KEY]);
  assert.deepEqual(secretValuesIn(`    password => postgresql::postgresql_password('orders', '${PASSWORD}'),\n`, "manifests/site.pp"), [PASSWORD]);
});

test("filters for references, placeholders and prose keep the real passwords that resemble them", () => {
  // Generated passwords that start with `$` and a digit, or `@@`; a `$word` where nothing expands it.
  assert.deepEqual(secretValuesIn(`DB_PASSWORD: "$75REjhxoyjhOd"\nADMIN_PASSWORD: "@@io3LsR7LFPhOgz"\n`, "deploy/values.yaml"), ["$75REjhxoyjhOd", "@@io3LsR7LFPhOgz"]);
  assert.deepEqual(secretValuesIn(`API_SECRET = "HGYZJ3qCI2fm$super_secret"\n`, "app/settings.py"), ["HGYZJ3qCI2fm$super_secret"]);
  // Capitals that do not read as words are a password, not a README's slot name.
  assert.deepEqual(secretValuesIn(`DATABASE_URL=postgres://DEPLOY:LDGYWKKXEVSPAY@db.internal.corp/app\n`, ".env"), ["LDGYWKKXEVSPAY"]);
  // One word and an `@`, or a word in brackets, in a configuration file: a password.
  assert.deepEqual(secretValuesIn(`DB_PASSWORD=welcome@\n`, ".env"), ["welcome@"]);
  assert.deepEqual(secretValuesIn(`password: "(Tigerlily)"\n`, "config/db.yaml"), ["(Tigerlily)"]);
  // An HTML entity's look, not one: mysql's glued password.
  assert.deepEqual(secretValuesIn(`mysql -uroot -p'&abc;Xq9Lm2vR7' orders\n`, "scripts/restore.sh"), ["&abc;Xq9Lm2vR7"]);
});

test("nginx's *_pass directives name an upstream, not a password", () => {
  const site = "server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_pass 127.0.0.1:9000;\n  }\n  location /app { uwsgi_pass django; }\n  grpc_pass backend;\n}\n";
  assert.deepEqual(secretValuesIn(site, "etc/nginx/sites-available/php-site.conf"), []);
});

test("a Twitter bearer token after an aligned table's long column is still one", () => {
  const bearer = "A".repeat(22) + ["MLheAAAAAAA0%2BuSeid%2BULvsea4J", "tiGRiSDSJSI%3DEUifiRBkKG5E2XzMDj"].join("");
  assert.deepEqual(secretValuesIn(`| ${"service_account_with_a_long_descriptive_name_for_the_table_x1".padEnd(64)} ${bearer} |\n`, "docs/credentials.md"), [bearer]);
});

test("look-alikes from C, Python and CI trees: flags in argument lists, module lists, links, RSA parameters, DNS keys, hex vectors", () => {
  assert.deepEqual(secretValuesIn(`realm.run([kadminl, 'addprinc', '-pw', 'pass', '-pwexpire', 'now', 'user'])\n`, "src/tests/t_expire_warn.py"), []);
  assert.deepEqual(secretValuesIn(`    ./configure --with-modules=mod_sql:mod_sql_sqlite:mod_sql_passwd:mod_sftp:mod_sftp_sql:mod_ban\n`, ".github/workflows/ci.yml"), []);
  assert.deepEqual(secretValuesIn(`// the needless password (MemberList() does not take one)\n`, "command/ep_command.go"), []);
  assert.deepEqual(secretValuesIn(`MYSQL_USER=root MYSQL_PASSWORD= FILTER=integration npm test\n`, "Readme.md"), []);
  const modulus = "qpe9fxlN4dBG6yBf3ml8yv1XXWpbRTCuy3YhKbqw3bbi0MAOnrOqAKWxCg+BfHvGEq2bxT7iVM6hj7TeCYHSqQ==";
  assert.deepEqual(secretValuesIn(`  "Modulus: ${modulus}\\n"\n`, "modules/remotebackend/test-remotebackend-keys.hh"), []);
  assert.deepEqual(secretValuesIn(`  (CASE_S(QType::KEY, "0 3 3 ${modulus}"))\n`, "pdns/test-dnsrecords_cc.cc"), []);
  assert.deepEqual(secretValuesIn(`static const char *k = "EAAA${"08807D06".repeat(7)}ABCD";\n`, "spake/t_vectors.c"), []);
  // The same shapes with a secret in them are still found.
  assert.deepEqual(secretValuesIn(`DB_PASSWORD=${PASSWORD.replace("#", "q")}\n`, ".env"), [PASSWORD.replace("#", "q")]);
});

test("base32 seeds with padding are secrets; `$word` in Dockerfiles and CI steps is expanded; an FTP login's `name@` only where FTP is", () => {
  const seed = ["L6TVJJ7JFYOREUVX", "2R62TY3GDMWOE7LZZ2LL3VQ="].join("");
  assert.deepEqual(secretValuesIn(`OTP_SECRET=${seed}\n`, ".env"), [seed]);
  assert.deepEqual(secretValuesIn(`TOTP_SECRET = "${seed}"\n`, "app/settings.py"), [seed]);
  assert.deepEqual(secretValuesIn(`ENV PGPASSWORD=X$long_password\n`, "images/db/Dockerfile"), []);
  assert.deepEqual(secretValuesIn(`    steps:\n      - run: PGPASSWORD=X$long_password psql -h db\n`, ".github/workflows/ci.yml"), []);
  assert.deepEqual(secretValuesIn(`mysql -uroot -p"X$mysql_root_password" orders\n`, "deploy.sh"), []);
  assert.deepEqual(secretValuesIn(`db_password = "sunshine@"\n`, "app/settings.py"), ["sunshine@"]);
  assert.deepEqual(secretValuesIn(`{ "password": "autumn-leaves@" }\n`, "config/settings.json"), ["autumn-leaves@"]);
  assert.deepEqual(secretValuesIn(`    server->password = "busybox@";\n`, "networking/ftpgetput.c"), []);
});

test("mobile apps: Android's manifest meta-data is a name and a value; keys published on purpose are not secrets", () => {
  assert.deepEqual(secretValuesIn(`<meta-data android:name="com.acme.API_SECRET" android:value="${KEY}" />\n`, "app/src/main/AndroidManifest.xml"), [KEY]);
  const publishable = ["pk_live_51", "Hq7mTz9LwR4xKp2", "Vn8sQ3bY6cJ1dF5gA0eU7iO"].join("");
  const mapbox = ["pk.eyJ1Ijoib3JkZXJz", "IiwiYSI6ImNrMXEyM3o0In0", ".Zx9_Lq7mTwR4vKp2Nn8sQ3"].join("");
  assert.deepEqual(secretValuesIn(`STRIPE_KEY=${publishable}\nVITE_MAPBOX_TOKEN=${mapbox}\n`, ".env.local"), []);
  assert.deepEqual(secretValuesIn(`<string name="facebook_client_token">9c2e7a1f4b6d8e0c3a5f7b9d1e2c4a6f</string>\n`, "app/src/main/res/values/strings.xml"), []);
  assert.deepEqual(secretValuesIn(`ALGOLIA_SEARCH_API_KEY = 9c2e7a1f4b6d8e0c3a5f7b9d1e2c4a6f\n`, "Config/Release.xcconfig"), []);
  const apiKey = ["AIzaSyD", "q7mTz9LwR4xKp2Vn8sQ3bY6cJ1dF5gA0"].join("");
  assert.deepEqual(secretValuesIn(`    apiKey: '${apiKey}',\n    messagingSenderId: '1234567890',\n`, "lib/firebase_options.dart"), []);
});

test("data engineering on Azure: Hadoop's per-account settings, secret stores written to, Kusto's app key, Airflow's hostless URIs", () => {
  const key = ["mQ8tV2xL5pR9wK3z", "N7cB4fH1jD6gS0aE", "yU2iO5lP8kJ3hG6fD9sA1qW4eR7tY0u", "I3oP6aS9dF2gH5jK8lZ1xC4vB7nM0q", "Wg=="].join("");
  const secret = ["Dg0o7r9BDAyh", "sFZkzs~Tq4.W", "x2Lm8NvKe3"].join("");
  assert.deepEqual(secretValuesIn(`spark.hadoop.fs.azure.account.oauth2.client.secret.stfinance01.dfs.core.windows.net ${secret}\n`, "conf/spark-defaults.conf"), [secret]);
  assert.deepEqual(secretValuesIn(`spark-submit --conf spark.hadoop.fs.azure.account.key.stbatchstaging01.dfs.core.windows.net=${key} app.py\n`, "run.sh"), [key]);
  assert.deepEqual(secretValuesIn(`{ "spark_conf": { "spark.hadoop.fs.azure.account.oauth2.client.secret.stsupplychainanalyt01.dfs.core.windows.net": "${secret}" } }\n`, "cluster.json"), [secret]);
  assert.deepEqual(secretValuesIn(`spark.hadoop.fs.azure.account.oauth2.client.secret.stfinance01.dfs.core.windows.net {{secrets/lake/sp-secret}}\n`, "conf/spark-defaults.conf"), []);
  // The setting's name is no host name to move to App Configuration.
  assert.deepEqual(
    scanText({ content: `spark.conf.set("fs.azure.account.key.stbatch01.dfs.core.windows.net", dbutils.secrets.get("lake", "key"))\n`, filePath: "nb.py" }).map((finding) => finding.ruleId),
    [],
  );
  assert.deepEqual(secretValuesIn(`databricks secrets put-secret etl sql-password --string-value "${PASSWORD}"\n`, "setup.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`w.secrets.put_secret(scope="etl", key="sql-password", string_value="${PASSWORD}")\n`, "setup.py"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`client.set_secret(name="sql-admin-password", value=os.environ["PW"])\n`, "kv.py"), []);
  assert.deepEqual(secretValuesIn(`echo "##vso[task.setvariable variable=dbPassword;issecret=true]${PASSWORD}"\n`, "ci.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`az pipelines variable create --name dbHost --value "db01.contoso.internal"\n`, "ci.sh"), []);
  assert.deepEqual(secretValuesIn(`kcsb = KustoConnectionStringBuilder.with_aad_application_key_authentication(CLUSTER, APP_ID, "${secret}", TENANT)\n`, "ingest.py"), [secret]);
  assert.deepEqual(secretValuesIn(`pwd <- Sys.getenv("DWH_PWD", unset = "${PASSWORD}")\n`, "etl.R"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://loader:${TOKEN}@/ANALYTICS/PUBLIC?account=xy12345\n`, ".env"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`See the docs at ftp://user:notes@ for more.\n`, "README.txt"), []);
  // `abfss://container@account…` is a storage endpoint, a configuration value.
  assert.deepEqual(
    scanText({ content: `df = spark.read.parquet("abfss://bronze@stlakeprod.dfs.core.windows.net/events/")\n`, filePath: "nb.py" }).map((finding) => finding.ruleId),
    ["config/internal-url"],
  );
});

test("a random value that holds a placeholder word by chance, or starts with capitals and `=`, is still a secret", () => {
  assert.deepEqual(secretValuesIn(`CLIENT_SECRET = "l4tjqqza9SFbFaKEv86yxXuIt39rW8"\n`, "app/settings.py"), ["l4tjqqza9SFbFaKEv86yxXuIt39rW8"]);
  assert.deepEqual(secretValuesIn(`DB_PASSWORD = "PRW3=ehvVvWoNd"\n`, "app/settings.py"), ["PRW3=ehvVvWoNd"]);
  assert.deepEqual(secretValuesIn(`API_TOKEN = "fake-token-for-tests"\nAPI_KEY = "mySampleApiKeyValue"\nDB_PASSWORD = "FILTER=integration"\n`, "app/settings.py"), []);
  // MD5 of "password" in a fixture is a test value; another digest under the same name is reported.
  assert.deepEqual(secretValuesIn(`    'password' => '5f4dcc3b5aa765d61d8327deb882cf99',\n`, "app/Test/Fixture/UserFixture.php"), []);
});

test("a package path from `::` (below the module's own namespace, or from the top) is a name, not a value", () => {
  const plugins = "our @plugins = (\n    displayResetPassword => '::Plugins::MailReset',\n    rememberAuthChoiceRule => '::Plugins::RememberChoice',\n);\n";
  assert.deepEqual(secretValuesIn(plugins, "lib/Portal/Main/Plugins.pm"), []);
  assert.deepEqual(secretValuesIn(`  auth_token = ::Net::HTTP\n`, "lib/client.rb"), []);
  // A random value from `::` is still a password: its parts are not names.
  assert.equal(secretValuesIn(`    displayPassword => '::Qz3aee503805::Wvd6c90627x7',\n`, "lib/Portal/Conf.pm").length, 1);
});

test("look-alikes from real code: translations, type paths, Objective-C lookups and selectors, pins, public keys", () => {
  assert.deepEqual(secretValuesIn(`"Password" = "Adgangskode";\n`, "UI/Common/Danish.lproj/Localizable.strings"), []);
  assert.deepEqual(secretValuesIn(`    'Password'             => 'Contrase\u00f1a',\n`, "web/lang/es_ar.php"), []);
  assert.deepEqual(secretValuesIn(`  'KerberosToken' => 'SOAP::WSDL::XSD::Typelib::Builtin::boolean',\n`, "lib/ONVIF/Types/SecurityCapabilities.pm"), []);
  assert.deepEqual(secretValuesIn(`  value = [defaults stringForKey: @"SOGoSAML2PrivateKeyLocation2"];\n`, "SoObjects/SOGoSystemDefaults.m"), []);
  assert.deepEqual(secretValuesIn(`  (-checkLogin:password:perr:expire:grace:)\n`, "ChangeLog.old"), []);
  assert.deepEqual(secretValuesIn(`curl --pinnedpubkey 'sha256//YhKJKSzoTt2b5FP18fvpHo7fJYqQCjAa3HWY3tvRMwE=' https://example.net\n`, "docs/pinnedpubkey.md"), []);
  assert.deepEqual(secretValuesIn(`AUTHORIZED_KEY = "ssh-rsa_AAAAB3NzaC1yc2EAAAADAQABAAABAQC7"\n`, "tests/test_scaleway.py"), []);
  assert.deepEqual(secretValuesIn(`  -u \${KAMAILIO_USER:-kamailio} -g \${KAMAILIO_GROUP:-kamailio}\n`, "pkg/kamailio.initd"), []);
  assert.deepEqual(secretValuesIn(`Authorization: XXX4-HMAC-SHA256 Credential=xxx/20200101/us-east-1/s3/xxx4_request\n`, "tests/data/test1933"), []);
  // The same places with a secret are still found.
  assert.deepEqual(secretValuesIn(`  [defaults setObject: @"${TOKEN}" forKey: @"apiToken"];\n  apiToken = @"${TOKEN}";\n`, "Sources/Client.m"), [TOKEN]);
});

test("the session's own filters keep the real secrets that resemble their look-alikes", () => {
  // A user given by variable, then a literal password (only `${USER:-default}` is a shell default).
  assert.deepEqual(secretValuesIn(`curl -u \${API_USER}:${PASSWORD} https://api.contoso.com/v1/orders\n`, "call.sh"), [PASSWORD]);
  // `salt` only as a word of a name: a storage account whose name starts with it still has a key.
  const key = ["9/ia87tKhwjWzRvy6AFzXvtL1tXw/K", "ClEZfjwBQX6XbLxwnWkOpZhglPShZU", "YyGOHrN2Klyrbc8W/LjvNiK9xw=="].join("");
  assert.deepEqual(secretValuesIn(`storage_accounts:\n  saltprodlogs: ${key}\n`, "deploy/accounts.yaml"), [key]);
  // Random values shaped like type paths or selectors.
  assert.deepEqual(secretValuesIn(`password = "Qz3aee503805::Wvd6c90627"\n`, "app/settings.py"), ["Qz3aee503805::Wvd6c90627"]);
  // Not a next assignment when what follows is random, nor a password when it is a value.
  assert.deepEqual(secretValuesIn(`DB_PASSWORD = "UL=9iW8Ud2EkGHi2Z"\nMYSQL_PASSWORD= CI=true npm test\n`, "app/settings.py"), ["UL=9iW8Ud2EkGHi2Z"]);
  // A pattern that masks URL passwords, and a documented SAS placeholder, are not credentials.
  assert.deepEqual(secretValuesIn(`masked = re.sub(r"(postgres://\\w+:)[^@]+@", r"\\1****@", url)\n`, "app/util.py"), []);
  assert.deepEqual(secretValuesIn(`spark.hadoop.fs.azure.sas.fixed.token.myacct.dfs.core.windows.net sv=2022-11-02&ss=b&sig=<signature>\n`, "spark-defaults.conf"), []);
  // A token as a URL's user is no configuration value to move to App Configuration.
  const findings = scanText({ content: `remote = "https://${"k".repeat(4)}${TOKEN}@git.corp.contoso.com/team/repo.git"\n`, filePath: "tools/sync.py" });
  assert.deepEqual(findings.filter((finding) => finding.kind === "config"), []);
});

test("serverless and edge apps: a flag after a plain flag, CDK's plain secrets, values piped into hosts' secret stores, fallbacks", () => {
  assert.deepEqual(secretValuesIn(`vercel deploy --prebuilt --token=${TOKEN}\n`, "deploy.sh"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`    secretStringValue: SecretValue.unsafePlainText("${KEY}"),\n`, "lib/orders-stack.ts"), [KEY]);
  assert.deepEqual(secretValuesIn(`echo "${KEY}" | npx wrangler secret put STRIPE_KEY\n`, "deploy.sh"), [KEY]);
  assert.deepEqual(secretValuesIn(`echo "$STRIPE_KEY" | npx wrangler secret put STRIPE_KEY\n`, "deploy.sh"), []);
  assert.deepEqual(secretValuesIn(`npx wrangler secret put TURNSTILE_SECRET_KEY <<< "${KEY}"\n`, "deploy.sh"), [KEY]);
  assert.deepEqual(secretValuesIn(`netlify env:set CONTENTFUL_TOKEN ${TOKEN}\nnetlify env:set NODE_VERSION 20\n`, "deploy.sh"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`  API_KEY: \${ssm:/orders/api-key, '${KEY}'}\n  STAGE: \${opt:stage, 'dev'}\n`, "serverless.yml"), [KEY]);
  const functionsKey = ["Zk3nQ8vLm2Tq9Rb4Wc7Xd1Ye6Hf0Jg2Ks5Lp8Mn3Nr6Ot9Pu2Qv5Rw8Sx", "1Ty4Uz=="].join("");
  assert.deepEqual(secretValuesIn(`az functionapp keys set -g rg -n fn-orders --key-type functionKeys --key-name ci --key-value ${functionsKey}\n`, "deploy.sh"), [functionsKey]);
});

test("serverless look-alikes: prerelease versions, Supabase's env(), Pusher's app key and Shopify's storefront token are public or references", () => {
  assert.deepEqual(secretValuesIn(`    "next-auth": "5.0.0-beta.19",\n    "@auth/core": "^0.34.1-rc.2",\n`, "package.json"), []);
  assert.deepEqual(secretValuesIn(`secret = "env(SUPABASE_AUTH_GITHUB_SECRET)"\n`, "supabase/config.toml"), []);
  assert.deepEqual(secretValuesIn(`PUSHER_KEY=9c2e7a1f4b6d8e0c3a5f\nPUSHER_SECRET=${KEY}\n`, ".env"), [KEY]);
  assert.deepEqual(secretValuesIn(`SHOPIFY_STOREFRONT_TOKEN=9c2e7a1f4b6d8e0c3a5f7b9d1e2c4a6f\n`, ".env"), []);
});

test("a configuration value's preview shows the URL but not a random run in its path (a capability URL's token)", () => {
  const token = ["Kq7mTz9LwR4x", "Kp2Vn8sQ3bY6", "cJ1dF5gA"].join("");
  const [hook] = scanText({ content: `{"Url":"https://hooks.corp.fabrikam.com/notify/${token}"}\n`, filePath: "appsettings.json" });
  assert.equal(hook?.preview, "https://hooks.corp.fabrikam.com/notify/Kq…");
  assert.ok(!hook.message.includes(token));
  for (const url of [`https://notify.corp.local?hook=${token}`, `https://notify.corp.local:8443#${token}`, `https://x.corp.local/hook/${token.slice(0, 12)}.${token.slice(12, 24)}.${token.slice(24)}`]) {
    const [finding] = scanText({ content: `{"NotifyUrl":"${url}"}\n`, filePath: "appsettings.json" });
    assert.ok(finding && !finding.preview.includes(token.slice(2, 10)), `${url} -> ${finding?.preview}`);
  }
  const [service] = scanText({ content: `{"Orders":{"ServiceUrl":"https://orders-svc.corp.fabrikam.com:8443/api/orders"}}\n`, filePath: "appsettings.json" });
  assert.equal(service?.preview, "https://orders-svc.corp.fabrikam.com:8443/api/orders");
});

test("look-alikes from npm packages: Firebase download tokens, a non-null env read in docs", () => {
  assert.deepEqual(secretValuesIn(`  "image": "https://firebasestorage.googleapis.com/v0/b/demo.appspot.com/o/a.png?alt=media&token=4142e2a1-6b0e-4c1f-9a8d-2f1b3c4d5e6f"\n`, "seed_data.gql"), []);
  assert.deepEqual(secretValuesIn(`const password = process.env.SESSION_PASSWORD!;\n`, "docs/auth.md"), []);
  // A token in another URL's query, and a password that only starts like a placeholder, are still found.
  assert.deepEqual(secretValuesIn(`  "hook": "https://hooks.contoso.com/notify?token=${TOKEN}"\n`, "settings.json"), [TOKEN]);
});

test("a second review's faults: identifiers after re_, salts in camel case, names with digits, storefront secrets, random build parts, NODE_ENV piped to vercel", () => {
  assert.deepEqual(secretValuesIn(`re_IPv4_address_with_optional_port = re.compile(x)\nstatic int re_parse_Escape16Sequence_internal(void);\n`, "validators.py"), []);
  const salt = ["9/ia87tKhwjWzRvy6AFzXvtL1tXw/K", "ClEZfjwBQX6XbLxwnWkOpZhglPShZU", "YyGOHrN2Klyrbc8W/LjvNiK9xw=="].join("");
  assert.deepEqual(secretValuesIn(`{"PasswordSalt": "${salt}", "userSalt": "${salt}", "saltValue": "${salt}"}\n`, "salts.json"), []);
  assert.deepEqual(secretValuesIn(`DB_PASSWORD= S3_BUCKET=assets npm test\nAPI_TOKEN= HTTP2_ENABLED=true ./run.sh\n`, "ci.sh"), []);
  assert.deepEqual(secretValuesIn(`STOREFRONT_API_SECRET_TOKEN=${TOKEN}\nAPI_TOKEN=1.2.3+${TOKEN}\n`, ".env"), [TOKEN, `1.2.3+${TOKEN}`]);
  assert.deepEqual(secretValuesIn(`echo production | vercel env add NODE_ENV production\necho "${TOKEN}" | gh secret set DEPLOY_HOOK\n`, "deploy.sh"), [TOKEN]);
});

test("a random value cut into names by `::` is judged in linear time (the type-path filter once took minutes)", () => {
  const started = performance.now();
  secretValuesIn(`password = "${"qzxkvbnmwp::".repeat(24)}qzxkvbnmwp!"\n`, "k8.py");
  assert.ok(performance.now() - started < 1000, `${(performance.now() - started).toFixed(0)} ms`);
});

test("a command continued over lines with `\\` is read as one: values a store keeps, passwords glued to a tool's flag", () => {
  assert.deepEqual(secretValuesIn(`az keyvault secret set --vault-name kv-orders \\\n  --name db-password \\\n  --value "${PASSWORD}"\n`, "setup.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`databricks secrets put-secret etl sql-password \\\r\n  --string-value "${PASSWORD}"\r\n`, "setup.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`echo -n "${KEY}" | \\\n  npx wrangler secret put STRIPE_KEY\n`, "deploy.sh"), [KEY]);
  assert.deepEqual(secretValuesIn(`mysql -h db01 -u app \\\n  -p${PASSWORD} orders < dump.sql\n`, "restore.sh"), [PASSWORD]);
  // Found once, by the line rule, when the line says it alone; references stay references.
  assert.deepEqual(secretValuesIn(`aws secretsmanager create-secret --name prod/db \\\n  --secret-string "${PASSWORD}"\n`, "setup.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`az keyvault secret set --vault-name kv-orders \\\n  --name db-password \\\n  --value "$DB_PASSWORD"\n`, "setup.sh"), []);
  assert.deepEqual(secretValuesIn(`az pipelines variable create --name dbHost \\\n  --value "db01.contoso.internal"\n`, "ci.sh"), []);
  // A `\\\\` at a line's end is a backslash, not a continuation: the next line is a command of its own.
  assert.deepEqual(secretValuesIn(`az keyvault secret set --vault-name kv --name dir --file C:\\\\\n--value "${PASSWORD}"\n`, "notes.txt"), []);
});

test("look-alikes in real trees: a secretary, key ids and fingerprints, Perl calls, choice lists, getopt specs, pass-through schemes", () => {
  assert.deepEqual(secretValuesIn(`secretary: cn=Alice Smith,ou=People,dc=example,dc=com\n`, "people.ldif"), []);
  assert.deepEqual(secretValuesIn(`dbsecret: ${PASSWORD}\n`, "people.ldif"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`subjkey: 2b:95:14:7a:0c:1e:3f:99:aa:bb:cc:dd:ee:ff:10:20:30:40:0f:5d\nunsupportedkey=Kunknown.+255+00000\n`, "tests/keys.conf"), []);
  assert.deepEqual(secretValuesIn(`fields => { PrivateKey => 'F0CB3B482CFA485680A4A0BDD328035D84881F1B' },\n`, "lib/Crypt.pm"), []);
  // …but a vendor's private token, a key written as octets, and Jenkins' sealed values outside Maven's file are found.
  const hex40 = "F0CB3B482CFA485680A4A0BDD328035D84881F1B";
  assert.deepEqual(secretValuesIn(`PRIVATE_TOKEN=${hex40}\n`, ".env"), [hex40]);
  const octets = "38:1f:a2:9c:04:d7:6e:b5:13:c8:7a:f0:2e:91:5b:6d";
  assert.deepEqual(secretValuesIn(`encryption_key: "${octets}"\n`, "config/app.yaml"), [octets]);
  const sealed = `{AQAAABAAAAAQ${KEY}${KEY}=}`;
  assert.deepEqual(secretValuesIn(`          managerPasswordSecret: "${sealed}"\n`, "jenkins.yaml"), [sealed]);
  assert.deepEqual(secretValuesIn(`my $db_pass = RT->Config->Get('DatabasePassword');\n`, "etc/acl.Pg"), []);
  assert.deepEqual(secretValuesIn(`my $db_pass = '${PASSWORD}';\n`, "etc/acl.Pg"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`initiator_auth = pubkey|psk|eap-md5|eap-aka\n`, "swanctl.conf"), []);
  assert.deepEqual(secretValuesIn(`GetOptions(\\%opts, 'dba-password=s', 'prompt-for-dba-password', 'package=s');\n`, "sbin/setup"), []);
  assert.deepEqual(secretValuesIn(`userPassword: {SASL}alice@EXAMPLE.COM\nuserPassword: {RADIUS}johndoe\n`, "people.ldif"), []);
  // A variable's expansion, then an argument; and a tool named after the flag, as an argument.
  assert.deepEqual(secretValuesIn(`ldapsearch -D "$MANAGERDN" -w $PASSWD '(objectClass=*)'\n`, "test.sh"), []);
  assert.deepEqual(secretValuesIn(`rlm_sqlippool_tool -p main_pool -s 10.66.0.0 -e 10.66.255.255 -d mysql -t radippool\n`, "doc.sh"), []);
  assert.deepEqual(secretValuesIn(`mysql -u app -p${PASSWORD} orders\n`, "restore.sh"), [PASSWORD]);
});

test("configuration look-alikes: AWS's own endpoints, hosts a template fills in, API models' documentation, redirected files", () => {
  const configValues = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "config").map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
  assert.deepEqual(configValues(`{"hostname": "access-analyzer-fips.ca-central-1.amazonaws.com"}\n{"hostname": "sts.amazonaws.com"}\n`, "data/endpoints.json"), []);
  // An account's bucket has a label in front of the service's: configuration.
  assert.deepEqual(configValues(`bucket_host: orders-exports.s3.eu-west-1.amazonaws.com\nsts_host: sts.eu-west-1.amazonaws.com\n`, "config/app.yaml"), ["orders-exports.s3.eu-west-1.amazonaws.com"]);
  assert.deepEqual(configValues(`{"url": "https://api.ecr.{Region}.{dnsSuffix}"}\n`, "data/ruleset.json"), []);
  assert.deepEqual(configValues(`STS = "https://sts.#{region}.amazonaws.com"\n`, "lib/sts.rb"), []);
  // A whole host, then a path a template fills in, is configuration.
  assert.deepEqual(configValues("fetch(`https://orders.internal.contoso.com${path}`);\n", "src/api.ts"), ["https://orders.internal.contoso.com"]);
  assert.deepEqual(configValues(`{"Op": {"documentation": "<p>Twitter: <code>api.twitter.com</code></p>"}}\n`, "data/service-2.json"), []);
  assert.deepEqual(configValues(`  echo "$lt_simple" >> conftest.nl\n`, "configure.sh"), []);
});

test("enterprise configuration: JVM properties, keytool's store and key passwords, tokens as a URL's user, Splunk's scheme", () => {
  assert.deepEqual(secretValuesIn(`JAVA_OPTS="-Xmx2g -Djavax.net.ssl.keyStorePassword=${PASSWORD}"\n`, "bin/setenv.sh"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`java -Dspring.datasource.password=\${DB_PASSWORD} -Dlogging.level.root=INFO -jar app.jar\n`, "run.sh"), []);
  assert.deepEqual(secretValuesIn(`signjar.storepass=${PASSWORD}\n`, "build.properties"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`<signjar jar="app.jar" alias="release" keypass="${PASSWORD}"/>\n`, "build.xml"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`compass=north-north-west\nbypass=cache-layer-two\n`, "app.properties"), []);
  assert.deepEqual(secretValuesIn(`--extra-index-url https://${TOKEN}@pypi.fury.io/contoso/\n`, "requirements.txt"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`url = "ssh://deploy-automation-user@git.contoso.com/tools.git"\n`, "config.toml"), []);
  // A Sentry DSN's key is published with the app; CodeCommit's SSH user is a public key's id.
  assert.deepEqual(secretValuesIn(`Sentry.init({ dsn: "https://9f2b7c1e5d8a3f6b4c1d8e2f7a9b3c6d@o450123.ingest.sentry.io/5541234" });\n`, "src/main.ts"), []);
  assert.deepEqual(secretValuesIn(`git clone ssh://APKAEIBAERJR2EXAMPLE@git-codecommit.us-east-2.amazonaws.com/v1/repos/orders\n`, "README.md"), []);
  const hecToken = "5f0c7e3a-9b21-4d6e-8a4f-2c1b7d9e6a30";
  assert.deepEqual(secretValuesIn(`curl https://hec.contoso.com:8088/services/collector -H "Authorization: Splunk ${hecToken}"\n`, "send.sh"), [hecToken]);
  assert.deepEqual(secretValuesIn(`xpack.encryptedSavedObjects.encryptionKey: "${KEY}"\n`, "kibana.yml"), [KEY]);
  // A header's value under its name: the credential after the scheme.
  assert.deepEqual(secretValuesIn(`      <Property name="Authorization" value="Splunk ${hecToken}"/>\n`, "log4j2.xml"), [hecToken]);
  assert.deepEqual(secretValuesIn(`<property>\n  <name>Authorization</name>\n  <value>Bearer ${TOKEN}</value>\n</property>\n`, ".mvn/settings.xml"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`      <Property name="Authorization" value="Splunk \${env:HEC_TOKEN}"/>\n`, "log4j2.xml"), []);
});

test("enterprise look-alikes: values sealed as Maven, WebLogic and Liberty seal them, Tomcat's digests, a release pipeline's tokens", () => {
  const sealed = "COQLCE6DU6GtcS5P8vZq2LmRw4Tn7Ks1Hd9Jb3Fx0A=";
  assert.deepEqual(secretValuesIn(`<server><id>nexus</id><username>deploy</username><password>{${sealed}}</password></server>\n`, ".m2/settings.xml"), []);
  assert.deepEqual(secretValuesIn(`<server><id>nexus</id><password>{${sealed}}</password></server>\n`, "ci_settings.xml"), []);
  assert.deepEqual(secretValuesIn(`password={AES256}${sealed}\n`, "servers/AdminServer/security/boot.properties"), []);
  assert.deepEqual(secretValuesIn(`<user username="admin" password="9f2b7c1e5d8a3f6b$10000$4c1d8e2f7a9b3c6d5e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e" roles="manager-gui"/>\n`, "conf/tomcat-users.xml"), []);
  assert.deepEqual(secretValuesIn(`<add name="Db" connectionString="Data Source=__SqlServer__;User ID=__SqlUser__;Password=__SqlPassword__" />\n`, "Web.Release.config"), []);
});

test("API clients' files: session cookies, HAR files, a bare bearer name, long Postman values; excerpts, CSRF tokens and vendors' API hosts are not secrets or configuration", () => {
  const session = "c2025282726870bad70ce11846a39b99";
  assert.deepEqual(secretValuesIn(`Cookie: sessionid=${session}; csrftoken=${KEY}\n`, "requests.http"), [session]);
  assert.deepEqual(secretValuesIn(`curl -b "JSESSIONID=${session}" https://admin.contoso.com/api\n`, "notes.md"), [session]);
  assert.deepEqual(secretValuesIn(`session = requests.Session()  # keeps the cookie\n`, "client.py"), []);
  assert.deepEqual(secretValuesIn(`{"log": {"entries": [{"request": {"queryString": [\n  { "name": "client_secret", "value": "${KEY}" }\n]}}]}}\n`, "capture.har"), [KEY]);
  assert.deepEqual(secretValuesIn(`{ "auth": { "type": "bearer", "bearer": "${TOKEN}" } }\n`, "thunder-collection.json"), [TOKEN]);
  // An STS session token runs past 600 characters: digests stand in for its random bytes.
  const sessionToken = Array.from({ length: 14 }, (_, i) => createHash("sha256").update(`sts-${i}`).digest("base64").slice(0, 43)).join("");
  assert.deepEqual(secretValuesIn(`{ "awsv4": [{ "key": "sessionToken", "value": "${sessionToken}" }] }\n`, "orders.postman_collection.json"), [sessionToken]);
  assert.deepEqual(secretValuesIn(`Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY...\nAuthorization: Bearer ${KEY.slice(0, 12)}…\n`, "README.md"), []);
  assert.deepEqual(secretValuesIn(`<input type="hidden" name="csrfmiddlewaretoken" value="${KEY}">\n`, "form.html"), []);
  const configValues = scanText({ content: `OPENAI_URL = "https://api.openai.com/v1/chat/completions"\nSTRIPE = "https://api.stripe.com/v1/charges"\n`, filePath: "app/clients.py" }).filter((finding) => finding.kind === "config");
  assert.deepEqual(configValues, []);
});

test("HTTPie's -a: a user and password, or a token with a bearer scheme; a user alone or documentation's pair is none", () => {
  assert.deepEqual(secretValuesIn(`http -a deploy:${PASSWORD} https://orders.contoso.com/v1/items\n`, "call.sh"), [`deploy:${PASSWORD}`]);
  assert.deepEqual(secretValuesIn(`echo '{}' | https -a deploy:${PASSWORD} --verify=no orders.contoso.com/v1/items\n`, "call.sh"), [`deploy:${PASSWORD}`]);
  assert.deepEqual(secretValuesIn(`http -A bearer -a ${TOKEN} https://orders.contoso.com/v1/items\n`, "call.sh"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`http -a deploy https://orders.contoso.com/v1/items\n`, "call.sh"), []);
  assert.deepEqual(secretValuesIn(`http -a ${TOKEN} https://orders.contoso.com/v1/items\n`, "call.sh"), [], "a user whose password HTTPie asks for");
  assert.deepEqual(secretValuesIn(`http -a username:password pie.dev/basic-auth/username/password\n`, "README.md"), []);
  assert.deepEqual(secretValuesIn(`tar -a -cf ${TOKEN}.tar.gz build\n`, "pack.sh"), []);
  // Flags before `-a`; and each user's password is named for its user (`alice_password`: two users' passwords are two secrets).
  assert.deepEqual(secretValuesIn(`http --verify=no -a deploy:${PASSWORD} https://orders.contoso.com/v1/items\n`, "call.sh"), [`deploy:${PASSWORD}`]);
  const names = scanText({ content: `http -a alice:${PASSWORD} https://a.contoso.com\nhttp -a bob:${KEY} https://b.contoso.com\n`, filePath: "calls.sh" }).map((finding) => finding.keyName);
  assert.deepEqual(names, ["alice_password", "bob_password"]);
});

test("a URL's password that starts with a percent-escape is a password; slots filled in later are not", () => {
  const escaped = `%23${PASSWORD.replace("#", "")}`;
  assert.deepEqual(secretValuesIn(`DATABASE_URL=postgresql://orders:${escaped}@orders-pg.postgres.database.azure.com:5432/orders\n`, ".env"), [escaped]);
  assert.deepEqual(secretValuesIn(`REDIS_URL=rediss://:%2B${KEY}@orders.redis.cache.windows.net:6380\n`, ".env"), [`%2B${KEY}`]);
  assert.deepEqual(
    secretValuesIn(`A=postgresql://orders:%DB_PASSWORD%@db.internal:5432/orders\nB=mysql://orders:%s@db.internal/orders\nC=mysql://orders:%(password)s@db.internal/orders\nD=mysql://orders:#{db_password}@db.internal/orders\n`, ".env"),
    [],
  );
});

test("an account key in a command's arguments is a key alone, not a connection string to store whole", () => {
  const key = createHash("sha512").update("helm --set").digest("base64");
  const whole = (content: string, filePath: string) => scanText({ content, filePath }).map((finding) => [finding.ruleId, finding.compound ? content.slice(finding.compound.startOffset, finding.compound.endOffset) : undefined]);
  assert.deepEqual(whole(`helm upgrade --install orders ./chart --set storage.accountName=ordersdata --set storage.accountKey=${key}\n`, "deploy.sh"), [["azure/named-account-key", undefined]]);
  assert.deepEqual(whole(`STORAGE="AccountName=ordersdata;AccountKey=${key}"\n`, "deploy.sh"), [["azure/storage-connection-string", `AccountName=ordersdata;AccountKey=${key}`]]);
});

test("a public key under a name that says so is no account key; an id with a type prefix is no secret", () => {
  const key = createHash("sha512").update("public key").digest("base64");
  assert.deepEqual(secretValuesIn(`{\n  "publicKeyBase64": "${key}",\n  "storageKey": "${key}"\n}\n`, "infra/keys.json"), [key]);
  assert.deepEqual(secretValuesIn(`{\n  "sessionKey": "cart-3f6c0a9e-2b7d-41c5-8e0f-92a6d4b1c7e5",\n  "HEROKU_API_KEY": "3f6c0a9e-2b7d-41c5-8e0f-92a6d4b1c7e5"\n}\n`, "config/ids.json"), ["3f6c0a9e-2b7d-41c5-8e0f-92a6d4b1c7e5"]);
  // A prefix that says key: LaunchDarkly's SDK keys are `sdk-<GUID>`.
  assert.deepEqual(secretValuesIn(`LAUNCHDARKLY_SDK_KEY=sdk-3f6c0a9e-2b7d-41c5-8e0f-92a6d4b1c7e5\n`, ".env"), ["sdk-3f6c0a9e-2b7d-41c5-8e0f-92a6d4b1c7e5"]);
});

test("Azure Maps' keys (base64url) under primaryKey and secondaryKey, as `az maps account keys list` prints them", () => {
  const key = createHash("sha256").update("maps key").digest("base64url");
  assert.match(key, /[-_]/, "the made-up key has base64url's own characters");
  assert.deepEqual(secretValuesIn(`{\n  "primaryKey": "${key}",\n  "primaryKeyLastUpdated": "2025-01-10T10:00:00Z"\n}\n`, "maps/keys.json"), [key]);
  assert.deepEqual(secretValuesIn(`{\n  "primaryKey": "orders_catalogue_primary_key_column_name_v2"\n}\n`, "schema.json"), []);
});

test("look-alikes in cloud SDKs and network configuration: an auth scheme's name, an OpenSSL cipher list", () => {
  assert.deepEqual(secretValuesIn(`const S3_EXPRESS_AUTH_SCHEME = "sigv4-s3express";\n`, "dist-cjs/index.js"), []);
  assert.deepEqual(secretValuesIn(`    ssl_ciphers HIGH:!aNULL:!eNULL:!EXPORT:!CAMELLIA:!DES:!MD5:!PSK:!RC4;\n`, "proxy/default.conf"), []);
  // `!` starts a comment in .properties: a secret commented out there is still a secret on disk.
  assert.deepEqual(secretValuesIn(`!spring.datasource.password=${PASSWORD}\n`, "application.properties"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`const ORDERS_AUTH = "${TOKEN}";\n`, "src/client.js"), [TOKEN]);
});

test("a key given by a variable to the AI services' header or an SDK credential, set just before", () => {
  const key = createHash("md5").update("face quickstart").digest("hex");
  assert.deepEqual(secretValuesIn(`const key = "${key}";\nconst client = new FaceClient(new ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } }), endpoint);\n`, "detect.js"), [key]);
  assert.deepEqual(secretValuesIn(`var k = "${key}";\nclient.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", k);\n`, "Translate.cs"), [key]);
  assert.deepEqual(secretValuesIn(`key := "${key}"\ncred := azcore.NewKeyCredential(key)\n`, "main.go"), [key]);
  // Set from the environment: nothing to report.
  assert.deepEqual(secretValuesIn(`const key = process.env.FACE_KEY;\nconst c = new AzureKeyCredential(key);\n`, "detect.js"), []);
});

test("a Web Chat secret is named for its bot and previewed like any secret found by its place", () => {
  const secret = "kQpZwe-Xw9Lp.4Rk8Zs3Hd6Jf1Nb5Cg0Ty8Ue2Wq4Lm7Ns3Xb";
  const findings = scanText({ content: `<iframe src="https://webchat.botframework.com/embed/orders-help-bot?s=${secret}"></iframe>\n`, filePath: "help.html" });
  assert.deepEqual(findings.map((finding) => [finding.keyName, finding.preview]), [["orders-help-bot-web-chat-secret", `kQpZ…(${secret.length})`]]);
});

test("a script's NAME=value ends at a blank (the words after it are a command); a .env file's value runs to the line's end", () => {
  const words = ["Zq9xLm2pW4", "Hk7vRt3nQ8"];
  assert.deepEqual(secretValuesIn(`export DB_PASSWORD=${words.join(" ")}\n`, "deploy/run.sh"), [words[0]]);
  assert.deepEqual(secretValuesIn(`DB_PASSWORD=${words.join(" ")}\n`, ".env"), [words.join(" ")]);
  assert.deepEqual(secretValuesIn(`password: ${words.join(" ")}\n`, "config/app.yaml"), [words.join(" ")]);
});

test("a quoted user's name before 'password' is a list of fields, unless it is a setter's section", () => {
  assert.deepEqual(secretValuesIn(`config.set('email', 'password', '${PASSWORD}')\n`, "tools/setup_mail.py"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`redis.hset("login", "password", "${PASSWORD}")\n`, "tools/seed.py"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`FIELDS = ('username', 'password', 'ops@lager', 'smtp.lager.example')\n`, "mail/fields.py"), []);
});

test("a command continued over lines indented with tabs is read as one indented with spaces", () => {
  for (const indent of ["  ", "\t", "\t\t"]) {
    const script = `az keyvault secret set \\\n${indent}--vault-name kv-orders-dev \\\n${indent}--name sql-admin-password \\\n${indent}--value "${PASSWORD}"\n`;
    assert.deepEqual(secretValuesIn(script, "deploy/seed.sh"), [PASSWORD], JSON.stringify(indent));
  }
});

test("an SSH host key's SHA-256 fingerprint pinned under a host key's name is public; a Functions host key is a secret", () => {
  // OpenSSH and SSH.NET print the fingerprint as unpadded base64 (`FingerPrintSHA256`); .NET's Convert pads it.
  const digest = createHash("sha256").update("sftp.contoso.example host key").digest("base64");
  const unpadded = digest.replace(/=+$/, "");
  const pin = (value: string) => `var expectedHostKey = "${value}";\nclient.HostKeyReceived += (s, e) => e.CanTrust = e.FingerPrintSHA256 == expectedHostKey;\n`;
  assert.deepEqual(secretValuesIn(pin(unpadded), "src/SftpUpload.cs"), []);
  assert.deepEqual(secretValuesIn(pin(digest), "src/SftpUpload.cs"), []);
  // A Functions host key is 40 random bytes: 56 characters of base64.
  const functionsKey = createHash("sha512").update("functions host key").digest().subarray(0, 40).toString("base64");
  assert.deepEqual(secretValuesIn(`var hostKey = "${functionsKey}";\n`, "src/FunctionsClient.cs"), [functionsKey]);
});

test("an FCM registration token is a device's address; the legacy server key, `AAAA…:APA91b…`, is a secret under any name", () => {
  const body = (seed: string) => createHash("sha512").update(seed).digest("base64url") + createHash("sha512").update(`${seed}.2`).digest("base64url");
  const registrationToken = `${body("instance").slice(0, 11)}:APA91b${body("registration").slice(0, 134)}`;
  const serverKey = `AAAA${body("sender").slice(0, 7)}:APA91b${body("server").slice(0, 134)}`;
  assert.deepEqual(secretValuesIn(`export const testDevice = { registrationToken: '${registrationToken}', platform: 'android' };\n`, "src/push/devices.ts"), []);
  assert.deepEqual(secretValuesIn(`export const testDevice = { registrationToken: '${serverKey}', platform: 'android' };\n`, "src/push/devices.ts"), [serverKey]);
  assert.deepEqual(secretValuesIn(`const fcmServerKey = '${serverKey}';\n`, "src/push/send.ts"), [serverKey]);
});

test("a bare value with a bracket that never closes is a password's character, not a call", () => {
  const password = ["Kq7(", "vRzmW9pX"].join("");
  assert.deepEqual(secretValuesIn(`DB_PASSWORD=${password}\n`, ".env"), [password]);
  assert.deepEqual(secretValuesIn(`db:\n  password: ${password}\n`, "values.yaml"), [password]);
  assert.deepEqual(secretValuesIn(`services:\n  db:\n    environment:\n      - DB_PASSWORD=${password}\n`, "docker-compose.yml"), [password]);
  // A call or an index, closed on its line or going on to the next, is still no value.
  for (const call of ["getPassword()", "ENC(Zq8vN3kLm5pR7t)", "secrets[0]", "postgresql::postgresql_password("]) assert.deepEqual(secretValuesIn(`password: ${call}\n`, "values.yaml"), [], call);
  // …nor one going on to the next line after its first arguments' names, as documentation shows code.
  assert.deepEqual(secretValuesIn("Example ::\n\n    creds = compute_engine.IDTokenCredentials(request,\n        target_audience=target_audience)\n", "docs/user-guide.rst"), []);
  assert.deepEqual(secretValuesIn("credentials: auth.Client::new(http, region,\n", "values.yaml"), []);
});

test("a class field's default given through pydantic's Field or a dataclass's field is the field's value, named by the field", () => {
  const GITHUB = ["ghp_", "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e"].join("");
  const named = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret").map((finding) => `${finding.keyName} ${content.slice(finding.range.startOffset, finding.range.endOffset)}`);
  const text = [
    "class Settings(BaseModel):",
    `    api_key: str = Field(default="${KEY}", description="payments")`,
    `    api_token: SecretStr = Field("${TOKEN}")`,
    // (Over several lines a vendor's token is found by its shape, and named by the field.)
    "    github_token: SecretStr = Field(",
    '        title="GitHub",',
    `        default="${GITHUB}",`,
    "    )",
    "",
    `    webhook_secret: str = Field(alias="WEBHOOK", description="signs the hooks", default="${TOKEN}")`,
    "@dataclass",
    "class Client:",
    `    client_secret: str = field(default="${KEY}")`,
    `    api_secret: str = field(repr=False, default="${KEY}")`,
    "",
  ].join("\n");
  assert.deepEqual(named(text, "app/settings.py"), [`api_key ${KEY}`, `api_token ${TOKEN}`, `github_token ${GITHUB}`, `webhook_secret ${TOKEN}`, `client_secret ${KEY}`, `api_secret ${KEY}`]);
  // typing's Annotated, whose metadata holds `=`, commas and brackets of its own.
  assert.deepEqual(
    named(`class Settings(BaseSettings):\n    jwt_secret: Annotated[str, Field(alias="JWT_KEY")] = "${KEY}"\n    api_token: typing.Annotated[str, "doc"] = "${TOKEN}"\n`, "app/settings.py"),
    [`jwt_secret ${KEY}`, `api_token ${TOKEN}`],
  );
  // attrs' classic class attribute, without a type annotation.
  assert.deepEqual(named(`@attr.s\nclass Client:\n    password = attr.ib(default="${PASSWORD}")\n`, "app/client.py"), [`password ${PASSWORD}`]);
  // A field of no secret's name, and a description, are no secrets.
  assert.deepEqual(secretValuesIn(`    region: str = Field(default="${KEY}")\n    api_key: str = Field(default=None, description="${KEY}")\n`, "app/settings.py"), []);
});

test("an argparse or click option's default is found under the long option's name, or click's envvar", () => {
  const named = (content: string) => scanText({ content, filePath: "tools/sync.py" }).filter((finding) => finding.kind === "secret").map((finding) => `${finding.keyName} ${content.slice(finding.range.startOffset, finding.range.endOffset)}`);
  const text = [
    `parser.add_argument("--api-key", default="${KEY}")`,
    `parser.add_argument("-p", "--password", type=str, help="the database's password", default="${PASSWORD}")`,
    `@click.option("--client-secret", envvar="CLIENT_SECRET", default="${TOKEN}", show_default=False)`,
    // (An option of no secret's name, and a placeholder default, are no secrets.)
    `parser.add_argument("--region", default="${KEY}")`,
    'parser.add_argument("--token", default="changeme")',
    "",
  ].join("\n");
  // (click reads envvar= itself when the option is not given: that variable names the value.)
  assert.deepEqual(named(text), [`api-key ${KEY}`, `password ${PASSWORD}`, `CLIENT_SECRET ${TOKEN}`]);
  // click's third name, without dashes, is the function's parameter: the long option still names the value.
  assert.deepEqual(named(`@click.option("--api-key", "-k", "token", default="${KEY}")\n`), [`api-key ${KEY}`]);
  assert.deepEqual(named(`@click.option("--db-password", "db_pw", envvar="DB_PASSWORD", default="${PASSWORD}")\n`), [`DB_PASSWORD ${PASSWORD}`]);
});

test("a Helm template's default is found in either order, named by the variable it sets", () => {
  const named = (content: string) => scanText({ content, filePath: "chart/templates/deployment.yaml" }).filter((finding) => finding.kind === "secret").map((finding) => `${finding.keyName} ${content.slice(finding.range.startOffset, finding.range.endOffset)}`);
  const text = [
    "env:",
    "  - name: API_TOKEN",
    `    value: {{ default "${TOKEN}" .Values.apiToken | quote }}`,
    "  - name: API_KEY",
    `    value: {{ .Values.apiKey | default "${KEY}" | quote }}`,
    "",
  ].join("\n");
  assert.deepEqual(named(text), [`API_TOKEN ${TOKEN}`, `API_KEY ${KEY}`]);
  // (A template variable given the default: `{{- $password := default "…" .Values.auth.password }}`.)
  assert.deepEqual(secretValuesIn(`{{- $password := default "${PASSWORD}" .Values.auth.password }}\n`, "chart/templates/_helpers.tpl"), [PASSWORD]);
});

test("a token on a default= line of an argparse option written over several lines is named by the option", () => {
  const github = ["ghp_", "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e"].join("");
  const text = `parser.add_argument(\n    "--github-token",\n    help="a token with repo scope",\n    default="${github}",\n)\n`;
  assert.deepEqual(scanText({ content: text, filePath: "tools/release.py" }).map((finding) => finding.keyName), ["github-token"]);
});

test("a default on a line of its own in a call laid out one argument a line (black's layout) is found, named by the option or field", () => {
  const text = [
    "parser.add_argument(",
    '    "--api-key",',
    '    help="the payments key",',
    `    default="${KEY}",`,
    ")",
    "",
    "class Settings(BaseSettings):",
    "    db_password: str = Field(",
    `        default="${PASSWORD}",`,
    "    )",
    "    region: str = Field(",
    `        default="${KEY}",`,
    "    )",
    "",
  ].join("\n");
  assert.deepEqual(
    scanText({ content: text, filePath: "app/settings.py" }).map((finding) => `${finding.keyName} ${text.slice(finding.range.startOffset, finding.range.endOffset)}`),
    [`api-key ${KEY}`, `db_password ${PASSWORD}`],
  );
});

test("a URL's user that an f-string or a C# interpolated string fills in is the code's, not a slot: its password is found", () => {
  const password = ["Wq8vZ2Lm", "7TzW4pB8"].join("");
  assert.deepEqual(secretValuesIn(`dsn = f"postgresql://{user}:${password}@db.internal/orders"\n`, "app/db.py"), [password]);
  assert.deepEqual(secretValuesIn(`var dsn = $"postgresql://{user}:${password}@db.internal/orders";\n`, "Db.cs"), [password]);
  // Outside an interpolating string `{user}` is a slot a reader fills in: documentation's example.
  assert.deepEqual(secretValuesIn(`dsn = "postgresql://{user}:${password}@db.internal/orders"\n`, "app/db.py"), []);
});

test("a C or C++ designated initializer's .password is a name; an empty one or a JavaScript chain is not", () => {
  assert.deepEqual(secretValuesIn(`struct db_config cfg = {\n    .host = "pg.internal",\n    .password = "${PASSWORD}",\n};\n`, "src/db.c"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`static const Options kOptions{.user = "orders", .password = "${PASSWORD}"};\n`, "src/db.cpp"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`    .password = "";\n`, "src/db.c"), []);
  assert.deepEqual(secretValuesIn(`builder\n  .password = "${PASSWORD}";\n`, "src/db.js"), []);
});

test("a quote after a name's colon opens a string, not a Rust lifetime: the string's own `name=\"…\"` is no value of the name", () => {
  // A Hawk or Digest header written out whole: an id, a nonce and a MAC, none of them a secret.
  const hawk = `authorization: 'Hawk id="qz82hfk301mw", ts="1400000000", nonce="p7k2d9", mac="Zx9aQw3ErTyUiOpAsDfGhJkLzXcVbNmQwErTyUiOpAs="'`;
  assert.deepEqual(secretValuesIn(`const request = {\n    ${hawk}\n};\n`, "lib/server.js"), []);
  assert.deepEqual(secretValuesIn(`const options = { token: 'Digest nonce="b7Hf3Js9Qw2xK4mP", qop="auth"' };\n`, "src/client.ts"), []);
  // A lifetime after `&` is still a type, and the literal after it the value; so is a token given plainly.
  assert.deepEqual(secretValuesIn(`const API_TOKEN: &'static str = "${TOKEN}";\n`, "src/main.rs"), [TOKEN]);
  assert.deepEqual(secretValuesIn(`let password: &'a mut str = "${PASSWORD}";\n`, "src/db.rs"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`const options = { token: '${TOKEN}' };\n`, "src/client.ts"), [TOKEN]);
});

test("Nmap's scripts (.nse) are read as the Lua they are: a module's load and a method's call are no values", () => {
  const script = `local creds = require "creds"\nlocal c = creds.Credentials:new(creds.ALL_DATA, host, port)\npassword = username\n`;
  assert.deepEqual(secretValuesIn(script, "scripts/ftp-brute.nse"), []);
  // A quoted random value under a secret name is still reported there, as in a .lua file.
  assert.equal(secretValuesIn(`local token = "Hw4Rt8Lq2Zm6Xp9Kv3Bn"\n`, "scripts/http-probe.nse").length, 1);
  // The same lines in an extension-less text are bare values, as before.
  assert.equal(secretValuesIn(script, "notes/creds").length > 0, true);
});

test("SystemTap, Macaulay2, GLSL and RELAX NG compact files assign expressions, as code does", () => {
  assert.deepEqual(secretValuesIn(`probe sys.token_fetch = kprobe.token_fetch!, tp.token_fetch\ncred = @defined($cred) ? $cred : $task->real_cred\n`, "tapset/linux/creds.stp"), []);
  assert.deepEqual(secretValuesIn(`pw := (v,wts) -> (\nPW = moveSlice(PW,S')\n`, "share/Pkg/witness.m2"), []);
  assert.deepEqual(secretValuesIn(`    pass_Depth = abs(viewPos.z / viewPos.w);\n`, "shaders/depth.glsl"), []);
  assert.deepEqual(secretValuesIn(`Token.datatype = xsd:NMTOKEN\n`, "schema/datatypes.rnc"), []);
  // A quoted random value under a secret name is still reported in them.
  assert.equal(secretValuesIn(`secret_key = "Hw4Rt8Lq2Zm6Xp9Kv3Bn"\n`, "tapset/probe.stp").length, 1);
  assert.equal(secretValuesIn(`apiToken := "Hw4Rt8Lq2Zm6Xp9Kv3Bn"\n`, "share/Pkg/client.m2").length, 1);
});

test("D modules (.d) assign expressions, as code does: a constant's arithmetic, a struct's initializer, a template's instance", () => {
  const module = [
    "enum LOG_ServerAuthFailed=(LOG_BASE+22);",
    "enum SERVICE_M_LOGON_AUTH = SERVICE_BASE+48;",
    "const IID IID_IWidgetCredentials = {0x12AB34CD, 0x5E6F, 0x4A7B, [0x81, 0x92, 0xA3, 0xB4, 0xC5, 0xD6, 0xE7, 0xF8]};",
    "enum TestResult pass = TestResult(0, 0, true, false);",
    "alias Pass = Check!(int, float);",
  ].join("\n");
  assert.deepEqual(secretValuesIn(`${module}\n`, "include/d/core/sys/widgets.d"), []);
  // A quoted random value under a secret name is still reported in them.
  assert.equal(secretValuesIn(`auto secret = "Hw4Rt8Lq2Zm6Xp9Kv3Bn".representation;\n`, "include/d/std/hmac.d").length, 1);
});

test("Ada's bodies and specifications (.adb, .ads) are code: a function's call after `:=` is no value, a constant's literal is", () => {
  const body = "      Result.Password := To_XString (Password);\n      Conn.Secret := Get_Secret (Vault, Name);\n";
  assert.deepEqual(secretValuesIn(body, "src/db-postgres.adb"), []);
  // A constant declared with its type still gives its literal, which plain text missed.
  assert.equal(secretValuesIn(`   Api_Token : constant String := "Hw4Rt8Lq2Zm6Xp9Kv3Bn";\n`, "src/client.ads").length, 1);
});

test("a run of A filling a line of a base64 blob wrapped at a fixed width is data, not a Twitter/X bearer token", () => {
  // Made-up base64 lines of 60 characters, as a plist's <data> wraps an ICC profile.
  const above = "AGsAbQBlAHIAbQBQAGEAbgB0AGEAbABsAGEATgDkAHkAdAB0APYATQBvAG5B";
  const line = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0ZXh0AAAAAENvcHlyaWdodCBHbGxx";
  const blob = `<data>\n\t\t${above}\n\t\t${line}\n\t\tZSBFeGFtcGxlLCBJbmMuAAAA\n\t\t</data>\n`;
  assert.deepEqual(secretValuesIn(blob, "Resources/English.lproj/Main.nib/keyedobjects.nib"), []);
  // A bearer token of its real length, alone on a line under another line, is still reported.
  const token = `AAAAAAAAAAAAAAAAAAAAA${"Mq7Xz2Lp9Rk4Wt8Bn3Vc".repeat(4)}Hd5Jf1Gs6Ya0`;
  assert.equal(secretValuesIn(`tokens:\n  ${above}\n  ${token}\n`, "notes/tokens.txt").length, 1);
});

test("a value that repeats the bare id an object is given nearby refers to that object", () => {
  // QEMU's command lines name an -object by its id= and refer to it by that name.
  assert.deepEqual(secretValuesIn(`qemu -object tls-creds-x509,id=vnccred2,dir=/etc/pki/qemu -vnc :1,tls-creds=vnccred2\n`, "docs/vnc.html"), []);
  assert.deepEqual(secretValuesIn(`  --object tls-creds-x509,id=vnccred2,verify-peer=yes \\\n  --vnc 0.0.0.0:1,tls-creds=vnccred2\n`, "docs/authz.html"), []);
  // A value nothing nearby names as an id is still reported, and a random one even where an id repeats it.
  assert.equal(secretValuesIn(`  --vnc 0.0.0.0:1,tls-creds=vnccred2\n`, "docs/authz.html").length, 1);
  assert.equal(secretValuesIn(`id=Hw4Rt8Lq2Zm6Xp9Kv3Bn password=Hw4Rt8Lq2Zm6Xp9Kv3Bn\n`, "notes/login.txt").length, 1);
});

test("a generator's template of a source file (.kt.ejs, .ts.hbs) is read as the code it renders", () => {
  const template = [
    "data class Account(",
    "<%_ if (withPassword) { _%>",
    "    var password: String? = null,",
    "<%_ } _%>",
    ")",
    "fun changePassword(currentPassword: String, newPassword: String) {",
    "    val signingSecret = <%= propertiesName %>.security.jwt.signingSecret",
    "}",
    "",
  ].join("\n");
  assert.deepEqual(secretValuesIn(template, "generators/server/templates/Account.kt.ejs"), []);
  assert.deepEqual(secretValuesIn("export function login(password: string, apiToken: Token) {}\n", "templates/src/login.ts.hbs"), []);
  const password = ["Vr7q", "Lx2m", "Tz9k"].join("");
  assert.deepEqual(secretValuesIn(`    val password = "${password}"\n`, "generators/server/templates/Seed.kt.ejs"), [password]);
  // A template of a settings file is read as text, as before: a bare value there is a value.
  assert.deepEqual(secretValuesIn(`PASSWORD=${password}\n`, "templates/.env.ejs"), [password]);
});

test("a message's key in a catalogue of error codes (error.10015.chat) is a name with a code in it, not a key", () => {
  const catalogue = "const ERROR_CODES = {\n  '-3301': {\n    id: 10015,\n    key: 'error.10015',\n    chatKey: 'error.10015.chat',\n    toastKey: 'errors.call.404.toast',\n  },\n};\n";
  assert.deepEqual(secretValuesIn(catalogue, "src/CallService/errors.ts"), []);
  // Random pieces around a number are a key's, and words around a number may be a password.
  const key = [["Xk4Tq9Lm2Z", "rW7p"].join("."), "4821", "Hv3Ns8Pq"].join(".");
  assert.deepEqual(secretValuesIn(`const relay = { chatKey: '${key}' };\n`, "src/relay.ts"), [key]);
  const password = ["harbour", "2024", "lantern"].join(".");
  assert.deepEqual(secretValuesIn(`const relay = { password: '${password}' };\n`, "src/relay.ts"), [password]);
});

test("platform wheels: Python's quoted annotations, f-string fields and a compiler's pass filter are no secrets", () => {
  // A stub's class attribute and a `def` line's parameters, annotated with quoted types.
  const stub = ["class RenderPasses:", "    DepthPass:'Passes'", "    def SetDelegatePass(self, delegatePass:'vtkRenderPass') -> None: ...", ""].join("\n");
  assert.deepEqual(secretValuesIn(stub, "vtkmodules/vtkRendering.pyi"), []);
  assert.deepEqual(secretValuesIn("def connect(self, signing_key: 'crypto.SigningKey') -> None:\n    pass\n", "relay/client.py"), []);
  // A default after the annotation is the parameter's value, and a key under a dictionary's
  // constant in a module is a value too.
  assert.deepEqual(secretValuesIn(`def connect(self, password: str = '${PASSWORD}'):\n    pass\n`, "relay/client.py"), [PASSWORD]);
  assert.deepEqual(secretValuesIn(`tokens = {DEPLOY_TOKEN: '${KEY}'}\n`, "relay/client.py"), [KEY]);
  // An f-string's field after `PASS=` is filled in when the line runs; a literal there is a value.
  assert.deepEqual(secretValuesIn('summary = f"TESTS={self.total} PASS={self.passed} FAIL={self.failed}"\n', "runner/report.py"), []);
  assert.deepEqual(secretValuesIn(`summary = f"HOST={self.host} PASS=${PASSWORD} USER={self.user}"\n`, "runner/report.py"), [PASSWORD]);
  // The passes a compiler logs, named by a pass filter; a pass word before another tail still names a secret.
  assert.deepEqual(secretValuesIn('// Run with `PIPELINE_LOG_PASS_FILTER="InlineCalls;FoldConstants"` to log two passes.\n', "compiler/logger.h"), []);
  assert.deepEqual(secretValuesIn(`SMTP_PASS_VALUE="${PASSWORD}"\n`, "deploy/.env"), [PASSWORD]);
});

test("OCaml, Reason and ReScript sources (.ml, .re, .res) are code: a binding's expression and a match arm are no values, a quoted literal is", () => {
  const matcher = [
    "        let pass = actual == \"\";",
    "        let didSuitePass = !didSuiteFail && !didSuiteSkip;",
    "          | Token.Default => renderWith(Palette.color.stop, s)",
  ].join("\n");
  for (const filePath of ["src/matchers/StringMatchers.re", "src/matchers/string_matchers.ml", "src/Matchers.res"]) {
    assert.deepEqual(secretValuesIn(`${matcher}\n`, filePath), [], filePath);
  }
  assert.equal(secretValuesIn(`let apiToken = "Hw4Rt8Lq2Zm6Xp9Kv3Bn";\n`, "src/Client.re").length, 1);
});

test("a rendered page's code writes its quotes as HTML entities: the value between them is read as quoted", () => {
  const key = ["Xk4Tq9Lm2Z", "rW7pHv3Ns8", "Pq1Yb6Jd0Fg5"].join("");
  assert.deepEqual(secretValuesIn(`<pre><code>var APIKey = &#39;${key}&#39;;</code></pre>\n`, "build/patterns/journey/index.html"), [key]);
  assert.deepEqual(secretValuesIn(`<pre><code>const apiKey = &quot;${key}&quot;;</code></pre>\n`, "build/patterns/journey/index.html"), [key]);
  // A placeholder between the entities is still one.
  assert.deepEqual(secretValuesIn("<pre><code>var APIKey = &#39;your-api-key-here&#39;;</code></pre>\n", "build/patterns/journey/index.html"), []);
});
