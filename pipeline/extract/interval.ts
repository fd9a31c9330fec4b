import type { Conventions } from "../raw/hedges.ts";
import type { Qualifier } from "../schema/figures.ts";
import type { Quantity } from "./quantities.ts";

/** What the recognizer found, reduced to what the convention table needs. */
export type Reading = Pick<Quantity, "hedge" | "hedgeAfter" | "vague" | "value" | "rangeLow" | "rangeHigh"> & { kind?: Quantity["kind"] };

export interface Interval {
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
}

/**
 * The interval a wording claims, by the desk's convention table. A range keeps its printed ends
 * whatever hedge stands before it ("about 800-900" is 800 to 900): the source already gave its
 * uncertainty. A vague word's bounds are counts; a hedge's bounds multiply the printed number, and for a
 * count they are then widened to whole numbers ("some 384 refugees" is 345 to 423, not 345.6 to 422.4).
 */
export function intervalOf(reading: Reading, conventions: Conventions): Interval {
  if (reading.rangeLow !== null && reading.rangeHigh !== null) {
    return { qualifier: "range", low: Math.min(reading.rangeLow, reading.rangeHigh), high: Math.max(reading.rangeLow, reading.rangeHigh) };
  }
  if (reading.vague !== null) {
    const c = conventions.get(reading.vague);
    if (!c) throw new Error(`no convention for the vague quantity "${reading.vague}"`);
    return { qualifier: c.qualifier, low: c.low, high: c.high };
  }
  const hedge = reading.hedge ?? reading.hedgeAfter ?? "";
  const c = conventions.get(hedge);
  if (!c) throw new Error(`no convention for the hedge "${hedge}"`);
  const v = reading.value;
  if (v === null) return { qualifier: c.qualifier, low: null, high: null };
  const low = c.low === null ? null : round(v * c.low);
  const high = c.high === null ? null : round(v * c.high);
  if (reading.kind !== "count") return { qualifier: c.qualifier, low, high };
  return { qualifier: c.qualifier, low: low === null ? null : Math.floor(low), high: high === null ? null : Math.ceil(high) };
}

/** Keeps 360 from becoming 360.00000000000006. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
