// The vault explorer's badges and vault health: pure functions of metadata, ARM properties and the
// vault mapping, so every rule is pinned here without VS Code or Azure.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { KeyVaultInfo } from "../../src/azure";
import { assessSecret, healthReport, NOT_CHECKED, rotationText, summarizeSecrets, tagDate, vaultBadgeSettings, vaultHealth, type SecretMetadata, type VaultUse } from "../../src/extension/explorer/health";

const now = new Date("2026-03-01T12:00:00Z");
const settings = { now, expiringSoonDays: 14, rotationDays: 60 };
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

function secret(overrides: Partial<SecretMetadata> = {}): SecretMetadata {
  return { enabled: true, tags: {}, managed: false, createdOn: daysAgo(10), updatedOn: daysAgo(10), expiresOn: inDays(50), ...overrides };
}

function vault(overrides: Partial<KeyVaultInfo> = {}): KeyVaultInfo {
  return {
    name: "orders-prod",
    vaultUrl: "https://orders-prod.vault.azure.net",
    subscriptionId: "sub",
    resourceGroup: "rg",
    tags: {},
    softDelete: true,
    softDeleteRetentionDays: 90,
    purgeProtection: true,
    rbacAuthorization: true,
    publicNetworkAccess: "Enabled",
    networkRules: { defaultAction: "Deny", ipRules: 1, virtualNetworkRules: 0 },
    privateEndpoints: 0,
    ...overrides,
  };
}

const use = (environment: string, production = false, app = "orders"): VaultUse => ({ folder: "repo", app, environment, production });

test("a fresh secret with an expiry has no badge", () => {
  const assessment = assessSecret(secret(), settings);
  assert.deepEqual(assessment.badges, []);
  assert.equal(assessment.severity, "ok");
  assert.equal(assessment.summary, "");
  assert.equal(assessment.rotateBy?.toISOString(), inDays(50).toISOString());
});

test("expired, disabled, stale and no expiry, worst first", () => {
  assert.deepEqual(assessSecret(secret({ expiresOn: daysAgo(3) }), settings).summary, "expired 3 d ago");
  assert.equal(assessSecret(secret({ expiresOn: daysAgo(3) }), settings).severity, "error");
  assert.deepEqual(assessSecret(secret({ expiresOn: inDays(5) }), settings).badges, ["expiringSoon"]);
  assert.equal(assessSecret(secret({ expiresOn: inDays(5) }), settings).summary, "expires in 5 d");
  assert.deepEqual(assessSecret(secret({ expiresOn: inDays(15) }), settings).badges, [], "15 days is not soon with a 14-day setting");
  const everything = assessSecret(secret({ enabled: false, expiresOn: daysAgo(1), createdOn: daysAgo(200) }), settings);
  assert.deepEqual(everything.badges, ["expired", "disabled", "stale"]);
  assert.equal(everything.summary, "expired 1 d ago · disabled · not rotated for 200 d");
  assert.deepEqual(assessSecret(secret({ expiresOn: undefined }), settings).badges, ["noExpiry"]);
  assert.equal(assessSecret(secret({ expiresOn: undefined }), settings).severity, "info");
});

test("rotation age: from the version's creation, the rotation-days tag, the rotate-by and rotated-on tags", () => {
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(61), updatedOn: daysAgo(1) }), settings).badges, ["stale"], "an update of tags is not a rotation");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(59) }), settings).badges, []);
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(40), tags: { "rotation-days": "30" } }), settings).badges, ["stale"]);
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(50), tags: { "rotation-days": "55" } }), settings).badges, []);
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(40), tags: { "rotate-by": "2026-02-01" } }), settings).badges, ["stale"], "rotate-by wins over the period");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(300), tags: { "rotated-on": "last tuesday" } }), settings).badges, ["stale"], "a tag that is not a date is ignored");
  assert.deepEqual(assessSecret(secret({ createdOn: undefined, updatedOn: daysAgo(90) }), settings).badges, ["stale"], "falls back to the update date");
  assert.deepEqual(assessSecret(secret({ createdOn: undefined, updatedOn: daysAgo(90), tags: { "rotated-on": "2026-02-20" } }), settings).badges, [], "without the version's date, the rotated-on tag counts");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(31) }), { ...settings, rotationDays: 30 }).badges, ["stale"], "the setting is the default period");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(29) }), { ...settings, rotationDays: 30 }).badges, []);
  // A rotate-by day is due through its last second (UTC), as an expiry typed as a day is.
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(5), tags: { "rotate-by": "2026-03-01" } }), settings).badges, [], "due today, not overdue");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(5), tags: { "rotate-by": "2026-02-28" } }), settings).badges, ["stale"]);
  // A time without a zone would be read in this machine's: it is ignored, and the period decides.
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(5), tags: { "rotate-by": "2026-02-01T10:00:00" } }), settings).badges, []);
});

test("rotation age is held to Microsoft's 60 days: a longer rotation-days or rotate-by tag counts as 60, and the tooltip says so", () => {
  // A year-long tag: stale after 60 days all the same.
  const yearly = assessSecret(secret({ createdOn: daysAgo(300), tags: { "rotation-days": "365" } }), settings);
  assert.deepEqual(yearly.badges, ["stale"]);
  assert.equal(yearly.rotationDays, 60);
  assert.equal(yearly.rotateBy?.toISOString(), inDays(-240).toISOString());
  assert.deepEqual(yearly.overLongTags, [{ tag: "rotation-days", value: "365" }]);
  assert.equal(rotationText(yearly), "Rotate by: 2025-07-04 (every 60 days); the rotation-days tag asks for 365 days, longer than Microsoft's guidance of at most 60 days allows");
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(100), tags: { "rotation-days": "120" } }), settings).badges, ["stale"]);
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(61) }), { ...settings, rotationDays: 90 }).badges, ["stale"], "a setting over 60 (not one VS Code lets through) counts as 60 too");

  // A rotate-by years away: due 60 days after the last rotation, through that day (UTC).
  const distant = assessSecret(secret({ createdOn: daysAgo(300), tags: { "rotate-by": "2030-01-01" } }), settings);
  assert.deepEqual(distant.badges, ["stale"]);
  assert.equal(distant.rotateBy?.toISOString(), "2025-07-04T23:59:59.000Z");
  assert.equal(rotationText(distant), "Rotate by: 2025-07-04 (every 60 days); the rotate-by tag asks for 2030-01-01, longer than Microsoft's guidance of at most 60 days allows");
  const fromCreation = assessSecret(secret({ createdOn: new Date("2026-01-15T09:30:00Z"), tags: { "rotated-on": "2026-01-15", "rotate-by": "2026-06-01" } }), settings);
  assert.deepEqual(fromCreation.badges, [], "due 2026-03-16, 60 days after the version was created");
  assert.equal(fromCreation.rotateBy?.toISOString(), "2026-03-16T23:59:59.000Z");

  // What Rotate writes on the version it creates (rotated-on that day, rotate-by 60 days on) is within the guidance, to the day.
  const rotated = assessSecret(secret({ createdOn: new Date("2026-01-01T16:00:00Z"), tags: { "rotated-on": "2026-01-01", "rotate-by": "2026-03-02", "rotation-days": "60" } }), settings);
  assert.deepEqual(rotated.overLongTags, []);
  assert.equal(rotated.ignoredRotatedOn, undefined);
  assert.equal(rotated.rotatedOnBeforeVersion, undefined);
  assert.equal(rotated.rotateBy?.toISOString(), "2026-03-02T23:59:59.000Z");
  assert.equal(rotationText(rotated), "Rotate by: 2026-03-02 (every 60 days)");
  assert.deepEqual(rotated.badges, []);
});

test("rotation age: a rotated-on tag never makes a secret look fresher than its version, and an earlier one (a value made current again) keeps its age", () => {
  const yearOld = new Date("2025-01-01T00:00:00Z");
  // A hand edit (Edit Tags…) on a version a year old: still stale, due 60 days after the version.
  const handEdited = assessSecret(secret({ createdOn: yearOld, tags: { "rotated-on": "2026-03-01" } }), settings);
  assert.deepEqual(handEdited.badges, ["stale"]);
  assert.equal(handEdited.summary, "not rotated for 424 d");
  assert.equal(handEdited.rotateBy?.toISOString(), "2025-03-02T00:00:00.000Z");
  assert.equal(handEdited.ignoredRotatedOn, "2026-03-01");
  assert.equal(
    rotationText(handEdited),
    "Rotate by: 2025-03-02 (every 60 days). Ignored: the rotated-on tag (2026-03-01), later than this version's creation on 2025-01-01; a tag cannot record a rotation the vault did not see",
  );
  const future = assessSecret(secret({ createdOn: yearOld, tags: { "rotated-on": "2030-01-01", "rotate-by": "2030-03-02" } }), settings);
  assert.deepEqual(future.badges, ["stale"], "a future day hides nothing either");
  assert.equal(future.rotateBy?.toISOString(), "2025-03-02T23:59:59.000Z", "rotate-by is held to 60 days after the version");

  // A move taken back makes the earlier value current again as a new version, its rotated-on tag
  // keeping its age (vault-steps.ts): the age is the tag's. (A script that copies an old value's
  // tags onto a new one gets the same verdict, and the tooltip says how to clear it.)
  const restored = assessSecret(secret({ createdOn: new Date("2026-02-28T00:00:00Z"), tags: { "rotated-on": "2025-01-01", "rotate-by": "2025-03-02", "rotation-days": "60" } }), settings);
  assert.deepEqual(restored.badges, ["stale"]);
  assert.equal(restored.summary, "not rotated for 424 d");
  assert.equal(restored.rotateBy?.toISOString(), "2025-03-02T23:59:59.000Z");
  assert.equal(
    rotationText(restored),
    "Rotate by: 2025-03-02 (every 60 days). Age counted from the rotated-on tag (2025-01-01), from before this version was created on 2026-02-28: an earlier value made current again keeps its age. If this version holds a new value, Rotate it or correct the tag",
  );
  // Without the rotated-on tag a new version is fresh, whatever rotate-by it carries within the guidance.
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(2), tags: { "rotate-by": "2026-04-01" } }), settings).badges, []);

  // Rotate's own day by this machine's clock, a day off the vault's across midnight: the tags still describe the version.
  const skewed = assessSecret(secret({ createdOn: new Date("2026-02-20T00:00:05Z"), tags: { "rotated-on": "2026-02-19", "rotate-by": "2026-03-05" } }), settings);
  assert.equal(skewed.ignoredRotatedOn, undefined);
  assert.equal(skewed.rotatedOnBeforeVersion, undefined);
  assert.equal(skewed.rotateBy?.toISOString(), "2026-03-05T23:59:59.000Z");
});

test("expired and expiring: whole days, and hours under a day, which read the same in every time zone", () => {
  // now is 2026-03-01T12:00Z.
  assert.equal(assessSecret(secret({ expiresOn: new Date("2026-02-28T13:00:00Z") }), settings).summary, "expired 23 h ago", "not a calendar day that is yesterday in UTC only");
  assert.equal(assessSecret(secret({ expiresOn: new Date("2026-03-01T11:30:00Z") }), settings).summary, "expired < 1 h ago");
  assert.equal(assessSecret(secret({ expiresOn: new Date("2026-03-02T01:00:00Z") }), settings).summary, "expires in 13 h", "this evening west of UTC, not \"in 1 d\"");
  assert.equal(assessSecret(secret({ expiresOn: new Date("2026-02-27T11:00:00Z") }), settings).summary, "expired 2 d ago");
  assert.equal(assessSecret(secret({ expiresOn: new Date("2026-03-03T13:00:00Z") }), settings).summary, "expires in 2 d");
});

test("certificate-backed secrets are not flagged for rotation or a missing expiry; not-yet-valid is noted", () => {
  assert.deepEqual(assessSecret(secret({ managed: true, expiresOn: undefined, createdOn: daysAgo(400) }), settings).badges, []);
  assert.deepEqual(assessSecret(secret({ notBefore: inDays(2) }), settings).badges, ["notYetValid"]);
});

test("the report reads a vault's settings per the folder that maps it, as the tree does; two folders: the stricter", () => {
  const folderSettings: Record<string, { expiringSoonDays: number; rotationDays: number }> = {
    "file:///a": { expiringSoonDays: 14, rotationDays: 30 },
    "file:///b": { expiringSoonDays: 21, rotationDays: 60 },
  };
  const asked: (string | undefined)[] = [];
  const settingsOf = (folderUri: string | undefined) => (asked.push(folderUri), folderUri ? folderSettings[folderUri]! : { expiringSoonDays: 14, rotationDays: 60 });
  const inA: VaultUse = { ...use("development"), folderUri: "file:///a" };
  const inB: VaultUse = { ...use("production", true), folderUri: "file:///b" };
  assert.deepEqual(vaultBadgeSettings([inA], settingsOf, now), { now, expiringSoonDays: 14, rotationDays: 30 });
  assert.deepEqual(asked, ["file:///a"], "folder A's settings, not the window's");
  // A secret 45 days old in folder A's vault is stale in A's tree, so in the report too.
  assert.deepEqual(assessSecret(secret({ createdOn: daysAgo(45) }), vaultBadgeSettings([inA], settingsOf, now)).badges, ["stale"]);
  assert.deepEqual(vaultBadgeSettings([inA, inB, { ...inA, environment: "test" }], settingsOf, now), { now, expiringSoonDays: 21, rotationDays: 30 });
  asked.length = 0;
  assert.deepEqual(vaultBadgeSettings([], settingsOf, now), { now, expiringSoonDays: 14, rotationDays: 60 });
  assert.deepEqual(asked, [undefined], "no folder: the window's settings");
});

test("summarizeSecrets counts each badge", () => {
  const summary = summarizeSecrets([secret(), secret({ expiresOn: daysAgo(1) }), secret({ expiresOn: undefined, enabled: false }), secret({ createdOn: daysAgo(90) })], settings, false);
  assert.deepEqual(summary, { total: 4, complete: false, expired: 1, expiredManaged: 0, pastRotation: 1, withoutExpiry: 1, disabled: 1 });
});

test("a well-kept vault has no warnings", () => {
  assert.deepEqual(vaultHealth({ vault: vault(), uses: [use("production", true)], secrets: summarizeSecrets([secret()], settings, true) }), []);
});

test("soft delete and purge protection off: an error with the soft-delete fix, and purge protection with its fix", () => {
  const warnings = vaultHealth({ vault: vault({ softDelete: false, purgeProtection: false }), uses: [use("production", true)] });
  assert.deepEqual(warnings.map((warning) => [warning.code, warning.severity, warning.fix]), [
    ["softDeleteOff", "error", "enableSoftDelete"],
    ["purgeProtectionOff", "warning", "enablePurgeProtection"],
  ]);
  assert.match(warnings[0]!.guidance, /^https:\/\/learn\.microsoft\.com\/azure\/key-vault\/general\/soft-delete-overview$/);
  assert.match(warnings[0]!.detail, /cannot be turned off again/);
});

test("expired certificate-backed secrets: renew the certificate, not Rotate or Set Expiry, which the view does not offer on them", () => {
  const certificate = secret({ managed: true, expiresOn: daysAgo(59) });
  const detail = (secrets: SecretMetadata[]) => vaultHealth({ vault: vault(), uses: [], secrets: summarizeSecrets(secrets, settings, true) }).find((warning) => warning.code === "expiredSecrets")!.detail;
  assert.equal(summarizeSecrets([certificate, secret({ expiresOn: daysAgo(1) })], settings, true).expiredManaged, 1);
  assert.equal(detail([certificate]), "Expired secrets are still readable, but their expiry says they should have been replaced. It is backed by a certificate: renew the certificate in Key Vault; its secret follows.");
  assert.match(detail([certificate, certificate]), /They are backed by certificates: renew the certificates in Key Vault; their secrets follow\.$/);
  assert.equal(
    detail([certificate, secret({ expiresOn: daysAgo(1) })]),
    "Expired secrets are still readable, but their expiry says they should have been replaced. Rotate them, or set a new expiry if they are still valid. For the 1 backed by a certificate, renew the certificate in Key Vault; its secret follows.",
  );
  assert.match(detail([secret({ expiresOn: daysAgo(1) })]), /Rotate them, or set a new expiry if they are still valid\.$/);
});

test("purge protection with soft delete off: no talk of a retention that does not exist", () => {
  const warning = vaultHealth({ vault: vault({ softDelete: false, purgeProtection: false }), uses: [use("production", true)] }).find((candidate) => candidate.code === "purgeProtectionOff")!;
  assert.equal(warning.detail, "Soft delete is off too, so a deleted secret is not kept at all. Purge protection (which turns soft delete on with it) keeps every deleted secret for its whole retention period; it cannot be turned off again.");
  assert.doesNotMatch(warning.detail, /before its \d+-day retention ends/);
  const withSoftDelete = vaultHealth({ vault: vault({ purgeProtection: false }), uses: [use("production", true)] })[0]!;
  assert.equal(withSoftDelete.detail, "Anyone with purge permission can destroy a deleted secret before its 90-day retention ends. Purge protection prevents that; it cannot be turned off again.");
});

test("purge protection and an open network are advice (info) for a vault no production environment uses", () => {
  const warnings = vaultHealth({ vault: vault({ purgeProtection: false, networkRules: undefined }), uses: [use("development")] });
  assert.deepEqual(warnings.map((warning) => [warning.code, warning.severity]), [
    ["purgeProtectionOff", "info"],
    ["publicNetworkOpen", "info"],
  ]);
  assert.equal(warnings[1]!.fix, undefined, "no automatic fix: closing the network could lock the user out");
});

test("network: open without rules, or with rules that allow by default; closed by a Deny firewall or public access off", () => {
  const codes = (overrides: Partial<KeyVaultInfo>) => vaultHealth({ vault: vault(overrides), uses: [use("production", true)] }).map((warning) => warning.code);
  assert.deepEqual(codes({ networkRules: undefined }), ["publicNetworkOpen"]);
  assert.deepEqual(codes({ networkRules: { defaultAction: "Allow", ipRules: 3, virtualNetworkRules: 0 } }), ["publicNetworkOpen"]);
  assert.deepEqual(codes({ networkRules: undefined, publicNetworkAccess: "Disabled" }), []);
  assert.deepEqual(codes({ networkRules: undefined, publicNetworkAccess: undefined }), ["publicNetworkOpen"], "absent means enabled");
  const withEndpoint = vaultHealth({ vault: vault({ networkRules: undefined, privateEndpoints: 1 }), uses: [] });
  assert.match(withEndpoint[0]!.detail, /1 private endpoint, but public access is still open/);
});

test("access policies instead of RBAC: a warning with guidance, no fix", () => {
  const [warning] = vaultHealth({ vault: vault({ rbacAuthorization: false }), uses: [] });
  assert.equal(warning?.code, "accessPolicies");
  assert.equal(warning?.fix, undefined);
  assert.match(warning.guidance, /rbac-migration/);
});

test("the same vault for two environments: a warning, an error when one is production, with the mapping fix", () => {
  const [shared] = vaultHealth({ vault: vault(), uses: [use("development"), use("test")] });
  assert.deepEqual([shared?.code, shared?.severity, shared?.fix], ["sharedAcrossEnvironments", "warning", "openMapping"]);
  const [production] = vaultHealth({ vault: vault(), uses: [use("development"), use("production", true)] });
  assert.equal(production?.severity, "error");
  assert.match(production.detail, /including production/);
});

test("the same vault for two applications: a warning with the mapping fix, once however many environments share it", () => {
  const [shared, ...rest] = vaultHealth({ vault: vault(), uses: [use("production", true, "billing"), use("production", true, "orders")] });
  assert.deepEqual([shared?.code, shared?.severity, shared?.fix, rest], ["sharedAcrossApps", "warning", "openMapping", []]);
  assert.equal(shared!.title, "Shared by 2 applications");
  assert.match(shared!.detail, /^One vault for billing and orders: .* Use one vault per application and environment\.$/);
  assert.match(shared!.guidance, /#use-separate-key-vaults$/);
  const codes = vaultHealth({ vault: vault(), uses: [use("development", false, "a"), use("test", false, "a"), use("development", false, "b")] }).map((warning) => warning.code);
  assert.deepEqual(codes, ["sharedAcrossEnvironments", "sharedAcrossApps"]);
  assert.deepEqual(vaultHealth({ vault: vault(), uses: [use("development", false, "a"), use("development", false, "a")] }), [], "one app, two folders of its workspace: fine");
});

test("secret counts become warnings, and say when only part of the vault was counted", () => {
  const summary = { total: 100, complete: false, expired: 2, expiredManaged: 0, pastRotation: 1, withoutExpiry: 5, disabled: 0 };
  const warnings = vaultHealth({ vault: vault(), uses: [], secrets: summary });
  assert.deepEqual(warnings.map((warning) => warning.title), ["2 secrets expired (of the 100 loaded so far)", "1 secret past rotation age (of the 100 loaded so far)", "5 secrets without expiry (of the 100 loaded so far)", "Secrets checked: 100 so far"]);
  assert.deepEqual(vaultHealth({ vault: vault(), uses: [], secrets: { ...summary, complete: true } }).map((warning) => warning.title)[0], "2 secrets expired");
});

test("a vault only partly loaded does not look clean: a row says how many secrets were checked so far", () => {
  // 250 secrets, 100 loaded and all fine: the 50 expired ones among the rest are not known yet.
  const partly = vaultHealth({ vault: vault(), uses: [use("production", true)], secrets: summarizeSecrets(Array.from({ length: 100 }, () => secret()), settings, false) });
  assert.deepEqual(
    partly.map((warning) => [warning.code, warning.severity, warning.title]),
    [["secretsPartlyChecked", "info", "Secrets checked: 100 so far"]],
  );
  assert.equal(partly[0]!.detail, "Expiry and rotation were checked for the 100 secrets loaded so far, not the rest of the vault. In the Vaults view, Load more… loads and checks the rest.");
  assert.ok(NOT_CHECKED.has("secretsPartlyChecked"), "a note on what was not checked, not a warning the vault node counts");
  assert.deepEqual(vaultHealth({ vault: vault(), uses: [use("production", true)], secrets: summarizeSecrets(Array.from({ length: 250 }, () => secret()), settings, true) }), [], "all loaded: nothing to say");
});

test("without Resource Manager properties: one info saying what was not checked", () => {
  const [warning, ...rest] = vaultHealth({ uses: [use("development")], propertiesProblem: "You are not signed in to Azure." });
  assert.equal(warning?.code, "propertiesUnavailable");
  assert.match(warning.detail, /^You are not signed in to Azure\. Soft delete, purge protection/);
  assert.deepEqual(rest, []);
});

test("the Markdown report: summary table, settings, warnings with guidance links, flagged secrets by name only", () => {
  const flaggedSecret = secret({ expiresOn: daysAgo(3) });
  const warnings = vaultHealth({ vault: vault({ purgeProtection: false, softDelete: false }), uses: [use("production", true)] });
  const markdown = healthReport(
    [
      {
        name: "orders-prod",
        url: "https://orders-prod.vault.azure.net",
        uses: [use("production", true)],
        warnings,
        vault: vault({ purgeProtection: false, softDelete: false }),
        secrets: summarizeSecrets([flaggedSecret], settings, true),
        flagged: [{ name: "db-password", assessment: assessSecret(flaggedSecret, settings), expiresOn: flaggedSecret.expiresOn }],
      },
      { name: "orders-dev", url: "https://orders-dev.vault.azure.net", uses: [use("development")], warnings: [], secretsProblem: "You are not allowed to read | list" },
    ],
    now,
  );
  assert.match(markdown, /^# Key Vault health report\n/);
  assert.match(markdown, /\| \[orders-prod\]\(#orders-prod\) \| orders · production \| 1 \| 1 \| 0 \|/);
  assert.match(markdown, /\| Soft delete \| off \|/);
  assert.match(markdown, /\| Error \| Soft delete is off \| .+ \| \[Microsoft Learn\]\(https:\/\/learn\.microsoft\.com\/azure\/key-vault\/general\/soft-delete-overview\) \|/);
  assert.match(markdown, /\| db-password \| expired 3 d ago \| 2026-02-26 \|/);
  assert.match(markdown, /Secrets not listed: You are not allowed to read \\\| list/);
  assert.match(markdown, /## Not checked here/);
  assert.match(healthReport([], now), /No vaults are mapped/);
});

test("rotation tag dates: a day JavaScript would roll over (2026-02-30) is not a date", () => {
  assert.equal(tagDate("2026-02-28")?.toISOString(), "2026-02-28T00:00:00.000Z");
  assert.equal(tagDate("2026-02-28", true)?.toISOString(), "2026-02-28T23:59:59.000Z");
  assert.equal(tagDate("2026-02-30"), undefined);
  assert.equal(tagDate("2026-13-01"), undefined);
  assert.equal(tagDate("2026-04-31T10:00:00Z"), undefined);
});
