import type { Stage } from "../runner.ts";
import { increments, spans, totals } from "../derive/rates.ts";
import { METRICS_CSV, readMetricDefinitions } from "../raw/metric-definitions.ts";
import { claims, conflicts } from "../schema/claims.ts";
import { metrics, type Metric } from "../schema/metrics.ts";

export const derive: Stage = {
  name: "derive",
  description: "metrics: totals, rates per day and per week, increments between reports, spans across sources",
  module: import.meta.url,

  async inputs() {
    return { files: ["data/processed/claims.arrow", "data/processed/conflicts.arrow", METRICS_CSV] };
  },

  async run(context) {
    const definitions = readMetricDefinitions(await context.readText(METRICS_CSV), METRICS_CSV);
    const all = claims.fromIPC(await context.read("data/processed/claims.arrow"));
    const disagreements = conflicts.fromIPC(await context.read("data/processed/conflicts.arrow"));
    const out: Metric[] = [];
    const summary: string[] = [];
    for (const d of definitions) {
      const mine = all.filter((c) => c.metric === d.key);
      if (mine.length === 0) continue;
      const rows = [...mine.flatMap((c) => totals(d, c)), ...increments(d, mine), ...spans(d, mine, disagreements)];
      out.push(...rows);
      const count = (m: string) => rows.filter((r) => r.measure === m).length;
      const fell = rows.filter((r) => r.measure === "increment" && r.note?.includes("should not fall")).length;
      summary.push(`${d.key} (${d.type}): ${mine.length} claims -> ${count("total")} totals, ${count("per_day")} rates, ${count("increment")} increments, ${count("span")} spans${fell > 0 ? `; ${fell} cumulative counts fell (flagged)` : ""}`);
    }
    return {
      outputs: new Map<string, string | Uint8Array>([
        ["data/processed/metrics.arrow", metrics.toIPC(out)],
        ["data/processed/metrics.csv", metrics.toCsv(out)],
      ]),
      summary,
    };
  },
};
