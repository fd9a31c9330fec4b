import { InputError } from "../errors.ts";
import { byName, fits, type MetricDefinition } from "../raw/metric-definitions.ts";
import type { Decision } from "../raw/review-ledger.ts";
import type { SourceNames } from "../raw/sources.ts";
import type { Figure } from "../schema/figures.ts";
import type { Correction } from "../schema/ledger.ts";

/** A figure after the desk's decisions: its metric, its canonical claimant, and what the desk said. */
export interface Reviewed {
  figure: Figure;
  metric: MetricDefinition | null;
  source: string | null;
  decision: Decision | null;
}

/**
 * Applies data/raw/review.csv: a rejected figure leaves, a corrected one takes the desk's values, and
 * every figure gets its metric (typed: by name; text: by what it counts and what happened to it). A
 * decision for a figure that does not exist, or a metric name nobody defined, stops the run at the
 * line that says it: a correction must never be lost without a word.
 */
export function applyLedger(
  figures: readonly Figure[],
  decisions: readonly Decision[],
  definitions: readonly MetricDefinition[],
  sources: SourceNames,
  files: { ledger: string; typed: string; metrics: string },
): { kept: Reviewed[]; rejected: Reviewed[]; log: Correction[] } {
  const byId = new Map(figures.map((f) => [f.figure_id, f]));
  const decided = new Map<string, Decision>();
  for (const d of decisions) {
    if (!byId.has(d.figureId)) {
      throw new InputError(files.ledger, `figure_id: no figure "${d.figureId}" in this run (the figure may have changed wording or been re-read): expected an id from data/processed/figures.csv or review-queue.csv; remove or update the row, the pipeline never drops a decision silently`, { line: d.record.line, column: d.record.column("figure_id") });
    }
    decided.set(d.figureId, d);
  }
  const kept: Reviewed[] = [];
  const rejected: Reviewed[] = [];
  const log: Correction[] = [];
  for (const original of figures) {
    const decision = decided.get(original.figure_id) ?? null;
    let figure = original;
    if (decision?.decision === "correct") figure = corrected(original, decision);
    const metricName = decision?.correction.metric ?? original.metric;
    let metric: MetricDefinition | null = null;
    if (metricName !== null) {
      metric = byName(definitions, metricName) ?? null;
      if (metric === null) {
        const [file, line] = decision?.correction.metric ? [files.ledger, decision.record.line] : [files.typed, original.line ?? undefined];
        throw new InputError(file, `metric: "${metricName}" is neither a key nor an alias in ${files.metrics}: expected one of ${definitions.map((d) => d.key).join(", ")}, or add it there as an alias`, { line });
      }
    } else if (figure.kind === "count" && figure.per === null) {
      metric = definitions.find((d) => fits(d, figure.counted, figure.event)) ?? null;
    }
    const reviewed = { figure, metric, source: sources(figure.source), decision };
    (decision?.decision === "reject" ? rejected : kept).push(reviewed);
    if (decision) {
      const asRead = describe(original, metricName === original.metric ? metric?.key ?? null : original.metric);
      log.push({
        figure_id: original.figure_id, decision: decision.decision, reviewer: decision.reviewer, note: decision.note || null,
        outlet: original.outlet, published: original.published, quantity_text: original.quantity_text,
        as_read: asRead,
        as_decided: decision.decision === "reject" ? "removed from metrics and charts" : describe(figure, metric?.key ?? null),
        line: decision.record.line,
      });
    }
  }
  log.sort((a, b) => a.line - b.line);
  return { kept, rejected, log };
}

/** A figure in one line for the corrections log. */
function describe(f: Figure, metric: string | null): string {
  const interval = f.low === f.high ? `${f.low ?? "?"}` : `${f.low ?? "…"} to ${f.high ?? "…"}`;
  const period = f.period_end === null ? "no period" : `${f.period_start ?? "as of"}${f.period_start ? "..": " "}${f.period_end}`;
  return `${interval} (${f.qualifier}); metric ${metric ?? "none"}; claimant ${f.source ?? "unattributed"}; ${period}`;
}

function corrected(f: Figure, d: Decision): Figure {
  const c = d.correction;
  const out: Figure = { ...f };
  if (c.value !== undefined) {
    out.value = c.value;
    // A corrected value without an interval is exact.
    if (c.low === undefined && c.high === undefined) Object.assign(out, { low: c.value, high: c.value, qualifier: "exact" });
  }
  if (c.low !== undefined) out.low = c.low;
  if (c.high !== undefined) out.high = c.high;
  if (c.low !== undefined || c.high !== undefined) out.qualifier = out.low === out.high ? "exact" : "range";
  if (c.source !== undefined) out.source = c.source;
  if (c.periodStart !== undefined) out.period_start = c.periodStart;
  if (c.periodEnd !== undefined) out.period_end = c.periodEnd;
  if (out.period_start !== null && out.period_end !== null && out.period_end < out.period_start) {
    throw new InputError(d.record.file, `period: the corrected period ends (${out.period_end}) before it starts (${out.period_start})`, { line: d.record.line });
  }
  return out;
}
