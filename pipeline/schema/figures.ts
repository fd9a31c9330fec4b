import { col, defineTable, type RowOf } from "./table.ts";

/** How a reported quantity bounds the truth; the interval each implies comes from data/raw/hedges.csv. */
export const QUALIFIERS = ["exact", "approximate", "at_most", "at_least", "more_than", "less_than", "range", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const KINDS = ["count", "measure"] as const;
export type Kind = (typeof KINDS)[number];

export const figures = defineTable("figures", "One row per reported figure (a claim); repeated mentions of one claim share a row, see mentions.", {
  figure_id: col.string("Stable id from article, counted thing, event and wording (not from offsets alone)"),
  article_id: col.string("Article the figure was reported in"),
  kind: col.string("count (people, things, places, events) or measure (distance, area, weight, money, percent, duration)"),
  unit: col.nullable(col.string("Unit of a measure: km, km2, percent, day, year ...")),
  quantity_text: col.string("The exact words of the quantity, e.g. 'nearly 400'"),
  value: col.nullable(col.float("The number as reported (400 for 'nearly 400'); null for a range or a vague word")),
  low: col.nullable(col.float("Lower end of the interval the wording claims; null where unbounded")),
  high: col.nullable(col.float("Upper end of the interval the wording claims; null where unbounded")),
  qualifier: col.string("exact | approximate | at_most | at_least | more_than | less_than | range | vague"),
  hedge: col.nullable(col.string("The hedge or vague word as a key of the convention table (nearly, about, dozens ...)")),
  counted: col.nullable(col.string("The noun phrase counted, e.g. 'ISIS fighters'")),
  event: col.nullable(col.string("What happened to what is counted: killed, detained, liberated ...")),
  source: col.nullable(col.string("Who the text says reported the figure")),
  period_start: col.nullable(col.day("First day the figure covers (inclusive)")),
  period_end: col.nullable(col.day("Last day the figure covers (inclusive)")),
  said_on: col.nullable(col.day("The day the source made the claim, when the text says ('said Sunday')")),
  per: col.nullable(col.string("'day' for a rate ('each day'); null for a total")),
  sentence: col.string("The sentence of the first mention, for provenance"),
  start: col.int("UTF-16 offset of the quantity in the article text (first mention)"),
  end: col.int("UTF-16 offset just after the quantity (first mention)"),
  mentions: col.int("How many times the article states this claim; see mentions.arrow"),
});

export type Figure = RowOf<typeof figures.columns>;

export const mentions = defineTable("mentions", "Every place a figure is stated; a claim stated twice has two rows and one figure_id.", {
  figure_id: col.string("The claim this mention belongs to"),
  article_id: col.string("Article the mention stands in"),
  quantity_text: col.string("The exact words at this place"),
  sentence: col.string("The sentence around it"),
  start: col.int("UTF-16 offset of the quantity in the article text"),
  end: col.int("UTF-16 offset just after the quantity"),
});

export type Mention = RowOf<typeof mentions.columns>;
