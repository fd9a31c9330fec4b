import { InputError } from "../errors.ts";
import { parseCsv } from "../io/csv-read.ts";
import { fail, oneOf, text, requireUnique } from "../io/fields.ts";
import { QUALIFIERS, type Qualifier } from "../schema/figures.ts";
import type { CsvRecord } from "../io/csv-read.ts";

/**
 * data/raw/hedges.csv, the convention table: how a hedge ("nearly") or a vague word ("dozens")
 * becomes an interval. For a hedge, low and high multiply the printed number; for a vague word they
 * are counts. An empty cell is an unbounded end. The desk edits this file, not code.
 */
export interface Convention {
  term: string;
  type: "exact" | "hedge" | "vague";
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  note: string;
}

export type Conventions = ReadonlyMap<string, Convention>;

export const HEDGES_CSV = "data/raw/hedges.csv";

function bound(r: CsvRecord, name: string): number | null {
  const v = text(r, name, { required: false });
  if (v === "") return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) fail(r, name, `expected a non-negative number or an empty cell for unbounded, got "${v}"`);
  return n;
}

export function readConventions(csv: string, file: string, known: { hedges: readonly string[]; vague: readonly string[] }): Conventions {
  const records = parseCsv(csv, file, { required: ["term", "type", "qualifier", "low", "high"], optional: ["note"] });
  requireUnique(records, "term");
  const table = new Map<string, Convention>();
  for (const r of records) {
    const type = oneOf(r, "type", ["exact", "hedge", "vague"] as const);
    const term = text(r, "term", { required: type !== "exact" }).toLowerCase();
    if (type === "hedge" && !known.hedges.includes(term)) fail(r, "term", `"${term}" is not a hedge the extractor recognises (${known.hedges.join(", ")})`);
    if (type === "vague" && !known.vague.includes(term)) fail(r, "term", `"${term}" is not a vague quantity the extractor recognises (${known.vague.join(", ")})`);
    const low = bound(r, "low");
    const high = bound(r, "high");
    if (low !== null && high !== null && low > high) fail(r, "high", `expected high >= low (${low}), got ${high}`);
    table.set(term, { term, type, qualifier: oneOf(r, "qualifier", QUALIFIERS), low, high, note: text(r, "note", { required: false }) });
  }
  if (!table.has("")) throw new InputError(file, "expected a row with an empty term and type exact, for figures without a hedge");
  const missing = [...known.hedges, ...known.vague].filter((t) => !table.has(t));
  if (missing.length > 0) {
    throw new InputError(file, `no convention for ${missing.map((m) => `"${m}"`).join(", ")}: add a row for each, so no hedge is read without a rule`);
  }
  return table;
}
