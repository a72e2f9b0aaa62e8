// What the vault explorer says about a secret (its badges) and about a vault (its health warnings),
// as pure functions of metadata, Resource Manager properties and the vault mapping. No `vscode`
// here: the tree, the Markdown report and the unit tests all call the same code. Nothing here ever
// sees a secret's value.
import type { KeyVaultInfo, SecretProperties } from "../../azure";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** What a badge needs from a secret: metadata only. */
export type SecretMetadata = Pick<SecretProperties, "enabled" | "expiresOn" | "createdOn" | "updatedOn" | "notBefore" | "tags" | "managed">;

export interface BadgeSettings {
  readonly now: Date;
  /** An expiry this close (in days) is "expiring soon". */
  readonly expiringSoonDays: number;
  /** The rotation period when the secret's own `rotation-days` tag does not say (at most MAX_ROTATION_DAYS counts). */
  readonly rotationDays: number;
}

/**
 * The badge settings for a vault the workspace maps, read as the tree reads them: per the folder
 * that maps it (the rotation period is a resource-scoped setting). A vault two folders map shows
 * under each with that folder's settings; held to the stricter of them, the report flags every
 * secret either folder's tree does.
 */
export function vaultBadgeSettings(uses: readonly VaultUse[], settingsOf: (folderUri: string | undefined) => Omit<BadgeSettings, "now">, now: Date): BadgeSettings {
  const folders = [...new Set(uses.map((use) => use.folderUri))];
  const all = (folders.length > 0 ? folders : [undefined]).map(settingsOf);
  return { now, expiringSoonDays: Math.max(...all.map((settings) => settings.expiringSoonDays)), rotationDays: Math.min(...all.map((settings) => settings.rotationDays)) };
}

export type SecretBadge = "expired" | "expiringSoon" | "stale" | "disabled" | "noExpiry" | "notYetValid";

/** Worst first: the first badge decides the icon. */
export const BADGE_ORDER: readonly SecretBadge[] = ["expired", "disabled", "stale", "expiringSoon", "notYetValid", "noExpiry"];

export interface SecretAssessment {
  readonly badges: readonly SecretBadge[];
  /** When the current value was set: the version's creation, or an earlier `rotated-on` tag; without a creation date the tag, else the last update. */
  readonly rotatedOn?: Date;
  /** When it should be rotated: the `rotate-by` tag, else rotatedOn + the rotation period; never later than MAX_ROTATION_DAYS after rotatedOn. */
  readonly rotateBy?: Date;
  /** The rotation period, at most MAX_ROTATION_DAYS. */
  readonly rotationDays: number;
  /** Rotation tags that asked for longer than MAX_ROTATION_DAYS: the maximum was used instead. */
  readonly overLongTags: readonly OverLongTag[];
  /** A `rotated-on` tag later than the version's creation: not used (a tag never makes a secret look fresher). */
  readonly ignoredRotatedOn?: string;
  /** A `rotated-on` tag from before the version's creation: used, and the tooltip says why it may be. */
  readonly rotatedOnBeforeVersion?: { readonly tag: string; readonly createdOn: Date };
  /** Short text for the tree item's description, worst first: "expired 3 d ago · disabled". */
  readonly summary: string;
  readonly severity: "error" | "warning" | "info" | "ok";
}

/**
 * Microsoft's guidance: rotate secrets at least every 60 days. Nothing we write asks for longer,
 * and health holds every secret to it: a hand-edited tag must not hide a secret left for a year.
 */
export const MAX_ROTATION_DAYS = 60;

/** A rotation tag that asked for longer than MAX_ROTATION_DAYS, with its value as read (digits, or a day). */
export interface OverLongTag {
  readonly tag: "rotation-days" | "rotate-by";
  readonly value: string;
}

/** The tags Secret Hygiene writes (see src/fixes/metadata.ts) and reads back. */
export const ROTATION_TAGS = { days: "rotation-days", rotateBy: "rotate-by", rotatedOn: "rotated-on" } as const;

/**
 * A `YYYY-MM-DD` (or full ISO, in UTC) tag value as a date; undefined when it is not one. A day
 * alone means its start, or with `endOfDay` its last second (UTC): a `rotate-by` day is due
 * through that day, as an expiry typed as a day is. A time without `Z` would be read in this
 * machine's zone, so it is no date here.
 */
export function tagDate(value: string | undefined, endOfDay = false): Date | undefined {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z)?$/.test(text)) return undefined;
  const date = new Date(endOfDay && text.length === 10 ? `${text}T23:59:59Z` : text);
  // JavaScript rolls an impossible day over (2026-02-30 becomes March 2): not a date someone meant.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text.slice(0, 10)) return undefined;
  return date;
}

/**
 * A `rotation-days` tag value as a number of days (1 to 3650); undefined when it is not one, so
 * the caller falls back to the setting. The health badges and Rotate Now read the tag alike, and
 * both use at most MAX_ROTATION_DAYS of it.
 */
export function rotationDaysTag(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,4}$/.test(value.trim())) return undefined;
  const days = Number(value.trim());
  return days >= 1 && days <= 3650 ? days : undefined;
}

/** Whole days from `from` to `to`, rounded towards zero. */
export function daysBetween(from: Date, to: Date): number {
  return Math.trunc((to.getTime() - from.getTime()) / DAY_MS);
}

/** Calendar days (UTC) from `from`'s day to `to`'s: 1 from 23:59 to 00:01 the next day. */
export function calendarDaysBetween(from: Date, to: Date): number {
  const day = (date: Date) => Math.floor(date.getTime() / DAY_MS);
  return day(to) - day(from);
}

/** `2026-03-01`, in UTC like Key Vault's dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "in 5 d", "3 d ago" in whole days elapsed; under a day, in hours ("in 13 h", "< 1 h ago"). Hours
 * read the same in every time zone, where "today" or a calendar day would be UTC's and could be
 * yesterday or tomorrow where the user is.
 */
export function relativeDays(date: Date, now: Date): string {
  const ms = date.getTime() - now.getTime();
  if (Math.abs(ms) < DAY_MS) {
    const hours = Math.trunc(Math.abs(ms) / HOUR_MS);
    const amount = hours === 0 ? "< 1 h" : `${hours} h`;
    return ms >= 0 ? `in ${amount}` : `${amount} ago`;
  }
  const days = daysBetween(now, date);
  return days > 0 ? `in ${days} d` : `${-days} d ago`;
}

/**
 * Days a `rotated-on` day may sit either side of the version's own day and still describe it: Rotate writes
 * the day by this machine's clock, the vault dates the version by its own, and the two can fall
 * either side of midnight (UTC).
 */
const CLOCK_SKEW_DAYS = 1;

/**
 * When the current value was set, and the rotation tags that may be used with it. Key Vault dates
 * every version when it is created, and a tag may make a secret look older than that, never
 * fresher: a tag cannot record a rotation the vault never saw (a hand-edited `rotated-on` must not
 * hide a secret left for a year). An earlier `rotated-on` counts: a move taken back makes the
 * earlier value current again as a new version, with the tag keeping its age (vault-steps.ts). A
 * script that copies the tags of the old value onto a new one makes it look stale too, which the
 * tooltip explains; the other way round would hide stale values. Without a creation date the tag
 * counts as it is.
 */
function rotationStart(secret: SecretMetadata): Pick<SecretAssessment, "rotatedOn" | "ignoredRotatedOn" | "rotatedOnBeforeVersion"> {
  const { createdOn } = secret;
  const rotatedOnTag = secret.tags[ROTATION_TAGS.rotatedOn]?.trim();
  const taggedOn = tagDate(rotatedOnTag);
  if (!createdOn) return { rotatedOn: taggedOn ?? secret.updatedOn };
  const daysAfterTag = taggedOn ? calendarDaysBetween(taggedOn, createdOn) : 0;
  if (taggedOn && daysAfterTag < -CLOCK_SKEW_DAYS) return { rotatedOn: createdOn, ignoredRotatedOn: rotatedOnTag };
  if (taggedOn && daysAfterTag > CLOCK_SKEW_DAYS) return { rotatedOn: taggedOn, rotatedOnBeforeVersion: { tag: rotatedOnTag!, createdOn } };
  return { rotatedOn: createdOn };
}

/**
 * When a secret is due for rotation, held to MAX_ROTATION_DAYS: a longer `rotation-days` tag counts
 * as the maximum, and a `rotate-by` tag later than the maximum after the last rotation counts as
 * that day (through its end, as a `rotate-by` day is due: what Rotate writes is never cut short).
 */
function rotationDue(tags: Readonly<Record<string, string>>, rotatedOn: Date | undefined, defaultDays: number): Pick<SecretAssessment, "rotateBy" | "rotationDays" | "overLongTags"> {
  const overLongTags: OverLongTag[] = [];
  const taggedDays = rotationDaysTag(tags[ROTATION_TAGS.days]);
  if (taggedDays !== undefined && taggedDays > MAX_ROTATION_DAYS) overLongTags.push({ tag: ROTATION_TAGS.days, value: String(taggedDays) });
  const rotationDays = Math.min(taggedDays ?? defaultDays, MAX_ROTATION_DAYS);
  const latest = rotatedOn && tagDate(isoDay(new Date(rotatedOn.getTime() + MAX_ROTATION_DAYS * DAY_MS)), true);
  const taggedRotateBy = tagDate(tags[ROTATION_TAGS.rotateBy], true);
  if (taggedRotateBy && latest && taggedRotateBy.getTime() > latest.getTime()) {
    overLongTags.push({ tag: ROTATION_TAGS.rotateBy, value: isoDay(taggedRotateBy) });
    return { rotateBy: latest, rotationDays, overLongTags };
  }
  return { rotateBy: taggedRotateBy ?? (rotatedOn && new Date(rotatedOn.getTime() + rotationDays * DAY_MS)), rotationDays, overLongTags };
}

/**
 * The tooltip's rotation line: when, how often, which tag asked for longer than the guidance
 * allows, and a `rotated-on` tag that disagrees with the version's creation date.
 */
export function rotationText(assessment: Pick<SecretAssessment, "rotateBy" | "rotationDays" | "overLongTags" | "ignoredRotatedOn" | "rotatedOnBeforeVersion" | "rotatedOn">): string {
  let text = `Rotate by: ${assessment.rotateBy ? isoDay(assessment.rotateBy) : "—"} (every ${assessment.rotationDays} days)`;
  if (assessment.overLongTags.length > 0) {
    const asked = assessment.overLongTags.map(({ tag, value }) => (tag === ROTATION_TAGS.days ? `the rotation-days tag asks for ${value} days` : `the rotate-by tag asks for ${value}`));
    text += `; ${asked.join(" and ")}, longer than Microsoft's guidance of at most ${MAX_ROTATION_DAYS} days allows`;
  }
  const { ignoredRotatedOn, rotatedOnBeforeVersion, rotatedOn } = assessment;
  if (ignoredRotatedOn !== undefined && rotatedOn) {
    text += `. Ignored: the rotated-on tag (${ignoredRotatedOn}), later than this version's creation on ${isoDay(rotatedOn)}; a tag cannot record a rotation the vault did not see`;
  }
  if (rotatedOnBeforeVersion) {
    text += `. Age counted from the rotated-on tag (${rotatedOnBeforeVersion.tag}), from before this version was created on ${isoDay(rotatedOnBeforeVersion.createdOn)}: an earlier value made current again keeps its age. If this version holds a new value, Rotate it or correct the tag`;
  }
  return text;
}

export function assessSecret(secret: SecretMetadata, settings: BadgeSettings): SecretAssessment {
  const { now } = settings;
  const badges = new Set<SecretBadge>();
  const parts = new Map<SecretBadge, string>();
  const start = rotationStart(secret);
  const { rotatedOn } = start;
  const { rotateBy, rotationDays, overLongTags } = rotationDue(secret.tags, rotatedOn, settings.rotationDays);

  if (!secret.enabled) {
    badges.add("disabled");
    parts.set("disabled", "disabled");
  }
  if (secret.expiresOn) {
    if (secret.expiresOn.getTime() <= now.getTime()) {
      badges.add("expired");
      parts.set("expired", `expired ${relativeDays(secret.expiresOn, now)}`);
    } else if (secret.expiresOn.getTime() - now.getTime() <= settings.expiringSoonDays * DAY_MS) {
      badges.add("expiringSoon");
      parts.set("expiringSoon", `expires ${relativeDays(secret.expiresOn, now)}`);
    }
  } else if (!secret.managed) {
    // A certificate's secret expires with the certificate, which Key Vault manages.
    badges.add("noExpiry");
    parts.set("noExpiry", "no expiry");
  }
  if (secret.notBefore && secret.notBefore.getTime() > now.getTime()) {
    badges.add("notYetValid");
    parts.set("notYetValid", `valid from ${isoDay(secret.notBefore)}`);
  }
  if (!secret.managed && rotateBy && rotateBy.getTime() < now.getTime()) {
    badges.add("stale");
    parts.set("stale", rotatedOn ? `not rotated for ${daysBetween(rotatedOn, now)} d` : "rotation overdue");
  }

  const ordered = BADGE_ORDER.filter((badge) => badges.has(badge));
  const worst = ordered[0];
  const severity = worst === "expired" ? "error" : worst === "disabled" || worst === "stale" || worst === "expiringSoon" ? "warning" : worst ? "info" : "ok";
  return { badges: ordered, ...start, rotateBy, rotationDays, overLongTags, summary: ordered.map((badge) => parts.get(badge)!).join(" · "), severity };
}

// Vault health.

/** One place a vault is used, from a workspace folder's mapping file. */
export interface VaultUse {
  /** The folder's name, for people. */
  readonly folder: string;
  /** The folder's URI: two folders of a multi-root workspace may share a name. */
  readonly folderUri?: string;
  readonly app: string;
  readonly environment: string;
  readonly production: boolean;
}

export interface SecretSummary {
  /** Secrets counted. */
  readonly total: number;
  /** Whether every secret of the vault was counted (the tree counts what it has loaded). */
  readonly complete: boolean;
  readonly expired: number;
  /** Of the expired, those backed by a certificate: renewing the certificate replaces them, not Rotate or Set Expiry. */
  readonly expiredManaged: number;
  readonly pastRotation: number;
  readonly withoutExpiry: number;
  readonly disabled: number;
}

export function summarizeSecrets(secrets: Iterable<SecretMetadata>, settings: BadgeSettings, complete: boolean): SecretSummary {
  let total = 0;
  let expired = 0;
  let expiredManaged = 0;
  let pastRotation = 0;
  let withoutExpiry = 0;
  let disabled = 0;
  for (const secret of secrets) {
    total++;
    const { badges } = assessSecret(secret, settings);
    if (badges.includes("expired")) {
      expired++;
      if (secret.managed) expiredManaged++;
    }
    if (badges.includes("stale")) pastRotation++;
    if (badges.includes("noExpiry")) withoutExpiry++;
    if (badges.includes("disabled")) disabled++;
  }
  return { total, complete, expired, expiredManaged, pastRotation, withoutExpiry, disabled };
}

export type HealthCode =
  | "propertiesUnavailable"
  | "softDeleteOff"
  | "purgeProtectionOff"
  | "publicNetworkOpen"
  | "accessPolicies"
  | "sharedAcrossEnvironments"
  | "sharedAcrossApps"
  | "expiredSecrets"
  | "secretsPastRotation"
  | "secretsWithoutExpiry"
  | "secretsPartlyChecked";

/** Rows that say what was not checked, rather than warn: the vault node's warning count leaves them out. */
export const NOT_CHECKED: ReadonlySet<HealthCode> = new Set<HealthCode>(["propertiesUnavailable", "secretsPartlyChecked"]);

/** Fixes safe enough to offer: the two switches only make the vault safer, the third opens a file. */
export type HealthFix = "enableSoftDelete" | "enablePurgeProtection" | "openMapping";

export interface HealthWarning {
  readonly code: HealthCode;
  readonly severity: "error" | "warning" | "info";
  /** One line for the tree. */
  readonly title: string;
  /** Why it matters and what to do, for the tooltip and the report. */
  readonly detail: string;
  /** Microsoft's guidance. */
  readonly guidance: string;
  readonly fix?: HealthFix;
}

const LEARN = "https://learn.microsoft.com/azure/key-vault";
export const GUIDANCE: Record<HealthCode, string> = {
  propertiesUnavailable: `${LEARN}/general/best-practices`,
  softDeleteOff: `${LEARN}/general/soft-delete-overview`,
  purgeProtectionOff: `${LEARN}/general/soft-delete-overview#purge-protection`,
  publicNetworkOpen: `${LEARN}/general/how-to-azure-key-vault-network-security`,
  accessPolicies: `${LEARN}/general/rbac-migration`,
  sharedAcrossEnvironments: `${LEARN}/general/best-practices#use-separate-key-vaults`,
  sharedAcrossApps: `${LEARN}/general/best-practices#use-separate-key-vaults`,
  expiredSecrets: `${LEARN}/secrets/about-secrets#secret-attributes`,
  secretsPastRotation: `${LEARN}/secrets/secrets-best-practices#secrets-rotation`,
  secretsWithoutExpiry: `${LEARN}/secrets/secrets-best-practices#secrets-rotation`,
  secretsPartlyChecked: `${LEARN}/secrets/secrets-best-practices`,
};

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface VaultHealthInput {
  /** Resource Manager's view of the vault; undefined when it could not be found (signed out, other subscription). */
  readonly vault?: KeyVaultInfo;
  /** Why it could not be found, when it was not. */
  readonly propertiesProblem?: string;
  /** Where the workspace maps it; empty for a vault only listed from a subscription. */
  readonly uses: readonly VaultUse[];
  readonly secrets?: SecretSummary;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What to do about expired secrets. A certificate's secret offers neither Rotate nor Set Expiry (Key
 * Vault manages it): renewing the certificate replaces it.
 */
function expiredRemedy(summary: SecretSummary): string {
  const own = "Rotate them, or set a new expiry if they are still valid.";
  const managed = summary.expiredManaged;
  if (managed === 0) return own;
  const backed = managed === 1 ? "backed by a certificate" : "backed by certificates";
  const renew = managed === 1 ? "renew the certificate in Key Vault; its secret follows" : "renew the certificates in Key Vault; their secrets follow";
  if (managed === summary.expired) return `${managed === 1 ? "It is" : "They are"} ${backed}: ${renew}.`;
  return `${own} For the ${managed} ${backed}, ${renew}.`;
}

function counted(summary: SecretSummary): string {
  return summary.complete ? "" : ` (of the ${summary.total} loaded so far)`;
}

/** The vault's warnings, worst first. */
export function vaultHealth(input: VaultHealthInput): HealthWarning[] {
  const warnings: HealthWarning[] = [];
  const add = (code: HealthCode, severity: HealthWarning["severity"], title: string, detail: string, fix?: HealthFix) =>
    warnings.push({ code, severity, title, detail, guidance: GUIDANCE[code], ...(fix ? { fix } : {}) });
  const production = input.uses.some((use) => use.production);
  const { vault } = input;

  if (!vault) {
    add(
      "propertiesUnavailable",
      "info",
      "Vault settings not checked",
      `${input.propertiesProblem ?? "Resource Manager does not list this vault for your account."} Soft delete, purge protection, network access and the access model are not checked.`,
    );
  } else {
    if (!vault.softDelete) {
      add(
        "softDeleteOff",
        "error",
        "Soft delete is off",
        "A deleted secret is gone at once and cannot be recovered. Turn soft delete on (it cannot be turned off again); until then, back up secrets that cannot be recreated.",
        "enableSoftDelete",
      );
    }
    if (!vault.purgeProtection) {
      // With soft delete off nothing is kept to purge: the risk is a delete that is final at once, and
      // turning purge protection on turns soft delete on with it.
      const retention = vault.softDelete
        ? `Anyone with purge permission can destroy a deleted secret before its ${vault.softDeleteRetentionDays ?? 90}-day retention ends. Purge protection prevents that`
        : "Soft delete is off too, so a deleted secret is not kept at all. Purge protection (which turns soft delete on with it) keeps every deleted secret for its whole retention period";
      add(
        "purgeProtectionOff",
        production ? "warning" : "info",
        "Purge protection is off",
        `${retention}; it cannot be turned off again${production ? "" : ", and it also stops you from purging test secrets"}.`,
        "enablePurgeProtection",
      );
    }
    const publicAccess = (vault.publicNetworkAccess ?? "Enabled").toLowerCase() !== "disabled";
    const firewall = vault.networkRules?.defaultAction === "Deny";
    if (publicAccess && !firewall) {
      const privateNote = vault.privateEndpoints > 0 ? ` It has ${plural(vault.privateEndpoints, "private endpoint")}, but public access is still open.` : "";
      add(
        "publicNetworkOpen",
        production ? "warning" : "info",
        "Open to every network",
        `Public network access is on and no firewall rule restricts it, so the vault answers requests from any address (they still need a valid sign-in).${privateNote} Allow only your applications' networks, or use a private endpoint.`,
      );
    }
    if (!vault.rbacAuthorization) {
      add(
        "accessPolicies",
        "warning",
        "Uses access policies, not Azure RBAC",
        "Access policies grant per vault and cannot be scoped to one secret or audited like role assignments. Microsoft recommends Azure RBAC (Key Vault Secrets User / Officer); migrate by assigning the roles first, then switching the permission model.",
      );
    }
  }

  const environments = [...new Set(input.uses.map((use) => use.environment))];
  if (environments.length > 1) {
    const where = input.uses.map((use) => `${use.app} · ${use.environment}`).join(", ");
    add(
      "sharedAcrossEnvironments",
      production ? "error" : "warning",
      `Mapped to ${environments.length} environments`,
      `One vault for ${environments.join(" and ")} (${where}) shares secrets across environments${production ? ", including production" : ""}. Use one vault per application and environment.`,
      "openMapping",
    );
  }
  // Apps share setting names (ConnectionStrings--Default, password): in one vault each reads the
  // other's secrets, and a move's new version replaces the other app's value.
  const apps = [...new Set(input.uses.map((use) => use.app))];
  if (apps.length > 1) {
    add(
      "sharedAcrossApps",
      "warning",
      `Shared by ${apps.length} applications`,
      `One vault for ${apps.join(" and ")}: each can read the other's secrets, and a secret name both use (ConnectionStrings--Default) holds one value for both. Use one vault per application and environment.`,
      "openMapping",
    );
  }

  const { secrets } = input;
  if (secrets) {
    if (secrets.expired > 0) {
      add("expiredSecrets", "warning", `${plural(secrets.expired, "secret")} expired${counted(secrets)}`, `Expired secrets are still readable, but their expiry says they should have been replaced. ${expiredRemedy(secrets)}`);
    }
    if (secrets.pastRotation > 0) {
      add(
        "secretsPastRotation",
        "warning",
        `${plural(secrets.pastRotation, "secret")} past rotation age${counted(secrets)}`,
        `Not rotated within their rotation period (the rotate-by or rotation-days tag, else the secretHygiene.secrets.rotationDays setting; never more than ${MAX_ROTATION_DAYS} days, Microsoft's guidance). Rotate them.`,
      );
    }
    if (secrets.withoutExpiry > 0) {
      add(
        "secretsWithoutExpiry",
        "info",
        `${plural(secrets.withoutExpiry, "secret")} without expiry${counted(secrets)}`,
        "Without an expiry neither Key Vault, Azure Policy nor the portal can show that rotation is overdue. Set an expiry at the rotation date.",
      );
    }
    // Without this row, a vault whose first batches are fine looks clean while the rest go unchecked.
    if (!secrets.complete) {
      add(
        "secretsPartlyChecked",
        "info",
        `Secrets checked: ${secrets.total} so far`,
        `Expiry and rotation were checked for the ${plural(secrets.total, "secret")} loaded so far, not the rest of the vault. In the Vaults view, Load more… loads and checks the rest.`,
      );
    }
  }
  return warnings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

// The Markdown report.

export interface ReportSecret {
  readonly name: string;
  readonly assessment: SecretAssessment;
  readonly expiresOn?: Date;
}

export interface ReportVault {
  readonly name: string;
  readonly url: string;
  readonly uses: readonly VaultUse[];
  readonly warnings: readonly HealthWarning[];
  readonly vault?: KeyVaultInfo;
  readonly secrets?: SecretSummary;
  /** Secrets with at least one badge, for the table. */
  readonly flagged?: readonly ReportSecret[];
  /** Set when the secrets could not be listed (no access, network). */
  readonly secretsProblem?: string;
}

/** `|` and line breaks would break a table cell; names cannot hold them, messages might. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Info" } as const;

function onOff(value: boolean | undefined): string {
  return value === undefined ? "unknown" : value ? "on" : "off";
}

/** The workspace's vaults as a Markdown document: settings, warnings with guidance, flagged secrets (names only). */
export function healthReport(vaults: readonly ReportVault[], generatedOn: Date): string {
  const lines: string[] = ["# Key Vault health report", "", `Generated by Secret Hygiene on ${generatedOn.toISOString().replace(/\.\d{3}Z$/, "Z")}. Secret values are never read for this report.`, ""];
  if (vaults.length === 0) {
    lines.push("No vaults are mapped in this workspace (`.secrethygiene-vaults.json`).", "");
    return lines.join("\n");
  }
  const total = (severity: HealthWarning["severity"]) => vaults.reduce((sum, vault) => sum + vault.warnings.filter((warning) => warning.severity === severity).length, 0);
  lines.push("| Vault | Used by | Errors | Warnings | Info |", "| --- | --- | ---: | ---: | ---: |");
  for (const vault of vaults) {
    const uses = vault.uses.map((use) => `${use.app} · ${use.environment}`).join(", ") || "—";
    const count = (severity: HealthWarning["severity"]) => vault.warnings.filter((warning) => warning.severity === severity).length;
    lines.push(`| [${cell(vault.name)}](#${anchor(vault.name)}) | ${cell(uses)} | ${count("error")} | ${count("warning")} | ${count("info")} |`);
  }
  lines.push("", `In all: ${plural(total("error"), "error")}, ${plural(total("warning"), "warning")}, ${total("info")} info.`, "");

  for (const vault of vaults) {
    lines.push(`## ${vault.name}`, "", `\`${vault.url}\``, "");
    if (vault.uses.length > 0) lines.push(`Mapped for: ${vault.uses.map((use) => `${use.app} · ${use.environment}${use.production ? " (production)" : ""} in ${use.folder}`).join("; ")}.`, "");
    const info = vault.vault;
    if (info) {
      const network = (info.publicNetworkAccess ?? "Enabled").toLowerCase() === "disabled" ? "public access off" : info.networkRules?.defaultAction === "Deny" ? `firewall (${plural(info.networkRules.ipRules, "IP rule")}, ${plural(info.networkRules.virtualNetworkRules, "network rule")})` : "open to every network";
      lines.push(
        "| Setting | Value |",
        "| --- | --- |",
        `| Soft delete | ${onOff(info.softDelete)}${info.softDelete && info.softDeleteRetentionDays ? ` (${info.softDeleteRetentionDays} days)` : ""} |`,
        `| Purge protection | ${onOff(info.purgeProtection)} |`,
        `| Access model | ${info.rbacAuthorization ? "Azure RBAC" : "access policies"} |`,
        `| Network | ${network}${info.privateEndpoints ? `, ${plural(info.privateEndpoints, "private endpoint")}` : ""} |`,
        `| Subscription / resource group | ${cell(info.subscriptionId)} / ${cell(info.resourceGroup ?? "—")} |`,
        "",
      );
    }
    if (vault.warnings.length === 0) lines.push("No warnings.", "");
    else {
      lines.push("| Severity | Check | What to do | Guidance |", "| --- | --- | --- | --- |");
      for (const warning of vault.warnings) lines.push(`| ${SEVERITY_LABEL[warning.severity]} | ${cell(warning.title)} | ${cell(warning.detail)} | [Microsoft Learn](${warning.guidance}) |`);
      lines.push("");
    }
    if (vault.secretsProblem) lines.push(`Secrets not listed: ${cell(vault.secretsProblem)}`, "");
    else if (vault.secrets) {
      const { secrets } = vault;
      lines.push(
        `Secrets: ${secrets.total}${secrets.complete ? "" : " (listing stopped early)"}; expired ${secrets.expired}, past rotation ${secrets.pastRotation}, without expiry ${secrets.withoutExpiry}, disabled ${secrets.disabled}.`,
        "",
      );
      const flagged = vault.flagged ?? [];
      if (flagged.length > 0) {
        lines.push("| Secret | Status | Expires | Rotate by |", "| --- | --- | --- | --- |");
        for (const secret of flagged) {
          lines.push(`| ${cell(secret.name)} | ${cell(secret.assessment.summary)} | ${secret.expiresOn ? isoDay(secret.expiresOn) : "—"} | ${secret.assessment.rotateBy ? isoDay(secret.assessment.rotateBy) : "—"} |`);
        }
        lines.push("");
      }
    }
  }
  lines.push(
    "## Not checked here",
    "",
    "- Logging: whether the vault's diagnostic settings send audit logs to Log Analytics or storage ([guidance](https://learn.microsoft.com/azure/key-vault/general/logging)).",
    "- Backups: whether secrets that cannot be recreated are backed up ([guidance](https://learn.microsoft.com/azure/key-vault/general/backup)).",
    "- Who has access: role assignments and access policies beyond the permission model.",
    "",
  );
  return lines.join("\n");
}

/** GitHub-style heading anchor. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 -]/g, "").replace(/ /g, "-");
}
