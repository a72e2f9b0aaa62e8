/**
 * A configuration value in C# or JavaScript assigned to a property, named by it: `client.BaseAddress
 * = new Uri("…")` is the client's `BaseAddress`, `o => o.Configuration = "…"` the `Configuration`
 * of what the lambda configures. The lambda's parameter (`o`, `client`) is only the lambda's
 * name for it: the key is qualified by the call the lambda is given to, its typed or named client
 * (`AddHttpClient<InventoryClient>` → `InventoryClient:BaseAddress`, `AddHttpClient("tax", …)` →
 * `tax:BaseAddress`) or, failing those, the call itself (`AddStackExchangeRedisCache` →
 * `StackExchangeRedisCache:Configuration`).
 */
import { enclosingFrames } from "./code-sections";

/**
 * `recv.Prop = `, `Prop = ` (an object initializer's member, a declaration), either of them with
 * `new Uri(` or a target-typed `new(` between it and the literal's quote.
 */
const ASSIGNED = /(?<![\w$.])(?:(?<receiver>[A-Za-z_$][\w$]*)\.)?(?<property>[A-Za-z_$][\w$]*)\s*=\s*(?:new\s+(?:System\.)?Uri\s*\(\s*|new\s*\(\s*)?@?$/;
/** The name of a call before its `(`, with its type argument: `AddHttpClient<InventoryClient>`, `AddGrpcClient<Routing.RoutingClient>`. */
const CALL_NAME = /(?<name>[A-Za-z_$][\w$]*)\s*(?:<\s*(?<type>[\w.]+)\s*>)?\s*$/;
/** A call's first argument when it is a string: the named client's name, `AddHttpClient("tax", …)`. */
const NAME_ARGUMENT = /^\s*"(?<name>[A-Za-z_][\w.-]*)"\s*,/;
/** Prefixes that say a call registers or configures something: the rest names it. */
const REGISTRATION = /^(?:Add|Configure|Use|With)(?=[A-Z])/;

export interface AssignedProperty {
  /** The setting's name: `InventoryClient:BaseAddress`, `Configuration`, `PricingEndpoint`, `http.BaseAddress`. */
  readonly name: string;
  /** The assignment's target as written (`o.Configuration`), as the engine's key name has it. */
  readonly target: string;
}

/**
 * The lambda `parameter =>` or `(parameter) =>` that opens at `open` (a call's `(`), and what the
 * call names: its type argument's last part, its first string argument, or the call less `Add`.
 */
function lambdaQualifier(text: string, open: number, literalStart: number, parameter: string): string | undefined {
  const inside = text.slice(open + 1, literalStart);
  // (A JavaScript parameter may hold `$`, which a pattern reads as the end.)
  const name = parameter.replace(/\$/g, "\\$");
  const lambda = new RegExp(String.raw`(?:^|[(,]\s*|\s)(?:\(\s*${name}\s*\)|${name})\s*=>`).exec(inside);
  if (!lambda) return undefined;
  const call = CALL_NAME.exec(text.slice(Math.max(0, open - 200), open))?.groups;
  if (!call) return undefined;
  const typed = call.type?.split(".").pop();
  if (typed) return typed;
  const named = NAME_ARGUMENT.exec(inside)?.groups?.name;
  if (named && lambda.index > 0) return named;
  const rest = call.name!.replace(REGISTRATION, "");
  return rest || undefined;
}

/**
 * The property a C# or JavaScript literal starting at `literalStart` (its opening quote) is
 * assigned to, named as the module comment says; undefined where it is assigned to none.
 */
export function assignedPropertyName(text: string, literalStart: number): AssignedProperty | undefined {
  const lineStart = text.lastIndexOf("\n", literalStart - 1) + 1;
  const assigned = ASSIGNED.exec(text.slice(lineStart, literalStart))?.groups;
  if (!assigned) return undefined;
  const property = assigned.property!;
  const receiver = assigned.receiver;
  if (receiver === undefined) return { name: property, target: property };
  const target = `${receiver}.${property}`;
  // The receiver is a lambda's parameter: the call the lambda is given to says what it is.
  const frames = enclosingFrames(text, literalStart, false);
  for (const frame of [...frames].reverse()) {
    if (frame.bracket !== "(") continue;
    const qualifier = lambdaQualifier(text, frame.start, literalStart, receiver);
    if (qualifier !== undefined) return { name: `${qualifier}:${property}`, target };
  }
  return { name: target, target };
}
