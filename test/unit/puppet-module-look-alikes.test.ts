// Look-alikes found in a held-out sample of Debian's Puppet modules (every puppet-module-*): each
// case pairs the look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["vy749", "qpXA0", "0TvZ"].join("");
const UPPER_HEX_40 = ["C0F2D684B14A858FD641", "48C5DD078B65659D308D"].join("");
const RANDOM_GUID = ["bac2270e", "f44c", "4c77", "9380", "d498b6914c5a"].join("-");


test("Puppet's top-scope and qualified variables ($::name, $::module::params::name) are reads, not values", () => {
  assert.deepEqual(secretValuesIn("class nova (\n  $password                = $::os_service_default,\n  $auth_pass              = $::redis::params::sentinel_auth_pass,\n) {\n", "manifests/init.pp"), []);
  assert.deepEqual(secretValuesIn("  $auth_section_real = $::cloudkitty::auth_section\n", "manifests/fetcher/keystone.pp"), []);
  assert.deepEqual(secretValuesIn(`class nova (\n  $password                = ${GENERATED_PASSWORD},\n) {\n`, "manifests/init.pp"), [GENERATED_PASSWORD]);
});

test("a function called on a variable, cut at its first argument's comma, is code (Puppet's pick)", () => {
  assert.deepEqual(secretValuesIn("  $password_real             = pick($::murano::admin_password, $password)\n  $auth_url_real = pick($identity_uri, $auth_url)\n", "manifests/keystone/authtoken.pp"), []);
  // Mixed case before the bracket, as a generator writes: still a value.
  const generated = `${GENERATED_PASSWORD}($${GENERATED_PASSWORD.toLowerCase()}`;
  assert.deepEqual(secretValuesIn(`  $password_real = ${generated}, 1)\n`, "manifests/keystone/authtoken.pp"), [generated]);
});

test("a Puppet type opened inside another (Variant[Enum[…) is a type, not a key", () => {
  assert.deepEqual(secretValuesIn("type Systemd::LogindSettings = Struct[\n  {\n    Optional['HandlePowerKey'] => Variant[Enum['ignore','poweroff'],Systemd::LogindSettings::Ensure],\n  }\n]\n", "types/logindsettings.pp"), []);
  assert.deepEqual(secretValuesIn(`    Optional['HandlePowerKey'] => ${GENERATED_PASSWORD},\n`, "types/logindsettings.pp"), [GENERATED_PASSWORD]);
});

test("counters before a GUID (Pacemaker's transition-key) are an event's id", () => {
  assert.deepEqual(secretValuesIn(`<lrm_rsc_op id="p_mysql_last_0" transition-key="14:94:7:${RANDOM_GUID}" call-id="269"/>\n`, "spec/unit/provider/cib.xml"), []);
  // A GUID alone, or after one number, under a key's name is still reported.
  assert.deepEqual(secretValuesIn(`<lrm_rsc_op id="p_mysql_last_0" transition-key="${RANDOM_GUID}" call-id="269"/>\n`, "spec/unit/provider/cib.xml"), [RANDOM_GUID]);
  assert.deepEqual(secretValuesIn(`<lrm_rsc_op id="p_mysql_last_0" transition-key="14:${RANDOM_GUID}" call-id="269"/>\n`, "spec/unit/provider/cib.xml"), [`14:${RANDOM_GUID}`]);
});

test("words joined by `__` or naming DHCP (Pacemaker's operation_key) are an operation's name", () => {
  assert.deepEqual(secretValuesIn('<lrm_rsc_op id="vip__public_last_0" operation_key="vip__public_monitor_20000" operation="monitor"/>\n', "spec/unit/provider/cib.xml"), []);
  assert.deepEqual(secretValuesIn('<lrm_rsc_op id="p_neutron-dhcp-agent_last_0" operation_key="p_neutron-dhcp-agent_start_0" operation="start"/>\n', "spec/unit/provider/cib.xml"), []);
  const random = `ff2izdvspal1__${GENERATED_PASSWORD.toLowerCase()}`;
  assert.deepEqual(secretValuesIn(`<lrm_rsc_op id="vip__public_last_0" operation_key="${random}" operation="monitor"/>\n`, "spec/unit/provider/cib.xml"), [random]);
});

test("a name ending in address or labels says where a service is or what a token is called", () => {
  assert.deepEqual(secretValuesIn("      :cinder_store_auth_address   => '127.0.0.2:8080/v3/',\n      :p11_crypto_plugin_token_labels => 'token_label1,token_label2',\n", "spec/classes/glance_backend_cinder_spec.rb"), []);
  assert.deepEqual(secretValuesIn(`      :cinder_store_password   => '${GENERATED_PASSWORD}',\n      :cinder_store_auth_token => '${GENERATED_PASSWORD}',\n`, "spec/classes/glance_backend_cinder_spec.rb"), [GENERATED_PASSWORD, GENERATED_PASSWORD]);
});

test("a package repository's key named by its GnuPG fingerprint is public", () => {
  assert.deepEqual(secretValuesIn(`  $apt_percona_repo_key = '${UPPER_HEX_40}',\n`, "manifests/repo.pp"), []);
  assert.deepEqual(secretValuesIn(`      :apt_mariadb_repo_key          => '${UPPER_HEX_40}',\n`, "spec/classes/galera_repo_spec.rb"), []);
  // The same shape under an API's key, or in lower case (not as GnuPG prints a fingerprint), is reported.
  assert.deepEqual(secretValuesIn(`  $apt_percona_api_key = '${UPPER_HEX_40}',\n`, "manifests/repo.pp"), [UPPER_HEX_40]);
  assert.deepEqual(secretValuesIn(`  $apt_percona_repo_key = '${UPPER_HEX_40.toLowerCase()}',\n`, "manifests/repo.pp"), [UPPER_HEX_40.toLowerCase()]);
});

test("a URL's grammar with more authorities in [,userN:passN@hostN:portN] is documentation", () => {
  assert.deepEqual(secretValuesIn("  # transport://user:pass@host:port[,userN:passN@hostN:portN]/virtual_host?query\n", "lib/puppet/functions/os_transport_url.rb"), []);
  // A generated password among the repeated authorities keeps the finding.
  assert.equal(secretValuesIn(`  # transport://user:pass@host:port[,user2:${GENERATED_PASSWORD}@host2:5672]/virtual_host\n`, "lib/puppet/functions/os_transport_url.rb").length, 1);
});

test("a crypt hash compared with crypt() of a word under its own salt, on its line, is a self-test's vector", () => {
  const hash = ["$1$1$", "Kq9vRt2mWq7zLpXa3bC4d."].join("");
  assert.deepEqual(secretValuesIn(`        if ('test'.dup).crypt('$1$1') != '${hash}'\n`, "lib/puppet/parser/functions/pw_hash.rb"), []);
  // Another salt than the call's, or no call on the line: a stored hash, still reported.
  const other = ["$1$ab$", "Kq9vRt2mWq7zLpXa3bC4d."].join("");
  assert.deepEqual(secretValuesIn(`        if ('test'.dup).crypt('$1$1') != '${other}'\n`, "lib/puppet/parser/functions/pw_hash.rb"), [other]);
  assert.deepEqual(secretValuesIn(`  root_hash = '${hash}'\n`, "lib/puppet/parser/functions/pw_hash.rb"), [hash]);
});
