import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import * as Plot from "@observablehq/plot";
import { renderSvg, layoutFor, type ChartSpec } from "../../pipeline/render/svg.ts";
import { svgToPng, resvgOptions } from "../../pipeline/render/png.ts";
import { textWidth } from "../../pipeline/render/measure.ts";
import { demoSpec } from "../../pipeline/render/demo.ts";
import { allIds, darkPixels, idReferences, parseSvg, rasterize } from "./helpers.ts";

const rows = [
  { city: "Mosul", kind: "exact", value: 412 },
  { city: "Qayyarah", kind: "nearly", value: 400 },
  { city: "Bashiqa", kind: "between", value: 250 },
];

function barSpec(id: string, over: Partial<ChartSpec> = {}): ChartSpec {
  return {
    id,
    title: "First-week tallies",
    subtitle: "Reported figures by town",
    source: "Source: Iraqi Joint Operations Command, via CNN, Oct. 24, 2016",
    alt: "Bar chart of reported figures for three towns.",
    width: 640,
    legend: {},
    plot: {
      height: 200,
      color: { type: "ordinal", domain: ["exact", "nearly", "between"], range: ["#3b6ea8", "#d9822b", "#7a5195"] },
      marks: [Plot.barX(rows, { y: "city", x: "value", fill: "kind", clip: true }), Plot.ruleX([0], { clip: true })],
    },
    ...over,
  };
}

describe("renderSvg output", () => {
  it("is one standalone svg with xmlns, size, viewBox, role and aria-labelledby to its title and desc; resvg accepts it", () => {
    const svg = renderSvg(barSpec("first-week-tallies"));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    const doc = parseSvg(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe("svg");
    const [w, h] = [Number(root.getAttribute("width")), Number(root.getAttribute("height"))];
    expect(w).toBe(640);
    expect(root.getAttribute("viewBox")).toBe(`0 0 ${w} ${h}`);
    expect(root.getAttribute("role")).toBe("img");
    const [titleId, descId] = root.getAttribute("aria-labelledby")!.split(" ");
    expect(doc.querySelector(`title[id="${titleId}"]`)!.textContent).toBe("First-week tallies");
    expect(doc.querySelector(`desc[id="${descId}"]`)!.textContent).toBe("Bar chart of reported figures for three towns.");
    const r = new Resvg(svg, resvgOptions(1));
    expect([r.width, r.height]).toEqual([w, h]);
    expect(darkPixels(r.render().pixels)).toBeGreaterThan(1000);
  });

  it("uses Inter everywhere: the root and Plot's nested svg say Inter, nothing says system-ui", () => {
    const svg = renderSvg(barSpec("fonts"));
    expect(svg).not.toContain("system-ui");
    const doc = parseSvg(svg);
    for (const el of Array.from(doc.querySelectorAll("svg"))) expect(el.getAttribute("font-family")).toBe("Inter, sans-serif");
    for (const el of Array.from(doc.querySelectorAll("[font-family]"))) expect(el.getAttribute("font-family")).toMatch(/^Inter\b/);
  });

  it("draws the legend as SVG swatches in the color scale's domain order and colors", () => {
    const doc = parseSvg(renderSvg(barSpec("legend", { legend: { label: "How it was reported" } })));
    const legend = doc.querySelector("g.legend")!;
    const swatches = Array.from(legend.querySelectorAll("rect")).map((r) => r.getAttribute("fill"));
    expect(swatches).toEqual(["#3b6ea8", "#d9822b", "#7a5195"]);
    const texts = Array.from(legend.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toEqual(["How it was reported", "exact", "nearly", "between"]);
  });

  it("rejects specs Plot cannot turn into a bare svg, bad ids and renderer-owned plot options", () => {
    expect(() => renderSvg(barSpec("Bad Id"))).toThrow(/slug/);
    expect(() => renderSvg(barSpec("x", { plot: { ...barSpec("x").plot, color: { legend: true } } }))).toThrow(/not <svg>/);
    expect(() => renderSvg(barSpec("x", { plot: { ...barSpec("x").plot, title: "t" } as ChartSpec["plot"] }))).toThrow(/plot\.title/);
    expect(() => renderSvg(barSpec("x", { plot: { marks: [Plot.dot([1, 2], { x: (d: number) => d })] } }))).toThrow(/no color scale/);
  });
});

describe("margins", () => {
  const longLabels = [
    { place: "Hammam al-Alil and surrounding villages", n: 120 },
    { place: "Qayyarah", n: 400 },
  ];
  const spec = (plot: Partial<ChartSpec["plot"]>): ChartSpec =>
    barSpec("margins", {
      legend: undefined,
      width: 320,
      plot: { marks: [Plot.barX(longLabels, { y: "place", x: "n" }), Plot.text(longLabels, { y: "place", x: "n", text: (d: { n: number }) => `nearly ${d.n}`, dx: 4, textAnchor: "start" })], ...plot },
    });

  it("grows margins the caller left unset so long tick labels and end labels are not cut off", () => {
    const svg = renderSvg(spec({}));
    const bbox = new Resvg(svg, resvgOptions(1)).getBBox()!;
    expect(bbox.x).toBeGreaterThanOrEqual(0);
    expect(bbox.x + bbox.width).toBeLessThanOrEqual(320);
    // The nested chart's own viewport holds all its ink: its first tick label is fully inside it.
    expect(svg).toContain("Hammam al-Alil and surrounding villages");
  });

  it("keeps margins the caller set, even when text then overflows", () => {
    const svg = renderSvg(spec({ marginLeft: 40 }));
    const bbox = new Resvg(svg.replace(/<svg y=/, '<svg overflow="visible" y='), resvgOptions(1)).getBBox()!;
    expect(bbox.x).toBeLessThan(0);
  });
});

describe("determinism", () => {
  it("gives byte-identical SVG and PNG for the same spec, even after other charts were rendered", () => {
    const a = renderSvg(barSpec("same"));
    for (let i = 0; i < 3; i++) renderSvg(barSpec(`other-${i}`));
    const b = renderSvg(barSpec("same"));
    expect(b).toBe(a);
    for (const scale of [1, 2] as const) expect(Buffer.from(svgToPng(b, scale)).equals(Buffer.from(svgToPng(a, scale)))).toBe(true);
  });

  it("gives the same SVG and PNG bytes in a separate process", () => {
    for (let i = 0; i < 2; i++) renderSvg(barSpec(`warm-${i}`)); // advance this process's Plot clip counter
    const here = renderSvg(demoSpec(320));
    const herePng = Buffer.from(svgToPng(here, 2));
    const script = fileURLToPath(new URL("./fixtures/render-demo-spec.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const out = spawnSync(tsx, [script], { encoding: "utf8", maxBuffer: 64 << 20 });
    expect(out.status, out.stderr).toBe(0);
    const there = JSON.parse(out.stdout) as { svg: string; png: string };
    expect(there.svg).toBe(here);
    expect(Buffer.from(there.png, "base64").equals(herePng)).toBe(true);
  }, 30_000);

  it("contains no timestamps or per-process counters", () => {
    const svg = renderSvg(barSpec("clean"));
    expect(svg).not.toMatch(/plot-clip|\b20\d\d-\d\d-\d\dT/);
  });
});

describe("ids", () => {
  it("two charts in one process have disjoint id sets, all prefixed by the chart id", () => {
    const a = parseSvg(renderSvg(barSpec("chart-a")));
    const b = parseSvg(renderSvg(barSpec("chart-b")));
    const idsA = allIds(a);
    const idsB = allIds(b);
    expect(idsA.length).toBeGreaterThan(3); // root, title, desc, and the clip paths
    for (const id of idsA) expect(id.startsWith("chart-a")).toBe(true);
    for (const id of idsB) expect(id.startsWith("chart-b")).toBe(true);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(new Set(idsA).size).toBe(idsA.length);
  });

  it("every url(#x), href=#x and aria reference points to an id in the same svg", () => {
    for (const spec of [barSpec("refs"), demoSpec(640)]) {
      const svg = renderSvg(spec);
      const ids = new Set(allIds(parseSvg(svg)));
      const refs = idReferences(svg);
      expect(refs.some((r) => r.includes("clip"))).toBe(spec.id === "refs");
      for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
    }
  });
});

describe("hostile strings", () => {
  const payloads = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "</svg><svg onload=alert(3)>",
    "Tom & Jerry &amp; &lt;b&gt;",
    "' onmouseover='alert(4)",
    "]]><!-- x -->",
  ];
  const hostile = (i: number) => `${payloads[i % payloads.length]}`;

  it("appear as text: no script, no on* attribute, payloads literally in the text", () => {
    const data = payloads.map((p, i) => ({ label: p, kind: p, value: 10 * (i + 1) }));
    const spec: ChartSpec = {
      id: "hostile",
      title: `Title ${hostile(0)} ${hostile(1)}`,
      subtitle: `Subtitle ${hostile(2)}`,
      source: `Source: ${hostile(3)} ${hostile(4)}`,
      note: `Note ${hostile(5)} ${hostile(1)}`,
      alt: `Alt ${payloads.join(" ")}`,
      width: 640,
      legend: { label: hostile(2) },
      plot: {
        height: 260,
        marginLeft: 220,
        x: { label: hostile(0) },
        ariaLabel: hostile(1),
        marks: [
          Plot.barX(data, { y: "label", x: "value", fill: "kind", title: "label" }),
          Plot.text(data, { y: "label", x: "value", text: "label", textAnchor: "start", dx: 4 }),
        ],
      },
    };
    const svg = renderSvg(spec);
    // A strict XML parser accepts it (resvg's roxmltree rejects malformed markup).
    expect(() => new Resvg(svg, resvgOptions(1))).not.toThrow();
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll("script, img, foreignObject").length).toBe(0);
    expect(doc.querySelectorAll("svg").length).toBe(2); // the root and Plot's nested chart
    for (const el of Array.from(doc.querySelectorAll("*"))) {
      for (const name of el.getAttributeNames()) expect(name.toLowerCase().startsWith("on"), name).toBe(false);
    }
    const groupText = (sel: string) => Array.from(doc.querySelectorAll(`${sel} text`)).map((t) => t.textContent).join(" ");
    expect(groupText("g.title")).toBe(spec.title);
    expect(groupText("g.subtitle")).toBe(spec.subtitle);
    expect(groupText("g.note")).toBe(spec.note);
    expect(groupText("g.source")).toBe(spec.source);
    expect(doc.querySelector("desc")!.textContent).toBe(spec.alt);
    const legend = groupText("g.legend");
    const plotText = Array.from(doc.querySelectorAll("svg svg text")).map((t) => t.textContent);
    const tooltips = Array.from(doc.querySelectorAll("svg svg title")).map((t) => t.textContent);
    for (const p of payloads) {
      expect(legend).toContain(p);
      expect(plotText).toContain(p); // Plot text mark and tick labels
      expect(tooltips).toContain(p); // Plot title channel
    }
    expect(plotText.join(" ")).toContain(payloads[0]);
  });

  it("drops characters XML forbids instead of producing an unparseable svg", () => {
    const svg = renderSvg(barSpec("ctrl", { title: "Bad\u0000byte\u0007here\uD800", source: "ok\u001B" }));
    expect(() => new Resvg(svg, resvgOptions(1))).not.toThrow();
    expect(parseSvg(svg).querySelector("title")!.textContent).toBe("Badbytehere");
  });
});

describe("wrapping at 320 px", () => {
  const longTitle =
    "Iraqi forces say they retook nearly 400 square kilometres around Mosul in the first week, more than planned";

  it("wraps a long title: every line measured ≤ width minus margins, not clipped, and the svg grows", () => {
    const L = layoutFor(320);
    const short = renderSvg(barSpec("short", { width: 320, title: "Short" }));
    const long = renderSvg(barSpec("long", { width: 320, title: longTitle }));
    const doc = parseSvg(long);
    const lines = Array.from(doc.querySelectorAll("g.title text"));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(Number(line.getAttribute("x"))).toBe(L.padX);
      expect(textWidth(line.textContent!, L.title.size, L.title.weight)).toBeLessThanOrEqual(320 - 2 * L.padX);
    }
    expect(lines.map((l) => l.textContent).join(" ")).toBe(longTitle);
    const height = (s: string) => Number(parseSvg(s).documentElement.getAttribute("height"));
    expect(height(long) - height(short)).toBeCloseTo((lines.length - 1) * L.title.size * L.title.lineHeight, 0);

    // Nothing clipped: resvg's bounding box of all drawn content stays inside the svg, and the
    // rendered ink of each title line stays inside the right margin.
    const bbox = new Resvg(long, resvgOptions(1)).getBBox()!;
    expect(bbox.x).toBeGreaterThanOrEqual(0);
    expect(bbox.x + bbox.width).toBeLessThanOrEqual(320);
    expect(bbox.y + bbox.height).toBeLessThanOrEqual(height(long));
    for (const line of lines) {
      const one = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><text x="${L.padX}" y="30" font-size="${L.title.size}" font-weight="${L.title.weight}">${line.innerHTML}</text></svg>`;
      const b = new Resvg(one, resvgOptions(1)).getBBox()!;
      expect(b.x + b.width).toBeLessThanOrEqual(320 - L.padX + 0.5);
    }
    // And the text is really drawn in the PNG's title area.
    const { pixels, width } = rasterize(long, resvgOptions(1));
    const titleRows = pixels.subarray(0, width * 4 * Math.round(lines.length * L.title.size * L.title.lineHeight + L.padTop));
    expect(darkPixels(titleRows)).toBeGreaterThan(500);
  });

  it("wraps subtitle, legend, note and source too", () => {
    const words = "reported by the Joint Operations Command on Monday and repeated on Tuesday";
    const spec = barSpec("all-wrap", {
      width: 320,
      subtitle: `Subtitle ${words}`,
      note: `Note ${words}`,
      source: `Source: ${words}`,
      legend: { label: "How the figure was reported in the article" },
    });
    const L = layoutFor(320);
    const doc = parseSvg(renderSvg(spec));
    for (const [sel, st] of [
      ["g.subtitle", L.subtitle],
      ["g.note", L.note],
      ["g.source", L.source],
    ] as const) {
      const lines = Array.from(doc.querySelectorAll(`${sel} text`));
      expect(lines.length, sel).toBeGreaterThan(1);
      for (const l of lines) expect(textWidth(l.textContent!, st.size, st.weight)).toBeLessThanOrEqual(320 - 2 * L.padX);
    }
    const bbox = new Resvg(renderSvg(spec), resvgOptions(1)).getBBox()!;
    expect(bbox.x + bbox.width).toBeLessThanOrEqual(320);
  });
});
