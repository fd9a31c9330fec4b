import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

/** The 1,000 CNN/DailyMail articles in ../shared (testing only, never published). */
export const CORPUS = fileURLToPath(new URL("../../shared/corpora/cnn_dailymail_validation_1000.csv", import.meta.url));

export function loadCorpus(): { id: string; article: string }[] | null {
  if (!existsSync(CORPUS)) return null;
  return parse(readFileSync(CORPUS, "utf8"), { columns: true }) as { id: string; article: string }[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `runs` calls, after one warm-up call. */
export function time<T>(fn: () => T, runs = 3): { ms: number; result: T } {
  let result = fn();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
}

/** A small deterministic generator (mulberry32), so a sample is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
