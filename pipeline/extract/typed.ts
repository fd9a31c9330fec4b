import { stableId } from "../io/hash.ts";
import type { Conventions } from "../raw/hedges.ts";
import type { TypedFigure } from "../raw/reported-figures.ts";
import type { Figure, Unparsed } from "../schema/figures.ts";
import { intervalOf } from "./interval.ts";
import { parseQuantityText } from "./quantities.ts";

/**
 * Figures the desk typed in, read with the same quantity parser and convention table as article
 * text, so "nearly 400" typed in a CSV and "nearly 400" in an article give the same row. A quantity
 * that cannot be read becomes an Unparsed row for the review queue, never a silent gap.
 */
export function typedFigures(rows: readonly TypedFigure[], conventions: Conventions, file: string): { figures: Figure[]; unparsed: Unparsed[] } {
  const figures: Figure[] = [];
  const unparsed: Unparsed[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const q = parseQuantityText(r.quantityText);
    if (q === null || (q.value === null && q.rangeLow === null && q.vague === null)) {
      unparsed.push({ file, line: r.line, article_id: r.reportId, outlet: r.outlet, published: r.reportDate, source: r.source, metric: r.metric, quantity_text: r.quantityText, reason: `no quantity could be read in "${r.quantityText}"` });
      continue;
    }
    const key = [r.reportId, r.metric, r.source, r.quantityText, r.periodStart, r.periodEnd].join("|");
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const interval = intervalOf(q, conventions);
    figures.push({
      figure_id: stableId("f-", [key, occurrence]),
      article_id: r.reportId,
      origin: "typed",
      outlet: r.outlet,
      published: r.reportDate,
      url: r.url,
      kind: q.kind,
      unit: q.unit,
      quantity_text: r.quantityText,
      value: q.value,
      low: interval.low,
      high: interval.high,
      qualifier: interval.qualifier,
      hedge: q.vague ?? q.hedge ?? q.hedgeAfter,
      counted: null,
      event: null,
      metric: r.metric,
      source: r.source,
      period_start: r.periodStart,
      period_end: r.periodEnd,
      said_on: null,
      per: null,
      scope: r.scope,
      note: r.note,
      sentence: null,
      start: null,
      end: null,
      line: r.line,
      mentions: 1,
    });
  }
  return { figures, unparsed };
}
