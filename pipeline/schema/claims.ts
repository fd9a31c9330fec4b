import { col, defineTable, type RowOf } from "./table.ts";

export const claims = defineTable("claims", "One row per claim: a source's statement of a metric over a period, however many reports carried it.", {
  claim_id: col.string("Stable id of the claim (from its first figure)"),
  metric: col.string("Metric key from data/raw/metrics.csv"),
  source: col.nullable(col.string("The claimant, canonical name from data/raw/sources.csv where listed")),
  period_start: col.nullable(col.day("First day covered (inclusive); null means 'as of' period_end")),
  period_end: col.nullable(col.day("Last day covered (inclusive)")),
  value: col.nullable(col.float("Point value, when the reports give one consistent with all of them")),
  low: col.nullable(col.float("Lower bound: the highest lower bound among the reports; null where unbounded")),
  high: col.nullable(col.float("Upper bound: the lowest upper bound among the reports; null where unbounded")),
  unit: col.string("Unit of the metric"),
  quantity_texts: col.strings("The wording of each report, e.g. 'nearly 400'; '397'"),
  figure_ids: col.strings("Every figure (report) of this claim"),
  outlets: col.strings("Outlets that carried it, in order of publication"),
  first_published: col.nullable(col.day("First report of the claim")),
  reports: col.int("How many reports carried the claim"),
  reviewed: col.string("accepted, corrected or unreviewed: the desk's decisions on its figures"),
  in_conflict: col.int("1 when another claim of the metric for a comparable period disagrees (see conflicts)"),
});

export type Claim = RowOf<typeof claims.columns>;

export const conflicts = defineTable("conflicts", "Pairs of claims of one metric over comparable periods whose intervals do not overlap.", {
  conflict_id: col.string("Stable id of the pair"),
  metric: col.string("Metric key"),
  claim_a: col.string("The claim first reported"),
  claim_b: col.string("The claim it disagrees with"),
  source_a: col.nullable(col.string("Claimant of claim_a")),
  source_b: col.nullable(col.string("Claimant of claim_b")),
  period_a: col.string("Period of claim_a, 'start..end'"),
  period_b: col.string("Period of claim_b"),
  text_a: col.string("Wording of claim_a's reports"),
  text_b: col.string("Wording of claim_b's reports"),
  low: col.nullable(col.float("Lowest bound of the two: the span across sources starts here")),
  high: col.nullable(col.float("Highest bound of the two; null where unbounded")),
  figure_ids: col.strings("Figures of both claims"),
});

export type Conflict = RowOf<typeof conflicts.columns>;
