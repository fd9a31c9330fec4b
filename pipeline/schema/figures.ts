import { col, defineTable, type RowOf } from "./table.ts";

/** How a reported quantity bounds the truth; the interval each implies comes from data/raw/hedges.csv. */
export const QUALIFIERS = ["exact", "approximate", "at_most", "at_least", "more_than", "less_than", "range", "vague"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const KINDS = ["count", "measure"] as const;
export type Kind = (typeof KINDS)[number];

/** Where a figure was read: in an article's text, or typed in by the desk from a report it has no text for. */
export const ORIGINS = ["text", "typed"] as const;
export type Origin = (typeof ORIGINS)[number];

export const figures = defineTable("figures", "One row per reported figure; repeated mentions of one claim in an article share a row (see mentions).", {
  figure_id: col.string("Stable id from the report, what is counted, the event and the wording (not from offsets alone)"),
  article_id: col.string("The report: an article id, or for a typed-in figure an id from the report's date, outlet and URL"),
  origin: col.string("text (read from an article) or typed (data/raw/reported-figures.csv)"),
  outlet: col.nullable(col.string("Who published the report, e.g. CNN (unknown for text given to npm run extract)")),
  published: col.nullable(col.day("Publication day of the report")),
  url: col.nullable(col.string("Where the report was published, if known")),
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
  metric: col.nullable(col.string("Metric key as typed by the desk (typed figures only; text figures are mapped by counted and event)")),
  source: col.nullable(col.string("Who the report says made the claim")),
  period_start: col.nullable(col.day("First day the figure covers (inclusive); null with an end means 'as of' the end")),
  period_end: col.nullable(col.day("Last day the figure covers (inclusive)")),
  said_on: col.nullable(col.day("The day the source made the claim, when the text says ('said Sunday')")),
  per: col.nullable(col.string("The period of a rate: 'day' ('each day', 'daily'), 'night', 'hour', 'minute', 'week', 'month' or 'year'; null for a total")),
  scope: col.nullable(col.string("What the figure covers, as typed by the desk (e.g. 'Peshmerga sectors north and east of Mosul')")),
  note: col.nullable(col.string("The desk's note on a typed figure (doubts, rounding, misprints)")),
  sentence: col.nullable(col.string("The sentence of the first mention (text figures)")),
  start: col.nullable(col.int("UTF-16 offset of the quantity in the article text (first mention)")),
  end: col.nullable(col.int("UTF-16 offset just after the quantity (first mention)")),
  line: col.nullable(col.int("Line in data/raw/reported-figures.csv (typed figures)")),
  mentions: col.int("How many times the report states this claim; see mentions.arrow"),
});

export type Figure = RowOf<typeof figures.columns>;

export const mentions = defineTable("mentions", "Every place a figure is stated in an article; a claim stated twice has two rows and one figure_id.", {
  figure_id: col.string("The claim this mention belongs to"),
  article_id: col.string("Article the mention stands in"),
  quantity_text: col.string("The exact words at this place"),
  sentence: col.string("The sentence around it"),
  start: col.int("UTF-16 offset of the quantity in the article text"),
  end: col.int("UTF-16 offset just after the quantity"),
});

export type Mention = RowOf<typeof mentions.columns>;

export const unparsed = defineTable("unparsed", "Typed-in figures whose quantity could not be read: kept for review, never dropped.", {
  file: col.string("The file the row is in"),
  line: col.int("Its line"),
  article_id: col.string("The report id the figure would have had"),
  outlet: col.string("Who published the report"),
  published: col.day("Publication day"),
  source: col.nullable(col.string("Who made the claim")),
  metric: col.string("Metric key as typed"),
  quantity_text: col.string("The quantity as typed"),
  reason: col.string("Why it could not be read"),
});

export type Unparsed = RowOf<typeof unparsed.columns>;
