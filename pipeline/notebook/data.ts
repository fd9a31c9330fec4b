import { articles, type Article } from "../schema/articles.ts";
import { mentions, type Mention } from "../schema/figures.ts";
import { reviewed, type ReviewedFigure } from "../schema/reviewed.ts";
import { metrics, type Metric } from "../schema/metrics.ts";
import { claims, conflicts, type Claim, type Conflict } from "../schema/claims.ts";
import { events, places, type Event, type Place } from "../schema/gazetteer.ts";

/** The processed tables a notebook reads, through this one helper. */
export interface ProcessedData {
  articles: Article[];
  /** The figures after the desk's decisions (data/processed/reviewed.arrow): rejected ones are gone. */
  figures: ReviewedFigure[];
  mentions: Mention[];
  metrics: Metric[];
  claims: Claim[];
  conflicts: Conflict[];
  places: Place[];
  events: Event[];
}

export const PROCESSED_TABLES = {
  articles: "data/processed/articles.arrow",
  figures: "data/processed/reviewed.arrow",
  mentions: "data/processed/mentions.arrow",
  metrics: "data/processed/metrics.arrow",
  claims: "data/processed/claims.arrow",
  conflicts: "data/processed/conflicts.arrow",
  places: "data/processed/places.arrow",
  events: "data/processed/events.arrow",
} as const;

export async function loadProcessed(read: (path: string) => Promise<Uint8Array>): Promise<ProcessedData> {
  return {
    articles: articles.fromIPC(await read(PROCESSED_TABLES.articles)),
    figures: reviewed.fromIPC(await read(PROCESSED_TABLES.figures)),
    mentions: mentions.fromIPC(await read(PROCESSED_TABLES.mentions)),
    metrics: metrics.fromIPC(await read(PROCESSED_TABLES.metrics)),
    claims: claims.fromIPC(await read(PROCESSED_TABLES.claims)),
    conflicts: conflicts.fromIPC(await read(PROCESSED_TABLES.conflicts)),
    places: places.fromIPC(await read(PROCESSED_TABLES.places)),
    events: events.fromIPC(await read(PROCESSED_TABLES.events)),
  };
}
