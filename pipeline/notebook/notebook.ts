import type * as Plot from "@observablehq/plot";
import { svgToPng } from "../render/png.ts";
import { renderSvg } from "../render/svg.ts";
import type { ProcessedData } from "./data.ts";
import { reviewed } from "../schema/reviewed.ts";
import { metrics as metricsTable, type Metric } from "../schema/metrics.ts";

/**
 * A notebook is a story: prose and charts in order. Its script calls `nb.prose(...)` and
 * `nb.chart(...)`; the figures stage renders each chart at a desktop and a phone width, as SVG and
 * as PNG at 1x and 2x, and records the page (prose, chart metadata, files) for publish.
 */
export const WIDTHS = { desktop: 640, phone: 320 } as const;

export interface ChartDefinition {
  /** Slug unique within the notebook: file names and SVG ids derive from it. */
  id: string;
  title: string;
  subtitle?: string;
  /** Usually from `sourceLine(figures, articles)`. */
  source: string;
  note?: string;
  /** Generated from the data by the notebook, never typed by hand. */
  alt: string;
  /** The figures drawn, for the table of provenance under the chart and its data download. */
  figureIds: string[];
  /** Derived rows drawn (rates, spans), published as a second download. */
  metrics?: Metric[];
  legend?: { label?: string };
  /** Plot options for a given total width. */
  plot(width: number): Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "width" | "document">;
}

export interface ChartFiles {
  /** The figures behind the chart, as CSV and Arrow (reviewed schema). */
  csv: string;
  arrow: string;
  /** The derived rows drawn, when the chart draws any. */
  metricsCsv: string | null;
  metricsArrow: string | null;
  svg: string;
  svgPhone: string;
  png: string;
  png2x: string;
  pngPhone: string;
  pngPhone2x: string;
}

export type Block =
  | { type: "prose"; text: string }
  | ({ type: "chart"; files: ChartFiles } & Omit<ChartDefinition, "plot" | "metrics">);

export interface Page {
  notebook: string;
  title: string;
  summary: string;
  blocks: Block[];
}

export class Notebook {
  readonly outputs = new Map<string, string | Uint8Array>();
  readonly blocks: Block[] = [];

  constructor(
    readonly name: string,
    readonly data: ProcessedData,
    private readonly outDir: string,
  ) {}

  prose(text: string): void {
    this.blocks.push({ type: "prose", text: text.trim().replace(/\n[ \t]+/g, "\n") });
  }

  chart(definition: ChartDefinition): void {
    if (this.blocks.some((b) => b.type === "chart" && b.id === definition.id)) throw new Error(`${this.name}: two charts named ${definition.id}`);
    const { plot, metrics, ...meta } = definition;
    const base = `${this.outDir}/${definition.id}`;
    const files: ChartFiles = {
      csv: `${base}.csv`, arrow: `${base}.arrow`,
      metricsCsv: metrics ? `${base}-metrics.csv` : null, metricsArrow: metrics ? `${base}-metrics.arrow` : null,
      svg: `${base}.svg`, png: `${base}.png`, png2x: `${base}@2x.png`,
      svgPhone: `${base}-phone.svg`, pngPhone: `${base}-phone.png`, pngPhone2x: `${base}-phone@2x.png`,
    };
    const ids = new Set(definition.figureIds);
    const rows = this.data.figures.filter((f) => ids.has(f.figure_id));
    this.outputs.set(files.csv, reviewed.toCsv(rows));
    this.outputs.set(files.arrow, reviewed.toIPC(rows));
    if (metrics && files.metricsCsv && files.metricsArrow) {
      this.outputs.set(files.metricsCsv, metricsTable.toCsv(metrics));
      this.outputs.set(files.metricsArrow, metricsTable.toIPC(metrics));
    }
    for (const [width, svgPath, png1, png2] of [
      [WIDTHS.desktop, files.svg, files.png, files.png2x],
      [WIDTHS.phone, files.svgPhone, files.pngPhone, files.pngPhone2x],
    ] as const) {
      const svg = renderSvg({ ...meta, id: `${this.name}-${definition.id}`, width, plot: plot(width) });
      this.outputs.set(svgPath, svg);
      this.outputs.set(png1, svgToPng(svg, 1));
      this.outputs.set(png2, svgToPng(svg, 2));
    }
    this.blocks.push({ type: "chart", ...meta, figureIds: [...new Set(definition.figureIds)], files });
  }
}

export interface NotebookModule {
  title: string;
  summary: string;
  build(nb: Notebook): void | Promise<void>;
}

/** What a notebook file exports as its default. */
export function notebook(meta: { title: string; summary: string }, build: (nb: Notebook) => void | Promise<void>): NotebookModule {
  return { ...meta, build };
}
