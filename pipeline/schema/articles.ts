import { col, defineTable, type RowOf } from "./table.ts";

export const articles = defineTable("articles", "One row per report whose text the desk has, as ingested from data/raw.", {
  article_id: col.string("Stable id chosen by the desk in data/raw/articles.csv; the text is data/raw/articles/<id>.txt"),
  campaign: col.string("Key of the campaign in data/raw/campaigns.csv that the report covers"),
  campaign_start: col.day("First day of that campaign: the start of every 'so far' period"),
  outlet: col.string("Who published the report, e.g. CNN"),
  headline: col.string("Headline written by the desk (the text may carry none)"),
  published: col.day("Publication day of the report"),
  language: col.string("Language code, e.g. en"),
  url: col.nullable(col.string("Where the report was published, if known")),
  text: col.string("Article text, UTF-8, line ends normalised to \\n, no byte-order mark"),
  content_hash: col.string("SHA-256 of the text as stored in this table"),
});

export type Article = RowOf<typeof articles.columns>;
