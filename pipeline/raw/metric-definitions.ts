import { parseCsv } from "../io/csv-read.ts";
import { oneOf, slug, text, uniqueBy } from "../io/fields.ts";

/**
 * data/raw/metrics.csv: which figures make up a metric, by what is counted and what happened to it.
 * `counted` lists words (|-separated) of which the figure's counted phrase must contain one, or is
 * empty to accept anything; `event` lists the events that qualify.
 */
export interface MetricDefinition {
  key: string;
  label: string;
  /** flow: things that happen over days (killed, liberated), so a rate per day means something;
   *  stock: how many there are at a moment (civilians in the city), reported as of a day, no rate. */
  type: "flow" | "stock";
  unit: string;
  counted: string[];
  events: string[];
}

export const METRICS_CSV = "data/raw/metrics.csv";

export function readMetricDefinitions(csv: string, file: string): MetricDefinition[] {
  const records = parseCsv(csv, file, { required: ["key", "label", "type", "unit", "counted", "event"], optional: ["note"] });
  uniqueBy(records, "key", records);
  return records.map((r) => ({
    key: slug(r, "key"),
    label: text(r, "label"),
    type: oneOf(r, "type", ["flow", "stock"] as const),
    unit: text(r, "unit"),
    counted: splitTerms(text(r, "counted", { required: false })),
    events: splitTerms(text(r, "event")),
  }));
}

function splitTerms(cell: string): string[] {
  return cell.split("|").map((t) => t.trim().toLowerCase()).filter((t) => t !== "");
}

/** True when a figure's counted phrase and event fit the definition. */
export function fits(definition: MetricDefinition, counted: string | null, event: string | null): boolean {
  if (event === null || !definition.events.includes(event)) return false;
  if (definition.counted.length === 0) return true;
  if (counted === null) return false;
  const phrase = ` ${counted.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, " ")} `;
  return definition.counted.some((term) => phrase.includes(` ${term} `));
}
