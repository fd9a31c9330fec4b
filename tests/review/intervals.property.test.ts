import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { difference, divide, intersect, overlaps, span, type Bounds } from "../../pipeline/review/intervals.ts";

const bound = fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null });
const interval = fc.tuple(bound, bound).map(([a, b]): Bounds => (a !== null && b !== null && a > b ? { low: b, high: a } : { low: a, high: b }));
const inside = (x: number, b: Bounds) => (b.low === null || x >= b.low) && (b.high === null || x <= b.high);

describe("interval arithmetic (null is an unbounded end)", () => {
  it("overlap is symmetric, and true exactly when some number lies in both", () => {
    fc.assert(fc.property(interval, interval, (a, b) => {
      expect(overlaps(a, b)).toBe(overlaps(b, a));
      const probe = [a.low, a.high, b.low, b.high, 0].filter((x): x is number => x !== null);
      if (probe.some((x) => inside(x, a) && inside(x, b))) expect(overlaps(a, b)).toBe(true);
    }));
  });

  it("the intersection of overlapping intervals lies inside both", () => {
    fc.assert(fc.property(interval, interval, fc.integer({ min: -1e6, max: 1e6 }), (a, b, x) => {
      fc.pre(overlaps(a, b));
      if (inside(x, intersect(a, b))) expect(inside(x, a) && inside(x, b)).toBe(true);
    }));
  });

  it("the span holds every number of every interval", () => {
    fc.assert(fc.property(fc.array(interval, { minLength: 1, maxLength: 5 }), fc.integer({ min: -1e6, max: 1e6 }), (xs, x) => {
      if (xs.some((b) => inside(x, b))) expect(inside(x, span(xs))).toBe(true);
    }));
  });

  it("the difference b - a holds every difference of members, and stays unbounded where an end is", () => {
    fc.assert(fc.property(interval, interval, fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (a, b, x, y) => {
      fc.pre(inside(x, a) && inside(y, b));
      expect(inside(y - x, difference(a, b))).toBe(true);
    }));
    expect(difference({ low: 772, high: 772 }, { low: 1000, high: null })).toEqual({ low: 228, high: null });
  });

  it("dividing by the days of a period divides both ends: 360..400 over 7 days", () => {
    expect(divide({ low: 360, high: 400 }, 7)).toEqual({ low: 360 / 7, high: 400 / 7 });
    expect(divide({ low: 28, high: null }, 13)).toEqual({ low: 28 / 13, high: null });
  });
});
