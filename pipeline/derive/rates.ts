import { daysBetweenInclusive } from "../extract/periods.ts";
import type { MetricDefinition } from "../raw/metric-definitions.ts";
import type { Figure } from "../schema/figures.ts";
import type { Metric } from "../schema/metrics.ts";

/**
 * A figure over a period, and the same figure per day. Periods are inclusive: 17 to 23 October is
 * 7 days. Interval arithmetic keeps the bounds honest: the low rate is the low total over the days,
 * the high rate the high total, and an unbounded end stays unbounded.
 */
export function totalAndRate(definition: MetricDefinition, figure: Figure): Metric[] {
  if (figure.period_end === null || figure.per !== null) return [];
  // A stock is a level on a day ("as of"); a flow needs both ends of its period to be divided.
  const start = definition.type === "stock" ? figure.period_end : figure.period_start;
  if (start === null) return [];
  const days = daysBetweenInclusive(start, figure.period_end);
  const base = {
    metric: definition.key,
    label: definition.label,
    source: figure.source,
    period_start: start,
    period_end: figure.period_end,
    days,
    figure_ids: [figure.figure_id],
  };
  const per = (x: number | null) => (x === null ? null : x / days);
  const total: Metric = { ...base, measure: "total", unit: definition.unit, value: figure.value, low: figure.low, high: figure.high };
  if (definition.type === "stock") return [total];
  return [total, { ...base, measure: "per_day", unit: `${definition.unit} per day`, value: per(figure.value), low: per(figure.low), high: per(figure.high) }];
}
