/**
 * Writes every figure row, mention and quantity that extraction gives for the 1,000 CNN/DailyMail articles, as
 * JSON lines, in the two settings the benches use: with a publication day (as bench/run.ts) and
 * without one (as bench/corpus-sample.ts). A dump from before a change is the reference a refactor or
 * an optimisation must reproduce byte for byte.  npx tsx bench/corpus-dump.ts [out.jsonl]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractArticle } from "../pipeline/extract/article.ts";
import { findQuantities, HEDGES, VAGUE_TERMS } from "../pipeline/extract/quantities.ts";
import { readConventions } from "../pipeline/raw/hedges.ts";
import { loadCorpus } from "./corpus.ts";

const out = process.argv[2] ?? "/tmp/corpus-dump.jsonl";
const corpus = loadCorpus();
if (!corpus) {
  console.log("skipped: corpus not found");
  process.exit(0);
}
const conventions = readConventions(readFileSync("data/raw/hedges.csv", "utf8"), "data/raw/hedges.csv", { hedges: HEDGES, vague: VAGUE_TERMS });
const lines: string[] = [];
// As bench/run.ts: article ids are positions, published and campaign start fixed.
corpus.forEach(({ article }, i) => {
  const { figures, mentions } = extractArticle({ articleId: String(i), text: article, outlet: null, url: null, published: "2016-10-24", campaignStart: "2016-10-17" }, conventions);
  for (const f of figures) lines.push(JSON.stringify({ run: "dated", ...f }));
  for (const m of mentions) lines.push(JSON.stringify({ run: "dated", mention: true, ...m }));
});
// As bench/corpus-sample.ts: corpus ids, no publication day.
for (const { id, article } of corpus) {
  const { figures, mentions } = extractArticle({ articleId: id, text: article, outlet: "CNN/DailyMail corpus", url: null, published: null, campaignStart: null }, conventions);
  for (const f of figures) lines.push(JSON.stringify({ run: "undated", ...f }));
  for (const m of mentions) lines.push(JSON.stringify({ run: "undated", mention: true, ...m }));
}
// Every quantity the recognizer finds, with all its fields (figures keep only the first of a group's).
corpus.forEach(({ article }, i) => {
  for (const q of findQuantities(article)) lines.push(JSON.stringify({ run: "quantities", article: i, ...q }));
});
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} lines in ${out}`);
