// `NAME=value` at the start of a quoted string: a shell command's variable (`sh "PGPASSWORD=… pg_dump"`,
// an npm script, `os.system("…")`), whose value ends at the first blank as the shell reads it, or a
// string that is the whole pair (`docker run -e "X=…"`), whose value runs to the closing quote.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const PASSWORD = ["Hq7v", "Tz2K", "mW9x", "Lr4N"].join("");
const OTHER = ["Wb3n", "Pk8s", "Dq5f", "Yc1J"].join("");

/** Each secret finding's value as the text of its range. */
function values(content: string, filePath: string): string[] {
  return scanText({ content, filePath })
    .filter((finding) => finding.kind === "secret")
    .map((finding) => content.slice(finding.range.startOffset, finding.range.endOffset));
}

test("a variable before a command in a quoted shell line ends at the first blank", () => {
  assert.deepEqual(values(`  sh "PGPASSWORD=${PASSWORD} pg_dump -h orders-db -U app orders > dump.sql"\n`, "Jenkinsfile"), [PASSWORD]);
  assert.deepEqual(values(`os.system("PGPASSWORD=${PASSWORD} pg_dump -h orders-db orders")\n`, "job.py"), [PASSWORD]);
  assert.deepEqual(values(`subprocess.run("DB_PASSWORD=${PASSWORD} ./migrate --env prod", shell=True)\n`, "job.py"), [PASSWORD]);
  assert.deepEqual(values(`execSync("DB_PASSWORD=${PASSWORD} npm run migrate");\n`, "run.js"), [PASSWORD]);
  assert.deepEqual(values(`bash -c "API_TOKEN=${PASSWORD} LOG=1 ./run"\n`, "run.sh"), [PASSWORD]);
  assert.deepEqual(values(`bash -c "API_TOKEN=${PASSWORD} ./run"\n`, "run.sh"), [PASSWORD]);
  assert.deepEqual(values(`spawn("bash", ["-c", "API_TOKEN=${PASSWORD} ./run"]);\n`, "run.js"), [PASSWORD]);
});

test("an npm script that sets a variable before its command holds the value alone", () => {
  const manifest = `{\n  "scripts": {\n    "migrate": "DB_PASSWORD=${PASSWORD} knex migrate:latest",\n    "dump": "PGPASSWORD=${OTHER} pg_dump orders"\n  }\n}\n`;
  assert.deepEqual(values(manifest, "package.json"), [PASSWORD, OTHER]);
});

test("Ansible's extra variables in one quoted string are pairs apart", () => {
  assert.deepEqual(values(`ansible-playbook site.yml -e "ansible_become_pass=${PASSWORD} mysql_root_password=${OTHER}"\n`, "ops.sh"), [PASSWORD, OTHER]);
  assert.deepEqual(values(`ansible-playbook site.yml --extra-vars "db_password=${PASSWORD} app_env=prod"\n`, "ops.sh"), [PASSWORD]);
  assert.deepEqual(values(`subprocess.run(["ansible-playbook", "-e", "db_password=${PASSWORD} app_env=prod"])\n`, "job.py"), [PASSWORD]);
});

test("a string that is the whole pair keeps a value with blanks to its closing quote", () => {
  const words = ["Zq9x", "Lm2p", "Kv7R"].join(" ");
  assert.deepEqual(values(`docker run -e "DB_PASSWORD=${words}" orders:latest\n`, "run.sh"), [words]);
  assert.deepEqual(values(`docker run --env="DB_PASSWORD=${words}" orders:latest\n`, "run.sh"), [words]);
  assert.deepEqual(values(`client.containers.run("orders", environment=["DB_PASSWORD=${words}"])\n`, "run.py"), [words]);
  assert.deepEqual(values(`services:\n  api:\n    environment:\n      - "DB_PASSWORD=${words}"\n`, "docker-compose.yml"), [words]);
});
