import { col, defineTable, type RowOf } from "./table.ts";

export const conventions = defineTable("conventions", "The hedge convention table as this run applied it (data/raw/hedges.csv).", {
  term: col.string("Hedge or vague word; empty for a figure with no hedge"),
  type: col.string("exact, hedge (bounds multiply the number) or vague (bounds are counts)"),
  qualifier: col.string("The qualifier figures with this term get"),
  low: col.nullable(col.float("Lower bound (factor or count); null: unbounded")),
  high: col.nullable(col.float("Upper bound (factor or count); null: unbounded")),
  note: col.string("Why, and how IBC, UCDP, ACLED or Airwars code it"),
});

export type ConventionRow = RowOf<typeof conventions.columns>;

export const corrections = defineTable("corrections", "The corrections log: every decision in data/raw/review.csv, with the figure as read and as decided.", {
  figure_id: col.string("The figure decided on"),
  decision: col.string("accept, reject or correct"),
  reviewer: col.string("Initials of the reviewer"),
  note: col.nullable(col.string("The reviewer's note")),
  outlet: col.nullable(col.string("Who published the report")),
  published: col.nullable(col.day("When")),
  quantity_text: col.string("The wording as reported"),
  as_read: col.string("What the pipeline read: value, interval, metric, claimant, period"),
  as_decided: col.string("What the desk decided (the same for accept, 'removed' for reject)"),
  line: col.int("Line of the decision in data/raw/review.csv"),
});

export type Correction = RowOf<typeof corrections.columns>;
