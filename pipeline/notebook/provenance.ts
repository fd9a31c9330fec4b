import type { Figure } from "../schema/figures.ts";

const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/** A day in AP style, as desks print it: "Oct. 24, 2016". */
export function apDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

/**
 * The source line of a chart, built from the figures drawn: who made each claim and which report
 * carried it. "Source: Iraqi Joint Operations command center, via CNN, Oct. 24, 2016".
 */
export function sourceLine(figures: readonly Figure[]): string {
  const reports = new Map<string, Set<string>>();
  for (const f of figures) {
    const report = [f.outlet ?? "unknown outlet", f.published ? apDate(f.published) : null].filter(Boolean).join(", ");
    const claimants = reports.get(report) ?? new Set<string>();
    claimants.add(f.source ?? "unattributed");
    reports.set(report, claimants);
  }
  const parts = [...reports].map(([report, claimants]) => `${[...claimants].join("; ")}, via ${report}`);
  const single = parts.length === 1 && [...reports.values()][0]!.size === 1;
  if (parts.length <= 3) return `${single ? "Source" : "Sources"}: ${parts.join(". ")}`;
  // Many reports: the outlets and the dates they span; who claimed what is in the legend and the data.
  const outlets = [...new Set(figures.map((f) => (f.outlet ?? "unknown outlet").replace(/\s*\(.*\)$/, "")))];
  const days = figures.map((f) => f.published).filter((d): d is string => d !== null).sort();
  return `Sources: ${figures.length} reports by ${outlets.length} outlets (${outlets.join(", ")}), ${apDate(days[0]!)} to ${apDate(days.at(-1)!)}; claimants as named in the legend`;
}
