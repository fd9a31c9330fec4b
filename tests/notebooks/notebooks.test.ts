import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "../../pipeline/notebook/notebook.ts";
import { figures as figuresTable } from "../../pipeline/schema/figures.ts";
import { runAll, workspace } from "../helpers/workspace.ts";

const FIGURES = "data/processed/figures";

function page(root: string, notebook: string): Page {
  return JSON.parse(readFileSync(join(root, FIGURES, notebook, "page.json"), "utf8")) as Page;
}

function charts(p: Page) {
  return p.blocks.filter((b): b is Extract<Page["blocks"][number], { type: "chart" }> => b.type === "chart");
}

describe("the notebooks on the bundled data", () => {
  let root: string;
  beforeAll(async () => {
    root = workspace();
    await runAll(root);
  }, 120_000);

  it("write the six kinds of chart the stories need", () => {
    expect(charts(page(root, "first-week")).map((c) => c.id)).toEqual(["tallies", "rates-per-day", "timeline", "locator", "civilians"]);
    expect(charts(page(root, "battle")).map((c) => c.id)).toEqual(["isis-fighters-killed", "villages-liberated", "civilians-displaced"]);
  });

  it("give every chart a title, subtitle, source line from provenance, and alt text from the data", () => {
    for (const c of [...charts(page(root, "first-week")), ...charts(page(root, "battle"))]) {
      expect(c.title.length).toBeGreaterThan(10);
      expect(c.subtitle?.length).toBeGreaterThan(10);
      expect(c.source).toMatch(/^(Sources?|Places): /);
      expect(c.alt).toMatch(/\d/); // the extremes are numbers read from the data
    }
    const tallies = charts(page(root, "first-week")).find((c) => c.id === "tallies")!;
    expect(tallies.source).toContain("Iraqi Joint Operations command center");
    expect(tallies.source).toContain("via CNN, Oct. 24, 2016");
    expect(tallies.alt).toContain('Highest: ISIS fighters killed, 772 (reported as "772")');
  });

  it("put title, source and alt text inside each standalone SVG", () => {
    for (const c of charts(page(root, "first-week"))) {
      const svg = readFileSync(join(root, c.files.svg), "utf8");
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain(`<title id="first-week-${c.id}-title">`);
      expect(svg).toContain("<desc");
      expect(svg).toContain("Oct. 24, 2016");
    }
  });

  it("draw hedged figures differently from exact ones: a pale bar and a hollow dot", () => {
    const svg = readFileSync(join(root, FIGURES, "first-week/tallies.svg"), "utf8");
    expect(svg).toMatch(/stroke-opacity="0\.35"/); // the interval bars
    expect(svg).toMatch(/<g[^>]*fill="white"[^>]*aria-label="dot">/); // hollow dots
    expect(svg).toContain("“nearly 400”");
  });

  it("write PNGs at both widths and both scales, twice as wide at 2x", () => {
    const size = (file: string) => {
      const png = readFileSync(join(root, file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const c = charts(page(root, "first-week"))[0]!;
    expect(size(c.files.png)[0]).toBe(640);
    expect(size(c.files.png2x)[0]).toBe(1280);
    expect(size(c.files.pngPhone)[0]).toBe(320);
    expect(size(c.files.pngPhone2x)).toEqual(size(c.files.pngPhone).map((x) => x * 2));
  });

  it("drop a figure the desk rejects from the charts after a rerun", async () => {
    const seed772 = figuresTable.fromIPC(readFileSync(join(root, "data/processed/figures.arrow"))).find((f) => f.origin === "text" && f.quantity_text === "772")!;
    expect(charts(page(root, "first-week")).find((c) => c.id === "tallies")!.figureIds).toContain(seed772.figure_id);
    writeFileSync(join(root, "data/raw/review.csv"), `figure_id,decision,value,low,high,metric,source,period_start,period_end,note,reviewer\n${seed772.figure_id},reject,,,,,,,,test,AB\n`);
    await runAll(root);
    const after = charts(page(root, "first-week"));
    expect(after.find((c) => c.id === "tallies")!.figureIds).not.toContain(seed772.figure_id);
    expect(readFileSync(join(root, FIGURES, "first-week/tallies.svg"), "utf8")).not.toContain("“772”");
    expect(readFileSync(join(root, FIGURES, "first-week/rates-per-day.svg"), "utf8")).not.toContain("“772”");
    // The decision is in the published corrections log, with what was read and who decided.
    const log = readFileSync(join(root, "dist/corrections.html"), "utf8");
    expect(log).toContain(seed772.figure_id);
    expect(log).toMatch(/<td>reject<\/td><td>772 \(exact\); metric isis_fighters_killed; [^<]*<\/td><td>removed from metrics and charts<\/td><td>test<\/td><td>AB<\/td>/);
  }, 120_000);
});
