/**
 * One keyword argument of a Python call, as the calls that carry a default write them before it:
 * `alias="API_KEY"`, `required=False`, `type=click.STRING`. Its value is a name, a dotted name or
 * one quoted string, none of which holds a `,`, so a run of them stops at the next argument and the
 * regexes that skip over them stay linear. (A value that is itself a call or a collection is not
 * skipped: the default after it is then not taken for the field's or the option's.)
 */
export const KEYWORD_ARGUMENT = String.raw`[A-Za-z_]\w{0,30}\s*=\s*(?:[\w.]{1,60}|"[^"\n]{0,200}"|'[^'\n]{0,200}')`;
