/**
 * `npm run bench`: extraction throughput on 1,000 real CNN/DailyMail articles (3.8 MB), against
 * Microsoft Recognizers-Text's NumberModel on the same text, and the whole pipeline on the seed.
 * MB are 10^6 bytes of UTF-8. Each line gives the steady rate (median of 5 runs after the first and 2 more
 * warm-up runs: throughput over a long job) and the first run in the process (a one-off command, with the JIT
 * still compiling); both sides are timed alike, and the ratios are given for both.
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

const line = (label: string, t: { first: number; ms: number }, what: string, digits = 1) =>
  console.log(`${label.padEnd(30)}${rate(t.ms).toFixed(digits).padStart(7)} MB/s ${t.ms.toFixed(0).padStart(6)} ms   first run ${t.first.toFixed(0).padStart(5)} ms   ${what}`);

const rows = time(() => texts.flatMap((text, i) => extractArticle({ articleId: String(i), text, outlet: null, url: null, published: "2016-10-24", campaignStart: "2016-10-17" }, conventions).figures));
line("extract, full figure rows", rows, `${rows.result.length} figures`);
const arrow = time(() => figures.toIPC(rows.result));
console.log(`  + Arrow IPC of those rows                 ${arrow.ms.toFixed(0).padStart(6)} ms   first run ${arrow.first.toFixed(0).padStart(5)} ms   ${arrow.result.byteLength} bytes`);

const quantities = time(() => texts.reduce((n, t) => n + findQuantities(t).length, 0));
line("findQuantities alone", quantities, `${quantities.result} quantities`);

// Recognizers-Text per paragraph, as it is meant to be used (the corpus articles have no line breaks,
// so a paragraph is a whole article), and per sentence, the unit most favourable to it: its time
// grows faster than its input.
const model = new NumberRecognizer(Culture.English).getNumberModel();
const paragraphs = texts.flatMap((t) => t.split("\n")).filter((p) => p.trim() !== "");
const perParagraph = time(() => paragraphs.reduce((n, u) => n + model.parse(u).length, 0));
line("Recognizers-Text NumberModel", perParagraph, `${perParagraph.result} numbers (per paragraph, ${paragraphs.length} paragraphs)`, 2);
const units = texts.flatMap((t) => sentences(t).map((s) => s.text));
const perSentence = time(() => units.reduce((n, u) => n + model.parse(u).length, 0));
line("Recognizers-Text NumberModel", perSentence, `${perSentence.result} numbers (per sentence, ${units.length} sentences)`, 2);
const ratio = (a: { first: number; ms: number }, b: { first: number; ms: number }) => `${(a.ms / b.ms).toFixed(1)}x (first run ${(a.first / b.first).toFixed(1)}x)`;
console.log(`\nratio, full figure rows vs Recognizers-Text per paragraph: ${ratio(perParagraph, rows)}; per sentence: ${ratio(perSentence, rows)}`);
console.log(`ratio, findQuantities alone vs Recognizers-Text per paragraph: ${ratio(perParagraph, quantities)}`);
