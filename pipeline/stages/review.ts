import type { Stage } from "../runner.ts";
import { readMetricDefinitions, METRICS_CSV } from "../raw/metric-definitions.ts";
import { readLedger, REVIEW_CSV } from "../raw/review-ledger.ts";
import { readSources, SOURCES_CSV } from "../raw/sources.ts";
import { REPORTED_FIGURES_CSV } from "../raw/reported-figures.ts";
import { buildClaims, findConflicts } from "../review/claims.ts";
import { applyLedger } from "../review/ledger.ts";
import { reviewQueue } from "../review/queue.ts";
import { claims, conflicts } from "../schema/claims.ts";
import { figures, unparsed } from "../schema/figures.ts";
import { reviewed, type ReviewedFigure } from "../schema/reviewed.ts";
import { corrections } from "../schema/ledger.ts";

export const review: Stage = {
  name: "review",
  description: "the desk's decisions applied; reports merged into claims; conflicts and the review queue",
  module: import.meta.url,

  async inputs() {
    return { files: ["data/processed/figures.arrow", "data/processed/unparsed.arrow", METRICS_CSV, SOURCES_CSV, REVIEW_CSV] };
  },

  async run(context) {
    const definitions = readMetricDefinitions(await context.readText(METRICS_CSV), METRICS_CSV);
    const sources = readSources(await context.readText(SOURCES_CSV), SOURCES_CSV);
    const decisions = readLedger(await context.readText(REVIEW_CSV), REVIEW_CSV);
    const all = figures.fromIPC(await context.read("data/processed/figures.arrow"));
    const doubtful = unparsed.fromIPC(await context.read("data/processed/unparsed.arrow"));
    const { kept, rejected, log } = applyLedger(all, decisions, definitions, sources, { ledger: REVIEW_CSV, typed: REPORTED_FIGURES_CSV, metrics: METRICS_CSV });
    const claimRows = buildClaims(kept);
    const conflictRows = findConflicts(claimRows);
    const queue = reviewQueue(kept, claimRows, doubtful);
    const reviewedRows: ReviewedFigure[] = kept.map((k) => ({
      ...k.figure,
      metric_key: k.metric?.key ?? null,
      claimant: k.source,
      decision: k.decision?.decision ?? null,
      reviewer: k.decision?.reviewer ?? null,
      review_note: k.decision?.note || null,
    }));
    const repeated = claimRows.filter((c) => c.reports > 1);
    return {
      outputs: new Map<string, string | Uint8Array>([
        ["data/processed/reviewed.arrow", reviewed.toIPC(reviewedRows)],
        ["data/processed/reviewed.csv", reviewed.toCsv(reviewedRows)],
        ["data/processed/claims.arrow", claims.toIPC(claimRows)],
        ["data/processed/claims.csv", claims.toCsv(claimRows)],
        ["data/processed/conflicts.arrow", conflicts.toIPC(conflictRows)],
        ["data/processed/conflicts.csv", conflicts.toCsv(conflictRows)],
        ["data/processed/review-queue.csv", queue.csv],
        ["data/processed/corrections.arrow", corrections.toIPC(log)],
        ["data/processed/corrections.csv", corrections.toCsv(log)],
      ]),
      summary: [
        `${REVIEW_CSV}: ${decisions.length} decisions (${decisions.filter((d) => d.decision === "accept").length} accept, ${rejected.length} reject, ${decisions.filter((d) => d.decision === "correct").length} correct)`,
        `${claimRows.length} claims from ${kept.filter((k) => k.metric !== null).length} figures with a metric; ${repeated.length} claims carried by more than one report`,
        `${conflictRows.length} conflicts between claims${conflictRows.length > 0 ? `: ${conflictRows.map((c) => `${c.metric} ${c.text_a} vs ${c.text_b}`).join("; ")}` : ""}`,
        `review queue: ${queue.waiting} figures await a decision (data/processed/review-queue.csv)`,
      ],
    };
  },
};
