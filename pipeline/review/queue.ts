import { csvCell } from "../schema/table.ts";
import type { Claim } from "../schema/claims.ts";
import type { Unparsed } from "../schema/figures.ts";
import type { Reviewed } from "./ledger.ts";

/**
 * data/processed/review-queue.csv: every figure the desk has not decided on yet, the most urgent
 * first (could not be read, in conflict, no metric, a doubtful note), with the sentence or the typed
 * row beside it, so a reviewer can decide without opening anything else.
 */
export const QUEUE_COLUMNS = [
  "figure_id", "reason", "origin", "outlet", "published", "quantity_text", "low", "high", "metric", "source",
  "period_start", "period_end", "counted", "event", "where", "sentence_or_note",
] as const;

const PRIORITY = ["could not be read", "in conflict", "no metric", "doubtful note", "not yet reviewed"];

export function reviewQueue(kept: readonly Reviewed[], claims: readonly Claim[], unparsed: readonly Unparsed[]): { csv: string; waiting: number } {
  const conflicted = new Set(claims.filter((c) => c.in_conflict === 1).flatMap((c) => c.figure_ids));
  const rows: { reason: string; cells: (string | number | null)[] }[] = [];
  for (const u of unparsed) {
    rows.push({ reason: PRIORITY[0]!, cells: ["", `${PRIORITY[0]}: ${u.reason}`, "typed", u.outlet, u.published, u.quantity_text, null, null, u.metric, u.source, null, null, null, null, `${u.file}:${u.line}`, null] });
  }
  for (const r of kept) {
    if (r.decision !== null) continue;
    const f = r.figure;
    const reason = conflicted.has(f.figure_id) ? PRIORITY[1]! : r.metric === null ? PRIORITY[2]! : f.note ? PRIORITY[3]! : PRIORITY[4]!;
    const where = f.origin === "typed" ? `data/raw/reported-figures.csv:${f.line}` : `${f.article_id} at ${f.start}-${f.end}`;
    rows.push({
      reason,
      cells: [f.figure_id, reason, f.origin, f.outlet, f.published, f.quantity_text, f.low, f.high, r.metric?.key ?? null, f.source, f.period_start, f.period_end, f.counted, f.event, where, f.sentence ?? f.note],
    });
  }
  rows.sort((a, b) => PRIORITY.findIndex((p) => a.reason.startsWith(p)) - PRIORITY.findIndex((p) => b.reason.startsWith(p)));
  const lines = [QUEUE_COLUMNS.join(",")];
  for (const r of rows) lines.push(r.cells.map((c) => (c === null ? "" : csvCell(String(c)))).join(","));
  return { csv: lines.join("\n") + "\n", waiting: rows.length };
}
