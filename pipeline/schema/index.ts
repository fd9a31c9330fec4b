import { articles } from "./articles.ts";
import { figures, mentions } from "./figures.ts";
import { metrics } from "./metrics.ts";

/** Every table the pipeline writes to data/processed, by its declared schema. */
export const TABLES = [articles, figures, mentions, metrics] as const;
