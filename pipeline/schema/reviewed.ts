import { figures } from "./figures.ts";
import { col, defineTable, type RowOf } from "./table.ts";

/**
 * The figures after the desk's decisions: what charts draw. A rejected figure is not here; a
 * corrected one carries the desk's values. Same columns as figures, plus what review decided.
 */
export const reviewed = defineTable("reviewed", "Figures after data/raw/review.csv: rejected ones removed, corrections applied, each with its metric and claimant.", {
  ...figures.columns,
  metric_key: col.nullable(col.string("The metric the figure counts towards (data/raw/metrics.csv), if any")),
  claimant: col.nullable(col.string("The claimant's canonical name (data/raw/sources.csv)")),
  decision: col.nullable(col.string("accept or correct, from data/raw/review.csv; null when not reviewed yet")),
  reviewer: col.nullable(col.string("Initials of the reviewer who decided")),
  review_note: col.nullable(col.string("The reviewer's note")),
});

export type ReviewedFigure = RowOf<typeof reviewed.columns>;
