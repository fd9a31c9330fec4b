import { articles, type Article } from "../schema/articles.ts";
import { figures, mentions, type Figure, type Mention } from "../schema/figures.ts";
import { metrics, type Metric } from "../schema/metrics.ts";

/** The processed tables a notebook reads, through this one helper. */
export interface ProcessedData {
  articles: Article[];
  figures: Figure[];
  mentions: Mention[];
  metrics: Metric[];
}

export const PROCESSED_TABLES = {
  articles: "data/processed/articles.arrow",
  figures: "data/processed/figures.arrow",
  mentions: "data/processed/mentions.arrow",
  metrics: "data/processed/metrics.arrow",
} as const;

export async function loadProcessed(read: (path: string) => Promise<Uint8Array>): Promise<ProcessedData> {
  return {
    articles: articles.fromIPC(await read(PROCESSED_TABLES.articles)),
    figures: figures.fromIPC(await read(PROCESSED_TABLES.figures)),
    mentions: mentions.fromIPC(await read(PROCESSED_TABLES.mentions)),
    metrics: metrics.fromIPC(await read(PROCESSED_TABLES.metrics)),
  };
}
