import { endsInArnField } from "./arn";
import { SECRETS_GUIDE } from "./docs";
import { isWordyIdentifier } from "./identifier-words";
import type { PatternRule } from "./types";
import { isSingleCaseHex } from "./value-shapes";

/**
 * Vendor tokens that carry their own evidence: a fixed prefix (often with a checksum or a fixed
 * length) that ordinary text does not produce. Covers every vendor of secretlint's recommended
 * preset plus the common SaaS tokens that have a published or widely documented prefix. Tokens
 * without a prefix (most older API keys) are left to the named-assignment rule in generic.ts,
 * which needs a name such as `TWITCH_TOKEN` next to them.
 *
 * Each pattern is a literal prefix followed by bounded character classes: linear by construction.
 */

/** Not preceded or followed by a token character, so a match is a whole token. */
const START = "(?<![A-Za-z0-9_.])";
const END = "(?![A-Za-z0-9_])";
/** Ends for tokens whose alphabet includes `-`: a longer run is some other string. */
const END_DASH = "(?![A-Za-z0-9_-])";

/** What follows `lob` in a Lob key's assignment: the rest of the name, then the key. */
const LOB_KEY_AFTER_NAME = `[A-Za-z0-9_.-]{0,20}["']?\\s{0,5}[:=]\\s{0,5}["']?(?<value>(?:live|test)_(?:pub_)?[a-f0-9]{31,35})${END}`;
const LOB_KEY_FOLLOWS = new RegExp(LOB_KEY_AFTER_NAME.replace("(?<value>", "(?:"), "iy");

interface VendorSpec {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly body: string;
  readonly docsUrl?: string;
  readonly caseInsensitive?: boolean;
  readonly reject?: PatternRule["reject"];
}

function vendor(spec: VendorSpec): PatternRule {
  return {
    id: spec.id,
    title: spec.title,
    kind: "secret",
    docsUrl: spec.docsUrl ?? SECRETS_GUIDE,
    keywords: spec.keywords,
    pattern: new RegExp(spec.body, spec.caseInsensitive ? "dgi" : "dg"),
    ...(spec.reject ? { reject: spec.reject } : {}),
  };
}

/**
 * Inside a quoted blob of base64 wrapped at blanks: the quote, a line of base64 (76 characters or
 * so), maybe more, and the blank that wraps it. (Not an aligned table's column before a token.)
 */
const WRAPPED_BASE64_BEFORE = /["'][A-Za-z0-9+/]{60,}(?:[ \t]+[A-Za-z0-9+/]{20,})*[ \t]+$/;

/** `START + prefix + class{n}` with the right end guard: the most common vendor shape. */
function prefixed(id: string, title: string, prefix: string, tail: string, end = END): PatternRule {
  const literal = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A line is woken only where the prefix is followed by the tail: short prefixes (`pat`, `cio`,
  // `sl.`) are in everyday words (`path`, `dispatch`, `function`), tens of thousands of lines.
  const tailAt = new RegExp(tail, "y");
  const tailFollows = (text: string, keywordEnd: number) => {
    tailAt.lastIndex = keywordEnd;
    return tailAt.test(text);
  };
  return { ...vendor({ id, title, keywords: [prefix.toLowerCase()], body: `${START}(?<value>${literal}${tail})${end}` }), keywordEnd: tailFollows };
}

/**
 * A Discord user id is a decimal snowflake in base64: 18 digits make 24 characters ending in one
 * of `w x y z 0-5`, 19 digits make 26 ending in one of `A Q g w`. Its last character and the dot
 * (keywords are case-folded) are rarer in code than the dot alone.
 */
const DISCORD_USER_ID_ENDS = [..."wxyz012345aqg"].map((last) => `${last}.`);

/**
 * At the dot after a Discord user id: 24 token characters before it, then six token characters
 * and a second dot (the timestamp segment). `node.parent.kind` has the six and the dots but not
 * the 24.
 */
function isDiscordTimestampDot(text: string, end: number): boolean {
  if (text.charCodeAt(end + 6) !== 46 || end < 25) return false;
  for (let i = end; i < end + 6; i++) if (!isTokenCharCode(text.charCodeAt(i))) return false;
  for (let i = end - 2; i >= end - 25; i--) if (!isTokenCharCode(text.charCodeAt(i))) return false;
  return true;
}

function isTokenCharCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** `xoxa-2-k3d9…`: a workspace or refresh token whose random part mixes letters and digits. */
function isShortLegacySlackToken(value: string): boolean {
  const random = /^xox[ar]-(?:\d-)?([A-Za-z0-9]{12,})$/.exec(value)?.[1];
  return random !== undefined && /[0-9]/.test(random) && /[a-z]/i.test(random);
}

/** Between a name and its value: `name = "`, `"name": "`, `name: `, `name := `, `name => '`, `name, "`. */
const ASSIGNED = `["']?[ \\t]{0,3}(?:[:=,]|:=|=>)[ \\t]{0,3}["']?`;

/**
 * After `"AC` or `"SK` (any quote, any case): a Twilio account or API key SID's 32 hex digits and
 * its closing quote. `"access"`, `'skip'` and the like end the test at their first letter.
 */
function isTwilioSidEnd(text: string, end: number): boolean {
  for (let i = end; i < end + 32; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70))) return false;
  }
  const quote = text.charCodeAt(end + 32);
  return quote === 34 || quote === 39;
}

/** A UUID in any case: several vendors issue their keys as UUIDs. */
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** `0|` … `9|`: the app id's last digit and the bar (a bare `|` is on every line of a union type). */
const DIGIT_THEN_BAR = [..."0123456789"].map((digit) => `${digit}|`);

export const VENDOR_RULES: readonly PatternRule[] = [
  // --- Source hosting and package registries ---
  // Installation tokens (ghs_) of newer GitHub Apps are longer and may contain `_`.
  vendor({ id: "github/token", title: "GitHub token", keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], body: `${START}(?<value>gh[pousr]_[A-Za-z0-9]{36}[A-Za-z0-9_]{0,219}|ghs_[A-Za-z0-9_]{36,255})${END}` }),
  prefixed("github/fine-grained-pat", "GitHub fine-grained personal access token", "github_pat_", "[A-Za-z0-9_]{82}"),
  // GitLab token prefixes and lengths from GitLab's token overview; routable tokens (2024+)
  // carry a base64 payload and a `.01.` version marker.
  vendor({
    id: "gitlab/token",
    title: "GitLab token",
    keywords: ["glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "glft-", "glimt-", "glagent-", "gloas-", "glsoat-", "glffct-"],
    body: `${START}(?<value>(?:gl(?:pat|dt|rt|ft|soat|ffct)-[A-Za-z0-9_-]{20,50}|glptt-[A-Za-z0-9_-]{40}|glimt-[A-Za-z0-9_-]{25}|glagent-[A-Za-z0-9_-]{50}|gloas-[A-Za-z0-9_-]{64}|glcbt-(?:[0-9a-z]{1,5}_)?[A-Za-z0-9_-]{20}|gl(?:pat|rt|dt)-(?:t\\d_)?[A-Za-z0-9_-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{7,9}))${END_DASH}`,
  }),
  prefixed("gitlab/runner-registration-token", "GitLab runner registration token", "GR1348941", "[A-Za-z0-9_-]{20,50}", END_DASH),
  vendor({ id: "gitlab/session-cookie", title: "GitLab session cookie", keywords: ["_gitlab_session="], body: `_gitlab_session=(?<value>[0-9a-z]{32})${END}` }),
  prefixed("bitbucket/app-password", "Bitbucket app password", "ATBB", "[A-Za-z0-9_=.-]{28,40}", END_DASH),
  prefixed("atlassian/api-token", "Atlassian API token", "ATATT3", "[A-Za-z0-9_=-]{150,300}", END_DASH),
  prefixed("npm/access-token", "npm access token", "npm_", "[A-Za-z0-9]{36}"),
  // .npmrc is an ini file: blanks around `=` are allowed (`_authToken = …`).
  vendor({ id: "npm/auth-token", title: "npm registry auth token (.npmrc)", keywords: [":_authtoken"], body: `:_authToken[ \t]*=[ \t]*(?<value>[A-Za-z0-9_.+/=-]{20,200})`, caseInsensitive: true, reject: (value) => value.startsWith("$") }),
  // A macaroon whose first caveat names pypi.org or test.pypi.org (base64). Real tokens run to
  // 150 characters and more; a `.` may precede one pasted into a reference (`secrets.pypi-…`).
  vendor({ id: "pypi/upload-token", title: "PyPI upload token", keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"], body: `(?<![A-Za-z0-9_])(?<value>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{100,})${END_DASH}` }),
  prefixed("rubygems/api-token", "RubyGems API token", "rubygems_", "[a-f0-9]{48}"),
  prefixed("clojars/api-token", "Clojars deploy token", "CLOJARS_", "[a-z0-9]{60}"),
  prefixed("crates/api-token", "crates.io API token", "cio", "[a-zA-Z0-9]{32}"),
  vendor({ id: "nuget/api-key", title: "NuGet API key", keywords: ["oy2"], body: `${START}(?<value>oy2[a-z0-9]{43})${END}` }),
  prefixed("docker/personal-access-token", "Docker Hub personal access token", "dckr_pat_", "[A-Za-z0-9_-]{27}", END_DASH),
  prefixed("jfrog/api-key", "JFrog Artifactory API key", "AKCp", "[A-Za-z0-9]{69}"),
  prefixed("jfrog/reference-token", "JFrog Artifactory reference token", "cmVmdGtu", "[A-Za-z0-9]{56}"),
  vendor({ id: "octopus/api-key", title: "Octopus Deploy API key", keywords: ["api-"], body: `${START}(?<value>API-[A-Z0-9]{26})${END}` }),
  vendor({ id: "sonar/token", title: "SonarQube or SonarCloud token", keywords: ["sqp_", "squ_", "sqa_"], body: `${START}(?<value>sq[pua]_[a-f0-9]{40})${END}` }),
  // Older SonarQube tokens have no prefix: 40 hex characters given as sonar.login or sonar.token
  // (also as Maven's property elements, `<sonar.login>…</sonar.login>`).
  vendor({
    id: "sonar/login-token",
    title: "SonarQube token (sonar.login)",
    keywords: ["sonar"],
    body: `(?<name>sonar[._-]?(?:login|token))["']?>?[ \t]{0,3}(?:[:=,]|:=|=>)?[ \t]{0,3}["']?(?<value>[a-f0-9]{40})(?![A-Za-z0-9])`,
    caseInsensitive: true,
    reject: (value) => !isSingleCaseHex(value),
  }),
  vendor({ id: "sourcegraph/access-token", title: "Sourcegraph access token", keywords: ["sgp_"], body: `${START}(?<value>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})${END}` }),
  // Before the sgp_ prefix (2022), Sourcegraph access tokens were 40 hex characters: evidence only
  // under a Sourcegraph token name (`sourcegraph_commit` holds a commit hash).
  vendor({
    id: "sourcegraph/legacy-access-token",
    title: "Sourcegraph access token (before sgp_)",
    keywords: ["sourcegraph"],
    body: `(?<name>sourcegraph(?:[\\w.-]{0,20}?(?:token|key|secret|auth)[\\w-]{0,10})?)${ASSIGNED}(?<value>[a-fA-F0-9]{40})(?![A-Za-z0-9])`,
    caseInsensitive: true,
  }),
  prefixed("snyk/api-token", "Snyk API token", "snyk_", "[A-Za-z0-9_-]{30,}", END_DASH),
  prefixed("segment/public-api-token", "Segment public API token", "sgp_", "[A-Za-z0-9]{64}"),
  // JFrog identity tokens: 64 lower-case characters, evidence only next to a JFrog name.
  vendor({ id: "jfrog/identity-token", title: "JFrog identity token", keywords: ["jfrog", "artifactory"], body: `(?:jfrog|artifactory)[\\w.-]{0,20}["']?[ \\t]{0,3}(?:[:=,]|:=|=>)[ \\t]{0,5}["']?(?<value>[a-z0-9]{64})(?![A-Za-z0-9])`, caseInsensitive: true, reject: (value) => /[A-Z]/.test(value) }),
  // Code Climate's test reporter id lets anyone upload coverage to the repository's report.
  vendor({ id: "codeclimate/reporter-id", title: "Code Climate test reporter ID", keywords: ["cc_test_reporter_id"], body: `(?<name>CC_TEST_REPORTER_ID)["']?[ \\t]{0,5}[:=][ \\t]{0,5}["']?(?<value>[a-f0-9]{64})(?![A-Za-z0-9])`, caseInsensitive: true }),

  // --- AI and LLM providers ---
  vendor({
    id: "openai/api-key",
    title: "OpenAI API key",
    keywords: ["t3blbkfj", "sk-proj-", "sk-svcacct-", "sk-admin-"],
    body: `${START}(?<value>sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|(?:proj|svcacct|admin)-[A-Za-z0-9_-]{80,250}))${END_DASH}`,
  }),
  vendor({ id: "anthropic/api-key", title: "Anthropic API key", keywords: ["sk-ant-"], body: `${START}(?<value>sk-ant-(?:api|admin|sid)\\d\\d-[A-Za-z0-9_-]{80,120})${END_DASH}` }),
  vendor({ id: "huggingface/token", title: "Hugging Face access token", keywords: ["hf_", "api_org_"], body: `${START}(?<value>(?:hf_|api_org_)[A-Za-z]{34})${END}` }),
  prefixed("groq/api-key", "Groq API key", "gsk_", "[A-Za-z0-9]{52}"),
  prefixed("perplexity/api-key", "Perplexity API key", "pplx-", "[A-Za-z0-9]{48}"),
  vendor({ id: "tavily/api-key", title: "Tavily API key", keywords: ["tvly-"], body: `${START}(?<value>tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})${END}` }),
  prefixed("firecrawl/api-key", "Firecrawl API key", "fc-", "[a-f0-9]{32}"),
  prefixed("jina/api-key", "Jina AI API key", "jina_", "[A-Za-z0-9_-]{60}", END_DASH),
  prefixed("replicate/api-token", "Replicate API token", "r8_", "[A-Za-z0-9]{37}"),

  // --- Cloud providers other than Azure ---
  vendor({
    id: "aws/access-key-id",
    title: "AWS access key ID",
    keywords: ["akia", "asia", "abia", "acca", "a3t"],
    body: `(?<![A-Z0-9])(?<value>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Z0-9])`,
    // Documentation keys end in EXAMPLE; a run of one letter is a mask.
    reject: (value) => value.endsWith("EXAMPLE") || /^A3T[A-Z0-9]ABCDEFGHIJ/.test(value),
  }),
  vendor({
    id: "aws/secret-access-key",
    title: "AWS secret access key",
    keywords: ["aws", "secret_access_key", "secretaccesskey", "secret-access-key", "akia", "asia"],
    // …or the argument after an access key id: `new BasicAWSCredentials("AKIA…", "…")`,
    // `AwsBasicCredentials.create(…)`, Go's `credentials.NewStaticCredentials("AKIA…", "…", "")`.
    body: `(?:(?:aws|secret)[A-Za-z0-9_.-]{0,40}["']?\\s{0,5}(?:[:=]|=>|:=)\\s{0,5}["']?|(?:AKIA|ASIA)[A-Z0-9]{16}["']\\s{0,5},\\s{0,5}["'])(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    caseInsensitive: true,
    // 40 hex characters are a SHA-1 (a commit, a checksum), not an AWS secret.
    // AWS's documentation keys end in EXAMPLEKEY (wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY).
    // Inside an ARN (`arn:aws:iam::aws:policy/AWSBillingConductorReadOnlyAccess`) the text after `aws:` is a path.
    // A run of words (`ObjectTypeAzureWorkloadSQLRestoreRequest`) is an identifier, not 40 random characters.
    reject: (value, match) =>
      /^[0-9a-f]{40}$/i.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value) || value.endsWith("EXAMPLEKEY") || endsInArnField(match.input, match.index) || isWordyIdentifier(value),
  }),
  prefixed("aws/bedrock-api-key", "Amazon Bedrock API key", "ABSK", "[A-Za-z0-9+/]{109,269}={0,2}", "(?![A-Za-z0-9+/=])"),
  prefixed("aws/bedrock-short-term-key", "Amazon Bedrock short-term API key", "bedrock-api-key-", "[A-Za-z0-9+/]{100,2000}={0,2}", "(?![A-Za-z0-9+/=])"),
  vendor({ id: "gcp/api-key", title: "Google API key", keywords: ["aiza"], body: `${START}(?<value>AIza[0-9A-Za-z_-]{35})${END_DASH}` }),
  prefixed("gcp/oauth-client-secret", "Google OAuth client secret", "GOCSPX-", "[A-Za-z0-9_-]{28}", END_DASH),
  prefixed("gcp/oauth-access-token", "Google OAuth access token", "ya29.", "[A-Za-z0-9_-]{30,}", END_DASH),
  prefixed("alibaba/access-key-id", "Alibaba Cloud access key ID", "LTAI", "[a-zA-Z0-9]{20}"),
  vendor({ id: "digitalocean/token", title: "DigitalOcean token", keywords: ["dop_v1_", "doo_v1_", "dor_v1_"], body: `${START}(?<value>do[opr]_v1_[a-f0-9]{64})${END}` }),
  // Before Vault 1.10 service tokens began `s.`; the long protobuf form (`s.CAES…`) stands alone.
  vendor({ id: "hashicorp/vault-token", title: "HashiCorp Vault token", keywords: ["hvs.", "hvb.", "hvr.", "s.caes"], body: `${START}(?<value>hv[sbr]\\.[A-Za-z0-9_-]{24,400}|s\\.CAES[A-Za-z0-9_-]{60,400})${END_DASH}` }),
  // The short form (`s.` or `b.` and 24 characters) is evidence only next to "vault" or "root token".
  vendor({
    id: "hashicorp/vault-legacy-token",
    title: "HashiCorp Vault token (before 1.10)",
    keywords: ["vault", "root token"],
    body: `(?:vault|root token)[^\\n]{0,40}?(?<![A-Za-z0-9_.])(?<value>[sb]\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])`,
    caseInsensitive: true,
  }),
  // `vault operator init` prints "Unseal Key 1: …"; `vault operator unseal KEY` takes one.
  vendor({
    id: "hashicorp/vault-unseal-key",
    title: "HashiCorp Vault unseal key",
    keywords: ["unseal"],
    body: `(?:Unseal Key \\d{1,2}:|operator unseal(?: -[a-z-]+)*)[ \\t]{1,5}["']?(?<value>[A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])`,
    caseInsensitive: true,
  }),
  vendor({ id: "hashicorp/terraform-token", title: "Terraform Cloud API token", keywords: [".atlasv1."], body: `${START}(?<value>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})${END_DASH}` }),
  vendor({ id: "doppler/token", title: "Doppler token", keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."], body: `${START}(?<value>dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9_.-]{40,60})${END_DASH}` }),
  prefixed("pulumi/access-token", "Pulumi access token", "pul-", "[a-f0-9]{40}"),
  prefixed("prefect/api-key", "Prefect API key", "pnu_", "[A-Za-z0-9]{36}"),
  vendor({ id: "flyio/token", title: "Fly.io token", keywords: ["fo1_", "fm1r_", "fm1a_", "fm2_"], body: `${START}(?<value>(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3}))(?![A-Za-z0-9+/=_-])` }),
  prefixed("heroku/api-key-v2", "Heroku API key", "HRKU-", "[A-Za-z0-9_-]{60}", END_DASH),
  vendor({ id: "vercel/token", title: "Vercel token", keywords: ["vcp_", "vci_", "vca_", "vcr_", "vck_"], body: `${START}(?<value>vc[pirak]_[A-Za-z0-9]{24,60})${END}` }),
  prefixed("netlify/token", "Netlify personal access token", "nfp_", "[A-Za-z0-9]{36,40}"),
  // Vercel Blob's read-write token: the store's id, then the secret.
  prefixed("vercel/blob-token", "Vercel Blob read-write token", "vercel_blob_rw_", "[A-Za-z0-9]{8,40}_[A-Za-z0-9]{20,60}"),
  // Supabase's secret API keys (the anon and publishable keys are public: `sb_publishable_`).
  prefixed("supabase/secret-key", "Supabase secret key", "sb_secret_", "[A-Za-z0-9_-]{20,80}", END_DASH),
  // Contentful's personal access tokens (Content Management API).
  prefixed("contentful/personal-access-token", "Contentful personal access token", "CFPAT-", "[A-Za-z0-9_-]{43}", END_DASH),
  // HubSpot's private app tokens: `pat-`, the data centre, then a UUID.
  vendor({
    id: "hubspot/private-app-token",
    title: "HubSpot private app token",
    keywords: ["pat-na1-", "pat-na2-", "pat-eu1-", "pat-ap1-"],
    body: `${START}(?<value>pat-(?:na|eu|ap)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${END_DASH}`,
  }),
  // Resend's API keys: `re_`, a short id, `_`, then the random secret. (`re_` also starts names:
  // `re_IPv4_address_with_port`, `re_compile_pattern`, which have more underscores and words; a
  // key's secret mixes cases and digits.)
  {
    ...prefixed("resend/api-key", "Resend API key", "re_", "[A-Za-z0-9]{6,12}_[A-Za-z0-9]{20,40}"),
    reject: (value: string) => {
      const secret = value.slice(value.lastIndexOf("_") + 1);
      return !(/[a-z]/.test(secret) && /[A-Z]/.test(secret) && /\d/.test(secret));
    },
  },
  // Cloudflare Turnstile's secret key: `0x4AAAAAAA` and about 25 more, 35 in all (its site key,
  // public, has 24). Structured: the fixed run of `A`s is no sign of typing by hand.
  { ...vendor({ id: "cloudflare/turnstile-secret-key", title: "Cloudflare Turnstile secret key", keywords: ["0x4aaaaaaa"], body: `${START}(?<value>0x4AAAAAAA[A-Za-z0-9_-]{20,30})${END_DASH}` }), structured: true },
  // Google OAuth refresh tokens: `1//0` and a long base64url run.
  prefixed("google/oauth-refresh-token", "Google OAuth refresh token", "1//0", "[A-Za-z0-9_-]{60,300}", END_DASH),
  vendor({ id: "cloudflare/origin-ca-key", title: "Cloudflare Origin CA key", keywords: ["v1.0-"], body: `${START}(?<value>v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})${END}` }),
  vendor({ id: "dynatrace/api-token", title: "Dynatrace API token", keywords: ["dt0c01."], body: `${START}(?<value>dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64})${END}` }),
  vendor({ id: "newrelic/key", title: "New Relic key", keywords: ["nrak-", "nrii-", "nrjs-", "nrra-", "nraa-", "nriq-"], body: `${START}(?<value>NR(?:AK|II|JS|RA|AA|IQ)-[A-Za-z0-9_-]{19,42})${END_DASH}` }),
  vendor({ id: "newrelic/license-key", title: "New Relic license key", keywords: ["nral"], body: `${START}(?<value>[a-z0-9]{36}NRAL)${END}` }),
  vendor({ id: "grafana/token", title: "Grafana token", keywords: ["glc_", "glsa_"], body: `${START}(?<value>(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}))(?![A-Za-z0-9+/=_])` }),
  prefixed("grafana/api-key", "Grafana API key", "eyJrIjoi", "[A-Za-z0-9]{70,400}={0,2}", "(?![A-Za-z0-9=])"),
  prefixed("databricks/token", "Databricks access token", "dapi", "[a-f0-9]{32}(?:-\\d)?"),
  vendor({ id: "sentry/token", title: "Sentry token", keywords: ["sntrys_", "sntryu_"], body: `${START}(?<value>(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,400}|sntryu_[a-f0-9]{64}))(?![A-Za-z0-9+/=_-])` }),
  prefixed("harness/token", "Harness access token", "pat.", "[A-Za-z0-9_-]{22}\\.[a-z0-9]{24}\\.[A-Za-z0-9]{20}"),
  prefixed("infracost/api-token", "Infracost API token", "ico-", "[A-Za-z0-9]{32}"),
  prefixed("scalingo/api-token", "Scalingo API token", "tk-us-", "[A-Za-z0-9_-]{48}", END_DASH),
  prefixed("defined-networking/api-token", "Defined Networking API token", "dnkey-", "[a-z0-9=_-]{26}-[a-z0-9=_-]{52}", END_DASH),
  vendor({ id: "settlemint/token", title: "SettleMint access token", keywords: ["sm_pat_", "sm_aat_", "sm_sat_"], body: `${START}(?<value>sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16})${END}` }),
  prefixed("openshift/user-token", "OpenShift user token", "sha256~", "[A-Za-z0-9_-]{43}", END_DASH),
  prefixed("intra42/client-secret", "42 Intra client secret", "s-s4t2", "(?:ud|af)-[a-f0-9]{64}"),
  prefixed("stackhawk/api-key", "StackHawk API key", "hawk.", "[0-9A-Za-z_-]{20}\\.[0-9A-Za-z_-]{20}", END_DASH),
  prefixed("clickhouse/api-secret", "ClickHouse Cloud API secret", "4b1d", "[A-Za-z0-9]{38}"),
  vendor({ id: "authress/service-key", title: "Authress service client key", keywords: [".acc_", ".acc-"], body: `${START}(?<value>(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\\.[a-z0-9]{4,6}\\.acc[_-][a-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120})${END_DASH}` }),
  // (Its alphabet is base64url's: beside a `+` or a `/` it is a piece of a longer base64 run, an embedded file's.)
  vendor({ id: "yandex/token", title: "Yandex Cloud token", keywords: ["t1.", "aqvn", "ycaj", "ycm"], body: `${START}(?<value>(?:t1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}|AQVN[A-Za-z0-9_-]{35,38}|YC[A-Za-z0-9_-]{38}))(?![A-Za-z0-9_=+/-])` }),
  prefixed("age/secret-key", "age encryption secret key", "AGE-SECRET-KEY-1", "[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
  vendor({ id: "kubernetes/bootstrap-token", title: "Kubernetes bootstrap token", keywords: ["bootstrap", "token-secret"], body: `(?:bootstrap[A-Za-z_-]{0,20}token|token-secret)["']?\\s{0,5}[:=\\s]\\s{0,5}["']?(?<value>(?:[a-z0-9]{6}\\.)?[a-z0-9]{16})${END}`, caseInsensitive: true,
    // Token ids and secrets are lower-case letters and digits; `SuperSecretToken` is a word.
    reject: (value) => /[A-Z]/.test(value) }),

  // Twitch stream keys: `live_`, the channel's user id, 30 characters.
  prefixed("twitch/stream-key", "Twitch stream key", "live_", "\\d{6,12}_[A-Za-z0-9]{30}"),
  // ThingsBoard device access tokens travel in the device API path: /api/v1/TOKEN/telemetry.
  vendor({ id: "thingsboard/access-token", title: "ThingsBoard device access token", keywords: ["/api/v1/"], body: `/api/v1/(?<value>[A-Za-z0-9]{20})/(?:telemetry|attributes|rpc|claim)(?![A-Za-z0-9])` }),
  // Salesforce session tokens: the 15-character org id (00D…), `!`, the session secret.
  vendor({ id: "salesforce/access-token", title: "Salesforce access token", keywords: ["00d"], body: `(?<![A-Za-z0-9])(?<value>00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])`, reject: (value) => /EXAMPLE/.test(value) }),

  // Okta API tokens: `00` and 40 characters, sent as `Authorization: SSWS <token>`.
  vendor({
    id: "okta/api-token",
    title: "Okta API token",
    keywords: ["okta", "ssws"],
    // "okta" starts a word or a camelCase part (`rookTable` is no Okta name).
    body: `(?:(?<name>(?:(?<![A-Za-z0-9])(?:okta|Okta|OKTA)|(?<=[a-z0-9])(?:Okta|OKTA))[\\w.-]{0,30})${ASSIGNED}|SSWS[ \\t]{1,3})(?<value>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
  }),
  // TrueNAS API keys (`<id>-<64 characters>`) as the middleware's login call takes them, over the
  // WebSocket JSON-RPC (`"method": "auth.login_with_api_key", "params": ["…"]`, often pretty-printed).
  {
    ...vendor({
      id: "truenas/api-key",
      title: "TrueNAS API key",
      keywords: ["login_with_api_key"],
      body: `login_with_api_key["']?[^\\[\\]]{0,200}\\[\\s{0,40}["'](?<value>\\d{1,9}-[A-Za-z0-9]{64})["']`,
    }),
    scope: "text",
  },
  // Jenkins CSRF crumbs, sent with the user's credentials on every POST.
  vendor({ id: "jenkins/crumb", title: "Jenkins crumb", keywords: ["jenkins-crumb"], body: `Jenkins-Crumb["']?[ \\t]{0,3}[:=][ \\t]{0,3}["']?(?<value>[a-f0-9]{32}(?:[a-f0-9]{32})?)(?![A-Za-z0-9])`, caseInsensitive: true }),

  // --- Chat, e-mail and collaboration ---
  vendor({ id: "slack/token", title: "Slack token", keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxo-", "xoxe-", "xoxe.", "xapp-"], body: `(?<![A-Za-z0-9_.-])(?<value>(?:xox[bpaorse]-|xoxe\\.xox[bp]-|xapp-)[A-Za-z0-9-]{9,300}[A-Za-z0-9])${END_DASH}`,
    // Real tokens carry long numeric ids; `xoxb-my-bot-token` and `xoxb-12345-abcd` are made up.
    // A lone number (`xoxb-4821339057`, cut off at a stray `?`) is the team id without the secret.
    // Legacy workspace and refresh tokens (xoxa-, xoxr-) can be short: a random run of 12 or more
    // letters and digits after the optional version (`xoxa-2-…`) is still one.
    // Every real token has digits past the version (`xoxa-2-mybottokenxyz` is a name), and letters
    // too: numbers alone (`xoxp-1234-5678-90123`) are a made-up token or a cursor's example.
    reject: (value) =>
      /^xox.-xox/.test(value) ||
      /^xox.-[\d-]+$/.test(value) ||
      !/\d/.test(value.replace(/^(?:xoxe\.)?(?:xox[a-z]|xapp)-(?:\d-)?/, "")) ||
      (value.length < 20 && !/\d{8}/.test(value) && !isShortLegacySlackToken(value)),
  }),
  vendor({ id: "slack/webhook", title: "Slack webhook URL", keywords: ["hooks.slack.com"], body: `(?<value>(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,120})` }),
  vendor({ id: "discord/webhook", title: "Discord webhook URL", keywords: ["discord"], body: `(?<value>https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{15,25}/[A-Za-z0-9_-]{60,70})`, caseInsensitive: true }),
  // user id (base64, 24 to 26 characters) . timestamp (6) . HMAC (27 or 38). No word names it in
  // the wild (a bare token in a .env or a paste), so the pass wakes the rule at the user id's last
  // character and dot, and only where six token characters and a second dot follow.
  {
    ...vendor({
      id: "discord/bot-token",
      title: "Discord bot token",
      keywords: DISCORD_USER_ID_ENDS,
      body: `${START}(?<value>[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})${END_DASH}`,
      // Dotted names (`OrganizationSettingsPanel.values.getEnumerator…`) have the shape: a token mixes
      // cases and digits in every segment but the short middle one.
      reject: (value) => !/[0-9]/.test(value) || !/[A-Z]/.test(value.slice(1)) || !/[a-z]/.test(value),
    }),
    keywordEnd: isDiscordTimestampDot,
  },
  // (Also in the Bot API's URLs, `https://api.telegram.org/bot<token>/sendMessage`.)
  vendor({ id: "telegram/bot-token", title: "Telegram bot token", keywords: [":aa"], body: `(?:(?<![A-Za-z0-9_:])|(?<=\\/bot))(?<value>\\d{8,10}:AA[A-Za-z0-9_-]{32,33})${END_DASH}` }),
  // Older bot tokens: a bot id, then 35 characters starting with A; evidence next to "telegram".
  vendor({ id: "telegram/bot-token-named", title: "Telegram bot token", keywords: ["telegram"], body: `telegram[^\\n]{0,40}?(?<![A-Za-z0-9_:])(?<value>\\d{5,16}:A[A-Za-z0-9_-]{34})${END_DASH}`, caseInsensitive: true }),
  vendor({ id: "microsoft-teams/webhook", title: "Microsoft Teams incoming webhook URL", keywords: ["webhook.office.com", "outlook.office.com/webhook"], body: `(?<value>https://(?:[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/[A-Za-z0-9@/-]{60,}/IncomingWebhook/[A-Za-z0-9]{32}/[A-Za-z0-9/-]{36,})`, caseInsensitive: true }),
  // Twilio's auth token has no prefix: 32 hex digits, given to the client right after the account
  // SID (`Client("AC…", "…")`, `twilio("AC…", "…")`, `TwilioClient.Init`, `Twilio.init`). An API
  // key's secret (32 letters and digits) follows the key's SID the same way (`Client("SK…", "…", "AC…")`).
  {
    ...vendor({
      id: "twilio/auth-token",
      title: "Twilio auth token or API key secret",
      keywords: ['"ac', "'ac", '"sk', "'sk"],
      body: `(?<q>["'])(?<sid>AC|SK)[0-9a-f]{32}\\k<q>[ \t]*,[ \t]*(?<q2>["'])(?<value>[A-Za-z0-9]{32})\\k<q2>`,
      // (An auth token is hex in lower case, as Twilio prints it.)
      reject: (value, match) => match.groups!.sid === "AC" && !/^[0-9a-f]{32}$/.test(value),
    }),
    keywordEnd: isTwilioSidEnd,
  },
  vendor({ id: "sendgrid/api-key", title: "SendGrid API key", keywords: ["sg."], body: `${START}(?<value>SG\\.[A-Za-z0-9_-]{20,24}\\.[A-Za-z0-9_-]{39,50})${END_DASH}` }),
  prefixed("sendinblue/api-key", "Brevo (Sendinblue) API key", "xkeysib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}"),
  // Postmark server and account tokens are UUIDs: evidence under a Postmark token name or header
  // (message ids are UUIDs too: `postmark_message_id` is no secret).
  vendor({
    id: "postmark/api-token",
    title: "Postmark API token",
    keywords: ["postmark"],
    body: `(?<name>postmark(?:[\\w.-]{0,20}?(?:token|key|secret)[\\w-]{0,10})?)${ASSIGNED}(?<value>${UUID})(?![A-Za-z0-9-])`,
    caseInsensitive: true,
  }),
  vendor({ id: "mailchimp/api-key", title: "Mailchimp API key", keywords: ["-us"], body: `${START}(?<value>[a-f0-9]{32}-us\\d{1,2})${END}` }),
  vendor({ id: "mailgun/key", title: "Mailgun key", keywords: ["key-", "pubkey-"], body: `${START}(?<value>(?:pub)?key-[a-f0-9]{32})${END}` }),
  // Keys made since 2022: 32 hex digits, then two groups of 8; evidence next to "mailgun".
  vendor({ id: "mailgun/key-named", title: "Mailgun key", keywords: ["mailgun"], body: `mailgun[^\\n]{0,80}?(?<![A-Za-z0-9])(?<value>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9-])`, caseInsensitive: true }),
  prefixed("linear/api-key", "Linear API key", "lin_api_", "[A-Za-z0-9]{40}"),
  vendor({ id: "notion/token", title: "Notion integration token", keywords: ["secret_", "ntn_"], body: `${START}(?<value>(?:secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35}))${END}` }),
  prefixed("figma/token", "Figma personal access token", "figd_", "[A-Za-z0-9_-]{40}", END_DASH),
  prefixed("typeform/token", "Typeform personal access token", "tfp_", "[A-Za-z0-9_.=-]{59}", END_DASH),
  prefixed("postman/api-key", "Postman API key", "PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}"),
  prefixed("readme/api-key", "ReadMe API key", "rdme_", "[a-z0-9]{70}"),
  vendor({ id: "beamer/api-key", title: "Beamer API key", keywords: ["beamer"], body: `(?:beamer)[A-Za-z0-9_.-]{0,20}["']?\\s{0,5}[:=]\\s{0,5}["']?(?<value>b_[A-Za-z0-9=_-]{44})${END_DASH}`, caseInsensitive: true }),
  prefixed("frameio/api-token", "Frame.io API token", "fio-u-", "[A-Za-z0-9_=-]{64}", END_DASH),
  prefixed("airtable/personal-access-token", "Airtable personal access token", "pat", "[A-Za-z0-9]{14}\\.[a-f0-9]{64}"),
  prefixed("dropbox/access-token", "Dropbox access token", "sl.", "[A-Za-z0-9_-]{130,160}", END_DASH),
  vendor({ id: "onepassword/service-account-token", title: "1Password service account token", keywords: ["ops_eyj"], body: `${START}(?<value>ops_eyJ[A-Za-z0-9+/=_-]{100,})(?![A-Za-z0-9+/=_-])` }),
  vendor({ id: "onepassword/secret-key", title: "1Password account secret key", keywords: ["a3-"], body: `${START}(?<value>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})${END}` }),
  vendor({ id: "sidekiq/credentials", title: "Sidekiq Enterprise credentials", keywords: ["contribsys"], body: `BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM["']?\\s{0,5}[:=]\\s{0,5}["']?(?<value>[a-f0-9]{8}:[a-f0-9]{8})${END}`, caseInsensitive: true }),
  vendor({ id: "facebook/app-access-token", title: "Facebook app access token", keywords: DIGIT_THEN_BAR, body: `(?<![\\d|])(?<value>\\d{15,16}\\|[A-Za-z0-9_-]{27})${END_DASH}` }),
  vendor({ id: "mapbox/secret-token", title: "Mapbox secret or temporary token", keywords: ["sk.eyj", "tk.eyj"], body: `${START}(?<value>[st]k\\.eyJ[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,100})${END_DASH}` }),
  prefixed("adobe/client-secret", "Adobe client secret", "p8e-", "[A-Za-z0-9_-]{32}", END_DASH),
  vendor({ id: "facebook/access-token", title: "Facebook access token", keywords: ["eaa"], body: `${START}(?<value>EAA[MC][A-Za-z0-9]{100,})${END}` }),
  // The run of A is the format (a zero-padded app id), not a sign of a made-up value.
  // (Its alphabet has no `+` or `/`: a run of `A`s that goes on with them is base64 data, zeros first.)
  // (Not a piece of a longer base64 blob wrapped at blanks, MySQL's `BINLOG '…'`, where zero bytes
  // make runs of `A`, nor a line of one wrapped at line breaks: see insideWrappedBase64.)
  { ...prefixed("twitter/bearer-token", "Twitter/X bearer token", "AAAAAAAAAAAAAAAAAAAAA", "[A-Za-z0-9%]{30,200}", "(?![A-Za-z0-9_+/])"), structured: true, base64Alphabet: true, reject: (_value, match) => WRAPPED_BASE64_BEFORE.test(match.input.slice(Math.max(0, match.index - 400), match.index)) },
  prefixed("adafruit/io-key", "Adafruit IO key", "aio_", "[A-Za-z0-9]{28}"),
  prefixed("dependency-track/api-key", "Dependency-Track API key", "odt_", "[A-Za-z0-9]{32,40}"),
  vendor({ id: "maxmind/license-key", title: "MaxMind license key", keywords: ["_mmk"], body: `${START}(?<value>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)${END}` }),

  // Firebase Cloud Messaging's legacy server key (a project's key to send to every device); and
  // Branch's secret key (`key_live_…` is its public one).
  vendor({ id: "firebase/fcm-server-key", title: "Firebase Cloud Messaging legacy server key", keywords: [":apa91b"], body: `${START}(?<value>AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})${END}` }),
  prefixed("branch/secret-key", "Branch secret key", "secret_live_", "[A-Za-z0-9]{32}"),

  // --- Payments and commerce ---
  vendor({ id: "stripe/secret-key", title: "Stripe secret or restricted key", keywords: ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "sk_prod_", "rk_prod_", "whsec_"], body: `${START}(?<value>(?:(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}|whsec_[A-Za-z0-9]{32,}))${END}` }),
  // Svix signs webhooks (Clerk's, Resend's, Svix's own) with `whsec_` and base64, `+` and `/` in it;
  // one without them is Stripe's format above.
  vendor({ id: "svix/webhook-secret", title: "Svix webhook signing secret", keywords: ["whsec_"], body: `${START}(?<value>whsec_(?=[A-Za-z0-9]*[+/])[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9_+/=])` }),
  vendor({ id: "shopify/token", title: "Shopify access token or shared secret", keywords: ["shpat_", "shpca_", "shppa_", "shpss_"], body: `${START}(?<value>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})${END}` }),
  // (Not `EAAA` and 60 hex digits in one case: a test vector's bytes, where Square's tokens mix cases.)
  vendor({ id: "square/token", title: "Square access token or secret", keywords: ["eaaa", "sq0atp-", "sq0csp-"], body: `${START}(?<value>(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}))${END_DASH}`, reject: (value) => /^EAAA(?:[0-9A-F]{60}|[0-9a-f]{60})$/.test(value) }),
  vendor({ id: "flutterwave/key", title: "Flutterwave key", keywords: ["flwseck", "flwpubk"], body: `${START}(?<value>(?:FLWSECK_TEST|FLWPUBK_TEST|FLWSECK|FLWPUBK)-?[a-hA-H0-9]{12,32}(?:-X)?)${END_DASH}` }),
  vendor({ id: "plaid/access-token", title: "Plaid access token", keywords: ["access-sandbox-", "access-development-", "access-production-"], body: `${START}(?<value>access-(?:sandbox|development|production)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})${END}` }),
  vendor({ id: "duffel/api-token", title: "Duffel API token", keywords: ["duffel_test_", "duffel_live_"], body: `${START}(?<value>duffel_(?:test|live)_[A-Za-z0-9_=-]{43})${END_DASH}` }),
  vendor({ id: "easypost/api-key", title: "EasyPost API key", keywords: ["ezak", "eztk"], body: `${START}(?<value>EZ[AT]K[A-Za-z0-9]{54})${END}` }),
  vendor({ id: "shippo/api-token", title: "Shippo API token", keywords: ["shippo_live_", "shippo_test_"], body: `${START}(?<value>shippo_(?:live|test)_[a-f0-9]{40})${END}` }),
  // Woken only where an assignment of a key follows the name: `lob` is in `global` and `blob`.
  {
    ...vendor({ id: "lob/api-key", title: "Lob API key", keywords: ["lob"], body: `(?:lob)${LOB_KEY_AFTER_NAME}`, caseInsensitive: true }),
    keywordEnd: (text: string, end: number) => {
      LOB_KEY_FOLLOWS.lastIndex = end;
      return LOB_KEY_FOLLOWS.test(text);
    },
  },
  vendor({ id: "planetscale/token", title: "PlanetScale token or password", keywords: ["pscale_"], body: `${START}(?<value>pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_.=-]{32,64})${END_DASH}` }),
  vendor({ id: "mongodb/atlas-service-account", title: "MongoDB Atlas service account secret", keywords: ["mdb_sa_sk_"], body: `${START}(?<value>mdb_sa_sk_[A-Za-z0-9_-]{40})${END_DASH}` }),
];
