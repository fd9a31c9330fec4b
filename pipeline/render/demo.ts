/**
 * Demo: a bar chart with hedged figures drawn as intervals, rendered at 640 and 320 px, 1x and 2x.
 *
 *   npx tsx pipeline/render/demo.ts /tmp/render-demo
 *
 * The figures are made up for the demo.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { renderSvg, type ChartSpec } from "./svg.ts";
import { svgToPng } from "./png.ts";

type Kind = "Exact figure" | "Upper bound (“nearly”)" | "Range (“between”, “about”)";
interface Figure {
  day: string;
  reported: string;
  kind: Kind;
  low: number;
  high: number;
  /** Where the tick goes for a hedged figure: the number the article stated. */
  stated: number[];
}

export const demoFigures: Figure[] = [
  { day: "Day 1", reported: "412", kind: "Exact figure", low: 412, high: 412, stated: [412] },
  { day: "Day 2", reported: "nearly 400", kind: "Upper bound (“nearly”)", low: 360, high: 400, stated: [400] },
  { day: "Day 3", reported: "between 200 and 250", kind: "Range (“between”, “about”)", low: 200, high: 250, stated: [200, 250] },
  { day: "Day 4", reported: "318", kind: "Exact figure", low: 318, high: 318, stated: [318] },
  { day: "Day 5", reported: "about 600", kind: "Range (“between”, “about”)", low: 540, high: 660, stated: [600] },
  { day: "Day 6", reported: "nearly 150", kind: "Upper bound (“nearly”)", low: 135, high: 150, stated: [150] },
  { day: "Day 7", reported: "97", kind: "Exact figure", low: 97, high: 97, stated: [97] },
];

/** Values above this get their label on the left of the mark. */
const LABEL_LEFT_ABOVE = 500;

export function demoSpec(width: number): ChartSpec {
  const exact = demoFigures.filter((d) => d.kind === "Exact figure");
  const hedged = demoFigures.filter((d) => d.kind !== "Exact figure");
  const ticks = hedged.flatMap((d) => d.stated.map((x) => ({ ...d, x })));
  const narrow = width < 480;
  return {
    id: `displaced-first-week-${width}`,
    title: "Families reported displaced each day in the first week of the offensive",
    subtitle: "Exact counts are bars; hedged counts are drawn as the interval the wording allows",
    source: "Source: demo figures for the render pipeline, in the style of the Iraqi Joint Operations Command, via CNN, Oct. 24, 2016",
    note: "“Nearly 400” is drawn from 360 to 400, with a tick at the stated 400; “about 600” as ±10%.",
    alt: "Bar chart of families displaced per day over seven days. Exact counts: 412 on day 1, 318 on day 4, 97 on day 7. Hedged: nearly 400 on day 2, between 200 and 250 on day 3, about 600 on day 5, nearly 150 on day 6.",
    width,
    legend: { label: "Figure as reported" },
    plot: {
      height: narrow ? 260 : 300,
      marginTop: 8,
      marginLeft: 44,
      marginRight: narrow ? 12 : 20,
      x: { domain: [0, 700], grid: true, label: "Families displaced →", ticks: narrow ? 4 : 7 },
      y: { domain: demoFigures.map((d) => d.day), label: null },
      color: {
        type: "ordinal",
        domain: ["Exact figure", "Upper bound (“nearly”)", "Range (“between”, “about”)"],
        range: ["#3b6ea8", "#d9822b", "#7a5195"],
      },
      marks: [
        Plot.ruleX([0]),
        Plot.barX(exact, { y: "day", x: "high", fill: "kind", insetTop: 6, insetBottom: 6 }),
        Plot.dot(exact, { y: "day", x: "high", fill: "kind", r: 3.5, stroke: "white", strokeWidth: 1 }),
        Plot.ruleY(hedged, { y: "day", x1: "low", x2: "high", stroke: "kind", strokeWidth: 3 }),
        Plot.tickX(ticks, { y: "day", x: "x", stroke: "kind", strokeWidth: 2, insetTop: 8, insetBottom: 8 }),
        // Labels go right of the mark, or left of it near the right edge so they are not clipped.
        ...([true, false] as const).map((right) =>
          Plot.text(
            demoFigures.filter((d) => (d.high <= LABEL_LEFT_ABOVE) === right),
            {
              y: "day",
              x: right ? "high" : "low",
              text: "reported",
              dx: right ? 7 : -7,
              textAnchor: right ? "start" : "end",
              fontSize: narrow ? 10 : 11,
              fill: "#222",
              stroke: "white",
              strokeWidth: 3,
              paintOrder: "stroke",
            },
          ),
        ),
      ],
    },
  };
}

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? "/tmp/render-demo";
  mkdirSync(outDir, { recursive: true });
  for (const width of [640, 320]) {
    const t0 = performance.now();
    const svg = renderSvg(demoSpec(width));
    const t1 = performance.now();
    writeFileSync(join(outDir, `demo-${width}.svg`), svg);
    for (const scale of [1, 2] as const) {
      const t2 = performance.now();
      const png = svgToPng(svg, scale);
      const t3 = performance.now();
      writeFileSync(join(outDir, `demo-${width}@${scale}x.png`), png);
      console.log(`demo-${width}@${scale}x.png  ${png.byteLength} bytes  png ${(t3 - t2).toFixed(1)} ms`);
    }
    console.log(`demo-${width}.svg  ${svg.length} bytes  svg ${(t1 - t0).toFixed(1)} ms`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
