// Look-alikes found in a held-out review of Debian's Python packages: each case pairs the
// look-alike with the secret of the same shape that must still be reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isPlaceholder } from "../../src/engine/placeholder";
import { secretValuesIn } from "./found-secrets";

// Our own made-up values, split so that the repository's own scan does not read them whole.
const GENERATED_PASSWORD = ["Vq7", "Lz2", "Rk9w"].join("");


test("a list member's parameter name, numbered as the AWS Query API numbers them (`NetworkInterface.1.`), is no key", () => {
  const driver = "        if assign_public_ip:\n            root_key = 'NetworkInterface.1.'\n            params[root_key + 'SubnetId'] = subnet.id\n";
  assert.deepEqual(secretValuesIn(driver, "pkg/drivers/compute.py"), []);
  assert.deepEqual(secretValuesIn("        filter_key = 'Filter.2.Name'\n", "pkg/drivers/compute.py"), []);
  assert.deepEqual(secretValuesIn("        tag_key = 'TagSpecification.1.Tag.3.Key'\n", "pkg/drivers/compute.py"), []);
  // A word and a number between dots may be a password; generated pieces between dots are a key.
  for (const value of ["Summer.123", "Summer.1.", `${GENERATED_PASSWORD}.1.${GENERATED_PASSWORD}`]) {
    assert.deepEqual(secretValuesIn(`        password = '${value}'\n`, "pkg/settings.py"), [value]);
  }
});

test("the words that stand for \"and so on\" (`yadayada`, `blahblah`) are stand-ins; a generated password there is not", () => {
  for (const value of ["yadayada", "blahblah", "bla-bla", "yadda yadda", "blah"]) assert.ok(isPlaceholder(value), value);
  for (const value of ["blahut", "yadav1987", "bladerunner"]) assert.ok(!isPlaceholder(value), value);
  const readme = "set them as environment variables::\n\n    export OS_USERNAME=openstack\n    export OS_PASSWORD=yadayada\n";
  assert.deepEqual(secretValuesIn(readme, "pkg.egg-info/PKG-INFO"), []);
  assert.deepEqual(secretValuesIn(readme.replace("yadayada", GENERATED_PASSWORD), "pkg.egg-info/PKG-INFO"), [GENERATED_PASSWORD]);
});

test("a data file's variable under `file_key` or a lookup table's under `lut_key` is a name, not a key (a netCDF file's under `nc_key` too); a generated key under either still is", () => {
  const reader = [
    "datasets:",
    "  C04:",
    "    name: C04",
    "    file_key: RADChannel04",
    "    lut_key: CALChannel04",
    "  solar_zenith_angle:",
    "    file_key: Geolocation/grid_2km/Solar_Zenith",
    "  kd_minimum:",
    "    nc_key: bbp_531_unc",
    "    nc_key: aph_443_gsm",
    "",
  ].join("\n");
  assert.deepEqual(secretValuesIn(reader, "pkg/etc/readers/imager_l1b.yaml"), []);
  const generated = ["Hq3vN8xLp2Wz", "Tc6Rm9bKs4Yd", "Fj7Ug1eAo5Qi", "Xw0="].join("");
  assert.deepEqual(secretValuesIn(`storage:\n  file_key: ${generated}\n`, "deploy/settings.yaml"), [generated]);
  assert.deepEqual(secretValuesIn(`storage:\n  nc_key: ${generated}\n`, "deploy/settings.yaml"), [generated]);
  // The same identifier under a credential's name is still judged as one.
  assert.deepEqual(secretValuesIn("service:\n  api_key: RADChannel04\n", "deploy/settings.yaml"), ["RADChannel04"]);
});

test("a long metric or attribute name of lower-case words under a key's name is a name", () => {
  const reader = "        day_key = 'band_data_hrc_data_l15_line_mean_acquisition_time_day'\n";
  assert.deepEqual(secretValuesIn(reader, "pkg/readers/native_msg.py"), []);
});
