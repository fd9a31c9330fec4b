import type { Block, Page } from "../notebook/notebook.ts";
import { apDate } from "../notebook/provenance.ts";
import type { ConventionRow, Correction } from "../schema/ledger.ts";
import type { ReviewedFigure } from "../schema/reviewed.ts";
import type { Article } from "../schema/articles.ts";
import { html, Html, jsonForScript, safeUrl } from "./escape.ts";

/**
 * Page templates for the published site. Every value that comes from data goes through `html`,
 * which escapes it for HTML text and quoted attributes; URLs go through `safeUrl`; JSON inside a
 * script element through `jsonForScript`. Nothing from an article or a CSV reaches a page unescaped.
 */
export type Chart = Extract<Block, { type: "chart" }>;

export const STYLESHEET = `@font-face { font-family: Inter; font-weight: 400; font-display: swap; src: url("fonts/Inter-Regular.ttf") format("truetype"); }
@font-face { font-family: Inter; font-weight: 700; font-display: swap; src: url("fonts/Inter-Bold.ttf") format("truetype"); }
:root { font-family: Inter, system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 760px; padding: 16px 16px 64px; line-height: 1.55; overflow-wrap: anywhere; }
header.site { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: 0.5rem; margin-bottom: 1.5rem; font-size: 0.95rem; }
header.site a { color: #1f4e79; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0; } h2 { font-size: 1.3rem; line-height: 1.25; margin-top: 2.5rem; }
.summary { color: #444; font-size: 1.05rem; }
figure { margin: 1.5rem 0 2.5rem; } figure img { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9rem; color: #444; }
.source, .note { font-size: 0.85rem; color: #555; }
.downloads { font-size: 0.85rem; }
details { margin: 0.75rem 0; font-size: 0.85rem; }
summary { cursor: pointer; color: #1f4e79; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.8rem; }
/* On a phone a wide table scrolls inside its frame; words are never broken mid-letter. */
.table-wrap table { min-width: 600px; overflow-wrap: normal; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e5e5e5; padding: 0.35rem 0.4rem; }
th { background: #f6f6f6; }
td.num { text-align: right; white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code, pre { font-size: 0.8rem; background: #f6f6f6; overflow-x: auto; }
pre { padding: 0.5rem; white-space: pre-wrap; }
ul.stories { list-style: none; padding: 0; } ul.stories li { margin: 1.5rem 0; }
ul.stories img { max-width: 100%; height: auto; border: 1px solid #eee; }
`;

/** A plain mark for the browser tab (and so no request for a missing favicon.ico). */
export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f4e79"/><circle cx="8" cy="8" r="3.5" fill="#fff"/></svg>\n`;

export interface SiteLinks {
  /** Path from the page to the site root, "" or "../". */
  root: string;
}

/** A page of the site; with no links (a notebook's own page beside its figures) it stands alone. */
export function layout(title: string, body: Html, links: SiteLinks | null): string {
  const r = links?.root ?? "";
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${links ? html`<link rel="stylesheet" href="${r}style.css">
<link rel="icon" href="${r}favicon.svg" type="image/svg+xml">` : html`<style>${new Html(STYLESHEET.replace(/^@font-face.*\n/gm, ""))}</style>`}
</head>
<body>
${links ? html`<header class="site"><a href="${r}index.html">Stories</a><a href="${r}methodology.html">Methodology</a><a href="${r}corrections.html">Corrections</a></header>` : ""}
<main>
${body}
</main>
</body>
</html>
`.value;
}

/**
 * The chart as PNG, 1x and 2x, the phone layout below 480 px. PNG rather than SVG on the page: an SVG
 * shown through <img> cannot load a font, so it would fall back to whatever the reader's machine
 * has, while the PNGs were rasterized with the bundled Inter the layout was measured for. The SVG
 * is a download.
 */
function picture(c: Chart, rel: (p: string) => string, { lazy = false } = {}): Html {
  return html`<picture>
<source media="(max-width: 480px)" srcset="${rel(c.files.pngPhone)} 1x, ${rel(c.files.pngPhone2x)} 2x">
<img src="${rel(c.files.png)}" srcset="${rel(c.files.png)} 1x, ${rel(c.files.png2x)} 2x" alt="${c.alt}" width="640"${lazy ? new Html(' loading="lazy"') : ""}>
</picture>`;
}

function report(f: ReviewedFigure): Html {
  const where = [f.outlet ?? "unknown outlet", f.published ? apDate(f.published) : null].filter(Boolean).join(", ");
  const url = safeUrl(f.url);
  return url ? html`<a href="${url}" rel="noopener noreferrer">${where}</a>` : html`${where}`;
}

function interval(f: ReviewedFigure): string {
  if (f.low === null && f.high === null) return "";
  if (f.low === f.high) return (f.low ?? 0).toLocaleString("en-US");
  return `${f.low === null ? "…" : f.low.toLocaleString("en-US")} to ${f.high === null ? "…" : f.high.toLocaleString("en-US")}`;
}

/** The table of the figures a chart draws: wording, interval, claimant, report, and the sentence. */
function provenance(figures: readonly ReviewedFigure[]): Html {
  if (figures.length === 0) return html``;
  return html`<details><summary>The ${figures.length} figures behind this chart</summary>
<div class="table-wrap"><table>
<thead><tr><th>As reported</th><th>Read as</th><th>Claimed by</th><th>Report</th><th>Where it says so</th><th>Review</th></tr></thead>
<tbody>
${figures.map((f) => html`<tr><td>${f.quantity_text}</td><td class="num">${interval(f)}</td><td>${f.source ?? "unattributed"}</td><td>${report(f)}</td><td>${f.sentence ?? `Typed in from the report (reported-figures.csv, line ${f.line ?? "?"})${f.note ? `: ${f.note}` : ""}`}</td><td>${f.decision ? `${f.decision} (${f.reviewer})` : "not yet reviewed"}</td></tr>\n`)}</tbody>
</table></div></details>`;
}

function downloads(c: Chart, rel: (p: string) => string, embedHref: string | null): Html {
  return html`<p class="downloads">Download: <a href="${rel(c.files.svg)}" download>SVG</a> ·
PNG <a href="${rel(c.files.png)}" download>640 px</a>, <a href="${rel(c.files.png2x)}" download>1280 px</a>, <a href="${rel(c.files.pngPhone)}" download>320 px</a>, <a href="${rel(c.files.pngPhone2x)}" download>640 px (phone)</a> ·
data <a href="${rel(c.files.csv)}" download>CSV</a>, <a href="${rel(c.files.arrow)}" download>Arrow</a>${c.files.metricsCsv && c.files.metricsArrow ? html`; derived rows <a href="${rel(c.files.metricsCsv)}" download>CSV</a>, <a href="${rel(c.files.metricsArrow)}" download>Arrow</a>` : ""} ·
${embedHref ? html`<a href="${embedHref}">embed</a>` : ""}</p>`;
}

export function embedPath(notebook: string, chart: string): string {
  return `embed/${notebook}/${chart}.html`;
}

/** The reports behind a story: headline (for articles), outlet, day and link, each once. */
function reports(figures: readonly ReviewedFigure[], articles: readonly Article[]): Html {
  const seen = new Map<string, ReviewedFigure>();
  for (const f of figures) if (!seen.has(f.article_id)) seen.set(f.article_id, f);
  if (seen.size === 0) return html``;
  const items = [...seen.values()].sort((a, b) => ((a.published ?? "") < (b.published ?? "") ? -1 : 1)).map((f) => {
    const article = articles.find((a) => a.article_id === f.article_id);
    const url = safeUrl(article?.url ?? f.url);
    const title = article ? article.headline : `${f.outlet ?? "unknown outlet"} (figures typed in by the desk)`;
    return html`<li>${url ? html`<a href="${url}" rel="noopener noreferrer">${title}</a>` : title}, ${f.outlet ?? ""}${f.published ? `, ${apDate(f.published)}` : ""}</li>
`;
  });
  return html`<h2>Reports behind this story</h2>
<details><summary>${seen.size} reports</summary><ul>
${items}</ul></details>`;
}

export function storyPage(page: Page, figures: readonly ReviewedFigure[], articles: readonly Article[], rel: (p: string) => string, links: SiteLinks | null): string {
  const byId = new Map(figures.map((f) => [f.figure_id, f]));
  const blocks = page.blocks.map((b) => {
    if (b.type === "prose") return html`<p>${b.text}</p>`;
    const used = b.figureIds.map((id) => byId.get(id)).filter((f): f is ReviewedFigure => f !== undefined);
    // Title, subtitle and note are drawn in the chart and read in its alt text; the heading stays for
    // the page's outline and the source as text, to copy.
    return html`<figure id="${b.id}" aria-labelledby="${b.id}-heading">
<h2 class="visually-hidden" id="${b.id}-heading">${b.title}</h2>
${picture(b, rel)}
<figcaption class="source">${b.source}</figcaption>
${downloads(b, rel, links ? `${links.root}${embedPath(page.notebook, b.id)}` : null)}
${provenance(used)}
</figure>`;
  });
  const data = [...new Set(page.blocks.flatMap((b) => (b.type === "chart" ? b.figureIds : [])))].map((id) => byId.get(id)).filter((f): f is ReviewedFigure => f !== undefined);
  return layout(page.title, html`<h1>${page.title}</h1>
<p class="summary">${page.summary}</p>
${blocks}
${reports(data, articles)}
<script type="application/json" id="figures-data">${new Html(jsonForScript(data))}</script>`, links);
}

/** Stand-alone chart for an iframe: the picture scales to the frame's width, with its source. */
export function embedPage(c: Chart, rel: (p: string) => string, storyHref: string): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${c.title}</title>
<link rel="icon" href="../../favicon.svg" type="image/svg+xml">
<style>body{margin:0;font-family:Inter,system-ui,sans-serif}img{width:100%;height:auto;display:block}p{font-size:12px;margin:4px 8px;color:#555}</style>
</head>
<body>
${picture(c, rel)}
<p><a href="${storyHref}" target="_top">The story and the data behind this chart</a></p>
</body>
</html>
`.value;
}

export function indexPage(pages: readonly Page[], rel: (p: string) => string): string {
  const stories = pages.map((p) => {
    const lead = p.blocks.find((b): b is Chart => b.type === "chart");
    const count = p.blocks.filter((b) => b.type === "chart").length;
    return html`<li>
<h2><a href="${p.notebook}/index.html">${p.title}</a></h2>
<p>${p.summary} (${count} charts)</p>
${lead ? html`<a href="${p.notebook}/index.html">${picture(lead, rel, { lazy: true })}</a>` : ""}
</li>`;
  });
  return layout("Reported figures", html`<h1>Reported figures</h1>
<p class="summary">Charts of the figures reported during the battle for Mosul. Every number traces back to the sentence and the source that reported it: see the table under each chart, and how the figures were read in the <a href="methodology.html">methodology</a>.</p>
<ul class="stories">${stories}</ul>`, { root: "" });
}

export function methodologyPage(conventions: readonly ConventionRow[]): string {
  const bound = (x: number | null, type: string) => (x === null ? "unbounded" : type === "vague" ? x.toLocaleString("en-US") : `${x} ×`);
  return layout("Methodology", html`<h1>How the figures are read</h1>
<h2>Extraction</h2>
<p>Each report's text is split into sentences. A quantity recognizer reads every number in digits or words, ranges ("200,000 to 300,000", "between 3,500 and 5,000"), hedges ("nearly", "about", "more than") and vague quantities ("dozens", "hundreds"), and leaves out dates, times, ordinals, hashtags, names and codes. Around each quantity we read what is counted ("ISIS fighters"), what happened to it ("killed"), who the text says reported it ("according to…", "…said", "…told CNN", with "the center said" resolved to the full name given earlier) and the days it covers. Statements repeated in one report are one figure with several mentions. Figures the desk typed in from reports it has no text for are read by the same parser.</p>
<h2>Periods</h2>
<p>Periods are inclusive ranges of days. A report counts completed days: "so far" in a report published on 24 October 2016 covers the offensive's first day, 17 October, through 23 October, seven days. "On Thursday and Friday" in a Monday report is the Thursday and Friday before it. A typed-in period ending on the report's own day is read the same way, so one claim gets one period by either path.</p>
<h2>Hedges and vague words</h2>
<p>A hedge becomes an interval by this table, which the desk edits (<code>data/raw/hedges.csv</code>). For a hedge, the bounds multiply the number as printed; for a vague word they are counts. A printed range keeps its ends.</p>
<div class="table-wrap"><table>
<thead><tr><th>Term</th><th>Qualifier</th><th>Low</th><th>High</th><th>Why</th></tr></thead>
<tbody>
${conventions.map((c) => html`<tr><td>${c.term === "" ? "(no hedge)" : c.term}</td><td>${c.qualifier}</td><td class="num">${bound(c.low, c.type)}</td><td class="num">${bound(c.high, c.type)}</td><td>${c.note}</td></tr>\n`)}</tbody>
</table></div>
<p>How trusted conflict-data projects code the same words: Iraq Body Count records a minimum and a maximum; UCDP gives a best, a low and a high estimate; ACLED codes the most conservative reported figure ("dozens" as 12, "hundreds" as 100); Airwars gives a range across sources.</p>
<h2>Rates and intervals</h2>
<p>A rate per day divides a total by the days of its period: 772 ISIS fighters killed from 17 to 23 October is 772 / 7 = 110.3 a day. The low rate uses the low total and the high rate the high total; an unbounded end stays unbounded, so "nearly 400" over seven days is 51.4 to 57.1 a day, not 57.1. Between two successive claims of one source, the increment runs from the day after the first to the end of the second; a cumulative count that falls is flagged. Levels such as civilians in the city are stocks: reported as of a day, with no rate.</p>
<h2>Claims, conflicts and review</h2>
<p>Reports of one statement are merged into one claim: same metric, same claimant, same start, ends within three days, intervals that agree. Claims that cover comparable periods and disagree are kept side by side as a conflict, and the metric carries the span across them; nothing is averaged away. The desk reviews figures in a ledger: it accepts, rejects or corrects each by its id, with a note and initials. A rejected figure leaves every metric and chart; every decision is listed in the <a href="corrections.html">corrections log</a>.</p>`, { root: "" });
}

export function correctionsPage(log: readonly Correction[]): string {
  return layout("Corrections", html`<h1>Corrections log</h1>
<p class="summary">Every decision the desk has taken on a figure, from its review ledger. ${log.length === 0 ? "No decisions yet." : `${log.length} decisions.`}</p>
${log.length === 0 ? "" : html`<div class="table-wrap"><table>
<thead><tr><th>Figure</th><th>Report</th><th>As reported</th><th>Decision</th><th>As read</th><th>As decided</th><th>Note</th><th>By</th></tr></thead>
<tbody>
${log.map((c) => html`<tr><td><code>${c.figure_id}</code></td><td>${[c.outlet, c.published ? apDate(c.published) : null].filter(Boolean).join(", ")}</td><td>${c.quantity_text}</td><td>${c.decision}</td><td>${c.as_read}</td><td>${c.as_decided}</td><td>${c.note ?? ""}</td><td>${c.reviewer}</td></tr>\n`)}</tbody>
</table></div>`}`, { root: "" });
}
