import type { Stage } from "../runner.ts";
import { extractArticle } from "../extract/article.ts";
import { HEDGES, VAGUE_TERMS } from "../extract/quantities.ts";
import { typedFigures } from "../extract/typed.ts";
import { HEDGES_CSV, readConventions } from "../raw/hedges.ts";
import { readReportedFigures, REPORTED_FIGURES_CSV } from "../raw/reported-figures.ts";
import { articles } from "../schema/articles.ts";
import { figures, mentions, unparsed, type Figure, type Mention } from "../schema/figures.ts";
import { conventions as conventionsTable } from "../schema/ledger.ts";

export const extract: Stage = {
  name: "extract",
  description: "reported figures with hedge, interval, what is counted, source and period",
  module: import.meta.url,

  async inputs() {
    return { files: ["data/processed/articles.arrow", HEDGES_CSV, REPORTED_FIGURES_CSV] };
  },

  async run(context) {
    const conventions = readConventions(await context.readText(HEDGES_CSV), HEDGES_CSV, { hedges: HEDGES, vague: VAGUE_TERMS });
    const typedRows = readReportedFigures(await context.readText(REPORTED_FIGURES_CSV), REPORTED_FIGURES_CSV);
    const rows = articles.fromIPC(await context.read("data/processed/articles.arrow"));
    const allFigures: Figure[] = [];
    const allMentions: Mention[] = [];
    const summary: string[] = [];
    for (const a of rows) {
      const out = extractArticle({ articleId: a.article_id, text: a.text, outlet: a.outlet, url: a.url, published: a.published, campaignStart: a.campaign_start }, conventions);
      allFigures.push(...out.figures);
      allMentions.push(...out.mentions);
      const counts = out.figures.filter((f) => f.kind === "count").length;
      summary.push(`${a.article_id}: ${out.figures.length} figures (${counts} counts, ${out.figures.length - counts} measures) from ${out.mentions.length} mentions`);
    }
    const typed = typedFigures(typedRows, conventions, REPORTED_FIGURES_CSV);
    const conventionRows = [...conventions.values()].map((c) => ({ term: c.term, type: c.type, qualifier: c.qualifier, low: c.low, high: c.high, note: c.note }));
    allFigures.push(...typed.figures);
    summary.push(`${REPORTED_FIGURES_CSV}: ${typedRows.length} rows, ${typed.figures.length} figures read${typed.unparsed.length > 0 ? `, ${typed.unparsed.length} could not be read (in the review queue): ${typed.unparsed.map((u) => `line ${u.line} "${u.quantity_text}"`).join(", ")}` : ""}`);
    return {
      outputs: new Map<string, string | Uint8Array>([
        ["data/processed/figures.arrow", figures.toIPC(allFigures)],
        ["data/processed/figures.csv", figures.toCsv(allFigures)],
        ["data/processed/mentions.arrow", mentions.toIPC(allMentions)],
        ["data/processed/mentions.csv", mentions.toCsv(allMentions)],
        ["data/processed/unparsed.arrow", unparsed.toIPC(typed.unparsed)],
        ["data/processed/unparsed.csv", unparsed.toCsv(typed.unparsed)],
        ["data/processed/conventions.arrow", conventionsTable.toIPC(conventionRows)],
        ["data/processed/conventions.csv", conventionsTable.toCsv(conventionRows)],
      ]),
      summary,
    };
  },
};
