import { parseCsv } from "../io/csv-read.ts";
import { fail, oneOf, slug, text, requireUnique } from "../io/fields.ts";

/**
 * data/raw/metrics.csv: the metrics the desk publishes and which figures make them up. A text figure
 * belongs to a metric by what it counts and what happened to it: `counted` lists words (|-separated)
 * one of which its counted phrase must contain (empty: anything), `event` the events that qualify.
 * A typed-in figure names its metric by key or by one of the `aliases` (|-separated), so other
 * files' metric names are mapped here, never in code.
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
  aliases: string[];
}

export const METRICS_CSV = "data/raw/metrics.csv";

export function readMetricDefinitions(csv: string, file: string): MetricDefinition[] {
  const records = parseCsv(csv, file, { required: ["key", "label", "type", "unit", "counted", "event"], optional: ["aliases", "note"] });
  requireUnique(records, "key");
  const names = new Map<string, number>();
  return records.map((r) => {
    const definition: MetricDefinition = {
      key: slug(r, "key"),
      label: text(r, "label"),
      type: oneOf(r, "type", ["flow", "stock"] as const),
      unit: text(r, "unit"),
      counted: splitTerms(text(r, "counted", { required: false })),
      events: splitTerms(text(r, "event", { required: false })),
      aliases: splitTerms(text(r, "aliases", { required: false })),
    };
    for (const name of [definition.key, ...definition.aliases]) {
      const first = names.get(name);
      if (first !== undefined) fail(r, "aliases", `"${name}" already names the metric on line ${first}: expected each name once`);
      names.set(name, r.line);
    }
    return definition;
  });
}

function splitTerms(cell: string): string[] {
  return cell.split("|").map((t) => t.trim().toLowerCase()).filter((t) => t !== "");
}

/** True when a text figure's counted phrase and event fit the definition. */
export function fits(definition: MetricDefinition, counted: string | null, event: string | null): boolean {
  if (event === null || !definition.events.includes(event)) return false;
  if (definition.counted.length === 0) return true;
  if (counted === null) return false;
  const phrase = ` ${counted.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, " ")} `;
  return definition.counted.some((term) => phrase.includes(` ${term} `));
}

/** The definition a typed metric name refers to, by key or alias. */
export function byName(definitions: readonly MetricDefinition[], name: string): MetricDefinition | undefined {
  const n = name.trim().toLowerCase();
  return definitions.find((d) => d.key === n || d.aliases.includes(n));
}
