// The environment words in one file or folder name, shared by the inference and the guards so that
// "this name says production" means one thing. A word that is a whole part of the name between dots
// (`secrets.prod.env`, `config/production.yml`, `main.prod.bicepparam`) says which environment the
// file is for. A word that is only part of a compound (`prod-eus`, `pre-prod`, `non-prod`,
// `production-like`) hints at one without saying it: the compound may well mean another.
import type { EnvironmentCatalogue } from "./environments";

export interface NamedEnvironment {
  /** The word as it stands in the name, lower-case (`prod`, `pre-prod`). */
  readonly word: string;
  /** The canonical environment it means. */
  readonly environment: string;
  /** A whole dot-separated part of the name, not a piece of a compound. */
  readonly whole: boolean;
}

/**
 * Every environment word in `name`, in order. Parts are cut at dots (and anything else but letters,
 * digits, `-` and `_`); a part that is no environment word is cut at `-` and `_`, and the longest
 * run of pieces that is one counts (a defined `pre-prod` stays itself, `prod_eu` reads as `prod-eu`).
 */
export function environmentWordsIn(name: string, catalogue: EnvironmentCatalogue): NamedEnvironment[] {
  const found: NamedEnvironment[] = [];
  for (const part of name.toLowerCase().split(/[^a-z0-9_-]+/)) {
    const pieces = part.split(/[-_]+/).filter((piece) => piece !== "");
    const wholeWord = pieces.join("-");
    const wholeEnvironment = wholeWord ? catalogue.canonical(wholeWord) : undefined;
    if (wholeEnvironment) {
      found.push({ word: wholeWord, environment: wholeEnvironment, whole: true });
      continue;
    }
    for (let start = 0; start < pieces.length; ) {
      let taken = 1;
      for (let end = pieces.length; end > start; end--) {
        const word = pieces.slice(start, end).join("-");
        const environment = catalogue.canonical(word);
        if (environment) {
          found.push({ word, environment, whole: false });
          taken = end - start;
          break;
        }
      }
      start += taken;
    }
  }
  return found;
}

/** The first production word in `name`, whole or in a compound, or undefined. */
export function productionWordIn(name: string, catalogue: EnvironmentCatalogue): NamedEnvironment | undefined {
  return environmentWordsIn(name, catalogue).find((named) => catalogue.isProduction(named.environment));
}
