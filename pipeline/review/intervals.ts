/** Interval arithmetic over [low, high] where null is an unbounded end. */
export interface Bounds {
  low: number | null;
  high: number | null;
}

/** True when the two intervals share at least one number. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  const aboveB = a.low !== null && b.high !== null && a.low > b.high;
  const belowB = a.high !== null && b.low !== null && a.high < b.low;
  return !aboveB && !belowB;
}

/** What both intervals claim: the highest low and the lowest high. */
export function intersect(a: Bounds, b: Bounds): Bounds {
  const low = a.low === null ? b.low : b.low === null ? a.low : Math.max(a.low, b.low);
  const high = a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high);
  return { low, high };
}

/** The span across intervals (Airwars' min-max across sources): the lowest low and the highest high. */
export function span(xs: readonly Bounds[]): Bounds {
  let low: number | null = Infinity;
  let high: number | null = -Infinity;
  for (const x of xs) {
    low = low === null || x.low === null ? null : Math.min(low, x.low);
    high = high === null || x.high === null ? null : Math.max(high, x.high);
  }
  return { low: low === Infinity ? null : low, high: high === -Infinity ? null : high };
}

/** b - a: the low difference takes b's low and a's high, and an unbounded end stays unbounded. */
export function difference(a: Bounds, b: Bounds): Bounds {
  return {
    low: b.low === null || a.high === null ? null : b.low - a.high,
    high: b.high === null || a.low === null ? null : b.high - a.low,
  };
}

/** x / n for a positive n. */
export function divide(x: Bounds, n: number): Bounds {
  return { low: x.low === null ? null : x.low / n, high: x.high === null ? null : x.high / n };
}
