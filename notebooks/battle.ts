/**
 * The battle for Mosul as it was reported, October 2016 to December 2017: each claimant's figures
 * over time, hedges drawn as intervals, disagreeing claims side by side.
 * Run alone with `npm run notebook -- notebooks/battle.ts`.
 */
import * as Plot from "@observablehq/plot";
import type { Claim } from "../pipeline/schema/claims.ts";
import { altText } from "../pipeline/notebook/alt.ts";
import { hedgedY, hedgeNote, pointOf, shapeOf } from "../pipeline/notebook/marks.ts";
import { notebook, type Notebook } from "../pipeline/notebook/notebook.ts";
import { apDate, sourceLine } from "../pipeline/notebook/provenance.ts";

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
/** "772; 772; 772" -> "772": one wording once. */
const unique = (texts: string) => [...new Set(texts.split("; "))].join(" / ");

export default notebook(
  {
    title: "The battle for Mosul, as it was reported",
    summary: "Nine months of claims, from the first week of the offensive to the counts after it: who claimed what, when, and where they disagree.",
  },
  (nb) => {
    nb.prose(`
      Every claimant kept its own count. The charts below draw each claim where its period ends, one colour per claimant,
      with lines joining the claims of one claimant. A hedged claim is a bar over the interval it claims; an open one
      ("more than 25,000") is an arrow. Where two claims over the same days disagree, both are drawn: nothing is averaged away.
    `);
    series(nb, "isis_fighters_killed", "ISIS fighters killed, as claimed", "Cumulative claims since the offensive began on Oct. 17, 2016, by claimant");
    series(nb, "villages_liberated", "Towns and villages liberated, as claimed", "Each force counted its own sectors: the tallies cover different ground");
    series(nb, "civilians_displaced", "Civilians displaced, as counted", "IOM counts people displaced at the time of counting; OCHA counts everyone who has left");
  },
);

function series(nb: Notebook, metric: string, title: string, subtitle: string): void {
  const { claims, conflicts, figures } = nb.data;
  const rows = claims
    .filter((c) => c.metric === metric && (c.period_end ?? c.first_published) !== null)
    .map((c) => ({ ...c, day: utc((c.period_end ?? c.first_published)!), claimant: c.source ?? "unattributed", point: pointOf(c) }))
    .sort((a, b) => a.day.getTime() - b.day.getTime());
  const used = figures.filter((f) => rows.some((r) => r.figure_ids.includes(f.figure_id)));
  const disputes = conflicts.filter((x) => x.metric === metric);
  const top = Math.max(...rows.map((r) => r.high ?? r.low ?? r.point)) * 1.08;
  const label = (c: Claim) => c.quantity_texts[0] ?? "";
  nb.chart({
    id: metric.replaceAll("_", "-"),
    title,
    subtitle,
    source: sourceLine(used),
    note: [
      hedgeNote(rows.map((r) => ({ ...r, quantity: label(r) }))),
      disputes.length > 0 ? `Claims that disagree over the same days: ${disputes.map((x) => `${unique(x.text_a)} (${x.source_a}) vs ${unique(x.text_b)} (${x.source_b})`).join("; ")}.` : "",
    ].filter(Boolean).join(" "),
    alt: altText(
      `Time series of ${new Set(rows.map((r) => r.claimant)).size} claimants' claims, ${rows.length ? `${apDate(rows[0]!.day.toISOString().slice(0, 10))} to ${apDate(rows.at(-1)!.day.toISOString().slice(0, 10))}` : ""}`,
      title.toLowerCase(),
      rows.map((r) => ({ label: `${r.claimant}, ${apDate(r.day.toISOString().slice(0, 10))}`, value: r.point, reported: label(r), hedged: shapeOf(r) !== "exact" })),
    ),
    figureIds: used.map((f) => f.figure_id),
    legend: { label: "Claimed by" },
    plot: (width) => {
      const narrow = width < 480;
      return {
        height: narrow ? 300 : 380,
        marginTop: 16,
        x: { type: "utc", label: null, ticks: narrow ? 4 : 8, tickFormat: "%b %Y" },
        y: { domain: [0, top], label: null, grid: true, tickFormat: "~s" },
        color: { domain: [...new Set(rows.map((r) => r.claimant))], scheme: "observable10" },
        marks: [
          Plot.ruleY([0]),
          Plot.line(rows, { x: "day", y: "point", z: (r) => `${r.claimant}|${r.period_start}`, stroke: "claimant", strokeOpacity: 0.45, strokeWidth: 1 }),
          ...hedgedY(rows, { along: (r) => r.day, color: (r) => r.claimant, edge: top, r: narrow ? 3 : 4 }),
          // The wording of each claimant's latest claim, where the chart has room for it.
          Plot.text(rows.filter((r, i) => !narrow && r.point > top * 0.15 && rows.slice(i + 1).every((s) => s.claimant !== r.claimant)), {
            x: "day", y: (r) => r.high ?? r.point, dy: -10, text: label, fontSize: 10, fill: "claimant", textAnchor: "end",
          }),
        ],
      };
    },
  });
}
