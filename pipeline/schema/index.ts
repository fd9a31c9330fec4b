import { articles } from "./articles.ts";
import { figures, mentions, unparsed } from "./figures.ts";
import { metrics } from "./metrics.ts";
import { claims, conflicts } from "./claims.ts";

/** Every table the pipeline writes to data/processed, by its declared schema. */
export const TABLES = [articles, figures, mentions, unparsed, claims, conflicts, metrics] as const;
