import { addDays, daysBetweenInclusive } from "../extract/periods.ts";
import type { MetricDefinition } from "../raw/metric-definitions.ts";
import { difference, divide, span, type Bounds } from "../review/intervals.ts";
import type { Claim, Conflict } from "../schema/claims.ts";
import type { Metric } from "../schema/metrics.ts";

/**
 * Arithmetic over claims. Periods are inclusive (17 to 23 October is 7 days; Thursday and Friday is
 * 2; a first-day tally is 1). Interval arithmetic keeps bounds honest: the low rate is the low total
 * over the days, the high rate the high total, and an unbounded end stays unbounded; nothing is
 * averaged.
 */
type Base = Pick<Metric, "metric" | "label">;

function base(d: MetricDefinition): Base {
  return { metric: d.key, label: d.label };
}

/** x * times / over, in that order, so 772 / 7 is exactly the quotient a reader computes. */
function scaled(x: Bounds & { value: number | null }, times: number, over: number): Pick<Metric, "value" | "low" | "high"> {
  const by = (v: number | null) => (v === null ? null : (v * times) / over);
  return { value: by(x.value), low: by(x.low), high: by(x.high) };
}

/** A claim as a total over its period, and for a flow per day and per week. */
export function totals(d: MetricDefinition, c: Claim): Metric[] {
  // A level with no period is a level as of the day it was reported.
  const end = c.period_end ?? (d.type === "stock" ? c.first_published : null);
  if (end === null) return [];
  const start = d.type === "stock" ? end : c.period_start;
  if (start === null) return [];
  const days = daysBetweenInclusive(start, end);
  const row = { ...base(d), source: c.source, period_start: start, period_end: end, days, claim_ids: [c.claim_id], figure_ids: c.figure_ids, note: null };
  const total: Metric = { ...row, measure: "total", unit: d.unit, value: c.value, low: c.low, high: c.high };
  if (d.type === "stock") return [total];
  return [
    total,
    { ...row, measure: "per_day", unit: `${d.unit} per day`, ...scaled(c, 1, days) },
    { ...row, measure: "per_week", unit: `${d.unit} per week`, ...scaled(c, 7, days) },
  ];
}

/**
 * Successive claims of one source counting from the same day: what was added between them, and
 * per day. A cumulative count that falls is flagged, not hidden: high < 0 means it fell for sure.
 */
export function increments(d: MetricDefinition, claims: readonly Claim[]): Metric[] {
  const out: Metric[] = [];
  const series = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.source === null || c.period_end === null) continue;
    const key = `${c.source}|${c.period_start ?? ""}`;
    series.set(key, [...(series.get(key) ?? []), c]);
  }
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => (a.period_end! < b.period_end! ? -1 : a.period_end! > b.period_end! ? 1 : 0));
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.period_end === b.period_end) continue;
      const start = addDays(a.period_end!, 1);
      const days = daysBetweenInclusive(start, b.period_end!);
      const delta = difference(a, b);
      const value = a.value !== null && b.value !== null ? b.value - a.value : null;
      const fell = d.type === "flow" && delta.high !== null && delta.high < 0;
      const row = {
        ...base(d), source: b.source, period_start: start, period_end: b.period_end!, days,
        claim_ids: [a.claim_id, b.claim_id], figure_ids: [...a.figure_ids, ...b.figure_ids],
        note: fell ? `the cumulative count fell from ${a.quantity_texts[0]} to ${b.quantity_texts[0]}: a cumulative count should not fall` : null,
      };
      out.push({ ...row, measure: "increment", unit: d.unit, value, ...delta });
      out.push({ ...row, measure: "increment_per_day", unit: `${d.unit} per day`, value: value === null ? null : value / days, ...divide(delta, days) });
    }
  }
  return out;
}

/**
 * Where claims disagree, the metric carries the span across them (as Airwars codes a min-max across
 * sources): one row per group of claims linked by conflicts, from the lowest low to the highest high.
 */
export function spans(d: MetricDefinition, claims: readonly Claim[], conflicts: readonly Conflict[]): Metric[] {
  const byId = new Map(claims.map((c) => [c.claim_id, c]));
  const group = new Map<string, string>();
  const find = (id: string): string => {
    const parent = group.get(id) ?? id;
    return parent === id ? id : find(parent);
  };
  for (const x of conflicts.filter((x) => x.metric === d.key)) group.set(find(x.claim_b), find(x.claim_a));
  const clusters = new Map<string, Claim[]>();
  for (const id of new Set(conflicts.filter((x) => x.metric === d.key).flatMap((x) => [x.claim_a, x.claim_b]))) {
    const root = find(id);
    clusters.set(root, [...(clusters.get(root) ?? []), byId.get(id)!]);
  }
  const out: Metric[] = [];
  for (const members of clusters.values()) {
    const dated = members.filter((c) => c.period_end !== null);
    if (dated.length < 2) continue;
    const start = dated.map((c) => (d.type === "stock" ? c.period_end! : c.period_start ?? c.period_end!)).sort()[0]!;
    const end = dated.map((c) => c.period_end!).sort().at(-1)!;
    const s = span(dated);
    const row = {
      ...base(d), source: null, period_start: start, period_end: end, days: daysBetweenInclusive(start, end),
      claim_ids: dated.map((c) => c.claim_id), figure_ids: dated.flatMap((c) => c.figure_ids),
      note: `claims disagree: ${dated.map((c) => `${c.quantity_texts[0]} (${c.source ?? "unattributed"})`).join(" vs ")}`,
    };
    out.push({ ...row, measure: "span", unit: d.unit, value: null, ...s });
    if (d.type === "flow" && dated.every((c) => c.period_start !== null)) {
      const rates = dated.map((c) => divide(c, daysBetweenInclusive(c.period_start!, c.period_end!)));
      out.push({ ...row, measure: "span_per_day", unit: `${d.unit} per day`, value: null, ...span(rates) });
    }
  }
  return out;
}
