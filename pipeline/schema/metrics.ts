import { col, defineTable, type RowOf } from "./table.ts";

export const MEASURES = ["total", "per_day"] as const;
export type Measure = (typeof MEASURES)[number];

export const metrics = defineTable("metrics", "Derived metrics: per metric, source and period, a total and a rate per day, each with its interval.", {
  metric: col.string("Key of the metric definition in data/raw/metrics.csv"),
  label: col.string("Human label of the metric"),
  measure: col.string("total (as reported over the period) or per_day (total / days)"),
  unit: col.string("Unit of value, low and high, e.g. 'fighters' or 'fighters per day'"),
  source: col.nullable(col.string("Who reported the figures behind the row")),
  period_start: col.day("First day of the period (inclusive)"),
  period_end: col.day("Last day of the period (inclusive)"),
  days: col.int("Days in the period, counting both ends"),
  value: col.nullable(col.float("Point value, null when the figures give only an interval")),
  low: col.nullable(col.float("Lower bound; null where unbounded")),
  high: col.nullable(col.float("Upper bound; null where unbounded")),
  figure_ids: col.strings("The figures this row was computed from"),
});

export type Metric = RowOf<typeof metrics.columns>;
