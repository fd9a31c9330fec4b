import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../errors.ts";
import { parseCsv } from "../io/csv-read.ts";
import { day, fail, slug, text, requireUnique } from "../io/fields.ts";
import { sha256 } from "../io/hash.ts";
import { decodeText } from "../io/text.ts";
import type { Stage } from "../runner.ts";
import { articles, type Article } from "../schema/articles.ts";
import { readCampaigns } from "../raw/campaigns.ts";
import { EVENTS_CSV, PLACES_CSV, readEvents, readPlaces } from "../raw/gazetteer.ts";
import { events, places } from "../schema/gazetteer.ts";

export const ARTICLES_CSV = "data/raw/articles.csv";
export const ARTICLES_DIR = "data/raw/articles";
export const CAMPAIGNS_CSV = "data/raw/campaigns.csv";

async function articleFiles(root: string): Promise<string[]> {
  const names = await readdir(join(root, ARTICLES_DIR)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith(".txt")).sort().map((n) => `${ARTICLES_DIR}/${n}`);
}

export const ingest: Stage = {
  name: "ingest",
  description: "articles (text + desk metadata) into articles.arrow",
  module: import.meta.url,

  async inputs(root) {
    return { files: [ARTICLES_CSV, CAMPAIGNS_CSV, PLACES_CSV, EVENTS_CSV, ...(await articleFiles(root))] };
  },

  async run(context) {
    const campaigns = readCampaigns(await context.readText(CAMPAIGNS_CSV), CAMPAIGNS_CSV);
    const records = parseCsv(await context.readText(ARTICLES_CSV), ARTICLES_CSV, {
      required: ["id", "campaign", "outlet", "headline", "published", "language"],
      optional: ["url"],
    });
    requireUnique(records, "id");
    const files = new Set(await articleFiles(context.root));
    const rows: Article[] = [];
    for (const r of records) {
      const id = slug(r, "id");
      const path = `${ARTICLES_DIR}/${id}.txt`;
      if (!files.has(path)) fail(r, "id", `expected the article text at ${path}, but there is no such file`);
      files.delete(path);
      const campaignKey = text(r, "campaign");
      const campaign = campaigns.get(campaignKey);
      if (!campaign) fail(r, "campaign", `expected a key of ${CAMPAIGNS_CSV} (${[...campaigns.keys()].join(", ")}), got "${campaignKey}"`);
      const body = decodeText(await context.read(path), path);
      if (body.trim() === "") throw new InputError(path, "the article is empty: expected its text", { line: 1, column: 1 });
      rows.push({
        article_id: id,
        campaign: campaignKey,
        campaign_start: campaign.start,
        outlet: text(r, "outlet"),
        headline: text(r, "headline"),
        published: day(r, "published"),
        language: text(r, "language"),
        url: text(r, "url", { required: false }) || null,
        text: body,
        content_hash: sha256(body),
      });
    }
    for (const orphan of files) {
      throw new InputError(orphan, `not listed in ${ARTICLES_CSV}: expected a row with id ${orphan.slice(ARTICLES_DIR.length + 1, -4)} giving its outlet, headline and publication date`);
    }
    rows.sort((a, b) => (a.article_id < b.article_id ? -1 : 1));
    const placeRows = readPlaces(await context.readText(PLACES_CSV), PLACES_CSV, rows);
    const eventRows = readEvents(await context.readText(EVENTS_CSV), EVENTS_CSV, rows, placeRows);
    return {
      outputs: new Map<string, string | Uint8Array>([
        ["data/processed/articles.arrow", articles.toIPC(rows)],
        ["data/processed/articles.csv", articles.toCsv(rows)],
        ["data/processed/places.arrow", places.toIPC(placeRows)],
        ["data/processed/places.csv", places.toCsv(placeRows)],
        ["data/processed/events.arrow", events.toIPC(eventRows)],
        ["data/processed/events.csv", events.toCsv(eventRows)],
      ]),
      summary: [
        ...rows.map((a) => `${a.article_id}: ${a.outlet}, ${a.published}, ${a.text.length} characters`),
        `${PLACES_CSV}: ${placeRows.length} places, ${placeRows.filter((p) => p.article_ids.length > 0).length} named in the articles; ${EVENTS_CSV}: ${eventRows.length} events`,
      ],
    };
  },
};
