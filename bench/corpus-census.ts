/**
 * Precision over every `count` row the extractor writes for the 1,000 corpus articles, not over a sample.
 *
 * Each row is looked up in bench/judged-counts.csv, a ledger of the verdicts that independent judges gave
 * (bench/judging.md) when the row came up in a sample. A verdict holds only while the row reads the same:
 * same article, sentence, quantity text, qualifier, low, high and period of a rate; a row whose reading
 * changed is unjudged again (the earliest samples had no `per` column: their verdicts hold for any period).
 * The ledger holds no article text (the corpus may not be republished), only a hash of the sentence.
 *
 *   npx tsx bench/corpus-census.ts [highlights]    census of the articles (or of the bullet highlights the
 *                                                  outlets wrote for them); rows to judge (never judged, or a
 *                                                  tie between judges) to bench/results/corpus-to-judge.csv
 *   npx tsx bench/corpus-census.ts --merge NAME... add bench/results/corpus-review-NAME.csv (judgements of
 *                                                  bench/results/corpus-sample-NAME.csv) to the ledger
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { extractArticle } from "../pipeline/extract/article.ts";
import { HEDGES, VAGUE_TERMS } from "../pipeline/extract/quantities.ts";
import { readConventions } from "../pipeline/raw/hedges.ts";
import { csvCell } from "../pipeline/schema/table.ts";
import type { Figure } from "../pipeline/schema/figures.ts";
import { sha256 } from "../pipeline/io/hash.ts";
import { writeFileAtomic } from "../pipeline/io/atomic.ts";
import { loadCorpus } from "./corpus.ts";

const LEDGER = "bench/judged-counts.csv";
const LEDGER_COLUMNS = ["article_id", "sentence_sha", "quantity_text", "qualifier", "low", "high", "per", "y", "n"] as const;
/** The period of a sample that had no `per` column. */
const ANY_PERIOD = "*";
const SAMPLE_COLUMNS = ["n", "article_id", "quantity_text", "value", "low", "high", "qualifier", "counted", "event", "per", "source", "sentence"] as const;

interface Reading {
  article_id: string;
  sentence: string;
  quantity_text: string;
  qualifier: string;
  low: string;
  high: string;
  per?: string;
}
interface Verdicts {
  y: number;
  n: number;
}

function keyOf(r: Reading, per = r.per ?? ANY_PERIOD): string {
  return [r.article_id, sha256(r.sentence).slice(0, 16), r.quantity_text, r.qualifier, whole(r.low, Math.floor), whole(r.high, Math.ceil), per].join("\u0000");
}

/** A bound as the whole number a count's bound is widened to: samples drawn before counts were rounded read the same. */
function whole(bound: string, round: (x: number) => number): string {
  return bound === "" ? bound : String(round(Number(bound)));
}

function readLedger(): Map<string, Verdicts> {
  const ledger = new Map<string, Verdicts>();
  if (!existsSync(LEDGER)) return ledger;
  for (const row of parse(readFileSync(LEDGER, "utf8"), { columns: true }) as Record<string, string>[]) {
    const key = [row.article_id, row.sentence_sha, row.quantity_text, row.qualifier, row.low, row.high, row.per].join("\u0000");
    ledger.set(key, { y: Number(row.y), n: Number(row.n) });
  }
  return ledger;
}

async function writeLedger(ledger: Map<string, Verdicts>): Promise<void> {
  const lines = [...ledger].map(([key, v]) => [...key.split("\u0000"), String(v.y), String(v.n)].map(csvCell).join(","));
  lines.sort();
  await writeFileAtomic(LEDGER, [LEDGER_COLUMNS.join(","), ...lines].join("\n") + "\n");
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true, relax_quotes: true, relax_column_count: true }) as Record<string, string>[];
}

async function merge(names: readonly string[]): Promise<void> {
  const ledger = readLedger();
  let added = 0;
  for (const name of names) {
    const sample = new Map(readCsv(`bench/results/corpus-sample-${name}.csv`).map((r) => [r.n, r]));
    for (const judged of readCsv(`bench/results/corpus-review-${name}.csv`)) {
      const row = sample.get(judged.n!);
      const verdict = judged.figure_ok;
      if (!row || (verdict !== "y" && verdict !== "n")) continue;
      const key = keyOf(row as unknown as Reading);
      const v = ledger.get(key) ?? { y: 0, n: 0 };
      v[verdict]++;
      ledger.set(key, v);
      added++;
    }
  }
  await writeLedger(ledger);
  console.log(`${added} verdicts merged; the ledger holds ${ledger.size} readings`);
}

function readingOf(f: Figure): Reading {
  const cell = (x: number | null) => (x === null ? "" : String(x));
  return { article_id: f.article_id, sentence: f.sentence ?? "", quantity_text: f.quantity_text, qualifier: f.qualifier ?? "", low: cell(f.low), high: cell(f.high), per: f.per ?? "" };
}

function census(column: "article" | "highlights"): void {
  const corpus = loadCorpus();
  if (!corpus) {
    console.log("skipped: corpus not found");
    return;
  }
  const conventions = readConventions(readFileSync("data/raw/hedges.csv", "utf8"), "data/raw/hedges.csv", { hedges: HEDGES, vague: VAGUE_TERMS });
  const ledger = readLedger();
  const unjudged: Figure[] = [];
  const tied: Figure[] = [];
  let rows = 0, yes = 0, no = 0, split = 0, twice = 0, disagree = 0;
  for (const row of corpus) {
    const { figures } = extractArticle({ articleId: row.id, text: row[column], outlet: "CNN/DailyMail corpus", url: null, published: null, campaignStart: null }, conventions);
    for (const f of figures) {
      if (f.kind !== "count") continue;
      rows++;
      const reading = readingOf(f);
      const v = ledger.get(keyOf(reading)) ?? ledger.get(keyOf(reading, ANY_PERIOD));
      if (!v) {
        unjudged.push(f);
        continue;
      }
      // The majority verdict; a tie counts against us.
      if (v.y > v.n) yes++;
      else if (v.n > v.y) no++;
      else (no++, split++, tied.push(f));
      if (v.y + v.n >= 2) {
        twice++;
        if (v.y > 0 && v.n > 0) disagree++;
      }
    }
  }
  const judged = yes + no;
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  console.log(`${rows} count rows in ${corpus.length} ${column === "article" ? "articles" : "highlights"}; ${judged} judged (${pct(judged, rows)}), ${unjudged.length} not yet`);
  console.log(`precision over the judged rows: ${yes} of ${judged} = ${pct(yes, judged)} (${split} ties counted as wrong)`);
  console.log(`judges disagreed on ${disagree} of the ${twice} rows judged more than once (${pct(disagree, twice)})`);
  const lines = [SAMPLE_COLUMNS.join(",")];
  [...unjudged, ...tied].forEach((f, i) => lines.push(SAMPLE_COLUMNS.map((c) => csvCell(c === "n" ? String(i + 1) : String(f[c] ?? ""))).join(",")));
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/corpus-to-judge.csv", lines.join("\n") + "\n");
  console.log(`rows to judge (unjudged, then ties), in sample format for bench/judging.md: bench/results/corpus-to-judge.csv`);
}

const args = process.argv.slice(2);
if (args[0] === "--merge") await merge(args.slice(1));
else if (args[0] === undefined || args[0] === "highlights") census(args[0] ?? "article");
else throw new Error(`unknown argument "${args[0]}": expected --merge NAME... or highlights`);
