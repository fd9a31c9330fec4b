import type { Block, Page } from "../notebook/notebook.ts";
import { html, Html } from "./escape.ts";

/** Page templates. Every value from data goes through `html`, which escapes it. */

const STYLE = `
:root { font-family: Inter, system-ui, sans-serif; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 720px; padding: 24px 16px 64px; line-height: 1.5; }
h1 { font-size: 1.6rem; line-height: 1.2; } h2 { font-size: 1.25rem; margin-top: 2.5rem; }
figure { margin: 2rem 0; } figure img { width: 100%; height: auto; display: block; }
figcaption, .source { font-size: 0.85rem; color: #555; }
nav a { margin-right: 1rem; }
`;

export function layout(title: string, body: Html, { home = "index.html" as string | null } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${home === null ? "" : html`<nav><a href="${home}">Stories</a></nav>`}
${body}
</body>
</html>
`.value;
}

function chart(block: Extract<Block, { type: "chart" }>, relative: (path: string) => string): Html {
  return html`<figure>
<h2>${block.title}</h2>
<picture>
<source media="(max-width: 480px)" srcset="${relative(block.files.svgPhone)}">
<img src="${relative(block.files.svg)}" alt="${block.alt}" width="640">
</picture>
<figcaption>${block.subtitle ?? ""}</figcaption>
<p class="source">${block.source}</p>
<p class="downloads">PNG: <a href="${relative(block.files.png)}">640 px</a>, <a href="${relative(block.files.png2x)}">640 px at 2x</a>, <a href="${relative(block.files.pngPhone)}">320 px</a>, <a href="${relative(block.files.pngPhone2x)}">320 px at 2x</a></p>
</figure>`;
}

export function storyPage(page: Page, relative: (path: string) => string, { home = "../index.html" as string | null } = {}): string {
  const blocks = page.blocks.map((b) => (b.type === "prose" ? html`<p>${b.text}</p>` : chart(b, relative)));
  return layout(page.title, html`<h1>${page.title}</h1>\n<p><em>${page.summary}</em></p>\n${blocks}`, { home });
}

export function indexPage(pages: readonly Page[], relative: (path: string) => string): string {
  const stories = pages.map((p) => {
    const charts = p.blocks.filter((b): b is Extract<Block, { type: "chart" }> => b.type === "chart");
    return html`<section>
<h2><a href="${p.notebook}/index.html">${p.title}</a></h2>
<p>${p.summary}</p>
${charts.map((c) => chart(c, relative))}
</section>`;
  });
  return layout("Reported figures", html`<h1>Reported figures</h1>\n<p>Charts built from figures reported in the news, each traced to the sentence and the source that reported it.</p>\n${stories}`);
}
