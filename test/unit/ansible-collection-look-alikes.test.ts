// Look-alikes found in a held-out random sample of Ansible collections (Debian's ansible package,
// 40 collections, seed 64): each case pairs the look-alike with the secret of the same shape that
// must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED = ["Zr8k", "Q2mV", "x7Lp"].join("");


test("a network device's table or field name, words around a protocol's abbreviation, is no key", () => {
  const module = "plugins/modules/orders_switch_user.py";
  assert.deepEqual(secretValuesIn('        tablegrpkey = "TABLE_snmp_group_names"\n', module), []);
  assert.deepEqual(secretValuesIn('        rowpoolkey = "ROW_dhcp_relay_pools"\n', module), []);
  assert.deepEqual(secretValuesIn(`        rowgrpkey = "ROW_snmp_${GENERATED}"\n`, module), [`ROW_snmp_${GENERATED}`]);
  assert.deepEqual(secretValuesIn(`        orders_key = "SNMP_${GENERATED}"\n`, module), [`SNMP_${GENERATED}`]);
});

test("a README's list of names, each with a description of two words, names no value", () => {
  assert.deepEqual(secretValuesIn("  * Swarm:\n    - orders.swarm.swarm_secret: manage secrets\n    - orders.swarm.swarm_token: rotate tokens.\n", "README.md"), []);
  // A value that ends its line, or is no lower-case word, is still one.
  assert.deepEqual(secretValuesIn("    - orders_secret: rotated\n", "README.md"), ["rotated"]);
  assert.deepEqual(secretValuesIn(`    - orders_secret: ${GENERATED} here\n`, "README.md"), [GENERATED]);
});
