/**
 * Throughput of findQuantities vs Recognizers-Text NumberModel on 1,000 CNN/DailyMail articles.
 * Run: npx tsx bench/quantities.bench.ts   (needs ../shared/corpora/cnn_dailymail_validation_1000.csv)
 * Prints MB/s (UTF-16 code units / 2^20 per second, median of 3 runs) for both and the ratio.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { Culture, NumberRecognizer } from "@microsoft/recognizers-text-number";
import { findQuantities } from "../pipeline/extract/quantities.ts";

const CSV = fileURLToPath(new URL("../../shared/corpora/cnn_dailymail_validation_1000.csv", import.meta.url));
if (!existsSync(CSV)) {
  console.log(`skipped: ${CSV} not found`);
  process.exit(0);
}
const rows = parse(readFileSync(CSV, "utf8"), { columns: true }) as Array<{ article: string }>;
const articles = rows.map((r) => r.article);
const chars = articles.reduce((n, a) => n + a.length, 0);
const mb = chars / 2 ** 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => number, runs = 3): { ms: number; count: number } {
  const ms: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    count = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), count };
}

// warm-up (JIT): one full pass for ours, 50 paragraphs for Recognizers-Text below
for (const a of articles) findQuantities(a);

const ours = time(() => {
  let n = 0;
  for (const a of articles) n += findQuantities(a).length;
  return n;
});

const model = new NumberRecognizer(Culture.English).getNumberModel();
const paragraphs = articles.flatMap((a) => a.split("\n")).filter((p) => p.trim().length > 0);
for (const p of paragraphs.slice(0, 50)) model.parse(p);
const theirs = time(() => {
  let n = 0;
  for (const p of paragraphs) n += model.parse(p).length;
  return n;
});

const oursMBs = mb / (ours.ms / 1000);
const theirsMBs = mb / (theirs.ms / 1000);
console.log(`corpus: ${articles.length} articles, ${mb.toFixed(2)} MB (UTF-16 chars / 2^20), ${paragraphs.length} paragraphs`);
console.log(`findQuantities:            ${oursMBs.toFixed(1)} MB/s  (${ours.ms.toFixed(0)} ms median of 3, ${ours.count} quantities)`);
console.log(`Recognizers NumberModel:   ${theirsMBs.toFixed(2)} MB/s  (${theirs.ms.toFixed(0)} ms median of 3, ${theirs.count} numbers)`);
console.log(`ratio: ${(oursMBs / theirsMBs).toFixed(0)}x`);
