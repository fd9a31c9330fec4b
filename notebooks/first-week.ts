/**
 * The first week of the offensive on Mosul, as CNN reported it on Monday 24 October 2016.
 * Run alone with `npm run notebook -- notebooks/first-week.ts`; all notebooks with `npm run figures`.
 */
import * as Plot from "@observablehq/plot";
import { feature, mesh } from "topojson-client";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { GeometryCollection, Topology } from "topojson-specification";
import { altText } from "../pipeline/notebook/alt.ts";
import { textWidth } from "../pipeline/render/measure.ts";
import { formatCount, formatRate } from "../pipeline/notebook/format.ts";
import { hedgedX, hedgeNote, pointOf, shapeOf } from "../pipeline/notebook/marks.ts";
import { notebook } from "../pipeline/notebook/notebook.ts";
import { apDate, sourceLine } from "../pipeline/notebook/provenance.ts";

const INK = "#1f4e79";
const HEDGE = "#b8561b";
const DAY = 86_400_000;
const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const shortDay = (day: string) => apDate(day).replace(/, \d{4}$/, "");
/** Room for y-axis labels: the widest label at Plot's 10 px axis font, plus the tick. */
const labelWidth = (labels: readonly string[]) => Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, 10)))) + 14;

export default notebook(
  {
    title: "The first week of the battle for Mosul, in reported figures",
    summary: "What the Iraqi command and others claimed one week into the offensive, drawn as reported, hedges included, and what the totals amount to per day.",
  },
  (nb) => {
    const { figures, metrics, claims, articles, places, events } = nb.data;
    const report = articles[0];
    if (!report) {
      nb.prose("There is no report in data/raw/articles.csv yet.");
      return;
    }
    const own = figures.filter((f) => f.article_id === report.article_id && f.kind === "count");
    const period = `${apDate(report.campaign_start)} to ${apDate(new Date(utc(report.published).getTime() - DAY).toISOString().slice(0, 10))}`;

    nb.prose(`
      On ${apDate(report.published)}, one week into the offensive that began on ${apDate(report.campaign_start)}, ${report.outlet}
      carried the tallies of the Iraqi Joint Operations command center, the word of a tribal leader on the Syrian border,
      and reports of executions. Every figure below is drawn as it was worded: a hedged figure is a range, not a number.
    `);

    // 1. The tallies, as reported.
    const tallies = own
      .filter((f) => f.event !== null && f.event !== "present" && f.per === null)
      .map((f) => ({
        ...f,
        label: `${f.counted ?? "people"} ${f.event}`,
        claimant: f.source ?? "unattributed",
        point: pointOf(f),
      }))
      .sort((a, b) => b.point - a.point);
    const tallyMax = Math.max(...tallies.map((t) => t.high ?? t.low ?? 0)) * 4;
    nb.chart({
      id: "tallies",
      title: "What was claimed in the first week",
      subtitle: `Figures in ${report.outlet}'s report of ${apDate(report.published)}, as worded, by who claimed them (log scale)`,
      source: sourceLine(tallies),
      note: hedgeNote(tallies.map((t) => ({ ...t, quantity: t.quantity_text }))),
      alt: altText("Dot chart on a log scale", "figures reported in the first week of the offensive", tallies.map((t) => ({ label: t.label, value: t.point, reported: t.quantity_text, hedged: shapeOf(t) !== "exact" }))),
      figureIds: tallies.map((t) => t.figure_id),
      legend: { label: "Claimed by" },
      plot: (width) => {
        const narrow = width < 480;
        return {
          height: tallies.length * (narrow ? 50 : 34) + 50,
          marginTop: narrow ? 26 : 12,
          marginLeft: narrow ? 10 : labelWidth(tallies.map((t) => t.label)),
          x: { type: "log", domain: [1, tallyMax], label: "reported number (log scale)", grid: true, ticks: [1, 10, 100, 1000, 10000].filter((t) => t <= tallyMax), tickFormat: ",d" },
          y: { domain: tallies.map((t) => t.label), label: null, axis: narrow ? null : "left" },
          color: { domain: [...new Set(tallies.map((t) => t.claimant))], scheme: "observable10" },
          marks: [
            ...hedgedX(tallies, { along: (t) => t.label, color: (t) => t.claimant, edge: tallyMax }),
            Plot.text(tallies, { y: "label", x: (t) => t.high ?? t.point, dx: 9, textAnchor: "start", fontSize: 11, text: (t) => `“${t.quantity_text}”` }),
            ...(narrow ? [Plot.text(tallies, { y: "label", frameAnchor: "left", dy: -15, text: "label", textAnchor: "start", fontWeight: 600, fontSize: 11 })] : []),
          ],
        };
      },
    });

    // 2. Rates per day.
    const rates = metrics
      .filter((m) => m.measure === "per_day" && own.some((f) => m.figure_ids.includes(f.figure_id)))
      .map((m) => {
        // Every wording the claim was reported in: "nearly 400" here, "397" in a later report.
        const wordings = [...new Set(claims.filter((c) => m.claim_ids.includes(c.claim_id)).flatMap((c) => c.quantity_texts))];
        const firstWeek = m.period_start === report.campaign_start && m.days === 7;
        const over = firstWeek ? "" : ` over ${shortDay(m.period_start)}${m.days > 1 ? `–${shortDay(m.period_end)}` : ""}`;
        return { ...m, reported: `${wordings.map((w) => `“${w}”`).join(" / ")}${over}`, point: pointOf(m) };
      })
      .sort((a, b) => b.point - a.point);
    const usedForRates = own.filter((f) => rates.some((r) => r.figure_ids.includes(f.figure_id)));
    const rateMax = Math.max(...rates.map((r) => r.high ?? r.point));
    const days = rates.find((r) => r.period_start === report.campaign_start)?.days ?? 7;
    nb.prose(`
      A total over seven days says little until it is put per day. The next chart divides each total by the days it covers,
      both ends included: the command's tallies cover the ${days} days from ${period}, since a report published on the 24th
      counts the days completed before it. Where other outlets carried the same statement (Press TV printed 397 where CNN
      wrote "nearly 400"), the claim keeps what all of them say, and the label gives both wordings.
    `);
    nb.chart({
      id: "rates-per-day",
      title: "What the first week's tallies amount to per day",
      subtitle: `Reported totals divided by the days they cover, both ends included; the command's tallies cover ${period}`,
      source: sourceLine(usedForRates),
      note: [
        hedgeNote(rates.map((r) => ({ ...r, quantity: `${r.reported} in ${r.days} days` }))).replace("All figures shown are exact as reported.", "All rates shown come from exact figures."),
        ...rates.filter((r) => r.reported.includes(" / ")).map((r) => {
          const claim = claims.find((c) => r.claim_ids.includes(c.claim_id))!;
          return `${r.label}: ${r.reported} are one statement reported twice; the rate uses what both say, ${formatCount(claim.low ?? 0)}${claim.low === claim.high ? "" : ` to ${formatCount(claim.high ?? 0)}`}.`;
        }),
      ].join(" "),
      alt: altText(`Dot chart of rates per day over ${period}`, "the first week's tallies", rates.map((r) => ({ label: r.label, value: r.point, reported: r.reported, hedged: shapeOf(r) !== "exact" })), "a day"),
      figureIds: rates.flatMap((r) => r.figure_ids),
      metrics: metrics.filter((m) => rates.some((r) => r.metric === m.metric && r.claim_ids.join() === m.claim_ids.join() && r.period_start === m.period_start)),
      plot: (width) => {
        const narrow = width < 480;
        // Labels of the largest values go left of their dot, so they never run off the chart.
        const leftward = (r: (typeof rates)[number]) => r.point > rateMax * 0.6;
        const label = (r: (typeof rates)[number]) => `${formatRate(r.point)} a day (${r.reported})`;
        return {
          height: rates.length * (narrow ? 56 : 36) + 40,
          marginTop: narrow ? 24 : 10,
          marginLeft: narrow ? 10 : labelWidth(rates.map((r) => r.label)),
          x: { label: "per day", grid: true, nice: true, domain: [0, rateMax] },
          y: { domain: rates.map((r) => r.label), label: null, axis: narrow ? null : "left" },
          marks: [
            Plot.ruleX([0]),
            ...hedgedX(rates, { along: (r) => r.label, color: (r) => (shapeOf(r) === "exact" ? INK : HEDGE), edge: rateMax }),
            Plot.text(rates.filter((r) => !leftward(r)), { y: "label", x: (r) => r.high ?? r.point, dx: 9, textAnchor: "start", fontSize: 11, text: label }),
            Plot.text(rates.filter(leftward), { y: "label", x: (r) => r.low ?? r.point, dx: -9, textAnchor: "end", fontSize: 11, text: label }),
            ...(narrow ? [Plot.text(rates, { y: "label", frameAnchor: "left", dy: -16, text: "label", textAnchor: "start", fontWeight: 600, fontSize: 11 })] : []),
          ],
        };
      },
    });

    // 3. A timeline of the reported events.
    const dated = own.filter((f) => f.event !== null && (f.period_start !== null || f.said_on !== null) && f.per === null && !(f.period_start === report.campaign_start));
    type Moment = { label: string; start: Date; end: Date; kind: string; figureId: string | null };
    const moments: Moment[] = [
      { label: "Offensive begins", start: utc(report.campaign_start), end: utc(report.campaign_start), kind: "campaign", figureId: null },
      ...dated.map((f) => ({
        label: f.said_on && !f.period_start ? `“${f.quantity_text}” ${f.counted ?? ""} ${f.event}, reported`.replace(/\s+/g, " ") : `${f.quantity_text} ${f.counted ?? ""} ${f.event}`.replace(/\s+/g, " "),
        start: utc(f.period_start ?? f.said_on!),
        end: utc(f.period_end ?? f.said_on!),
        kind: "figure",
        figureId: f.figure_id,
      })),
      ...events.filter((e) => e.article_id === report.article_id).map((e) => ({
        label: e.start === null ? `${e.label} (under way)` : e.label,
        start: utc(e.start ?? report.campaign_start),
        end: utc(e.end),
        kind: e.start === null ? "ongoing" : "event",
        figureId: null,
      })),
      { label: `${report.outlet} report published`, start: utc(report.published), end: utc(report.published), kind: "report", figureId: null },
    ].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
    const timelineFigures = own.filter((f) => moments.some((m) => m.figureId === f.figure_id));
    nb.chart({
      id: "timeline",
      title: "The week as the report tells it",
      subtitle: `Events in ${report.outlet}'s report of ${apDate(report.published)}, by the day they happened or were reported`,
      source: `${sourceLine(timelineFigures)}. Events without a figure: ${report.outlet}, ${apDate(report.published)}`,
      note: "A bar spans the days an event covers, both ends included. A pale bar from the offensive's first day marks something already under way by the report, its start unknown.",
      alt: `Timeline of ${moments.length} moments from ${apDate(moments[0]!.start.toISOString().slice(0, 10))} to ${apDate(report.published)}: ${moments.map((m) => `${m.label} (${m.start.getTime() === m.end.getTime() ? apDate(m.start.toISOString().slice(0, 10)) : `${apDate(m.start.toISOString().slice(0, 10))} to ${apDate(m.end.toISOString().slice(0, 10))}`})`).join("; ")}.`,
      figureIds: timelineFigures.map((f) => f.figure_id),
      plot: (width) => {
        const narrow = width < 480;
        const end = (m: Moment) => new Date(m.end.getTime() + DAY);
        return {
          height: moments.length * 40 + 50,
          marginLeft: 10,
          marginTop: 22,
          x: { type: "utc", domain: [utc(report.campaign_start), new Date(utc(report.published).getTime() + DAY)], label: null, grid: true, ticks: narrow ? 4 : 8, tickFormat: "%b %-d" },
          y: { domain: moments.map((m) => m.label), axis: null },
          marks: [
            Plot.ruleY(moments.filter((m) => m.kind !== "ongoing"), { y: "label", x1: "start", x2: end, stroke: (m: Moment) => (m.kind === "figure" ? HEDGE : INK), strokeWidth: 9 }),
            Plot.ruleY(moments.filter((m) => m.kind === "ongoing"), { y: "label", x1: "start", x2: end, stroke: INK, strokeWidth: 9, strokeOpacity: 0.3 }),
            // Labels sit above their bar, at the frame's left edge: they never run off the chart.
            Plot.text(moments, { y: "label", text: "label", fontSize: 11, frameAnchor: "left", dy: -12, textAnchor: "start" }),
          ],
        };
      },
    });

    // 4. Where the places named are.
    const named = places.filter((p) => p.article_ids.includes(report.article_id));
    const require = createRequire(import.meta.url);
    const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(world, world.objects.countries);
    const borders = mesh(world, world.objects.countries, (a, b) => a !== b);
    const lons = named.map((p) => p.lon);
    const lats = named.map((p) => p.lat);
    const frame = { type: "MultiPoint" as const, coordinates: [[Math.min(...lons) - 0.6, Math.min(...lats) - 0.4], [Math.max(...lons) + 0.6, Math.max(...lats) + 0.4]] };
    nb.prose("The report moves from the front line around Mosul to the Syrian border, where the tribal leader said fighters were crossing.");
    nb.chart({
      id: "locator",
      title: "Places the report names",
      subtitle: `${named.length} places in ${report.outlet}'s report, from Mosul to the Syrian border`,
      source: `Places: ${report.outlet}, ${apDate(report.published)}; coordinates: the desk's gazetteer (data/raw/places.csv); borders: Natural Earth via world-atlas`,
      alt: `Locator map of northern Iraq and eastern Syria with ${named.length} places the report names: ${named.map((p) => `${p.name} (${p.country})`).join(", ")}. Westernmost: ${named.reduce((a, b) => (a.lon < b.lon ? a : b)).name}; southernmost: ${named.reduce((a, b) => (a.lat < b.lat ? a : b)).name}.`,
      figureIds: [],
      plot: (width) => {
        const narrow = width < 480;
        return {
          height: Math.round(width * 0.62),
          margin: 0,
          projection: { type: "mercator", domain: frame },
          marks: [
            Plot.geo(countries, { fill: "#f1efe9", stroke: "none" }),
            Plot.geo(borders, { stroke: "#9a9a9a", strokeWidth: 1, strokeDasharray: "4,3" }),
            Plot.text([{ name: "IRAQ", lon: 43.0, lat: 35.55 }, { name: "SYRIA", lon: 41.2, lat: 35.7 }], { x: "lon", y: "lat", text: "name", fill: "#8a8a8a", fontSize: narrow ? 10 : 12, fontWeight: 600 }),
            Plot.dot(named, { x: "lon", y: "lat", r: (p) => (p.name === "Mosul" ? 6 : 3.5), fill: (p) => (p.name === "Mosul" ? HEDGE : INK), stroke: "white" }),
            // A white halo under each name (resvg ignores paint-order, so the halo is its own mark).
            ...[{ fill: "white", stroke: "white", strokeWidth: 4 }, { fill: "#1a1a1a" }].flatMap((paint) => [
              Plot.text(named.filter((p) => p.name !== "Mosul"), { x: "lon", y: "lat", text: "name", dy: -11, fontSize: narrow ? 11 : 13, ...paint }),
              // Mosul's name goes to its left: Bashiqa sits just above-right of it.
              Plot.text(named.filter((p) => p.name === "Mosul"), { x: "lon", y: "lat", text: "name", dx: -10, textAnchor: "end", fontSize: narrow ? 12 : 14, fontWeight: 700, ...paint }),
            ]),
          ],
        };
      },
    });

    // 5. Civilians still in the city.
    const civilians = own.filter((f) => f.event === "present").map((f) => ({ ...f, label: f.counted ?? "people", point: pointOf(f) }));
    const civMax = Math.max(...civilians.map((c) => c.high ?? c.point), 1) * 1.15;
    nb.chart({
      id: "civilians",
      title: "How many civilians were still in Mosul",
      subtitle: `As estimated in ${report.outlet}'s report of ${apDate(report.published)}: a range, not a number`,
      source: `${sourceLine(civilians)} (the report gives no claimant: "${civilians[0]?.quantity_text ?? ""}")`,
      note: "The report gives a range; the bar runs from its low end to its high end. Nothing in the report says which end is likelier.",
      alt: civilians.length === 0 ? "No estimate of civilians in the city." : `Range chart: ${civilians.map((c) => `${c.label}, ${formatCount(c.low ?? 0)} to ${formatCount(c.high ?? 0)} (reported as "${c.quantity_text}")`).join("; ")}.`,
      figureIds: civilians.map((c) => c.figure_id),
      plot: () => ({
        height: 110,
        marginTop: 30,
        x: { domain: [0, civMax], label: "civilians", grid: true, ticks: 4, tickFormat: "," },
        y: { axis: null, domain: civilians.map((c) => c.label) },
        marks: [
          Plot.ruleX([0]),
          Plot.ruleY(civilians, { y: "label", x1: "low", x2: "high", stroke: HEDGE, strokeWidth: 18, strokeOpacity: 0.45 }),
          Plot.text(civilians, { y: "label", x: (c) => ((c.low ?? 0) + (c.high ?? 0)) / 2, dy: -20, text: (c) => `“${c.quantity_text}”`, fontSize: 11 }),
          Plot.text(civilians, { y: "label", x: "low", dx: -6, textAnchor: "end", text: (c) => formatCount(c.low ?? 0), fontSize: 11 }),
          Plot.text(civilians, { y: "label", x: "high", dx: 6, textAnchor: "start", text: (c) => formatCount(c.high ?? 0), fontSize: 11 }),
        ],
      }),
    });
  },
);
