import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Stage } from "../runner.ts";
import type { Page } from "../notebook/notebook.ts";
import { conventions, corrections } from "../schema/ledger.ts";
import { reviewed } from "../schema/reviewed.ts";
import { articles } from "../schema/articles.ts";
import { correctionsPage, embedPage, FAVICON, embedPath, indexPage, methodologyPage, storyPage, STYLESHEET, type Chart } from "../publish/site.ts";
import { FIGURES_DIR } from "./figures.ts";

export const DIST = "dist";
/** The same Inter the charts were rasterized with, for the pages' own text. */
const FONTS = [
  ["node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf", "fonts/Inter-Regular.ttf"],
  ["node_modules/@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf", "fonts/Inter-Bold.ttf"],
] as const;
const TABLES = ["data/processed/articles.arrow", "data/processed/reviewed.arrow", "data/processed/conventions.arrow", "data/processed/corrections.arrow"];

async function figureFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const notebooks = await readdir(join(root, FIGURES_DIR)).catch(() => [] as string[]);
  for (const nb of notebooks.sort()) {
    const files = await readdir(join(root, FIGURES_DIR, nb)).catch(() => [] as string[]);
    out.push(...files.sort().map((f) => `${FIGURES_DIR}/${nb}/${f}`));
  }
  return out;
}

/** Where a processed figure file is published: data/processed/figures/x/y.svg -> figures/x/y.svg in dist. */
export function sitePath(processed: string): string {
  return `figures/${processed.slice(FIGURES_DIR.length + 1)}`;
}

export const publish: Stage = {
  name: "publish",
  description: "static site in dist/: stories, charts with their data and sources, methodology, corrections, embeds",
  module: import.meta.url,

  async inputs(root) {
    return { files: [...(await figureFiles(root)), ...TABLES, ...FONTS.map(([from]) => from)] };
  },

  async run(context) {
    const files = await figureFiles(context.root);
    const outputs = new Map<string, string | Uint8Array>();
    const pages: Page[] = [];
    for (const file of files) {
      if (file.endsWith("/page.json")) pages.push(JSON.parse(await context.readText(file)) as Page);
      else if (!file.endsWith("/index.html")) outputs.set(`${DIST}/${sitePath(file)}`, await context.read(file));
    }
    const figures = reviewed.fromIPC(await context.read("data/processed/reviewed.arrow"));
    const reports = articles.fromIPC(await context.read("data/processed/articles.arrow"));
    const fromRoot = (p: string) => sitePath(p);
    const up = (levels: number) => (p: string) => `${"../".repeat(levels)}${sitePath(p)}`;
    outputs.set(`${DIST}/style.css`, STYLESHEET);
    outputs.set(`${DIST}/favicon.svg`, FAVICON);
    for (const [from, to] of FONTS) outputs.set(`${DIST}/${to}`, await context.read(from));
    outputs.set(`${DIST}/index.html`, indexPage(pages, fromRoot));
    outputs.set(`${DIST}/methodology.html`, methodologyPage(conventions.fromIPC(await context.read("data/processed/conventions.arrow"))));
    const log = corrections.fromIPC(await context.read("data/processed/corrections.arrow"));
    outputs.set(`${DIST}/corrections.html`, correctionsPage(log));
    let embeds = 0;
    for (const page of pages) {
      outputs.set(`${DIST}/${page.notebook}/index.html`, storyPage(page, figures, reports, up(1), { root: "../" }));
      for (const chart of page.blocks.filter((b): b is Chart => b.type === "chart")) {
        outputs.set(`${DIST}/${embedPath(page.notebook, chart.id)}`, embedPage(chart, up(2), `../../${page.notebook}/index.html#${chart.id}`));
        embeds++;
      }
    }
    return {
      outputs,
      summary: [`${pages.length} stories, ${embeds} embeddable charts, methodology, corrections log (${log.length} decisions); open ${DIST}/index.html`],
    };
  },
};
