import * as Plot from "@observablehq/plot";

/**
 * How every chart draws a reported figure, so hedges read the same everywhere: an exact figure is a
 * filled dot; a hedged one ("nearly 400", "about 800-900", "dozens") is a pale bar over the interval
 * it claims, with a hollow dot where the report put its number; an open one ("more than 2,000") is a
 * bar that runs to the edge of the chart with an arrow.
 */
export interface Hedged {
  value: number | null;
  low: number | null;
  high: number | null;
}

export type HedgeShape = "exact" | "interval" | "open";

export function shapeOf(d: Hedged): HedgeShape {
  if (d.high === null) return "open";
  return d.low !== null && d.low === d.high ? "exact" : "interval";
}

/** Where the dot goes: the printed number, else the middle of a closed interval, else its floor. */
export function pointOf(d: Hedged): number {
  if (d.value !== null) return d.value;
  if (d.low !== null && d.high !== null) return (d.low + d.high) / 2;
  return d.low ?? d.high ?? 0;
}

interface Options<T> {
  /** The other position channel (a category, a date). */
  along: (d: T) => string | number | Date;
  /** A CSS colour, or a field or function whose values go through the chart's color scale. */
  color: string | ((d: T) => string);
  /** Where an open interval's bar stops: the edge of the value scale. */
  edge: number;
  /** Dot radius. */
  r?: number;
}

const BAR = { strokeWidth: 7, strokeOpacity: 0.35, strokeLinecap: "butt" } as const;

/** Values on x (horizontal bars), categories or dates on y. */
export function hedgedX<T extends Hedged>(rows: readonly T[], o: Options<T>): Plot.Markish[] {
  const intervals = rows.filter((d) => shapeOf(d) !== "exact");
  return [
    Plot.ruleY(intervals, { y: o.along, x1: (d: T) => d.low ?? 0, x2: (d: T) => d.high ?? o.edge, stroke: o.color, ...BAR }),
    Plot.arrow(rows.filter((d) => shapeOf(d) === "open"), { y: o.along, x1: (d: T) => d.low ?? 0, x2: o.edge, stroke: o.color, headLength: 7, strokeWidth: 1.5 }),
    Plot.dot(rows.filter((d) => shapeOf(d) === "exact"), { y: o.along, x: pointOf, r: o.r ?? 4.5, stroke: o.color, strokeWidth: 2, fill: o.color }),
    Plot.dot(rows.filter((d) => shapeOf(d) !== "exact"), { y: o.along, x: pointOf, r: o.r ?? 4.5, stroke: o.color, strokeWidth: 2, fill: "white" }),
  ];
}

/** Values on y (a time series), dates on x. */
export function hedgedY<T extends Hedged>(rows: readonly T[], o: Options<T>): Plot.Markish[] {
  const intervals = rows.filter((d) => shapeOf(d) !== "exact");
  return [
    Plot.ruleX(intervals.filter((d) => shapeOf(d) === "interval"), { x: o.along, y1: (d: T) => d.low ?? 0, y2: (d: T) => d.high ?? o.edge, stroke: o.color, ...BAR }),
    // In a time series an open claim ("more than 25,000") gets a short arrow up, not a bar to the top:
    // a bar that long would outweigh every exact claim on the chart.
    Plot.arrow(rows.filter((d) => shapeOf(d) === "open"), { x: o.along, y1: (d: T) => d.low ?? 0, y2: (d: T) => (d.low ?? 0) + o.edge * 0.07, stroke: o.color, headLength: 6, strokeWidth: 1.5, insetStart: 5 }),
    Plot.dot(rows.filter((d) => shapeOf(d) === "exact"), { x: o.along, y: pointOf, r: o.r ?? 4, stroke: o.color, strokeWidth: 2, fill: o.color }),
    Plot.dot(rows.filter((d) => shapeOf(d) !== "exact"), { x: o.along, y: pointOf, r: o.r ?? 4, stroke: o.color, strokeWidth: 2, fill: "white" }),
  ];
}

/** The sentence under a chart that says how hedges are drawn, with the chart's own examples. */
export function hedgeNote(rows: readonly (Hedged & { quantity: string })[]): string {
  const hedged = rows.filter((d) => shapeOf(d) !== "exact");
  if (hedged.length === 0) return "All figures shown are exact as reported.";
  const example = hedged[0]!;
  const range = shapeOf(example) === "open" ? `${fmt(example.low)} or more` : `${fmt(example.low)} to ${fmt(example.high)}`;
  return `Hollow dots are hedged figures, drawn over the interval they claim (a bar; an arrow where it is open above): "${example.quantity}" is read as ${range} (data/raw/hedges.csv). Filled dots are exact.`;
}

function fmt(x: number | null): string {
  return x === null ? "?" : x.toLocaleString("en-US", { maximumFractionDigits: 1 });
}
