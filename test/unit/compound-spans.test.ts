// The span of a whole connection string around its password (a finding's `compound`), which the
// quick fix stores as one secret and the key name is looked up by: unquoted values included, where
// keywords hold blanks (`User ID`), ODBC quotes in braces, and comments or other settings follow.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const PASSWORD = ["Zq9x", "Lm2pW4"].join("");
const OTHER = ["Hk7v", "Rt3nQ8"].join("");
const SQL = `Server=tcp:orders.database.windows.net,1433;Initial Catalog=Orders Db;User ID=app;Password=${PASSWORD};Encrypt=True`;

/** Each secret finding as [password, compound, key name]. */
function compounds(content: string, filePath: string): [string, string | undefined, string | undefined][] {
  return scanText({ content, filePath })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => [content.slice(finding.range.startOffset, finding.range.endOffset), finding.compound && content.slice(finding.compound.startOffset, finding.compound.endOffset), finding.keyName]);
}

test("an unquoted connection string is whole, blanks in keywords and values included, in every configuration format", () => {
  assert.deepEqual(compounds(`db:\n  conn: ${SQL}\n`, "app.yaml"), [[PASSWORD, SQL, "db:conn"]]);
  assert.deepEqual(compounds(`DB_CONN=${SQL}\n`, ".env"), [[PASSWORD, SQL, "DB_CONN"]]);
  assert.deepEqual(compounds(`db.conn=${SQL}\n`, "app.properties"), [[PASSWORD, SQL, "db.conn"]]);
  assert.deepEqual(compounds(`[db]\nconn = ${SQL}\n`, "app.ini"), [[PASSWORD, SQL, "db:conn"]]);
  // Compose's `- NAME=…` list item: the string after `NAME=`, named by it.
  assert.deepEqual(compounds(`services:\n  api:\n    environment:\n      - DB_CONN=${SQL}\n`, "docker-compose.yml"), [[PASSWORD, SQL, "services:api:environment:DB_CONN"]]);
  // The last value runs to the line's end in a configuration file, not in prose.
  const catalogLast = `Server=db1;User ID=app;Password=${PASSWORD};Initial Catalog=Orders Db`;
  assert.deepEqual(compounds(`conn: ${catalogLast}\n`, "app.yaml"), [[PASSWORD, catalogLast, "conn"]]);
  assert.deepEqual(compounds(`Use ${catalogLast} to connect.\n`, "notes.md")[0]![1], `Server=db1;User ID=app;Password=${PASSWORD};Initial Catalog=Orders`);
});

test("a URL that is the default of an expansion (`${REDIS_URL:-redis://…}`) is found, and is the string without the expansion around it", () => {
  const url = `redis://:${PASSWORD}@orders-cache:6379/0`;
  assert.deepEqual(compounds(`services:\n  api:\n    environment:\n      REDIS_URL: \${REDIS_URL:-${url}}\n`, "docker-compose.yml").map(([password, compound]) => [password, compound]), [[PASSWORD, url]]);
  assert.deepEqual(compounds(`services:\n  api:\n    environment:\n      - REDIS_URL=\${REDIS_URL:-${url}}\n`, "docker-compose.yml").map(([password, compound]) => [password, compound]), [[PASSWORD, url]]);
  assert.deepEqual(compounds(`REDIS_URL="\${REDIS_URL:-${url}}"\n`, "run.sh").map(([password, compound]) => [password, compound]), [[PASSWORD, url]]);
});

test("a comment, another assignment or markup ends an unquoted connection string and its password", () => {
  const cs = `Server=db1.corp.local;Database=Orders;User Id=app;Password=${PASSWORD}`;
  assert.deepEqual(compounds(`db:\n  conn: ${cs} # prod db\n`, "config.yaml"), [[PASSWORD, cs, "db:conn"]]);
  assert.deepEqual(compounds(`DB_CONN=${cs} # prod\n`, ".env"), [[PASSWORD, cs, "DB_CONN"]]);
  const second = `Server=db2.corp.local;Database=Audit;User Id=audit;Password=${OTHER}`;
  assert.deepEqual(compounds(`export A=${cs} B=${second}\n`, "run.sh").map(([password, compound]) => [password, compound]), [[PASSWORD, cs], [OTHER, second]]);
  assert.deepEqual(compounds(`<settings>\n  <connectionString>${cs}</connectionString>\n</settings>\n`, "settings.xml")[0]!.slice(0, 2), [PASSWORD, cs]);
  assert.deepEqual(compounds("const conn = `" + cs + "`;\n", "app.js"), [[PASSWORD, cs, "conn"]]);
});

test("ODBC's braces hold blanks and `;` of their own; the password is inside them, the string keeps them", () => {
  const odbc = `Driver={ODBC Driver 18 for SQL Server};Server=db1;Uid=app;Pwd={Zq9 xLm;2pW4}`;
  assert.deepEqual(compounds(`db:\n  conn: ${odbc}\n`, "config.yaml"), [["Zq9 xLm;2pW4", odbc, "db:conn"]]);
  // (A line of its own in an ini file is no connection string: its braces may be the password's.)
  assert.deepEqual(compounds(`[orders]\nPwd={Zq9xLm;2pW4}\n`, "odbc.ini"), [["{Zq9xLm;2pW4}", undefined, "orders:Pwd"]]);
  const plain = `Driver={ODBC Driver 18 for SQL Server};Server=db1;Uid=app;Pwd=${PASSWORD};Encrypt=yes`;
  assert.deepEqual(compounds(`ODBC=${plain}\n`, ".env"), [[PASSWORD, plain, "ODBC"]]);
});

test("a connection string's own first keyword is no assignment: Endpoint=, AccountEndpoint=; a Redis string after NAME= is named by it", () => {
  const key = ["Zq9xLm2pW4Hk7vRt3nQ8", "Bc5dFg1jKl6mNp0qRs4tUv8="].join("");
  const bus = `Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key}`;
  assert.deepEqual(compounds(`main:\n  conn: ${bus}\n`, "values.yaml"), [[key, bus, "main:conn"]]);
  const redis = `cache01.corp.local:6380,password=${PASSWORD},ssl=True`;
  assert.deepEqual(compounds(`REDIS=${redis}\n`, ".env"), [[PASSWORD, redis, "REDIS"]]);
});

test("a password that is a template's or a format's slot is no secret, in the SQL Server rule too", () => {
  const head = "Server=db1.corp.local;Database=Orders;User Id=app;";
  for (const [content, filePath] of [
    [`stringData:\n  conn: "${head}Password={{ .Values.db.password }}"\n`, "charts/x/templates/secret.yaml"],
    [`CONN = "${head}Password=%s" % pw\n`, "app.py"],
    [`$conn = "${head}Password=$pw";\n`, "db.php"],
    [`conn = "${head}Password=#{pw}"\n`, "db.rb"],
    [`Driver={SQL Server};Server={#{server}};Uid={#{user}};Pwd={#{password}};Trusted_Connection={#{trusted}};\n`, "README.md"],
  ]) assert.deepEqual(compounds(content!, filePath!), [], content);
});

test("quotes escaped or doubled inside the literal are its text: the compound runs to the literal's own quotes", () => {
  const tail = `User Id=app;Password=${PASSWORD};Encrypt=True`;
  const verbatim = `Server=db1;Application Name=""Orders API"";${tail}`;
  assert.deepEqual(compounds(`var cs = @"${verbatim}";\n`, "Db.cs"), [[PASSWORD, verbatim, "cs"]]);
  const escaped = `Server=db1;Application Name=\\"Orders API\\";${tail}`;
  assert.deepEqual(compounds(`{"ConnectionStrings":{"Db":"${escaped}"}}\n`, "appsettings.json"), [[PASSWORD, escaped, "ConnectionStrings:Db"]]);
});

test("a literal that ends with an escaped or doubled quote, and triple-quoted literals, are read to their own closing quotes", () => {
  const escaped = `Server=db;User ID=app;Password=${PASSWORD};App=\\"Orders\\"`;
  assert.deepEqual(compounds(`{"ConnectionStrings": {"Db": "${escaped}", "x": "y"}}\n`, "appsettings.json")[0]![1], escaped);
  const doubled = `Server=db;User ID=app;Password=${PASSWORD};Application Name=""Orders API""`;
  assert.deepEqual(compounds(`var cs = @"${doubled}"; Log("done; ok");\n`, "Db.cs")[0]![1], doubled);
  const singleDoubled = `Server=db;User ID=app;Password=${PASSWORD};Application Name=''Orders API''`;
  assert.deepEqual(compounds(`db: '${singleDoubled}'\n`, "config.yaml")[0]![1], singleDoubled);
  const plain = `Server=db;User ID=app;Password=${PASSWORD};Application Name=Orders API`;
  assert.deepEqual(compounds(`CS = """${plain}"""\n`, "app.py")[0]![1], plain);
  assert.deepEqual(compounds(`var cs = """${plain}""";\n`, "Db.cs")[0]![1], plain);
});

test("a YAML flow collection's brackets and commas, and the prose around a string, stay out of it", () => {
  const first = `Server=db1;Uid=app;Password=${PASSWORD}`;
  const second = `Server=db2;Uid=app;Password=${OTHER}`;
  assert.deepEqual(compounds(`dbs: [${first}, ${second}]\n`, "a.yml").map(([password, compound]) => [password, compound]), [[PASSWORD, first], [OTHER, second]]);
  assert.deepEqual(compounds(`db: {conn: Server=db;Password=${PASSWORD}, timeout: 30}\n`, "a.yml")[0]!.slice(0, 2), [PASSWORD, `Server=db;Password=${PASSWORD}`]);
  const sentence = `Server=db;User ID=app;Password=${PASSWORD}`;
  assert.deepEqual(compounds(`Since yesterday; ${sentence}; then set the retry count to n=3\n`, "notes.md")[0]![1], sentence);
  assert.deepEqual(compounds(`cd /srv/app; Server=db;Uid=app;Password=${PASSWORD}\n`, "run.sh")[0]![1], `Server=db;Uid=app;Password=${PASSWORD}`);
  // Npgsql's multi-host `Host=` is the string's first setting, not an assignment.
  const npgsql = `Host=db1:5432,db2:5432;Username=app;Password=${PASSWORD};Database=orders`;
  assert.deepEqual(compounds(`PG=${npgsql}\n`, ".env"), [[PASSWORD, npgsql, "PG"]]);
});

test("a password that starts with $ or < is a password where no language reads it as a variable or a slot", () => {
  const head = "Server=db;User Id=app;";
  assert.deepEqual(compounds(`var cs = "${head}Password=$Qx7vLm2pZr9k;Encrypt=True";\n`, "Db.cs").map(([password]) => password), ["$Qx7vLm2pZr9k"]);
  assert.deepEqual(compounds(`var cs = "${head}Password=Q7<x9Lm2pW4;Encrypt=True";\n`, "Db.cs").map(([password]) => password), ["Q7<x9Lm2pW4"]);
  assert.deepEqual(compounds(`var cs = "${head}Password=$pw;Encrypt=True";\n`, "Db.cs"), []);
  assert.deepEqual(compounds(`<add name="Db" connectionString="${head}Password=&lt;password&gt;" />\n`, "web.config"), []);
});

test("a libpq or Go MySQL DSN that is a literal of its own is the credential whole; unquoted, only its password", () => {
  const libpq = `host=db1.corp.local port=5432 user=app password=${PASSWORD} dbname=orders sslmode=require`;
  assert.deepEqual(compounds(`package main\n\nvar dsn = "${libpq}"\n`, "main.go"), [[PASSWORD, libpq, "dsn"]]);
  const mysql = `app:${PASSWORD}@tcp(db1:3306)/orders?parseTime=true`;
  assert.deepEqual(compounds(`package main\n\nvar dsn = "${mysql}"\n`, "main.go"), [[PASSWORD, mysql, "dsn"]]);
  // No name before it: the keyword before the value, one word in libpq's blank-separated settings.
  assert.deepEqual(compounds(`conn = psycopg2.connect("host=db1 user=app password=${PASSWORD} dbname=orders")\n`, "app.py")[0]![2], "password");
  assert.deepEqual(compounds(`psql host=db1 user=app password=${PASSWORD} dbname=orders\n`, "run.sh"), [[PASSWORD, undefined, "password"]]);
});

test("a password ends before an option, a path, a table's bar or a prose word; a string inside a longer value ends with it", () => {
  const cs = `Server=db.example.net;Uid=app;Password=${PASSWORD}`;
  assert.deepEqual(compounds(`args: --conn ${cs} --verbose\n`, "deploy.yml")[0]!.slice(0, 2), [PASSWORD, cs]);
  assert.deepEqual(compounds(`Use ${cs} then restart the service.\n`, "README.md")[0]!.slice(0, 2), [PASSWORD, cs]);
  assert.deepEqual(compounds(`| prod | ${cs} | primary |\n`, "README.md")[0]!.slice(0, 2), [PASSWORD, cs]);
  assert.deepEqual(compounds(`cd /srv/app; ${cs} ./run\n`, "run.sh")[0]!.slice(0, 2), [PASSWORD, cs]);
});

test("a password the string quotes itself (ADO.NET's 'a;b' or \"a;b\", escaped or doubled by the code around) is inside a string that goes on", () => {
  const quoted = (quote: string) => `Server=db1.corp.local;Database=Orders;User Id=app;Password=${quote}${PASSWORD};x${quote};Encrypt=True`;
  assert.deepEqual(compounds(`conn = "${quoted("'")}"\n`, "app.py"), [[`${PASSWORD};x`, quoted("'"), "conn"]]);
  assert.deepEqual(compounds(`conn = '${quoted('"')}'\n`, "app.py"), [[`${PASSWORD};x`, quoted('"'), "conn"]]);
  assert.deepEqual(compounds(`var conn = "${quoted('\\"')}";\n`, "App.cs"), [[`${PASSWORD};x`, quoted('\\"'), "conn"]]);
  assert.deepEqual(compounds(`var conn = @"${quoted('""')}";\n`, "App.cs"), [[`${PASSWORD};x`, quoted('""'), "conn"]]);
  assert.deepEqual(compounds(`<add name="Orders" connectionString="${quoted("&quot;")}" />\n`, "web.config"), [[`${PASSWORD};x`, quoted("&quot;"), "Orders"]]);
  // Unquoted in configuration: the quotes are the string's own, the line goes on after them.
  assert.deepEqual(compounds(`db:\n  conn: ${quoted("'")}\n`, "app.yaml"), [[`${PASSWORD};x`, quoted("'"), "db:conn"]]);
  assert.deepEqual(compounds(`DB_CONN=${quoted("'")}\n`, ".env"), [[`${PASSWORD};x`, quoted("'"), "DB_CONN"]]);
  // libpq's `password='…'` inside a double-quoted DSN: the DSN, not the password alone.
  const dsn = `host=db1.corp.local dbname=orders user=app password='${PASSWORD}'`;
  assert.deepEqual(compounds(`dsn = "${dsn}"\n`, "app.py").map(([password, compound]) => [password, compound]), [[PASSWORD, dsn]]);
});

test("an unquoted libpq string that is a setting's whole value is one compound, its settings separated by blanks", () => {
  const dsn = `host=orders-db.corp.local port=5432 user=app password=${PASSWORD} dbname=orders`;
  assert.deepEqual(compounds(`db:\n  dsn: ${dsn} # primary\n`, "app.yaml"), [[PASSWORD, dsn, "db:dsn"]]);
  assert.deepEqual(compounds(`DATABASE_DSN=${dsn}\n`, ".env"), [[PASSWORD, dsn, "DATABASE_DSN"]]);
  const quotedPassword = `host=orders-db.corp.local user=app password='${PASSWORD}' dbname=orders`;
  assert.deepEqual(compounds(`DATABASE_DSN=${quotedPassword}\n`, ".env"), [[PASSWORD, quotedPassword, "DATABASE_DSN"]]);
  // In prose the string is no setting's value: the password alone.
  assert.deepEqual(compounds(`Connect with ${dsn} and check.\n`, "notes.md").map(([password, compound]) => [password, compound]), [[PASSWORD, undefined]]);
});

test("ODBC's braces hold a `}` doubled: the password and the string run past it", () => {
  const odbc = `Driver={ODBC Driver 18 for SQL Server};Server=sql1.corp.local;Database=orders;UID=app;PWD={${PASSWORD};x}}y}`;
  assert.deepEqual(compounds(`conn = pyodbc.connect("${odbc};")\n`, "app.py").map(([password, compound]) => [password, compound]), [[`${PASSWORD};x}}y`, odbc]]);
  assert.deepEqual(compounds(`db:\n  conn: ${odbc};Encrypt=yes\n`, "app.yaml").map(([password, compound]) => [password, compound]), [[`${PASSWORD};x}}y`, `${odbc};Encrypt=yes`]]);
});

test("a quoted password before a comment, and PowerShell's backtick-escaped quotes", () => {
  const quoted = `Server=db1.corp.local;Database=Orders;User Id=app;Password='${PASSWORD};x y'`;
  assert.deepEqual(compounds(`DB_CONN=${quoted} # primary\n`, ".env"), [[`${PASSWORD};x y`, quoted, "DB_CONN"]]);
  const backticks = `Server=db1.corp.local;Database=Orders;User Id=app;Password=\`"${PASSWORD};x\`"`;
  assert.deepEqual(compounds(`$conn = "${backticks};"\n`, "Connect.ps1").map(([password, compound]) => [password, compound]), [[`${PASSWORD};x`, backticks]]);
});

test("a libpq setting's whole value is a compound with CRLF line ends too", () => {
  const dsn = `host=orders-db.corp.local user=app password=${PASSWORD} dbname=orders`;
  assert.deepEqual(compounds(`db:\r\n  dsn: ${dsn}\r\nother: 1\r\n`, "app.yaml"), [[PASSWORD, dsn, "db:dsn"]]);
  assert.deepEqual(compounds(`DATABASE_DSN=${dsn}\r\n`, ".env"), [[PASSWORD, dsn, "DATABASE_DSN"]]);
});

test("a quoted NAME=connection string (a compose list item, docker run -e) is stored without its NAME=", () => {
  assert.deepEqual(compounds(`services:\n  app:\n    environment:\n      - "ConnectionStrings__Orders=${SQL}"\n`, "docker-compose.yml"), [[PASSWORD, SQL, "services:app:environment:ConnectionStrings__Orders"]]);
  assert.deepEqual(compounds(`docker run -e "ConnectionStrings__Orders=${SQL}" orders:latest\n`, "run.sh"), [[PASSWORD, SQL, "ConnectionStrings__Orders"]]);
});

test("libpq's quoted password may hold an escaped quote: the whole string is still one compound", () => {
  const dsn = `host=orders-db.corp.local user=app password='${PASSWORD}\\'x' dbname=orders`;
  assert.deepEqual(compounds(`db:\n  dsn: ${dsn}\n`, "app.yaml"), [[`${PASSWORD}\\'x`, dsn, "db:dsn"]]);
});

test("libpq's quoted password with blanks, read by the assignment around it, is stored with its whole string", () => {
  const words = ["Zq9x", "Lm2p", "W4"].join(" ");
  const dsn = `host=orders-db.corp.local dbname=orders user=app password='${words}'`;
  assert.deepEqual(compounds(`dsn = "${dsn}"\n`, "app.py"), [[words, dsn, "dsn"]]);
});

test("a service principal's JSON credentials written as text are one compound; an object literal in code is code", () => {
  const secret = ["Mw3", "8Q~", "Tz7Kq2Xv9Lp4Rn6Wb1Hc5Jd8Fg3Ys0Ua2V"].join("");
  const json = `{"clientId":"0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f","clientSecret":"${secret}","subscriptionId":"9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b","tenantId":"5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}`;
  assert.deepEqual(compounds(`      - uses: azure/login@v2\n        with:\n          creds: '${json}'\n`, ".github/workflows/deploy.yml"), [[secret, json, "with:creds"]]);
  assert.deepEqual(compounds(`AZURE_CREDENTIALS=${json}\n`, ".env"), [[secret, json, "AZURE_CREDENTIALS"]]);
  const escaped = json.replace(/"/g, '\\"');
  assert.deepEqual(compounds(`var creds = "${escaped}";\n`, "Deploy.cs"), [[secret, escaped, "creds"]]);
  // …as `az ad sp create-for-rbac` prints it without --sdk-auth; a user's password beside no appId is a password.
  const printed = `{"appId": "0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f", "displayName": "orders-ci", "password": "${secret}", "tenant": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}`;
  assert.deepEqual(compounds(`export ORDERS_SP='${printed}'\n`, "deploy.sh"), [[secret, printed, "ORDERS_SP"]]);
  assert.deepEqual(compounds(`LOGIN='{"user": "app", "password": "${secret}"}'\n`, ".env"), [[secret, undefined, "password"]]);
  // A dict in code, or an object with more inside it, is no credential written as text: the secret alone.
  assert.deepEqual(compounds(`creds = ${json}\n`, "deploy.py"), [[secret, undefined, "clientSecret"]]);
  assert.deepEqual(compounds(`AZURE_CREDENTIALS='{"clientId":"0f6c2b1e-7a4d-4c3b-9e8f-1a2b3c4d5e6f","clientSecret":"${secret}","extra":{"a":1}}'\n`, ".env")[0]![1], undefined);
  // (Review) `creds={…}` in code is a dict; a Dockerfile's unquoted ENV loses its quotes; an
  // appId without a tenant is some other app's login.
  assert.equal(compounds(`creds=${json}\n`, "deploy.py")[0]![1], undefined);
  assert.equal(compounds(`ENV AZURE_CREDENTIALS=${json}\n`, "Dockerfile")[0]![1], undefined);
  assert.equal(compounds(`X='{"appId": "com.example.app", "password": "${secret}"}'\n`, "run.sh")[0]![1], undefined);
});

// Made-up SAS signature (44 base64 characters), assembled so the file holds no detectable one.
const SAS_SIGNATURE = ["Qm7Xv2Lp9Rk4", "Tn8Wz3Hc6Jd1", "Fg5Ys0Ua2Vb7", "Ne4Kq8="].join("");

test("an unquoted JDBC URL is the compound from `jdbc:`, named by its property or variable, in .properties, .yml and .env", () => {
  const jdbc = `jdbc:sqlserver://orders-sql.database.windows.net:1433;database=orders;user=app@orders-sql;password=${PASSWORD};encrypt=true;loginTimeout=30`;
  assert.deepEqual(compounds(`spring.datasource.url=${jdbc}\n`, "application.properties"), [[PASSWORD, jdbc, "spring.datasource.url"]]);
  assert.deepEqual(compounds(`spring.datasource.url = ${jdbc}\n`, "application.properties"), [[PASSWORD, jdbc, "spring.datasource.url"]]);
  assert.deepEqual(compounds(`spring:\n  datasource:\n    url: ${jdbc}\n`, "application.yml"), [[PASSWORD, jdbc, "spring:datasource:url"]]);
  assert.deepEqual(compounds(`JDBC_URL=${jdbc}\n`, ".env"), [[PASSWORD, jdbc, "JDBC_URL"]]);
  // Quoted in code it already was the literal's content; a `;` after it is the syntax's.
  assert.deepEqual(compounds(`String url = "${jdbc};";\n`, "Db.java"), [[PASSWORD, jdbc, "url"]]);
});

test("an unquoted SAS token that starts with `?` is the compound without its NAME=, named by it", () => {
  const token = `?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig=${encodeURIComponent(SAS_SIGNATURE)}`;
  const signature = encodeURIComponent(SAS_SIGNATURE);
  assert.deepEqual(compounds(`AZURE_STORAGE_SAS_TOKEN=${token}\n`, ".env"), [[signature, token, "AZURE_STORAGE_SAS_TOKEN"]]);
  assert.deepEqual(compounds(`azure.storage.sas-token=${token}\n`, "application.properties"), [[signature, token, "azure.storage.sas-token"]]);
  // Quoted with its NAME= (a compose list item, docker run -e), the same.
  assert.deepEqual(compounds(`services:\n  api:\n    environment:\n      - "AZURE_STORAGE_SAS_TOKEN=${token}"\n`, "docker-compose.yml"), [[signature, token, "services:api:environment:AZURE_STORAGE_SAS_TOKEN"]]);
  assert.deepEqual(compounds(`docker run -e "AZURE_STORAGE_SAS_TOKEN=${token}" orders:latest\n`, "run.sh"), [[signature, token, "AZURE_STORAGE_SAS_TOKEN"]]);
});

// Made-up identifiable Functions key: 44 characters, the `AzFu` signature, 5 more, then `A==`.
const FUNCTIONS_KEY = ["Hq3Tz8Kw1Vn6", "Rb4Yd9Lm2Xp7", "Gc5Jf0Ns3Qv8", "Wk1Eh6Ua", "AzFu", "Pr2Lx", "A=="].join("");

test("an identifiable Functions key in a function's ?code= URL is stored with the URL, as an older key there is", () => {
  const url = `https://func-orders.azurewebsites.net/api/ProcessOrder?code=${FUNCTIONS_KEY}`;
  assert.deepEqual(compounds(`POST ${url}\nContent-Type: application/json\n`, "requests.http"), [[FUNCTIONS_KEY, url, "code"]]);
  assert.deepEqual(compounds(`const FUNCTION_URL = "${url}";\n`, "callFunction.js"), [[FUNCTIONS_KEY, url, "FUNCTION_URL"]]);
  assert.deepEqual(compounds(`{\n  "Functions": {\n    "ProcessOrderUrl": "${url}&clientId=default"\n  }\n}\n`, "appsettings.json"), [[FUNCTIONS_KEY, `${url}&clientId=default`, "Functions:ProcessOrderUrl"]]);
  // Alone, or under another host, it is the key alone.
  assert.deepEqual(compounds(`FUNCTIONS_KEY=${FUNCTIONS_KEY}\n`, ".env"), [[FUNCTIONS_KEY, undefined, "FUNCTIONS_KEY"]]);
  assert.deepEqual(compounds(`GET https://orders.contoso.com/api/run?code=${FUNCTIONS_KEY}\n`, "requests.http")[0]![1], undefined);
});

// Made-up identifiable Redis access key: 33 letters and digits, the `AzCa` signature, one of A–P, 5 more, `=`.
const REDIS_KEY = ["Tq4Wn8Zr2Lk6", "Hv1Xc9Mb3Pd7", "Jf5Ys8GnW", "AzCa", "K", "Rm2Qx", "="].join("");

test("an identifiable key as a URL's password (a Redis URL) is stored with the whole URL, named by its setting", () => {
  const url = `rediss://:${REDIS_KEY}@orders-cache.redis.cache.windows.net:6380`;
  assert.deepEqual(compounds(`REDIS_URL=${url}\n`, ".env"), [[REDIS_KEY, url, "REDIS_URL"]]);
  assert.deepEqual(compounds(`spring.redis.url=${url}\n`, "application.properties"), [[REDIS_KEY, url, "spring.redis.url"]]);
  const withUser = `rediss://default:${REDIS_KEY}@orders-cache.redis.cache.windows.net:6380/0`;
  assert.deepEqual(compounds(`const client = createClient({ url: "${withUser}" });\n`, "cache.js"), [[REDIS_KEY, withUser, "url"]]);
  // The key alone, or after a path's slash, is the key alone.
  assert.deepEqual(compounds(`REDIS_KEY=${REDIS_KEY}\n`, ".env"), [[REDIS_KEY, undefined, "REDIS_KEY"]]);
});

test("a SharedAccessSignature token (Service Bus, Event Hubs, IoT Hub) is the compound from its scheme word, without a header's name", () => {
  const token = `SharedAccessSignature sr=orders-hub.azure-devices.net%2Fdevices%2Fsensor-01&sig=${encodeURIComponent(SAS_SIGNATURE)}&se=1767225600`;
  const signature = encodeURIComponent(SAS_SIGNATURE);
  assert.deepEqual(compounds(`curl -X POST "$URL" \\\n  -H "Authorization: ${token}" \\\n  -d '{}'\n`, "send.sh").map(([value, compound]) => [value, compound]), [[signature, token]]);
  assert.deepEqual(compounds(`client.DefaultRequestHeaders.Add("Authorization", "${token}");\n`, "Send.cs").map(([value, compound]) => [value, compound]), [[signature, token]]);
  const busToken = `SharedAccessSignature sr=sb%3A%2F%2Forders-bus.servicebus.windows.net%2Forders&sig=${signature}&se=1767225600&skn=send`;
  assert.deepEqual(compounds(`SB_SAS=${busToken}\n`, ".env"), [[signature, busToken, "SB_SAS"]]);
});
