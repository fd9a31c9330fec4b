import { col, defineTable, type RowOf } from "./table.ts";

/**
 * total: a claim's figure over its period (a level "as of" its end, for a stock);
 * per_day / per_week: that total over the days of the period (x 7 for a week);
 * increment / increment_per_day: the change between two successive claims of one source;
 * span / span_per_day: the min-max across claims that disagree over a comparable period.
 */
export const MEASURES = ["total", "per_day", "per_week", "increment", "increment_per_day", "span", "span_per_day"] as const;
export type Measure = (typeof MEASURES)[number];

export const metrics = defineTable("metrics", "Derived metrics with honest intervals; every row names the figures it came from.", {
  metric: col.string("Key of the metric definition in data/raw/metrics.csv"),
  label: col.string("Human label of the metric"),
  measure: col.string(MEASURES.join(" | ")),
  unit: col.string("Unit of value, low and high, e.g. 'fighters' or 'fighters per day'"),
  source: col.nullable(col.string("The claimant; null for a span across sources")),
  period_start: col.day("First day of the period (inclusive)"),
  period_end: col.day("Last day of the period (inclusive)"),
  days: col.int("Days in the period, counting both ends"),
  value: col.nullable(col.float("Point value, null when the figures give only an interval")),
  low: col.nullable(col.float("Lower bound; null where unbounded")),
  high: col.nullable(col.float("Upper bound; null where unbounded")),
  claim_ids: col.strings("The claims this row was computed from"),
  figure_ids: col.strings("The figures (reports) this row was computed from"),
  note: col.nullable(col.string("A flag for the reader: a cumulative count that fell, a span over conflicting claims ...")),
});

export type Metric = RowOf<typeof metrics.columns>;
