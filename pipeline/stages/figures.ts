import { readdir, readFile } from "node:fs/promises";
import { sha256 } from "../io/hash.ts";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { stableJson, type Stage } from "../runner.ts";
import { loadProcessed, PROCESSED_TABLES } from "../notebook/data.ts";
import { Notebook, type NotebookModule, type Page } from "../notebook/notebook.ts";
import { storyPage } from "../publish/site.ts";

export const NOTEBOOKS_DIR = "notebooks";
export const FIGURES_DIR = "data/processed/figures";

export async function notebookFiles(root: string): Promise<string[]> {
  const names = await readdir(join(root, NOTEBOOKS_DIR)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".ts")).sort().map((n) => `${NOTEBOOKS_DIR}/${n}`);
}

export function notebookName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1).replace(/\.ts$/, "");
}

/** Runs one notebook script on the processed data; returns its files and its page. */
export async function runNotebook(root: string, file: string, read: (path: string) => Promise<Uint8Array>): Promise<{ outputs: Map<string, string | Uint8Array>; page: Page }> {
  // The query makes a long-lived process (tests, preview) load an edited notebook afresh instead of
  // the copy in Node's module cache; the CLI starts a new process every run anyway.
  const url = `${pathToFileURL(join(root, file)).href}?v=${sha256(await readFile(join(root, file)))}`;
  const module = (await import(url)) as { default?: NotebookModule };
  const definition = module.default;
  if (!definition || typeof definition.build !== "function") {
    throw new Error(`${file}: expected \`export default notebook({ title, summary }, (nb) => { ... })\``);
  }
  const name = notebookName(file);
  const nb = new Notebook(name, await loadProcessed(read), `${FIGURES_DIR}/${name}`);
  await definition.build(nb);
  const page: Page = { notebook: name, title: definition.title, summary: definition.summary, blocks: nb.blocks };
  nb.outputs.set(`${FIGURES_DIR}/${name}/page.json`, stableJson(page));
  // The notebook's own page, beside its figures: open it straight from data/processed to check a story.
  nb.outputs.set(`${FIGURES_DIR}/${name}/index.html`, storyPage(page, nb.data.figures, nb.data.articles, (path: string) => path.slice(path.lastIndexOf("/") + 1), null));
  return { outputs: nb.outputs, page };
}

export const figures: Stage = {
  name: "figures",
  description: "notebooks render their charts to SVG and PNG",
  module: import.meta.url,

  async inputs(root) {
    const files = await notebookFiles(root);
    return { files: Object.values(PROCESSED_TABLES), code: files };
  },

  async run(context) {
    const outputs = new Map<string, string | Uint8Array>();
    const summary: string[] = [];
    for (const file of await notebookFiles(context.root)) {
      const result = await runNotebook(context.root, file, (p) => context.read(p));
      for (const [path, data] of result.outputs) outputs.set(path, data);
      const charts = result.page.blocks.filter((b) => b.type === "chart").length;
      summary.push(`${file}: ${charts} charts, ${result.outputs.size - 2} figure files and a page in ${FIGURES_DIR}/${result.page.notebook}/`);
    }
    return { outputs, summary };
  },
};
