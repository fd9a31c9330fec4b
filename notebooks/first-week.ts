/**
 * The first week of the offensive on Mosul, as CNN reported it on Monday 24 October 2016.
 * Run alone with `npm run notebook -- notebooks/first-week.ts`; all notebooks with `npm run figures`.
 */
import * as Plot from "@observablehq/plot";
import { notebook } from "../pipeline/notebook/notebook.ts";
import { apDate, sourceLine } from "../pipeline/notebook/provenance.ts";
import { formatRate } from "../pipeline/notebook/format.ts";

export default notebook(
  {
    title: "The first week of the battle for Mosul, in reported figures",
    summary: "What the Iraqi command and others claimed after seven days of the offensive, and what those claims amount to per day.",
  },
  (nb) => {
    const { figures, metrics, articles } = nb.data;
    const rates = metrics
      .filter((m) => m.measure === "per_day" && m.days === 7 && figures.some((f) => f.article_id === articles[0]?.article_id && m.figure_ids.includes(f.figure_id)))
      .sort((a, b) => (b.value ?? b.high ?? 0) - (a.value ?? a.high ?? 0));
    // The story is the report of 24 October: its own figures give the wording and the source line,
    // though a claim's rate may be sharpened by other reports of the same statement.
    const report = articles[0];
    const used = figures.filter((f) => f.article_id === report?.article_id && rates.some((r) => r.figure_ids.includes(f.figure_id)));
    const rows = rates.map((r) => {
      const f = used.find((u) => r.figure_ids.includes(u.figure_id))!;
      return { ...r, reported: f.quantity_text, hedged: f.qualifier !== "exact", mid: r.value ?? ((r.low ?? 0) + (r.high ?? 0)) / 2 };
    });
    const first = rows[0];
    const last = rows[rows.length - 1];
    const label = (r: (typeof rows)[number]) => `${formatRate(r.mid)} a day (“${r.reported}”)`;
    const period = first ? `${apDate(first.period_start)} to ${apDate(first.period_end)}` : "";

    nb.prose(`
      On ${articles[0] ? apDate(articles[0].published) : "the day of the report"}, one week into the offensive, CNN carried the
      tallies of the Iraqi Joint Operations command center. A total over seven days says little until it is
      put per day: the chart divides each reported total by the ${first?.days ?? 7} days from ${period}, both ends included.
    `);

    nb.chart({
      id: "rates-per-day",
      title: "What the first week's tallies amount to per day",
      subtitle: `Reported totals divided by ${first?.days ?? 7} days, ${period}`,
      source: sourceLine(used),
      note: "Hedged figures are drawn as a range: 'nearly 400' is read as 360 to 400 (see the hedge conventions).",
      alt: rows.length === 0
        ? "No rates per day could be computed from the reported figures."
        : `Dot chart of ${rows.length} reported tallies per day over ${period}. Highest: ${first!.label}, ${formatRate(first!.mid)} a day (reported "${first!.reported}"). Lowest: ${last!.label}, ${formatRate(last!.mid)} a day (reported "${last!.reported}").`,
      figureIds: used.map((f) => f.figure_id),
      plot: (width) => {
        const narrow = width < 480;
        const max = Math.max(...rows.map((r) => r.high ?? r.mid));
        // Labels of the largest values go left of their dot, so they never run off the chart.
        const leftward = (r: (typeof rows)[number]) => r.mid > max * 0.6;
        return {
          height: rows.length * (narrow ? 56 : 36) + 40,
          marginTop: narrow ? 24 : 10,
          x: { label: "per day", grid: true, nice: true, domain: [0, max] },
          y: { domain: rows.map((r) => r.label), label: null, axis: narrow ? null : "left" },
          marks: [
            Plot.ruleX([0]),
            Plot.ruleY(rows.filter((r) => r.hedged), { y: "label", x1: "low", x2: "high", stroke: "#b8561b", strokeWidth: 6, strokeOpacity: 0.45 }),
            Plot.dot(rows, { y: "label", x: "mid", r: 4.5, fill: (r) => (r.hedged ? "white" : "#1f4e79"), stroke: (r) => (r.hedged ? "#b8561b" : "#1f4e79"), strokeWidth: 2 }),
            Plot.text(rows.filter((r) => !leftward(r)), { y: "label", x: "mid", dx: 9, textAnchor: "start", fontSize: 11, text: (r) => label(r) }),
            Plot.text(rows.filter(leftward), { y: "label", x: (r) => (r.hedged ? r.low : r.mid), dx: -9, textAnchor: "end", fontSize: 11, text: (r) => label(r) }),
            ...(narrow ? [Plot.text(rows, { y: "label", frameAnchor: "left", dy: -16, text: "label", textAnchor: "start", fontWeight: 600, fontSize: 11 })] : []),
          ],
        };
      },
    });
  },
);
