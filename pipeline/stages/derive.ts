import type { Stage } from "../runner.ts";
import { totalAndRate } from "../derive/rates.ts";
import { fits, METRICS_CSV, readMetricDefinitions } from "../raw/metric-definitions.ts";
import { figures } from "../schema/figures.ts";
import { metrics, type Metric } from "../schema/metrics.ts";

export const derive: Stage = {
  name: "derive",
  description: "metrics per period and per day, with intervals",
  module: import.meta.url,

  async inputs() {
    return { files: ["data/processed/figures.arrow", METRICS_CSV] };
  },

  async run(context) {
    const definitions = readMetricDefinitions(await context.readText(METRICS_CSV), METRICS_CSV);
    const rows = figures.fromIPC(await context.read("data/processed/figures.arrow")).filter((f) => f.kind === "count");
    const out: Metric[] = [];
    const summary: string[] = [];
    for (const d of definitions) {
      const matched = rows.filter((f) => fits(d, f.counted, f.event));
      const derived = matched.flatMap((f) => totalAndRate(d, f));
      out.push(...derived);
      const undated = matched.length - new Set(derived.flatMap((m) => m.figure_ids)).size;
      summary.push(`${d.key} (${d.type}): ${matched.length} figures, ${derived.length} rows${undated > 0 ? `; ${undated} without a full period or already a rate, so no total` : ""}`);
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
