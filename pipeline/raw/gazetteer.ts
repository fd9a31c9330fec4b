import { parseCsv } from "../io/csv-read.ts";
import { day, fail, text, requireUnique } from "../io/fields.ts";
import type { Article } from "../schema/articles.ts";
import type { Event, Place } from "../schema/gazetteer.ts";

export const PLACES_CSV = "data/raw/places.csv";
export const EVENTS_CSV = "data/raw/events.csv";

function coordinate(r: Parameters<typeof text>[0], name: string, limit: number): number {
  const v = text(r, name);
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > limit) fail(r, name, `expected decimal degrees between -${limit} and ${limit}, got "${v}"`);
  return n;
}

/** data/raw/places.csv, and which articles name each place (so a map shows only what a report says). */
export function readPlaces(csv: string, file: string, articles: readonly Article[]): Place[] {
  const records = parseCsv(csv, file, { required: ["name", "lat", "lon", "country"], optional: ["aliases", "note"] });
  requireUnique(records, "name");
  return records.map((r) => {
    const name = text(r, "name");
    const aliases = text(r, "aliases", { required: false }).split("|").map((a) => a.trim()).filter((a) => a !== "");
    const spellings = [name, ...aliases].map((s) => s.toLowerCase().replaceAll("’", "'"));
    return {
      name,
      aliases,
      lat: coordinate(r, "lat", 90),
      lon: coordinate(r, "lon", 180),
      country: text(r, "country"),
      note: text(r, "note", { required: false }) || null,
      article_ids: articles.filter((a) => {
        const body = a.text.toLowerCase().replaceAll("’", "'");
        return spellings.some((s) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(body));
      }).map((a) => a.article_id),
    };
  });
}

/** data/raw/events.csv: each event quotes its article word for word, so it traces back to the text. */
export function readEvents(csv: string, file: string, articles: readonly Article[], places: readonly Place[]): Event[] {
  const records = parseCsv(csv, file, { required: ["article_id", "end", "label", "quote"], optional: ["start", "place"] });
  return records.map((r) => {
    const id = text(r, "article_id");
    const article = articles.find((a) => a.article_id === id);
    if (!article) fail(r, "article_id", `expected an id from data/raw/articles.csv, got "${id}"`);
    const quote = text(r, "quote");
    if (!article.text.includes(quote)) fail(r, "quote", `expected words found verbatim in article ${id}; these are not in its text`);
    const start = day(r, "start", { required: false });
    const end = day(r, "end");
    if (start !== null && end < start) fail(r, "end", `expected a day on or after start ${start}, got ${end}`);
    const place = text(r, "place", { required: false }) || null;
    if (place !== null && !places.some((p) => p.name === place)) fail(r, "place", `expected a name from data/raw/places.csv, got "${place}"`);
    return { article_id: id, start, end, place, label: text(r, "label"), quote };
  });
}
