import type { Quantity } from "./quantities.ts";

/**
 * "He came to the United States at 16", "joined Quintin Kynaston at 14 or 15", "checked in with them at 21":
 * a number after "at" that counts nothing named is an age (or a mark on a scale, "touched at 150"), not a
 * tally. On the corpus all seven such rows were ages or marks. A figure set at a number keeps it: "the toll
 * stood at 150", "estimated the crowd at 40,000" (that one names what it counts anyway), and so does a number too
 * large for an age or a mark ("Reagan was second at 16.1 million").
 */
export function isBareAt(q: Quantity, counted: string | null, text: string): boolean {
  if (q.kind !== "count" || counted !== null || q.hedge !== null || q.vague !== null) return false;
  const largest = q.rangeHigh ?? q.value;
  if (largest === null || largest > 150) return false;
  const before = AT_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
  return before !== null && !SETTERS.has(before[1]!.toLowerCase()) && !/^\s*(?:of|percent|%|per\b)/.test(text.slice(q.end, q.end + 10));
}

const AT_BEFORE = /([A-Za-z]+)\s+at\s+$/;

/** Verbs and nouns that set a figure at a number: "stood at", "put the toll at", "a total at". */
const SETTERS: ReadonlySet<string> = new Set([
  "stood", "stands", "stand", "standing", "put", "puts", "putting", "placed", "places", "placing", "estimated",
  "estimates", "estimate", "pegged", "pegs", "set", "sets", "capped", "caps", "number", "numbers", "total",
  "toll", "count", "tally", "figure", "remained", "remains", "held", "holds", "closed", "opened", "peaked", "it",
]);
