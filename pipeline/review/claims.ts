import { stableId } from "../io/hash.ts";
import type { Claim, Conflict } from "../schema/claims.ts";
import { daysBetweenInclusive } from "../extract/periods.ts";
import { intersect, overlaps, span, type Bounds } from "./intervals.ts";
import type { Reviewed } from "./ledger.ts";

/**
 * Reports become claims. A claim is one source's statement of a metric over a period, however many
 * outlets carried it: CNN's "nearly 400" of 24 October and Press TV's "397" of 27 October of the
 * same command's tally are one claim reported twice. Reports of one metric by one claimant from the
 * same start and comparable ends (within COMPARABLE_DAYS) are one claim while their intervals agree (a
 * report repeating a total days later adds no information); the claim keeps what all of them say,
 * the intersection of their intervals. "More than 493,000" in April and "nearly 700,000" in May
 * agree as intervals but are months apart: two claims, a series.
 */
interface Draft {
  metric: string;
  unit: string;
  source: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** periodEnd, or the first report's day when the figures give no period. */
  end: string | null;
  bounds: Bounds;
  members: Reviewed[];
}

/** Converts a figure's own unit to its metric's: a fraction of a city to percent. */
function inMetricUnit(r: Reviewed): Bounds & { value: number | null } {
  const f = r.figure;
  const factor = f.unit === "fraction" && r.metric?.unit === "percent" ? 100 : 1;
  const scale = (x: number | null) => (x === null ? null : x * factor);
  return { value: scale(f.value), low: scale(f.low), high: scale(f.high) };
}

/** The last day a figure speaks for: its period's end, or for an undated figure its report's day. */
function effectiveEnd(f: Reviewed["figure"]): string | null {
  return f.period_end ?? f.published;
}

/**
 * Whether a report repeats a claim already drafted: same start, comparable end, agreeing interval,
 * not a second figure of the same report (a report does not state one claim twice: its mentions
 * are merged by extraction), and no different scope where both say.
 */
function sameClaim(d: Draft, r: Reviewed, bounds: Bounds): boolean {
  const f = r.figure;
  return d.periodStart === f.period_start
    && apart(d.end, effectiveEnd(f)) <= COMPARABLE_DAYS
    && overlaps(d.bounds, bounds)
    && !d.members.some((m) => m.figure.article_id === f.article_id)
    && !d.members.some((m) => m.figure.scope !== null && f.scope !== null && m.figure.scope !== f.scope);
}

export function buildClaims(reviewed: readonly Reviewed[]): Claim[] {
  const usable = reviewed.filter((r) => r.metric !== null);
  const order = (r: Reviewed) => `${r.figure.period_end ?? r.figure.published ?? ""}|${r.figure.published ?? ""}|${r.figure.figure_id}`;
  const sorted = [...usable].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const drafts: Draft[] = [];
  const bySource = new Map<string, Draft[]>();
  for (const r of sorted) {
    const f = r.figure;
    // Without a claimant, reports cannot be told to be the same statement: each stays its own claim.
    const key = r.source === null ? `none|${f.figure_id}` : `${r.metric!.key}|${r.source.toLowerCase()}`;
    const candidates = bySource.get(key) ?? [];
    const bounds = inMetricUnit(r);
    const match = [...candidates].reverse().find((d) => sameClaim(d, r, bounds));
    if (match) {
      match.bounds = intersect(match.bounds, bounds);
      match.members.push(r);
      continue;
    }
    const draft: Draft = { metric: r.metric!.key, unit: r.metric!.unit, source: r.source, periodStart: f.period_start, periodEnd: f.period_end, end: effectiveEnd(f), bounds, members: [r] };
    drafts.push(draft);
    candidates.push(draft);
    bySource.set(key, candidates);
  }
  return drafts.map(toClaim);
}

function toClaim(d: Draft): Claim {
  const byDate = [...d.members].sort((a, b) => ((a.figure.published ?? "") < (b.figure.published ?? "") ? -1 : 1));
  const values = d.members.map(inMetricUnit).map((b) => b.value).filter((v): v is number => v !== null);
  const inside = values.find((v) => (d.bounds.low === null || v >= d.bounds.low) && (d.bounds.high === null || v <= d.bounds.high));
  const decisions = d.members.map((m) => m.decision?.decision ?? null);
  return {
    claim_id: stableId("c-", [d.members[0]!.figure.figure_id]),
    metric: d.metric,
    source: d.source,
    period_start: d.periodStart,
    period_end: d.periodEnd,
    // A point value only when the reports agree on one (exact figures or a number inside all intervals).
    value: d.bounds.low !== null && d.bounds.low === d.bounds.high ? d.bounds.low : (inside ?? null),
    low: d.bounds.low,
    high: d.bounds.high,
    unit: d.unit,
    quantity_texts: byDate.map((m) => m.figure.quantity_text),
    figure_ids: byDate.map((m) => m.figure.figure_id),
    outlets: [...new Set(byDate.map((m) => m.figure.outlet ?? "unknown outlet"))],
    first_published: byDate[0]!.figure.published,
    reports: d.members.length,
    reviewed: decisions.includes("correct") ? "corrected" : decisions.every((x) => x === "accept") ? "accepted" : "unreviewed",
    in_conflict: 0,
  };
}

/** Days between two optional days, or Infinity when either is missing. */
function apart(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : Infinity;
  return Math.abs(daysBetweenInclusive(a, b) - 1);
}

/** How far apart the ends (and starts) of two periods may be for their totals to be compared. */
export const COMPARABLE_DAYS = 3;

/**
 * Two claims of one metric conflict when they cover comparable periods (starts and ends within
 * COMPARABLE_DAYS of each other) and their intervals share no number: 78 and 87 villages for the
 * same week. Totals over very different periods are successive reports, not a disagreement.
 */
export function findConflicts(claims: Claim[]): Conflict[] {
  const out: Conflict[] = [];
  const byMetric = new Map<string, Claim[]>();
  for (const c of claims) byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
  for (const [metric, list] of byMetric) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (a.period_end === null || b.period_end === null) continue;
        if (apart(a.period_start, b.period_start) > COMPARABLE_DAYS || apart(a.period_end, b.period_end) > COMPARABLE_DAYS) continue;
        if (overlaps(a, b)) continue;
        const [first, second] = (a.first_published ?? "") <= (b.first_published ?? "") ? [a, b] : [b, a];
        const s = span([first, second]);
        first.in_conflict = 1;
        second.in_conflict = 1;
        out.push({
          conflict_id: stableId("x-", [first.claim_id, second.claim_id]),
          metric,
          claim_a: first.claim_id,
          claim_b: second.claim_id,
          source_a: first.source,
          source_b: second.source,
          period_a: `${first.period_start ?? ""}..${first.period_end}`,
          period_b: `${second.period_start ?? ""}..${second.period_end}`,
          text_a: first.quantity_texts.join("; "),
          text_b: second.quantity_texts.join("; "),
          low: s.low,
          high: s.high,
          figure_ids: [...first.figure_ids, ...second.figure_ids],
        });
      }
    }
  }
  return out;
}
