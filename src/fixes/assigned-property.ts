/**
 * A configuration value in C# or JavaScript assigned to a property, named by it: `client.BaseAddress
 * = new Uri("…")` is the client's `BaseAddress`, `o => o.Configuration = "…"` the `Configuration`
 * of what the lambda configures. The lambda's parameter (`o`, `client`) is only the lambda's
 * name for it: the key is qualified by the call the lambda is given to, its typed or named client
 * (`AddHttpClient<InventoryClient>` → `InventoryClient:BaseAddress`, `AddHttpClient<ITaxClient,
 * TaxClient>` → `TaxClient:BaseAddress`, `AddHttpClient("tax", …)` → `tax:BaseAddress`,
 * `AddHttpClient(nameof(CrmClient), …)` → `CrmClient:BaseAddress`, and through a chain,
 * `AddHttpClient<LoyaltyClient>().ConfigureHttpClient(c => …)` → `LoyaltyClient:BaseAddress`) or,
 * failing those, the call itself (`AddStackExchangeRedisCache` → `StackExchangeRedisCache:Configuration`).
 * `Configure<ShippingOptions>(o => o.BaseUrl = …)` is the options class's section's (`Shipping:BaseUrl`,
 * options-class.ts), as binding the section would set it.
 */
import { enclosingFrames } from "./code-sections";
import { optionsSectionOf } from "./options-class";

/**
 * `recv.Prop = `, `Prop = ` (an object initializer's member, a declaration), either of them with
 * `new Uri(` or a target-typed `new(` between it and the literal's quote.
 */
const ASSIGNED = /(?<![\w$.])(?:(?<receiver>[A-Za-z_$][\w$]*)\.)?(?<property>[A-Za-z_$][\w$]*)\s*=\s*(?:new\s+(?:System\.)?Uri\s*\(\s*|new\s*\(\s*)?@?$/;
/**
 * The name of a call before its `(`, with its type arguments: `AddHttpClient<InventoryClient>`,
 * `AddGrpcClient<Routing.RoutingClient>`, `AddHttpClient<ITaxClient, TaxClient>` (the last is the
 * implementation, the client itself).
 */
const CALL_NAME = /(?<name>[A-Za-z_$][\w$]*)\s*(?:<\s*(?:[\w.]+\s*,\s*)?(?<type>[\w.]+)\s*>)?\s*$/;
/** A call's first argument when it names the client: `AddHttpClient("tax", …)`, `AddHttpClient(nameof(Crm.CrmClient), …)`. */
const NAME_ARGUMENT = /^\s*(?:"(?<name>[A-Za-z_][\w.-]*)"|nameof\s*\(\s*(?:[\w]+\.)*(?<nameof>[A-Za-z_]\w*)\s*\))\s*(?:,|\)\s*$)/;
/**
 * Calls that configure the client a call before them in the chain registered:
 * `AddHttpClient<LoyaltyClient>().ConfigureHttpClient(c => …)` is LoyaltyClient's.
 */
const CHAINED_CONFIGURATION = /^(?:ConfigureHttpClient|ConfigureChannel|ConfigurePrimaryHttpMessageHandler)$/;
/** Calls that set an options class's properties: `Configure<ShippingOptions>(o => …)`, `PostConfigure<T>`. */
const OPTIONS_CONFIGURATION = /^(?:Configure|PostConfigure|ConfigureAll|PostConfigureAll)$/;
/** Prefixes that say a call registers or configures something: the rest names it. */
const REGISTRATION = /^(?:Add|Configure|Use|With)(?=[A-Z])/;

export interface AssignedProperty {
  /** The setting's name: `InventoryClient:BaseAddress`, `Configuration`, `PricingEndpoint`, `http.BaseAddress`. */
  readonly name: string;
  /** The assignment's target as written (`o.Configuration`), as the engine's key name has it. */
  readonly target: string;
}

/** The call `call` is chained to (`AddHttpClient<X>()` in `AddHttpClient<X>().ConfigureHttpClient(…)`): its name, type argument and first argument. */
function chainedCall(text: string, callStart: number): { call: Record<string, string | undefined>; open: number; close: number } | undefined {
  const before = text.slice(0, callStart);
  const dot = /\)\s*\.\s*$/.exec(before);
  if (!dot) return undefined;
  // Back over the call's arguments to its `(`. (Quotes are not read: client names hold no brackets.)
  let depth = 0;
  for (let i = dot.index; i >= Math.max(0, dot.index - 400); i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const call = CALL_NAME.exec(text.slice(Math.max(0, i - 200), i))?.groups;
      return call ? { call, open: i, close: dot.index } : undefined;
    }
  }
  return undefined;
}

/** What a registration call names: its type argument's last part, or its first argument's client name. */
function registeredName(text: string, call: Record<string, string | undefined>, open: number, close: number): string | undefined {
  const typed = call.type?.split(".").pop();
  if (typed) return typed;
  const argument = NAME_ARGUMENT.exec(text.slice(open + 1, close + 1))?.groups;
  return argument?.name ?? argument?.nameof;
}

/**
 * The lambda `parameter =>`, `(parameter) =>` or `(sp, parameter) =>` (AddHttpClient's with the
 * service provider) that opens at `open` (a call's `(`), and what the call names: its type
 * argument's last part, its first argument's client name, the call it is chained to, or the call
 * less `Add`.
 */
function lambdaQualifier(text: string, open: number, literalStart: number, parameter: string): string | undefined {
  const inside = text.slice(open + 1, literalStart);
  // (A JavaScript parameter may hold `$`, which a pattern reads as the end. A C# parameter may have a type: `(IServiceProvider sp, HttpClient http)`.)
  const name = parameter.replace(/\$/g, "\\$");
  const other = String.raw`(?:[\w.<>?]+\s+)?[\w$]+`;
  const lambda = new RegExp(String.raw`(?:^|[(,]\s*|\s)(?:\(\s*(?:${other}\s*,\s*)*(?:[\w.<>?]+\s+)?${name}\s*(?:,\s*${other}\s*)*\)|${name})\s*=>`).exec(inside);
  if (!lambda) return undefined;
  const callStart = Math.max(0, open - 200);
  const match = CALL_NAME.exec(text.slice(callStart, open));
  const call = match?.groups;
  if (!match || !call) return undefined;
  const typed = call.type?.split(".").pop();
  // (`Configure<ShippingOptions>(o => …)` sets what binding the section `Shipping` would: its key is that section's.)
  if (typed && OPTIONS_CONFIGURATION.test(call.name!)) return optionsSectionOf(text, typed) ?? typed;
  if (typed) return typed;
  const named = NAME_ARGUMENT.exec(inside)?.groups;
  if (named && lambda.index > 0) return named.name ?? named.nameof;
  if (CHAINED_CONFIGURATION.test(call.name!)) {
    const chained = chainedCall(text, callStart + match.index);
    const registered = chained && registeredName(text, chained.call, chained.open, chained.close);
    if (registered) return registered;
  }
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
