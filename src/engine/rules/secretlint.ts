import type { RuleInfo } from "./types";

const SECRETLINT_PREFIX = "@secretlint/secretlint-rule-";
const SECRETLINT_DOCS = "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-";

/**
 * Titles for the rules of secretlint's recommended preset. secretlint's own messages embed the
 * secret (or, masked, a row of asterisks that also hides the type name), so we phrase our own.
 */
const SECRETLINT_TITLES: Readonly<Record<string, string>> = {
  "1password": "1Password service account token",
  anthropic: "Anthropic API key",
  aws: "AWS credential",
  basicauth: "Password in a URL (basic auth)",
  "database-connection-string": "Database connection string with a password",
  databricks: "Databricks personal access token",
  docker: "Docker personal access token",
  figma: "Figma personal access token",
  gcp: "Google Cloud service account key",
  github: "GitHub token",
  gitlab: "GitLab token",
  grafana: "Grafana token",
  groq: "Groq API key",
  "hashicorp-vault": "HashiCorp Vault token",
  huggingface: "Hugging Face access token",
  linear: "Linear API key",
  notion: "Notion integration token",
  npm: "npm access token",
  openai: "OpenAI API key",
  privatekey: "Private key",
  sendgrid: "SendGrid API key",
  shopify: "Shopify access token",
  slack: "Slack token or webhook",
  vercel: "Vercel token",
};

/** Maps secretlint's package-style id (`@secretlint/secretlint-rule-github`) to ours (`secretlint/github`). */
export function secretlintRule(secretlintRuleId: string, docsUrl: string | undefined): RuleInfo {
  const short = secretlintRuleId.startsWith(SECRETLINT_PREFIX)
    ? secretlintRuleId.slice(SECRETLINT_PREFIX.length)
    : secretlintRuleId;
  return {
    id: `secretlint/${short}`,
    title: SECRETLINT_TITLES[short] ?? `Secret (${short})`,
    kind: "secret",
    docsUrl: docsUrl ?? `${SECRETLINT_DOCS}${short}/README.md`,
  };
}

/** The secretlint rules the engine runs, for SARIF rule tables and documentation. */
export function secretlintRules(): RuleInfo[] {
  return Object.keys(SECRETLINT_TITLES).map((short) => secretlintRule(SECRETLINT_PREFIX + short, undefined));
}
