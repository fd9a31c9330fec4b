import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findQuantities, parseQuantityText } from "../../pipeline/extract/quantities.ts";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0..999999, British "and" optional, hyphen or space between tens and units. */
function toWords(n: number, useAnd: boolean, hyphen: boolean): string {
  if (n === 0) return "zero";
  const below100 = (x: number) =>
    x < 20 ? ONES[x]! : TENS[Math.floor(x / 10)]! + (x % 10 ? (hyphen ? "-" : " ") + ONES[x % 10]! : "");
  const below1000 = (x: number) => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    return `${ONES[h]!} hundred${r ? (useAnd ? " and " : " ") + below100(r) : ""}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r);
  const rest = r === 0 ? "" : r < 100 && useAnd ? ` and ${below100(r)}` : ` ${below1000(r)}`;
  return `${below1000(th)} thousand${rest}`;
}

function checkSpans(text: string): void {
  const qs = findQuantities(text);
  let last = 0;
  for (const q of qs) {
    expect(q.start).toBeGreaterThanOrEqual(last);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.text).toBe(text.slice(q.start, q.end));
    expect(q.numberStart).toBeGreaterThanOrEqual(q.start);
    expect(q.numberEnd).toBeLessThanOrEqual(q.end);
    expect(q.numberStart).toBeLessThanOrEqual(q.numberEnd);
    last = q.end;
  }
}

describe("properties", () => {
  it("an integer with thousands separators parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const s = n.toLocaleString("en-US");
        const qs = findQuantities(s);
        expect(qs).toHaveLength(1);
        expect(qs[0]!.value).toBe(n);
        expect(qs[0]!.text).toBe(s);
        expect(parseQuantityText(s)?.value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("number words for 0..999999 parse back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.boolean(), fc.boolean(), (n, useAnd, hyphen) => {
        const s = toWords(n, useAnd, hyphen);
        const qs = findQuantities(`there were ${s} of them`.replace("of them", "people"));
        expect(qs.map((q) => q.text)).toEqual([s]);
        expect(qs[0]!.value).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it("'a to b' gives rangeLow a and rangeHigh b", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (a, d) => {
        const b = a + d;
        const s = `${a.toLocaleString("en-US")} to ${b.toLocaleString("en-US")}`;
        const qs = findQuantities(s);
        expect(qs).toHaveLength(1);
        expect(qs[0]).toMatchObject({ rangeLow: a, rangeHigh: b, value: null, text: s });
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws; spans are in bounds, ordered, non-overlapping and equal input.slice", () => {
    const pieces = fc.constantFrom(
      "1", "2,000", "about", "between", "and", "to", "-", "–", " ", "  ", ",", ".", "%", "$", "one", "hundred",
      "thousand", "a", "half", "third", "million", "of", "out", "dozens", "several", "#", "/", ":", "\n", "٣",
      "۱", "½", "km", "square", "per", "cent", "or", "more", "than", "The", "F", "st", "e", "k", "M",
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => checkSpans(s)), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => checkSpans(s)), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.array(fc.constantFrom(" ", ""), { maxLength: 60 }), (ps, sep) =>
        checkSpans(ps.map((p, i) => p + (sep[i] ?? " ")).join("")),
      ),
      { numRuns: 3000 },
    );
  });
});

describe("adversarial 1 MB inputs finish quickly (guard against super-linear blowup)", () => {
  const MB = 1 << 20;
  const cases: Array<[string, () => string]> = [
    ["100,000 digits", () => "7".repeat(100_000)],
    ["'and ' repeated to 1 MB", () => "and ".repeat(MB / 4)],
    ["50,000 commas", () => ",".repeat(50_000)],
    ["'1,' repeated to 1 MB", () => "1,".repeat(MB / 2)],
    ["'between 1 and ' repeated to 1 MB", () => "between 1 and ".repeat(Math.ceil(MB / 14))],
    ["'one hundred and ' repeated to 1 MB", () => "one hundred and ".repeat(Math.ceil(MB / 16))],
    ["'1 000 ' repeated to 1 MB", () => "1 000 ".repeat(Math.ceil(MB / 6))],
    ["'1.' repeated to 1 MB", () => "1.".repeat(MB / 2)],
    ["spaces then a number", () => `${" ".repeat(MB)}5 to`],
    ["'a ' repeated to 1 MB", () => "a ".repeat(MB / 2)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const s = make();
      const t0 = performance.now();
      const qs = findQuantities(s);
      parseQuantityText(s.slice(0, 100_000));
      const ms = performance.now() - t0;
      expect(Array.isArray(qs)).toBe(true);
      expect(ms).toBeLessThan(1500);
    });
  }
});
