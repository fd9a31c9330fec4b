/**
 * Runs extraction over the 1,000 CNN/DailyMail articles (no crash allowed) and writes a seeded random
 * sample of `count` rows for a person to read: bench/results/corpus-sample.csv. The precision quoted
 * in the README comes from reading that sample.  npx tsx bench/corpus-sample.ts [size] [seed] [article|highlights]
 * The third argument picks the text: the articles (default), or the bullet highlights the outlets wrote for
 * them, which no rule was written from.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extractArticle } from "../pipeline/extract/article.ts";
import { HEDGES, VAGUE_TERMS } from "../pipeline/extract/quantities.ts";
import { readConventions } from "../pipeline/raw/hedges.ts";
import { csvCell } from "../pipeline/schema/table.ts";
import type { Figure } from "../pipeline/schema/figures.ts";
import { loadCorpus, seeded } from "./corpus.ts";

const size = Number(process.argv[2] ?? 100);
const seed = Number(process.argv[3] ?? 20161024);
const column = process.argv[4] ?? "article";
if (column !== "article" && column !== "highlights") throw new Error(`the text to read is "article" or "highlights", not "${column}"`);
const corpus = loadCorpus();
if (!corpus) {
  console.log("skipped: corpus not found");
  process.exit(0);
}
const conventions = readConventions(readFileSync("data/raw/hedges.csv", "utf8"), "data/raw/hedges.csv", { hedges: HEDGES, vague: VAGUE_TERMS });
const counts: Figure[] = [];
let all = 0;
for (const row of corpus) {
  const { figures } = extractArticle({ articleId: row.id, text: row[column], outlet: "CNN/DailyMail corpus", url: null, published: null, campaignStart: null }, conventions);
  all += figures.length;
  counts.push(...figures.filter((f) => f.kind === "count"));
}
const random = seeded(seed);
const pool = [...counts];
const sample: Figure[] = [];
while (sample.length < size && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
const columns = ["n", "article_id", "quantity_text", "value", "low", "high", "qualifier", "counted", "event", "per", "source", "sentence"] as const;
const lines = [columns.join(",")];
sample.forEach((f, i) => lines.push(columns.map((c) => csvCell(c === "n" ? String(i + 1) : String(f[c] ?? ""))).join(",")));
mkdirSync("bench/results", { recursive: true });
writeFileSync("bench/results/corpus-sample.csv", lines.join("\n") + "\n");
console.log(`${corpus.length} ${column === "article" ? "articles" : "highlights"}, no crash: ${all} figures, ${counts.length} counts; sample of ${sample.length} (seed ${seed}) in bench/results/corpus-sample.csv`);
