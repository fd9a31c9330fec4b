import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

/** The 1,000 CNN/DailyMail articles in ../shared (testing only, never published). */
export const CORPUS = fileURLToPath(new URL("../../shared/corpora/cnn_dailymail_validation_1000.csv", import.meta.url));

export function loadCorpus(): { id: string; article: string; highlights: string }[] | null {
  if (!existsSync(CORPUS)) return null;
  return parse(readFileSync(CORPUS, "utf8"), { columns: true }) as { id: string; article: string; highlights: string }[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Wall time of a function: its first call in the process (`first`: code not yet compiled by the JIT, as a
 * one-off command runs it) and the median of `runs` calls after `warmups` more (`ms`: the steady rate of a
 * long job, which is what throughput means). Both sides of a comparison are timed with the same settings.
 */
export function time<T>(fn: () => T, { warmups = 2, runs = 5 } = {}): { first: number; ms: number; result: T } {
  let t0 = performance.now();
  let result = fn();
  const first = performance.now() - t0;
  for (let w = 0; w < warmups; w++) result = fn();
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { first, ms: median(ms), result };
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
