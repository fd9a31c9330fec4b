/**
 * Render an Observable Plot chart to one standalone, deterministic, publishable SVG string:
 * title, subtitle, color legend, the Plot chart, note and source, all inside one <svg>.
 *
 * - Every caller string (title, source, alt, legend labels, data) ends up as escaped text.
 * - Plot's generated ids (`plot-clip-N`, counted per process) are renamed `${spec.id}-…` in
 *   document order, so two charts on a page never collide and the bytes never depend on what
 *   the process rendered before.
 * - No timestamps, no randomness: the same spec gives the same bytes in any process.
 */
import * as Plot from "@observablehq/plot";
import { serverDocument } from "./dom.ts";
import { CSS_FONT_FAMILY } from "./fonts.ts";
import { fontMetrics, textWidth, wrap } from "./measure.ts";
import { Resvg } from "@resvg/resvg-js";
import { resvgOptions } from "./png.ts";

export interface ChartSpec {
  /** Slug unique per chart on a page, e.g. "first-week-tallies"; prefix for every id inside the SVG. */
  id: string;
  title: string;
  subtitle?: string;
  /** e.g. "Source: Iraqi Joint Operations Command, via CNN, Oct. 24, 2016" */
  source: string;
  /** e.g. a note on hedged figures. */
  note?: string;
  /** Alt text: goes in <desc> and is referenced by aria-labelledby. */
  alt: string;
  /** Total SVG width in px, e.g. 640 or 320. */
  width: number;
  /** Plot options without title/subtitle/caption/width/document: the renderer sets width and document. */
  plot: Omit<Plot.PlotOptions, "title" | "subtitle" | "caption" | "width" | "document">;
  /** Draw the ordinal/categorical color scale as SVG swatches above the chart. */
  legend?: { label?: string };
}

/** Layout of the text around the chart; depends only on the total width. */
export interface Layout {
  /** Left/right padding: every text line fits in width - 2 * padX. */
  padX: number;
  padTop: number;
  padBottom: number;
  title: TextStyle;
  subtitle: TextStyle;
  legend: TextStyle & { swatch: number; swatchGap: number; itemGap: number };
  note: TextStyle;
  source: TextStyle;
  /** Vertical gaps between blocks. */
  gap: { afterTitle: number; afterSubtitle: number; afterLegend: number; afterPlot: number; afterNote: number };
}

export interface TextStyle {
  size: number;
  weight: 400 | 500 | 600 | 700;
  lineHeight: number;
  fill: string;
}

export function layoutFor(width: number): Layout {
  const narrow = width < 480;
  return {
    padX: narrow ? 10 : 16,
    padTop: narrow ? 10 : 14,
    padBottom: narrow ? 10 : 12,
    title: { size: narrow ? 17 : 20, weight: 700, lineHeight: 1.25, fill: "#111111" },
    subtitle: { size: narrow ? 13 : 15, weight: 400, lineHeight: 1.35, fill: "#444444" },
    legend: {
      size: narrow ? 11 : 12,
      weight: 400,
      lineHeight: 1.4,
      fill: "#333333",
      swatch: narrow ? 10 : 11,
      swatchGap: 5,
      itemGap: narrow ? 12 : 16,
    },
    note: { size: narrow ? 11 : 12, weight: 400, lineHeight: 1.35, fill: "#555555" },
    source: { size: narrow ? 11 : 12, weight: 400, lineHeight: 1.35, fill: "#666666" },
    gap: { afterTitle: 4, afterSubtitle: 10, afterLegend: 8, afterPlot: 8, afterNote: 4 },
  };
}

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// Characters that XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates):
// a CSV field containing one would make the whole SVG unparseable, so they are removed.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove characters that cannot appear in an XML document. */
export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, "");
}

/** Escape for XML text content and attribute values (both quote kinds). */
export function escapeXml(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escape for XML text content. */
function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/**
 * Serialize a DOM subtree as XML. linkedom's outerHTML leaves "<" and ">" unescaped in
 * attribute values (fine in HTML, malformed in XML: resvg rejects it), so Plot's svg is
 * serialized here: elements by local name, attributes and text fully escaped, comments and
 * processing instructions dropped.
 */
function serializeXml(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 4) return escapeText(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const name = el.localName;
  if (!XML_NAME.test(name)) return "";
  let attrs = "";
  for (const attr of el.getAttributeNames()) {
    if (!XML_NAME.test(attr)) continue;
    attrs += ` ${attr}="${escapeXml(el.getAttribute(attr) ?? "")}"`;
  }
  let children = "";
  for (const child of Array.from(el.childNodes)) children += serializeXml(child);
  return children === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** Numbers in attributes: at most 2 decimals, no "-0". */
function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

interface Block {
  /** SVG markup of the block, positioned at absolute coordinates. */
  svg: string;
  height: number;
}

function textBlock(lines: string[], x: number, top: number, style: TextStyle, cls: string): Block {
  const lh = style.size * style.lineHeight;
  const { ascent, descent } = fontMetrics(style.size, style.weight);
  // Centre the font's ascent+descent box in each line box.
  const baseline0 = top + (lh - (ascent + descent)) / 2 + ascent;
  const parts = lines.map(
    (line, i) => `<text x="${num(x)}" y="${num(baseline0 + i * lh)}">${escapeText(line)}</text>`,
  );
  return {
    svg:
      `<g class="${cls}" font-size="${num(style.size)}" font-weight="${style.weight}" fill="${style.fill}">` +
      parts.join("") +
      `</g>`,
    height: lines.length * lh,
  };
}

interface LegendItem {
  color: string;
  lines: string[];
  width: number;
}

function legendBlock(
  plot: SVGSVGElement & Plot.Plot,
  spec: ChartSpec,
  layout: Layout,
  top: number,
): Block {
  const scale = plot.scale("color");
  if (scale === undefined) throw new Error(`renderSvg(${spec.id}): legend requested but the chart has no color scale`);
  if (scale.type !== "ordinal" && scale.type !== "categorical") {
    throw new Error(
      `renderSvg(${spec.id}): legend supports ordinal/categorical color scales only, got "${String(scale.type)}"`,
    );
  }
  const apply = scale.apply;
  const domain = scale.domain ?? [];
  const st = layout.legend;
  const maxWidth = spec.width - 2 * layout.padX;
  const lh = st.size * st.lineHeight;
  const labelText = spec.legend?.label ?? (typeof scale.label === "string" ? scale.label : undefined);

  // Row layout: items flow left to right and wrap; an item wider than a row wraps its own text.
  type Placed = { x: number; row: number; item: LegendItem };
  const placed: Placed[] = [];
  let row = 0;
  let x = 0;
  let rowLines = 1;
  const rowHeights: number[] = [];
  let labelSvg = "";
  if (labelText !== undefined && labelText !== "") {
    const labelLines = wrap(labelText, maxWidth, st.size, 600);
    const last = labelLines[labelLines.length - 1] ?? "";
    const extra = labelLines.length - 1;
    labelSvg = textBlock(labelLines, layout.padX, top, { ...st, weight: 600 }, "legend-label").svg;
    // Swatches continue on the label's last line when they fit there.
    for (let i = 0; i < extra; i++) rowHeights.push(1);
    row = extra;
    x = textWidth(last, st.size, 600) + st.itemGap;
  }
  const textMax = maxWidth - st.swatch - st.swatchGap;
  for (const value of domain) {
    const label = value instanceof Date ? value.toISOString() : String(value);
    const lines = wrap(label, textMax, st.size, st.weight);
    if (lines.length === 0) lines.push("");
    const width = st.swatch + st.swatchGap + Math.max(...lines.map((l) => textWidth(l, st.size, st.weight)));
    const item: LegendItem = { color: String(apply(value)), lines, width };
    if (x > 0 && (x + width > maxWidth || lines.length > 1)) {
      rowHeights.push(rowLines);
      row++;
      x = 0;
      rowLines = 1;
    }
    placed.push({ x, row, item });
    rowLines = Math.max(rowLines, lines.length);
    x += width + st.itemGap;
    if (lines.length > 1) {
      // A multi-line item takes its rows alone.
      rowHeights.push(rowLines);
      row++;
      x = 0;
      rowLines = 1;
    }
  }
  if (x > 0) rowHeights.push(rowLines);
  const rowTop: number[] = [];
  let acc = top;
  for (const h of rowHeights) {
    rowTop.push(acc);
    acc += h * lh;
  }
  const { ascent, descent } = fontMetrics(st.size, st.weight);
  const items = placed.map(({ x: ix, row: r, item }) => {
    const t = rowTop[r] ?? top;
    const baseline = t + (lh - (ascent + descent)) / 2 + ascent;
    // Swatch centred on the x-height of the first line.
    const swatchY = baseline - st.size * 0.36 - st.swatch / 2;
    const tx = layout.padX + ix + st.swatch + st.swatchGap;
    const texts = item.lines
      .map((l, i) => `<text x="${num(tx)}" y="${num(baseline + i * lh)}">${escapeText(l)}</text>`)
      .join("");
    return (
      `<rect x="${num(layout.padX + ix)}" y="${num(swatchY)}" width="${num(st.swatch)}" height="${num(st.swatch)}" fill="${escapeXml(item.color)}"/>` +
      texts
    );
  });
  return {
    svg:
      `<g class="legend" font-size="${num(st.size)}" font-weight="${st.weight}" fill="${st.fill}">` +
      labelSvg +
      items.join("") +
      `</g>`,
    height: acc - top,
  };
}

/** Remove anything executable from Plot's output (it only appears via caller `render` hooks or hrefs). */
function sanitize(root: Element): void {
  for (const el of Array.from(root.querySelectorAll("script, foreignObject, foreignobject, iframe"))) el.remove();
  for (const el of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) el.removeAttribute(name);
      else if (lower === "href" || lower === "xlink:href") {
        const v = (el.getAttribute(name) ?? "").trim();
        if (!/^(#|https?:\/\/)/i.test(v)) el.removeAttribute(name);
      }
    }
  }
}

/** Rename every id in Plot's output to `${prefix}-…` (document order) and rewrite its references. */
function renameIds(root: Element, prefix: string): void {
  const all = [root, ...Array.from(root.querySelectorAll("*"))];
  const map = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const el of all) {
    const id = el.getAttribute("id");
    if (id === null) continue;
    const base = id.replace(/-?\d+$/, "").replace(/^plot-/, "").replace(/[^A-Za-z0-9-]/g, "") || "id";
    const n = (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    const next = `${prefix}-${base}-${n}`;
    map.set(id, next);
    el.setAttribute("id", next);
  }
  if (map.size === 0) return;
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const urlRe = new RegExp(`url\\(\\s*(['"]?)#(${[...map.keys()].map(escapeRe).join("|")})\\1\\s*\\)`, "g");
  for (const el of all) {
    for (const name of el.getAttributeNames()) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      let next = v.replace(urlRe, (_m: string, _q: string, id: string) => `url(#${map.get(id)})`);
      if ((name === "href" || name === "xlink:href") && next.startsWith("#") && map.has(next.slice(1))) {
        next = `#${map.get(next.slice(1))}`;
      }
      if (next !== v) el.setAttribute(name, next);
    }
  }
  // Plot's <style> element never references ids, but a caller's could.
  for (const style of Array.from(root.querySelectorAll("style"))) {
    const css = style.textContent ?? "";
    const next = css.replace(urlRe, (_m: string, _q: string, id: string) => `url(#${map.get(id)})`);
    if (next !== css) style.textContent = next;
  }
}

/** Width kept for a rotated y-axis label (10 px text plus a gap) when margins are grown. */
const ROTATED_LABEL_BAND = 14;

type Margins = Partial<Record<"marginTop" | "marginRight" | "marginBottom" | "marginLeft", number>>;

/**
 * Plot 0.6 does not size margins to its tick labels: long y labels ("Qayyarah") are cut off
 * at the left edge. Draw the chart's content unclipped with resvg (same fonts as the PNG),
 * and for every side whose margin the caller did not set, return the margin that makes the
 * ink fit, computed from the scale ranges. Empty when nothing sticks out.
 */
function fittedMargins(plotSvg: SVGSVGElement & Plot.Plot, options: ChartSpec["plot"], width: number, height: number): Margins {
  if (options.margin !== undefined) return {};
  const P = 1000;
  let attrs = "";
  for (const a of plotSvg.getAttributeNames()) {
    if (["width", "height", "viewBox", "x", "y", "class"].includes(a) || !XML_NAME.test(a)) continue;
    attrs += ` ${a}="${escapeXml(plotSvg.getAttribute(a) ?? "")}"`;
  }
  let children = "";
  for (const child of Array.from(plotSvg.childNodes)) children += serializeXml(child);
  const probe =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * P}" height="${height + 2 * P}">` +
    `<g transform="translate(${P},${P})"${attrs}>${children}</g></svg>`;
  const bbox = new Resvg(probe, resvgOptions(1)).getBBox();
  if (bbox === undefined) return {};
  const over = {
    left: P - bbox.x,
    right: bbox.x + bbox.width - (P + width),
    top: P - bbox.y,
    bottom: bbox.y + bbox.height - (P + height),
  };
  const out: Margins = {};
  const extent = (name: "x" | "y"): [number, number] | undefined => {
    const r = plotSvg.scale(name)?.range;
    if (r === undefined) return undefined;
    const v = Array.from(r as Iterable<unknown>).filter((n): n is number => typeof n === "number" && Number.isFinite(n));
    return v.length >= 2 ? [Math.min(...v), Math.max(...v)] : undefined;
  };
  const x = extent("x");
  const y = extent("y");
  const grow = (overflow: number, current: number) => Math.ceil(current + overflow + 2);
  // Plot puts a rotated y-axis label (ordinal y) at the outer edge of the margin: when tick
  // labels push the margin out, keep a band for it so the two do not overlap.
  const rotatedLabel = { left: 0, right: 0 };
  for (const g of Array.from(plotSvg.querySelectorAll('g[aria-label="y-axis label"]'))) {
    if (!/rotate\(/.test(g.innerHTML)) continue;
    const dx = Number(/translate\(\s*(-?[\d.]+)/.exec(g.getAttribute("transform") ?? "")?.[1] ?? 0);
    rotatedLabel[dx < 0 ? "left" : "right"] = ROTATED_LABEL_BAND;
  }
  if (x !== undefined) {
    if (options.marginLeft === undefined && over.left > 0.5) out.marginLeft = grow(over.left + rotatedLabel.left, x[0]);
    if (options.marginRight === undefined && over.right > 0.5) out.marginRight = grow(over.right + rotatedLabel.right, width - x[1]);
  }
  if (y !== undefined) {
    if (options.marginTop === undefined && over.top > 0.5) out.marginTop = grow(over.top, y[0]);
    if (options.marginBottom === undefined && over.bottom > 0.5) out.marginBottom = grow(over.bottom, height - y[1]);
  }
  return out;
}

function plotStyle(style: Plot.PlotOptions["style"]): Plot.PlotOptions["style"] {
  if (style === undefined || style === null) return { fontFamily: CSS_FONT_FAMILY };
  if (typeof style === "string") return `${style.replace(/;?\s*$/, "")};font-family:${CSS_FONT_FAMILY}`;
  return { ...style, fontFamily: CSS_FONT_FAMILY };
}

/** Render a chart spec to one standalone SVG document string. */
export function renderSvg(spec: ChartSpec): string {
  if (!SLUG.test(spec.id)) throw new Error(`renderSvg: id must be a lowercase slug like "first-week-tallies", got ${JSON.stringify(spec.id)}`);
  if (!Number.isFinite(spec.width) || spec.width < 160 || spec.width > 4000) {
    throw new Error(`renderSvg(${spec.id}): width must be between 160 and 4000 px, got ${spec.width}`);
  }
  for (const k of ["title", "subtitle", "caption", "width", "document"] as const) {
    if ((spec.plot as Record<string, unknown>)[k] !== undefined) {
      throw new Error(`renderSvg(${spec.id}): plot.${k} is set by the renderer; put it in the spec instead`);
    }
  }
  const width = Math.round(spec.width);
  const L = layoutFor(width);
  const maxText = width - 2 * L.padX;

  const renderPlot = (extra: Margins) => {
    const p = Plot.plot({
      ...spec.plot,
      ...extra,
      width,
      document: serverDocument(),
      style: plotStyle(spec.plot.style),
    });
    if (p.localName !== "svg") {
      throw new Error(
        `renderSvg(${spec.id}): Plot returned <${p.localName}>, not <svg>: remove Plot legends (e.g. color.legend) and use spec.legend`,
      );
    }
    const h = Number(p.getAttribute("height"));
    if (!Number.isFinite(h) || h <= 0) throw new Error(`renderSvg(${spec.id}): Plot svg has no height`);
    return { plot: p as SVGSVGElement & Plot.Plot, height: h };
  };
  let { plot, height: plotHeight } = renderPlot({});
  const margins = fittedMargins(plot, spec.plot, width, plotHeight);
  if (Object.keys(margins).length > 0) ({ plot, height: plotHeight } = renderPlot(margins));
  const plotSvg = plot;

  // Text before the chart.
  const before: string[] = [];
  const after: string[] = [];
  let y = L.padTop;
  const title = textBlock(wrap(xmlSafe(spec.title), maxText, L.title.size, L.title.weight), L.padX, y, L.title, "title");
  before.push(title.svg);
  y += title.height;
  if (spec.subtitle !== undefined && spec.subtitle.trim() !== "") {
    y += L.gap.afterTitle;
    const sub = textBlock(
      wrap(xmlSafe(spec.subtitle), maxText, L.subtitle.size, L.subtitle.weight),
      L.padX,
      y,
      L.subtitle,
      "subtitle",
    );
    before.push(sub.svg);
    y += sub.height;
  }
  y += L.gap.afterSubtitle;
  if (spec.legend !== undefined) {
    const legend = legendBlock(plot, spec, L, y);
    before.push(legend.svg);
    y += legend.height + L.gap.afterLegend;
  }

  // The chart itself, nested.
  const plotTop = y;
  sanitize(plotSvg);
  renameIds(plotSvg, spec.id);
  // Plot's <style> sets display/height:auto/max-width on its svg: meant for a top-level HTML
  // element, it would resize a nested <svg> in browsers. Keep only the white-space rule.
  for (const style of Array.from(plotSvg.querySelectorAll("style"))) {
    style.textContent = ":where(.plot-d6a7b5 text), :where(.plot-d6a7b5 tspan) { white-space: pre; }";
  }
  plotSvg.setAttribute("x", "0");
  plotSvg.setAttribute("y", num(plotTop));
  plotSvg.setAttribute("font-family", CSS_FONT_FAMILY);
  const plotMarkup = serializeXml(plotSvg).replace(/var\(--plot-background\)/g, "white");
  y += plotHeight + L.gap.afterPlot;

  // Text after the chart.
  if (spec.note !== undefined && spec.note.trim() !== "") {
    const note = textBlock(wrap(xmlSafe(spec.note), maxText, L.note.size, L.note.weight), L.padX, y, L.note, "note");
    after.push(note.svg);
    y += note.height + L.gap.afterNote;
  }
  const source = textBlock(
    wrap(xmlSafe(spec.source), maxText, L.source.size, L.source.weight),
    L.padX,
    y,
    L.source,
    "source",
  );
  after.push(source.svg);
  y += source.height + L.padBottom;
  const height = Math.ceil(y);

  const id = spec.id;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-labelledby="${id}-title ${id}-desc" id="${id}"` +
    ` font-family="${CSS_FONT_FAMILY}" color="#111111">` +
    `<title id="${id}-title">${escapeText(spec.title)}</title>` +
    `<desc id="${id}-desc">${escapeText(spec.alt)}</desc>` +
    `<rect width="${width}" height="${height}" fill="white"/>` +
    before.join("") +
    plotMarkup +
    after.join("") +
    `</svg>`
  );
}
