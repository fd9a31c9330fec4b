import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Stage } from "../runner.ts";
import type { Page } from "../notebook/notebook.ts";
import { indexPage, storyPage } from "../publish/site.ts";
import { FIGURES_DIR } from "./figures.ts";

export const DIST = "dist";

async function figureFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const notebooks = await readdir(join(root, FIGURES_DIR)).catch(() => [] as string[]);
  for (const nb of notebooks.sort()) {
    const files = await readdir(join(root, FIGURES_DIR, nb)).catch(() => [] as string[]);
    out.push(...files.sort().map((f) => `${FIGURES_DIR}/${nb}/${f}`));
  }
  return out;
}

/** Where a processed figure file is published: data/processed/figures/x/y.svg -> dist/figures/x/y.svg */
export function distPath(processed: string): string {
  return `${DIST}/figures/${processed.slice(FIGURES_DIR.length + 1)}`;
}

export const publish: Stage = {
  name: "publish",
  description: "static site in dist/: stories with their charts and sources",
  module: import.meta.url,

  async inputs(root) {
    return { files: await figureFiles(root) };
  },

  async run(context) {
    const files = await figureFiles(context.root);
    const outputs = new Map<string, string | Uint8Array>();
    const pages: Page[] = [];
    for (const file of files) {
      if (file.endsWith("/page.json")) pages.push(JSON.parse(await context.readText(file)) as Page);
      else if (!file.endsWith("/index.html")) outputs.set(distPath(file), await context.read(file));
    }
    const fromRoot = (p: string) => distPath(p).slice(DIST.length + 1);
    outputs.set(`${DIST}/index.html`, indexPage(pages, fromRoot));
    for (const page of pages) outputs.set(`${DIST}/${page.notebook}/index.html`, storyPage(page, (p) => `../${fromRoot(p)}`));
    return {
      outputs,
      summary: [`${pages.length} stories, ${outputs.size - pages.length - 1} figure files, index at ${DIST}/index.html`],
    };
  },
};
