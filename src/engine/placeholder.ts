/**
 * Values that have the shape of a secret but are templates or examples: flagging them is the
 * first reason people switch scanners off. Applied to every rule's value, ours and secretlint's.
 */

const TEMPLATE = [
  /\$\{[^}]*\}/, // ${VAR}, ${{ secrets.X }}
  /\$\([^)]*\)/, // $(VAR) in Azure Pipelines and make
  /#\{[^}]*\}#/, // #{Token}# (Azure DevOps replace-tokens)
  /\{\{[^}]*\}\}/, // {{ value }} (Helm, Handlebars)
  /%[A-Za-z_][A-Za-z0-9_]*%/, // %VAR% (Windows)
  /^<[^<>]*>$/, // <your-key>
  /^\[[^[\]]*\]$/, // [your key]
];
const PLACEHOLDER_WORDS = /changeme|change[_-]?me|replace[_-]?me|placeholder|your[_-].*[_-]here|^your[_-]|insert[_-].*[_-]here|^(?:dummy|sample|example|fake|redacted|secret|password|token|test|todo|null|none|undefined)$/i;
/** A long run of one mask character: xxxx, ****, 0000, ####. */
const MASK_RUN = /([xX*#.\-_=0•])\1{5,}/;

/** Share of the value taken by its most frequent character. */
function dominantCharacterShare(value: string): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const ch of value) {
    const next = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, next);
    if (next > max) max = next;
  }
  return value.length === 0 ? 1 : max / value.length;
}

/** True for runs like `123456789` or `abcdefgh` that make up most of a value. */
function isMostlySequential(value: string): boolean {
  if (value.length < 6) return false;
  let sequential = 0;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (step === 1 || step === -1) sequential++;
  }
  return sequential / (value.length - 1) >= 0.8;
}

export function isPlaceholder(value: string): boolean {
  if (TEMPLATE.some((pattern) => pattern.test(value))) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  if (MASK_RUN.test(value)) return true;
  if (value.length >= 6 && dominantCharacterShare(value) >= 0.6) return true;
  return isMostlySequential(value);
}
