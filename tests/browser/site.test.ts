import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../pipeline/publish/serve.ts";
import { PROJECT, runAll, workspace } from "../helpers/workspace.ts";

/**
 * The published site in a real browser (Debian's Chromium, driven by playwright-core): every page
 * at a desktop and a phone width, with hostile text planted in an article, its metadata and the
 * typed-in CSV. CI installs Chromium (.ci/run); without it these tests fail in CI and are skipped,
 * with a message, on a machine that lacks it.
 */
const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run must apt-get install chromium`);
if (!present) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

const SHOTS = join(PROJECT, "test-results/screenshots");
const WIDTHS = [1280, 375] as const;

// Hostile payloads, each as it must appear: as text, never as markup.
const HEADLINE = `Headline "><img src=x onerror=alert(2)>`;
const OUTLET = "Evil <script>alert(1)</script> News";
const SENTENCE_PAYLOAD = `"><img src=x onerror=alert(5)>`;
const SOURCE = "</svg><script>alert(9)</script>Evil Source";
const NOTE = `note "><img src=x onerror=alert(10)>`;

function plantHostileReports(root: string): void {
  const raw = join(root, "data/raw");
  appendFileSync(join(raw, "articles.csv"), `zz_hostile,mosul-2016,"${OUTLET}","${HEADLINE.replaceAll('"', '""')}",2016-11-01,en,javascript:alert(3)\n`);
  writeFileSync(join(raw, "articles/zz_hostile.txt"), `Officials said 40 fighters were killed so far, ${SENTENCE_PAYLOAD} near Mosul </svg><script>alert(6)</script>.\n`);
  appendFileSync(join(raw, "reported-figures.csv"), `2016-11-02,"Outlet <script>alert(7)</script>",javascript:alert(8),"${SOURCE}",isis_fighters_killed,950,2016-10-17,2016-11-02,scope,"${NOTE.replaceAll('"', '""')}"\n`);
}

function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) out.push(relative(dist, path));
    }
  };
  walk(dist);
  return out;
}

describe.skipIf(!present)("the published site in Chromium", () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  let pages: string[];
  const checked = new Map<string, number>();

  beforeAll(async () => {
    const root = workspace();
    plantHostileReports(root);
    await runAll(root);
    pages = htmlPages(join(root, "dist"));
    site = await serve({ dir: join(root, "dist") });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("publishes an index, a methodology page, a corrections log, the stories and an embed per chart", () => {
    expect(pages).toEqual(expect.arrayContaining(["index.html", "methodology.html", "corrections.html", "first-week/index.html", "battle/index.html", "embed/first-week/tallies.html"]));
    expect(pages.filter((p) => p.startsWith("embed/")).length).toBe(8);
  });

  for (const width of WIDTHS) {
    it(`loads every page at ${width} px: no console error, no failed request, no broken link or image, alt on every image, no sideways scroll`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      for (const path of pages) {
        const page = await context.newPage();
        page.on("console", (m) => { if (m.type() === "error") problems.push(`${path}: console error ${m.text()}`); });
        page.on("pageerror", (e) => problems.push(`${path}: script error ${e.message}`));
        page.on("dialog", (d) => { problems.push(`${path}: a dialog opened: ${d.message()}`); void d.dismiss(); });
        // A request the browser cancelled itself (net::ERR_ABORTED: a <picture> source it chose not to
        // use after all) is not a failure if the resource exists; anything else is.
        const aborted: string[] = [];
        page.on("requestfailed", (r) => {
          if (r.failure()?.errorText === "net::ERR_ABORTED") aborted.push(r.url());
          else problems.push(`${path}: request failed ${r.url()} (${r.failure()?.errorText})`);
        });
        page.on("response", (r) => { if (r.status() >= 400) problems.push(`${path}: ${r.status()} for ${r.url()}`); });
        await page.goto(site.url + path, { waitUntil: "load" });
        for (const url of aborted) if ((await fetch(url)).status !== 200) problems.push(`${path}: request failed ${url}`);
        // Lazy images below the fold do not hold up "load": ask for them now and wait for each.
        await page.evaluate(() => Promise.all(Array.from(document.images).map((img) => {
          img.loading = "eager";
          return img.complete ? null : new Promise((done) => { img.addEventListener("load", done); img.addEventListener("error", done); });
        })));
        const images = await page.$$eval("img", (imgs) => imgs.map((i) => ({ src: i.getAttribute("src"), alt: i.getAttribute("alt") ?? "", ok: i.complete && i.naturalWidth > 0 })));
        for (const img of images) {
          if (img.alt.trim() === "") problems.push(`${path}: image ${img.src} has no alt text`);
          if (!img.ok) problems.push(`${path}: image ${img.src} did not load`);
        }
        const links = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        for (const href of links.filter((h) => h.startsWith(site.url))) {
          const target = href.split("#")[0]!;
          if (!checked.has(target)) checked.set(target, (await fetch(target)).status);
          if (checked.get(target) !== 200) problems.push(`${path}: broken link ${href} (${checked.get(target)})`);
        }
        const scripts = await page.$$eval("script", (ss) => ss.filter((s) => s.getAttribute("type") !== "application/json").length);
        if (scripts > 0) problems.push(`${path}: ${scripts} executable script elements`);
        if (width < 500) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow} px at ${width} px`);
        }
        await page.screenshot({ path: join(SHOTS, `${path.replaceAll("/", "_").replace(/\.html$/, "")}-${width}.png`), fullPage: true });
        await page.close();
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 180_000);
  }

  it("shows hostile text from articles and CSVs as text, never as markup", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(site.url + "battle/index.html", { waitUntil: "load" });
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
    const text = await page.evaluate(() => document.body.innerText);
    for (const payload of [HEADLINE, OUTLET, SENTENCE_PAYLOAD, SOURCE, NOTE]) expect(text).toContain(payload);
    expect(await page.$$("img[src='x']")).toHaveLength(0);
    expect(await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")).filter((h) => /^\s*javascript:/i.test(h ?? "")))).toEqual([]);
    // The JSON of the figures is data, and parses back to the hostile strings.
    const data = await page.$eval("#figures-data", (s) => JSON.parse(s.textContent ?? "[]") as { source: string | null }[]);
    expect(data.some((f) => f.source === SOURCE)).toBe(true);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);
});
