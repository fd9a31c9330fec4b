import { parseCsv, type CsvRecord } from "../io/csv-read.ts";
import { day, fail, oneOf, text, requireUnique } from "../io/fields.ts";

/**
 * data/raw/review.csv, the desk's ledger of decisions on figures, keyed by figure_id: accept it,
 * reject it, or correct it (value, interval, metric, source, period), with a note and the reviewer's
 * initials. The pipeline reads it and never writes it.
 */
export const REVIEW_CSV = "data/raw/review.csv";
export const DECISIONS = ["accept", "reject", "correct"] as const;

export interface Correction {
  value?: number | null;
  low?: number | null;
  high?: number | null;
  metric?: string;
  source?: string;
  periodStart?: string;
  periodEnd?: string;
}

export interface Decision {
  figureId: string;
  decision: (typeof DECISIONS)[number];
  correction: Correction;
  note: string;
  reviewer: string;
  record: CsvRecord;
}

const FIELDS = ["value", "low", "high", "metric", "source", "period_start", "period_end"] as const;

function number(r: CsvRecord, name: string): number | undefined {
  const v = text(r, name, { required: false });
  if (v === "") return undefined;
  const n = Number(v.replaceAll(",", ""));
  if (!Number.isFinite(n)) fail(r, name, `expected a number, got "${v}"`);
  return n;
}

export function readLedger(csv: string, file: string): Decision[] {
  const records = parseCsv(csv, file, { required: ["figure_id", "decision", "reviewer"], optional: [...FIELDS, "note"] });
  requireUnique(records, "figure_id");
  return records.map((r) => {
    const decision = oneOf(r, "decision", DECISIONS);
    const correction: Correction = {};
    const set = <K extends keyof Correction>(k: K, v: Correction[K] | undefined) => {
      if (v !== undefined) correction[k] = v;
    };
    set("value", number(r, "value"));
    set("low", number(r, "low"));
    set("high", number(r, "high"));
    set("metric", text(r, "metric", { required: false }) || undefined);
    set("source", text(r, "source", { required: false }) || undefined);
    set("periodStart", text(r, "period_start", { required: false }) ? day(r, "period_start") : undefined);
    set("periodEnd", text(r, "period_end", { required: false }) ? day(r, "period_end") : undefined);
    const given = FIELDS.filter((f) => text(r, f, { required: false }) !== "");
    if (decision === "correct" && given.length === 0) fail(r, "decision", `"correct" needs at least one of ${FIELDS.join(", ")}`);
    if (decision !== "correct" && given.length > 0) fail(r, given[0]!, `a value here needs the decision "correct", not "${decision}"`);
    if (correction.low !== undefined && correction.high !== undefined && correction.low! > correction.high!) fail(r, "high", `expected high >= low (${correction.low}), got ${correction.high}`);
    if (correction.periodStart && correction.periodEnd && correction.periodEnd < correction.periodStart) fail(r, "period_end", `expected a day on or after period_start ${correction.periodStart}, got ${correction.periodEnd}`);
    return { figureId: text(r, "figure_id"), decision, correction, note: text(r, "note", { required: false }), reviewer: text(r, "reviewer"), record: r };
  });
}
