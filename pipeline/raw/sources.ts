import { parseCsv } from "../io/csv-read.ts";
import { text, requireUnique } from "../io/fields.ts";

/**
 * data/raw/sources.csv: the desk's decisions on who is who. Reports name one claimant many ways
 * ("Iraqi Joint Operations command center", "Iraq's Joint Operations Command (JOC)"); the table maps
 * each wording to one canonical claimant, so a series by source follows the claimant, not the
 * wording. Names not in the table are compared after light normalisation only.
 */
export const SOURCES_CSV = "data/raw/sources.csv";

export type SourceNames = (raw: string | null) => string | null;

export function normaliseName(name: string): string {
  return name.toLowerCase().replaceAll("’", "'").replace(/^the\s+/, "").replace(/[^\p{L}\p{N}']+/gu, " ").trim();
}

export function readSources(csv: string, file: string): SourceNames {
  const records = parseCsv(csv, file, { required: ["name", "canonical"], optional: ["note"] });
  requireUnique(records, "name");
  const table = new Map(records.map((r) => [normaliseName(text(r, "name")), text(r, "canonical")]));
  return (raw) => (raw === null ? null : table.get(normaliseName(raw)) ?? raw);
}
