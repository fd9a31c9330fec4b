/**
 * `npm run bench`: extraction throughput on 1,000 real CNN/DailyMail articles (3.8 MB), against
 * Microsoft Recognizers-Text's NumberModel on the same text, and the whole pipeline on the seed.
 * MB are 10^6 bytes of UTF-8; times are medians of 3 runs after a warm-up.
 */
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import { readFileSync } from "node:fs";
import { extractArticle } from "../pipeline/extract/article.ts";
import { findQuantities, HEDGES, VAGUE_TERMS } from "../pipeline/extract/quantities.ts";
import { sentences } from "../pipeline/extract/sentences.ts";
import { readConventions } from "../pipeline/raw/hedges.ts";
import { figures } from "../pipeline/schema/figures.ts";
import { loadCorpus, time } from "./corpus.ts";

const corpus = loadCorpus();
if (!corpus) {
  console.log("skipped: ../shared/corpora/cnn_dailymail_validation_1000.csv not found");
  process.exit(0);
}
const texts = corpus.map((r) => r.article);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const conventions = readConventions(readFileSync("data/raw/hedges.csv", "utf8"), "data/raw/hedges.csv", { hedges: HEDGES, vague: VAGUE_TERMS });
const rate = (ms: number) => mb / (ms / 1000);

console.log(`corpus: ${texts.length} articles, ${mb.toFixed(2)} MB\n`);

const rows = time(() => texts.flatMap((text, i) => extractArticle({ articleId: String(i), text, outlet: null, url: null, published: "2016-10-24", campaignStart: "2016-10-17" }, conventions).figures));
console.log(`extract, full figure rows     ${rate(rows.ms).toFixed(1).padStart(7)} MB/s  ${rows.ms.toFixed(0).padStart(6)} ms  ${rows.result.length} figures`);
const arrow = time(() => figures.toIPC(rows.result));
console.log(`  + Arrow IPC of those rows              ${arrow.ms.toFixed(0).padStart(6)} ms  ${arrow.result.byteLength} bytes`);

const quantities = time(() => texts.reduce((n, t) => n + findQuantities(t).length, 0));
console.log(`findQuantities alone          ${rate(quantities.ms).toFixed(1).padStart(7)} MB/s  ${quantities.ms.toFixed(0).padStart(6)} ms  ${quantities.result} quantities`);

// Recognizers-Text per paragraph, as it is meant to be used (the corpus articles have no line breaks,
// so a paragraph is a whole article), and per sentence, the unit most favourable to it: its time
// grows faster than its input.
const model = new NumberRecognizer(Culture.English).getNumberModel();
const paragraphs = texts.flatMap((t) => t.split("\n")).filter((p) => p.trim() !== "");
const perParagraph = time(() => paragraphs.reduce((n, u) => n + model.parse(u).length, 0));
console.log(`Recognizers-Text NumberModel  ${rate(perParagraph.ms).toFixed(2).padStart(7)} MB/s  ${perParagraph.ms.toFixed(0).padStart(6)} ms  ${perParagraph.result} numbers (per paragraph, ${paragraphs.length} paragraphs)`);
const units = texts.flatMap((t) => sentences(t).map((s) => s.text));
const perSentence = time(() => units.reduce((n, u) => n + model.parse(u).length, 0));
console.log(`Recognizers-Text NumberModel  ${rate(perSentence.ms).toFixed(2).padStart(7)} MB/s  ${perSentence.ms.toFixed(0).padStart(6)} ms  ${perSentence.result} numbers (per sentence, ${units.length} sentences)`);
console.log(`\nratio, full figure rows vs Recognizers-Text per paragraph: ${(perParagraph.ms / rows.ms).toFixed(1)}x (per sentence: ${(perSentence.ms / rows.ms).toFixed(1)}x)`);
console.log(`ratio, findQuantities alone vs Recognizers-Text per paragraph: ${(perParagraph.ms / quantities.ms).toFixed(1)}x`);
