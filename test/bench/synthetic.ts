// Deterministic, project-made source text for speed measurements: ordinary code lines with a fake
// secret every 500 lines. A seeded generator keeps every run and every machine on the same input.

function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function syntheticSource(lines: number, seed: number): string {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const token = (length: number) => Array.from({ length }, () => pick([...ALPHANUMERIC])).join("");
  const ordinary = [
    () => `  const total${token(3)} = items.reduce((sum, item) => sum + item.price * item.quantity, 0);`,
    () => `  if (!response.ok) throw new Error(\`request failed: \${response.status}\`);`,
    () => `  logger.info("processed batch", { size: batch.length, id: "${token(8)}" });`,
    () => `export function handle${token(4)}(request: Request): Promise<Response> {`,
    () => `  // keep the retry budget small: the upstream service rate-limits aggressively`,
    () => `  return fetch(\`\${baseUrl}/api/v2/orders/\${orderId}\`, { method: "GET", headers });`,
    () => `}`,
    () => ``,
  ];
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    out.push(i % 500 === 250 ? `const githubToken = "ghp_${token(36)}";` : pick(ordinary)());
  }
  return out.join("\n");
}
